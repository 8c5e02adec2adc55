"""Channel secrets (tokens, passwords) encrypted at rest and masked when shown.

Fernet (AES-128-CBC with HMAC-SHA256, from the `cryptography` package) with a key derived
by HKDF-SHA256 from PRACHASAN_SECRETS_KEY when it is set, otherwise from SECRET_KEY. Set
PRACHASAN_SECRETS_KEY in production so that rotating SECRET_KEY does not make the stored
secrets unreadable. The prefix names the scheme, for a later change of scheme.
"""

import base64
import os

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings

FERNET_PREFIX = "f1:"


class SecretDecryptError(ValueError):
    """The stored secret cannot be read with this key (changed key, or tampered value)."""


def _fernet() -> Fernet:
    material = getattr(settings, "PRACHASAN_SECRETS_KEY", "") or os.environ.get(
        "PRACHASAN_SECRETS_KEY", ""
    )
    key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=b"prachasan-channel-secrets",
        info=b"fernet",
    ).derive((material or settings.SECRET_KEY).encode())
    return Fernet(base64.urlsafe_b64encode(key))


def secret_encrypt(*, plaintext: str) -> str:
    """Encrypt a secret for storage."""
    return FERNET_PREFIX + _fernet().encrypt(plaintext.encode()).decode()


def secret_decrypt(*, token: str) -> str:
    """Read back a secret stored by secret_encrypt."""
    if not token.startswith(FERNET_PREFIX):
        raise SecretDecryptError("unknown secret format")
    try:
        return _fernet().decrypt(token[len(FERNET_PREFIX) :].encode()).decode()
    except InvalidToken as error:
        raise SecretDecryptError("wrong key or damaged secret") from error


def secret_mask(value: str, *, visible: int = 4) -> str:
    """What may be shown of a secret: its last few characters, never the whole."""
    if not value:
        return ""
    if len(value) <= visible * 2:
        return "••••"
    return "••••" + value[-visible:]
