import pytest
from django.db import connection

from prachasan.distribution.channel_secrets import (
    SecretDecryptError,
    secret_decrypt,
    secret_encrypt,
    secret_mask,
)
from prachasan.distribution.models import Channel

TOKEN = "line-channel-token-0123456789abcdef-wxyz"

pytestmark = pytest.mark.django_db


def test_secret_is_encrypted_at_rest_and_read_back(sms_channel):
    sms_channel.secret_set("token", TOKEN)
    sms_channel.save()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT secrets_encrypted FROM distribution_channel WHERE id = %s", [sms_channel.pk]
        )
        (raw,) = cursor.fetchone()
    assert TOKEN not in raw
    assert "0123456789abcdef" not in raw
    assert Channel.objects.get(pk=sms_channel.pk).secret_get("token") == TOKEN


def test_secret_is_shown_masked(sms_channel):
    sms_channel.secret_set("token", TOKEN)
    assert sms_channel.secrets_masked() == {"token": "••••wxyz"}
    assert secret_mask("short") == "••••"
    assert secret_mask("") == ""


def test_each_encryption_differs_and_reads_back():
    first, second = secret_encrypt(plaintext=TOKEN), secret_encrypt(plaintext=TOKEN)
    assert first != second
    assert secret_decrypt(token=first) == secret_decrypt(token=second) == TOKEN


def test_another_key_cannot_read_it(settings):
    token = secret_encrypt(plaintext=TOKEN)
    settings.PRACHASAN_SECRETS_KEY = "another key"
    with pytest.raises(SecretDecryptError):
        secret_decrypt(token=token)


def test_a_changed_value_is_detected():
    token = secret_encrypt(plaintext=TOKEN)
    damaged = token[:-6] + ("A" if token[-6] != "A" else "B") + token[-5:]
    with pytest.raises(SecretDecryptError):
        secret_decrypt(token=damaged)
