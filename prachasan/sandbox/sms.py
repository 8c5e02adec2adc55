"""An SMS gateway emulator: the ThaiBulkSMS API v2 (the adapter's built-in Thai profile)
and a generic JSON/form endpoint, counting parts and credits like a real gateway.

- ``POST /sms`` — ThaiBulkSMS v2: HTTP basic authentication (API key and secret), form or
  JSON fields ``msisdn`` (numbers separated by commas), ``message``, ``sender``,
  ``force`` ("standard" | "corporate"). Answers 201 with ``remaining_credit``,
  ``total_use_credit``, ``credit_type``, ``phone_number_list`` ([{number, message_id,
  used_credit}]) and ``bad_phone_number_list`` ([{number, message}]); errors as
  ``{"error": {"code", "name", "description"}}``. (The shape follows public client code
  of the provider; see ``prachasan.distribution.sms``.)
- ``GET /credit`` — the remaining credit (basic authentication).
- ``POST|GET /generic/send`` — a plain gateway: ``Authorization: Bearer``, basic, or an
  ``X-API-Key`` header; fields ``to`` (commas), ``message``, ``sender`` as JSON, form or
  query. Answers ``{"status": "ok", "message_id", "ids", "segments", "credits",
  "rejected"}``; ``{"status": "error", "error"}`` with 401 or 400.

A credential that starts with "invalid" is refused (401), as a wrong key would be. A
request repeating an ``Idempotency-Key`` already answered gets the same answer again and
sends nothing (header ``Idempotent-Replayed: true``). Each SMS sent is kept in
``messages`` (number, text, sender, parts, encoding, message id).
"""

from __future__ import annotations

import base64
import secrets
import threading

from werkzeug.wrappers import Request, Response

from .server import Emulator, json_response

STARTING_CREDIT = 1_000_000


def _thai_number(raw: str) -> str | None:
    """66XXXXXXXXX for a Thai mobile number written 0X…, 66X… or +66X…; else None."""
    from prachasan.distribution.sms import thai_mobile_normalise

    return thai_mobile_normalise(raw, number_format="international")


def _segments(text: str) -> tuple[int, str]:
    from prachasan.distribution.sms import sms_segments

    return sms_segments(text)


class SmsGatewayEmulator(Emulator):
    service = "sms"

    def __init__(self, sandbox):
        super().__init__(sandbox)
        self._lock = threading.Lock()
        self.credit = STARTING_CREDIT
        self.messages: list[dict] = []
        self.answered: dict[str, tuple[int, str]] = {}

    def handle(self, request: Request, path: str) -> Response:
        key = request.headers.get("Idempotency-Key", "")
        if key:
            with self._lock:
                done = self.answered.get(key)
            if done is not None:
                status, body = done
                return Response(
                    body,
                    status=status,
                    mimetype="application/json",
                    headers={"Idempotent-Replayed": "true"},
                )
        route = path.rstrip("/") or "/"
        if route == "/sms" and request.method == "POST":
            response = self.thaibulksms_send(request)
        elif route == "/credit" and request.method == "GET":
            response = self.thaibulksms_credit(request)
        elif route == "/generic/send" and request.method in ("POST", "GET"):
            response = self.generic_send(request)
        else:
            response = json_response(
                {"error": {"code": 404, "name": "NOT_FOUND", "description": path}}, status=404
            )
        if key and response.status_code < 500:
            with self._lock:
                self.answered[key] = (response.status_code, response.get_data(as_text=True))
        return response

    # -- what comes in -------------------------------------------------------------

    def _fields(self, request: Request) -> dict:
        fields = request.args.to_dict(flat=True)
        fields.update(request.form.to_dict(flat=True))
        if request.is_json:
            body = request.get_json(silent=True)
            if isinstance(body, dict):
                fields.update(body)
        return fields

    def _basic(self, request: Request) -> tuple[str, str] | None:
        header = request.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return None
        try:
            key, _, secret = base64.b64decode(header[6:]).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            return None
        return key, secret

    def _deliver(self, *, numbers: list[str], text: str, sender: str, endpoint: str):
        """Send ``text`` to each number; the parts and credits it costs."""
        parts, encoding = _segments(text)
        sent = []
        with self._lock:
            for number in numbers:
                message_id = secrets.token_urlsafe(16)
                self.credit -= parts
                self.messages.append(
                    {
                        "message_id": message_id,
                        "number": number,
                        "text": text,
                        "sender": sender,
                        "parts": parts,
                        "encoding": encoding,
                        "endpoint": endpoint,
                    }
                )
                sent.append({"number": number, "message_id": message_id, "used_credit": parts})
        return sent, parts

    def _split(self, raw) -> tuple[list[str], list[str]]:
        """Good numbers (66…) and the ones that are not Thai mobile numbers."""
        if isinstance(raw, list):
            written = [str(item) for item in raw]
        else:
            written = str(raw or "").split(",")
        good, bad = [], []
        for item in (entry.strip() for entry in written):
            if not item:
                continue
            number = _thai_number(item)
            (good if number else bad).append(number or item)
        return good, bad

    # -- ThaiBulkSMS v2 ----------------------------------------------------------------

    def _thaibulksms_error(self, status: int, name: str, description: str) -> Response:
        return json_response(
            {"error": {"code": status, "name": name, "description": description}}, status=status
        )

    def _thaibulksms_auth(self, request: Request) -> Response | None:
        credentials = self._basic(request)
        if credentials is None:
            fields = self._fields(request)
            if fields.get("key") and fields.get("secret"):
                credentials = (fields["key"], fields["secret"])
        if credentials is None or not credentials[0] or not credentials[1]:
            return self._thaibulksms_error(401, "UNAUTHORIZED", "Missing API key or secret")
        if credentials[0].startswith("invalid") or credentials[1].startswith("invalid"):
            return self._thaibulksms_error(401, "UNAUTHORIZED", "Invalid API key or secret")
        return None

    def thaibulksms_send(self, request: Request) -> Response:
        refused = self._thaibulksms_auth(request)
        if refused is not None:
            return refused
        fields = self._fields(request)
        text = str(fields.get("message") or "")
        if not fields.get("msisdn") or not text:
            return self._thaibulksms_error(
                400, "ERROR_PARAMETER", "msisdn and message are required"
            )
        force = str(fields.get("force") or "standard")
        if force not in ("standard", "corporate"):
            return self._thaibulksms_error(400, "ERROR_PARAMETER", "force: standard or corporate")
        sender = str(fields.get("sender") or "")
        if force == "corporate" and not sender:
            return self._thaibulksms_error(400, "ERROR_SENDER", "corporate SMS need a sender")
        good, bad = self._split(fields["msisdn"])
        parts, _encoding = _segments(text)
        if parts * len(good) > self.credit:
            return self._thaibulksms_error(400, "ERROR_CREDIT", "Not enough credit")
        sent, parts = self._deliver(numbers=good, text=text, sender=sender, endpoint="thaibulksms")
        return json_response(
            {
                "remaining_credit": self.credit,
                "total_use_credit": parts * len(sent),
                "credit_type": force,
                "phone_number_list": sent,
                "bad_phone_number_list": [
                    {"number": number, "message": "Invalid phone number"} for number in bad
                ],
            },
            status=201,
        )

    def thaibulksms_credit(self, request: Request) -> Response:
        refused = self._thaibulksms_auth(request)
        if refused is not None:
            return refused
        return json_response({"remaining_credit": self.credit})

    # -- a generic gateway -------------------------------------------------------------

    def _generic_authorised(self, request: Request) -> bool:
        header = request.headers.get("Authorization", "")
        credential = ""
        if header.startswith("Bearer "):
            credential = header[7:].strip()
        elif header.startswith("Basic "):
            basic = self._basic(request)
            credential = basic[0] if basic and basic[1] else ""
        else:
            credential = request.headers.get("X-API-Key", "")
        return bool(credential) and not credential.startswith("invalid")

    def generic_send(self, request: Request) -> Response:
        if not self._generic_authorised(request):
            return json_response({"status": "error", "error": "unauthorized"}, status=401)
        fields = self._fields(request)
        text = str(fields.get("message") or "")
        good, bad = self._split(fields.get("to"))
        if not text or not good:
            detail = "message is required" if not text else "no valid number in 'to'"
            return json_response({"status": "error", "error": detail}, status=400)
        sender = str(fields.get("sender") or "")
        sent, parts = self._deliver(numbers=good, text=text, sender=sender, endpoint="generic")
        return json_response(
            {
                "status": "ok",
                "message_id": sent[0]["message_id"],
                "ids": [item["message_id"] for item in sent],
                "segments": parts,
                "credits": parts * len(sent),
                "rejected": bad,
            }
        )
