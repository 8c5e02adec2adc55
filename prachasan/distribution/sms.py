"""SMS: counting parts the way phones do, and the gateway adapter that sends them.

The adapter speaks to any HTTP gateway described by the channel's settings (URL, method,
form or JSON, authentication, the gateway's names for the number, the text and the
sender, where the answer says "sent" and the message id). A built-in profile fills those
settings for one Thai provider, ThaiBulkSMS (API v2), so that the officer enters only the
API key, the secret and the sender name.

ThaiBulkSMS API v2, as far as it could be confirmed from public client code (the
provider's own reference was not available here: check it before relying on details):
``POST https://api-v2.thaibulksms.com/sms``, HTTP basic authentication with the API key
and secret, form fields ``msisdn`` (several numbers separated by commas), ``message``,
``sender``, ``force`` ("standard" or "corporate" credit); the answer (2xx) lists
``phone_number_list`` ([{number, message_id, used_credit}]), ``bad_phone_number_list``
([{number, message}]), ``remaining_credit``, ``total_use_credit`` and ``credit_type``;
an error answers ``{"error": {"code", "name", "description"}}`` with a 4xx status. No
idempotency header is documented; the adapter sends ``Idempotency-Key`` anyway (a gateway
that ignores it loses nothing, the sandbox honours it).
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .adapters import DeliveryError, Message, PermanentError, SendResult, http_error
from .models import DispatchError

if TYPE_CHECKING:
    from .models import Channel, Dispatch

logger = logging.getLogger(__name__)

# GSM 03.38 basic character set (one septet each) and the extension table (two septets:
# the escape and the character).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")

GSM7 = "gsm7"
UCS2 = "ucs2"

_LIMITS = {GSM7: (160, 153), UCS2: (70, 67)}


def _units(text: str) -> tuple[list[int], str]:
    """The size of each character in the encoding the phone would choose."""
    if all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text):
        return [2 if ch in GSM7_EXTENSION else 1 for ch in text], GSM7
    # UCS-2 (UTF-16 on today's phones): characters outside the BMP take two units.
    return [2 if ord(ch) > 0xFFFF else 1 for ch in text], UCS2


def sms_segments(text: str) -> tuple[int, str]:
    """How many parts an SMS of ``text`` takes, and its encoding ("gsm7" or "ucs2").

    One part holds 160 GSM-7 septets or 70 UCS-2 units; a split message holds 153 or 67 per
    part (the rest is the concatenation header). A two-unit character is never split
    across parts."""
    units, encoding = _units(text)
    single, per_part = _LIMITS[encoding]
    total = sum(units)
    if total == 0:
        return 0, encoding
    if total <= single:
        return 1, encoding
    parts, used = 1, 0
    for size in units:
        if used + size > per_part:
            parts += 1
            used = 0
        used += size
    return parts, encoding


# --- Thai mobile numbers ---------------------------------------------------------------

THAI_MOBILE = re.compile(r"^0[689]\d{8}$")
NUMBER_FORMATS = ("local", "international", "e164", "as_is")


def thai_mobile_normalise(number: str, *, number_format: str = "international") -> str | None:
    """A Thai mobile number in the form the gateway wants ("local" 0812345678,
    "international" 66812345678, "e164" +66812345678), or None when it is not one;
    "as_is" sends the digits (and a leading +) as they were written."""
    raw = str(number or "").strip()
    digits = re.sub(r"[\s\-.()/]", "", raw)
    if number_format == "as_is":
        return digits or None
    if digits.startswith("+66"):
        digits = "0" + digits[3:]
    elif digits.startswith("66") and len(digits) == 11:
        digits = "0" + digits[2:]
    elif len(digits) == 9 and digits[0] in "689":
        digits = "0" + digits
    if not THAI_MOBILE.match(digits):
        return None
    if number_format == "local":
        return digits
    if number_format == "e164":
        return "+66" + digits[1:]
    return "66" + digits[1:]


# --- Gateway settings and profiles -----------------------------------------------------

GENERIC = "generic"
THAIBULKSMS = "thaibulksms"

PROFILE_CHOICES = [
    (GENERIC, _("Generic HTTP gateway")),
    (THAIBULKSMS, _("ThaiBulkSMS (API v2)")),
]

DEFAULT_MAX_SEGMENTS = 3
# (connect, read) seconds: a gateway that does not answer is retried, not waited for.
TIMEOUT = (5, 30)

_GENERIC_DEFAULTS = {
    "url": "",
    "method": "POST",
    "format": "json",
    "auth": "none",
    "auth_header": "X-API-Key",
    "fields": {"to": "to", "message": "message", "sender": "sender"},
    "extra": {},
    "number_format": "international",
    "numbers_per_request": 1,
    "separator": ",",
    "success_field": "",
    "success_value": "",
    "id_field": "",
    "idempotency_header": "Idempotency-Key",
}

PROFILES: dict[str, dict] = {
    GENERIC: _GENERIC_DEFAULTS,
    THAIBULKSMS: {
        **_GENERIC_DEFAULTS,
        "api_base": "https://api-v2.thaibulksms.com",
        "path": "/sms",
        "format": "form",
        "auth": "basic",
        "fields": {"to": "msisdn", "message": "message", "sender": "sender"},
        # One request carries many numbers, comma-separated; 100 keeps a retried request
        # (which may repeat at most these numbers) small.
        "numbers_per_request": 100,
    },
}


def sms_gateway_config(*, settings: dict) -> dict:
    """The channel's gateway settings completed by its profile's defaults (the officer's
    own values win)."""
    profile = settings.get("profile") or GENERIC
    config = {**PROFILES.get(profile, _GENERIC_DEFAULTS)}
    for key, value in settings.items():
        if value not in (None, ""):
            config[key] = value
    config["profile"] = profile if profile in PROFILES else GENERIC
    config["fields"] = {**_GENERIC_DEFAULTS["fields"], **config.get("fields", {})}
    if not settings.get("url") and config.get("api_base"):
        config["url"] = config["api_base"].rstrip("/") + config.get("path", "")
    if config["profile"] == THAIBULKSMS and "force" not in config.get("extra", {}):
        # A registered sender name is "corporate" credit; without one, "standard".
        force = settings.get("credit_type") or (
            "corporate" if settings.get("sender") else "standard"
        )
        config["extra"] = {**config.get("extra", {}), "force": force}
    return config


def sms_text(message: Message, *, append_link: bool = False) -> str:
    """The SMS body: the version's text as the officer saw it (the default SMS version
    already carries the link); ``append_link`` adds the link when it is not in it."""
    text = message.text.strip()
    if append_link and message.url and message.url not in text:
        text = f"{text}\n{message.url}" if text else message.url
    return text


def sms_max_segments_of(channel: Channel) -> int:
    """How many parts the channel lets one SMS take (settings "max_segments", default 3)."""
    try:
        return max(1, int(channel.settings.get("max_segments") or DEFAULT_MAX_SEGMENTS))
    except (TypeError, ValueError):
        return DEFAULT_MAX_SEGMENTS


def _dig(data, path: str):
    """``data["a"]["b"]`` for "a.b" (list items by number: "items.0.id")."""
    for part in path.split("."):
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        else:
            return None
    return data


class _Answer:
    """What one request achieved: message ids, and numbers the gateway would not take."""

    def __init__(self, ids: list[str], refused: list[str]):
        self.ids = ids
        self.refused = refused


def _read_thaibulksms(data, numbers: list[str]) -> _Answer:
    ids = [
        str(item.get("message_id"))
        for item in (data or {}).get("phone_number_list") or []
        if isinstance(item, dict) and item.get("message_id")
    ]
    refused = [
        str(item.get("number") if isinstance(item, dict) else item)
        for item in (data or {}).get("bad_phone_number_list") or []
    ]
    return _Answer(ids, refused)


def _read_generic(data, config: dict, response_text: str) -> _Answer:
    field = config.get("success_field", "")
    if field:
        value = _dig(data, field) if isinstance(data, dict | list) else None
        wanted = config.get("success_value", "")
        ok = bool(value) if wanted in ("", None) else str(value).lower() == str(wanted).lower()
        if not ok:
            raise PermanentError(
                f"gateway answered {field}={value!r}: {response_text[:500]}",
                reason=DispatchError.REJECTED,
            )
    ids: list[str] = []
    if config.get("id_field") and isinstance(data, dict | list):
        found = _dig(data, config["id_field"])
        if isinstance(found, list):
            ids = [str(item) for item in found if item not in (None, "")]
        elif found not in (None, ""):
            ids = [str(found)]
    return _Answer(ids, [])


class SmsGatewayAdapter:
    """Sends a batch through the channel's HTTP gateway, a request per recipient (or per
    group of numbers where the gateway takes several), saving progress after each request
    so that a worker that stops is resumed after the numbers already sent."""

    def send(self, *, dispatch: Dispatch, message: Message) -> SendResult:
        import requests

        from .services import dispatch_progress_record

        channel = dispatch.channel
        config = sms_gateway_config(settings=channel.settings)
        text = sms_text(message, append_link=bool(channel.settings.get("append_link", False)))
        self._check_text(text, channel=channel)
        if not config.get("url"):
            raise PermanentError(
                "no gateway URL in the channel's settings", reason=DispatchError.NOT_CONFIGURED
            )
        auth, headers = self._auth(config, channel=channel)
        per_request = max(1, int(config.get("numbers_per_request") or 1))
        pending = dispatch.pending_recipients
        ids: list[str] = []
        refused: list[str] = []
        handled = 0
        with requests.Session() as session:
            for start in range(0, len(pending), per_request):
                chunk = pending[start : start + per_request]
                numbers: dict[str, str] = {}  # gateway's form -> as written in the registry
                for recipient in chunk:
                    written = _phone(recipient)
                    number = thai_mobile_normalise(written, number_format=config["number_format"])
                    if number is None:
                        refused.append(written)
                    else:
                        numbers.setdefault(number, written)
                if numbers:
                    index = dispatch.recipients_done + start
                    try:
                        answer = self._request(
                            session,
                            config=config,
                            numbers=list(numbers),
                            text=text,
                            auth=auth,
                            headers={
                                **headers,
                                **self._idempotency(config, dispatch=dispatch, index=index),
                            },
                        )
                    except DeliveryError as error:
                        error.reached, error.external_ids = handled, ids
                        raise
                    except Exception as error:  # noqa: BLE001 - the services classify it
                        raise _with_progress(error, reached=handled, external_ids=ids) from error
                    ids += answer.ids
                    refused += [numbers.get(number, number) for number in answer.refused]
                handled += len(chunk)
                dispatch_progress_record(dispatch=dispatch, reached=handled, external_ids=ids)
        return SendResult(reached=handled, external_ids=ids, refused=refused)

    def _check_text(self, text: str, *, channel: Channel) -> None:
        if not text:
            raise PermanentError(gettext("The SMS has no text."), reason=DispatchError.REJECTED)
        parts, _encoding = sms_segments(text)
        limit = sms_max_segments_of(channel)
        if parts > limit:
            raise PermanentError(
                gettext(
                    "The SMS is %(parts)d parts long; this channel sends at most %(limit)d. "
                    "Shorten the SMS version of the item."
                )
                % {"parts": parts, "limit": limit},
                reason=DispatchError.REJECTED,
            )

    def _auth(self, config: dict, *, channel: Channel):
        kind = config.get("auth", "none")
        if kind == "none":
            return None, {}
        key = channel.secret_get("api_key")
        if not key:
            raise PermanentError("the channel has no API key", reason=DispatchError.NOT_CONFIGURED)
        if kind == "bearer":
            return None, {"Authorization": f"Bearer {key}"}
        if kind == "basic":
            return (key, channel.secret_get("api_secret")), {}
        if kind == "header":
            return None, {config.get("auth_header") or "X-API-Key": key}
        raise PermanentError(f"unknown auth {kind!r}", reason=DispatchError.NOT_CONFIGURED)

    def _idempotency(self, config: dict, *, dispatch: Dispatch, index: int) -> dict:
        # The same key for the same numbers on every attempt: a gateway that keeps keys
        # answers a repeated request without sending the SMS again.
        header = config.get("idempotency_header")
        return {header: f"{dispatch.idempotency_key}-{index}"} if header else {}

    def _request(self, session, *, config, numbers, text, auth, headers) -> _Answer:
        fields = config["fields"]
        payload = {
            **config.get("extra", {}),
            fields["to"]: config.get("separator", ",").join(numbers),
            fields["message"]: text,
        }
        if config.get("sender") and fields.get("sender"):
            payload[fields["sender"]] = config["sender"]
        method = str(config.get("method", "POST")).upper()
        kwargs: dict = {"auth": auth, "headers": {"Accept": "application/json", **headers}}
        if method == "GET":
            kwargs["params"] = payload
        elif config.get("format") == "json":
            kwargs["json"] = payload
        else:
            kwargs["data"] = payload
        response = session.request(method, config["url"], timeout=TIMEOUT, **kwargs)
        try:
            data = response.json()
        except ValueError:
            data = None
        if response.status_code >= 300:
            raise http_error(
                response.status_code,
                _error_detail(data, response.text),
                retry_after=response.headers.get("Retry-After"),
            )
        if config["profile"] == THAIBULKSMS:
            return _read_thaibulksms(data, numbers)
        return _read_generic(data, config, response.text)


def _phone(recipient) -> str:
    if isinstance(recipient, dict):
        return str(recipient.get("phone") or recipient.get("to") or "")
    return str(recipient)


def _error_detail(data, text: str) -> str:
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, dict):
        parts = [
            str(error.get(key))
            for key in ("code", "name", "description", "message")
            if error.get(key) not in (None, "")
        ]
        return " ".join(parts)[:2000]
    return text[:2000]


def _with_progress(error: Exception, *, reached: int, external_ids: list[str]) -> DeliveryError:
    """A transport failure (time-out, dropped connection) as the services would classify
    it, carrying the numbers already sent in this attempt."""
    from .services import _as_delivery_error

    classified = _as_delivery_error(error)
    classified.reached, classified.external_ids = reached, external_ids
    return classified
