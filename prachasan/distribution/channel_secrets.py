"""Channel secrets (tokens, passwords) encrypted at rest and masked when shown.

The key is derived (HKDF-SHA256) from PRACHASAN_SECRETS_KEY when it is set, otherwise from
SECRET_KEY. With the `cryptography` package installed the token is Fernet; without it a
stdlib construction is used (HMAC-SHA256 in counter mode, then HMAC-SHA256 over the
ciphertext: encrypt-then-MAC). The prefix names the scheme, so both can be read back.
"""

import base64
import hashlib
import hmac
import os

from django.conf import settings

try:  # pragma: no cover - depends on the installed packages
    from cryptography.fernet import Fernet, InvalidToken
except ImportError:  # pragma: no cover
    Fernet = None
    InvalidToken = None

FERNET_PREFIX = "f1:"
STDLIB_PREFIX = "h1:"
_NONCE_BYTES = 16
_TAG_BYTES = 32


class SecretDecryptError(ValueError):
    """The stored secret cannot be read with this key (changed key, or tampered value)."""


def hkdf_sha256(*, key_material: bytes, info: bytes, length: int = 32) -> bytes:
    """HKDF (RFC 5869) with SHA-256 and a fixed salt."""
    prk = hmac.new(b"prachasan-channel-secrets", key_material, hashlib.sha256).digest()
    okm, block, counter = b"", b"", 1
    while len(okm) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        okm += block
        counter += 1
    return okm[:length]


def _key_material() -> bytes:
    explicit = getattr(settings, "PRACHASAN_SECRETS_KEY", "") or os.environ.get(
        "PRACHASAN_SECRETS_KEY", ""
    )
    return (explicit or settings.SECRET_KEY).encode()


def _keystream(*, key: bytes, nonce: bytes, length: int) -> bytes:
    out = bytearray()
    counter = 0
    while len(out) < length:
        out += hmac.new(key, nonce + counter.to_bytes(8, "big"), hashlib.sha256).digest()
        counter += 1
    return bytes(out[:length])


def _xor(data: bytes, stream: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(data, stream, strict=True))


def secret_encrypt(*, plaintext: str) -> str:
    """Encrypt a secret for storage."""
    material = _key_material()
    if Fernet is not None:
        key = base64.urlsafe_b64encode(hkdf_sha256(key_material=material, info=b"fernet"))
        return FERNET_PREFIX + Fernet(key).encrypt(plaintext.encode()).decode()
    enc_key = hkdf_sha256(key_material=material, info=b"h1-encrypt")
    mac_key = hkdf_sha256(key_material=material, info=b"h1-mac")
    data = plaintext.encode()
    nonce = os.urandom(_NONCE_BYTES)
    cipher = _xor(data, _keystream(key=enc_key, nonce=nonce, length=len(data)))
    tag = hmac.new(mac_key, STDLIB_PREFIX.encode() + nonce + cipher, hashlib.sha256).digest()
    return STDLIB_PREFIX + base64.urlsafe_b64encode(nonce + cipher + tag).decode()


def secret_decrypt(*, token: str) -> str:
    """Read back a secret stored by secret_encrypt."""
    material = _key_material()
    if token.startswith(FERNET_PREFIX):
        if Fernet is None:
            raise SecretDecryptError("the cryptography package is needed to read this secret")
        key = base64.urlsafe_b64encode(hkdf_sha256(key_material=material, info=b"fernet"))
        try:
            return Fernet(key).decrypt(token[len(FERNET_PREFIX) :].encode()).decode()
        except InvalidToken as error:
            raise SecretDecryptError("wrong key or damaged secret") from error
    if token.startswith(STDLIB_PREFIX):
        try:
            raw = base64.urlsafe_b64decode(token[len(STDLIB_PREFIX) :].encode())
        except ValueError as error:
            raise SecretDecryptError("damaged secret") from error
        if len(raw) < _NONCE_BYTES + _TAG_BYTES:
            raise SecretDecryptError("damaged secret")
        nonce, cipher, tag = raw[:_NONCE_BYTES], raw[_NONCE_BYTES:-_TAG_BYTES], raw[-_TAG_BYTES:]
        mac_key = hkdf_sha256(key_material=material, info=b"h1-mac")
        expected = hmac.new(
            mac_key, STDLIB_PREFIX.encode() + nonce + cipher, hashlib.sha256
        ).digest()
        if not hmac.compare_digest(tag, expected):
            raise SecretDecryptError("wrong key or damaged secret")
        enc_key = hkdf_sha256(key_material=material, info=b"h1-encrypt")
        stream = _keystream(key=enc_key, nonce=nonce, length=len(cipher))
        return _xor(cipher, stream).decode()
    raise SecretDecryptError("unknown secret format")


def secret_mask(value: str, *, visible: int = 4) -> str:
    """What may be shown of a secret: its last few characters, never the whole."""
    if not value:
        return ""
    if len(value) <= visible * 2:
        return "••••"
    return "••••" + value[-visible:]
