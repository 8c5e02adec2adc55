"""The LINE Messaging API emulator of the sandbox: push, multicast, broadcast, the month's
quota, group summaries and member counts, with every request checked against LINE's own
OpenAPI spec (``specs/line/messaging-api.yml``) and the documented limits the spec leaves
out, so that what passes here is what LINE takes.

It also plays LINE's side of the webhook: ``webhook_post`` sends join and leave events to
an office's webhook URL, signed with the channel secret as LINE signs them.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
import re
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import yaml
from werkzeug.wrappers import Request, Response

from .server import Emulator, json_response

SPEC_DIR = Path(__file__).resolve().parent / "specs" / "line"
LINE_HOST = "https://api.line.me"
WEBHOOK_HOST = "https://example.com"  # the server the webhook spec names

GROUP_ID = re.compile(r"^C[0-9a-f]{32}$")
USER_ID = re.compile(r"^U[0-9a-f]{32}$")
ROOM_ID = re.compile(r"^R[0-9a-f]{32}$")

# Limits LINE documents that the OpenAPI spec does not encode.
REQUEST_MAX_BYTES = 2 * 1024 * 1024
TEXT_MAX = 5000
ALT_TEXT_MAX = 1500
URI_MAX = 1000
IMAGE_URL_MAX = 2000
BUBBLE_MAX_BYTES = 30 * 1024
URI_SCHEMES = ("http://", "https://", "line://", "tel:")

AUTH_MISSING = (
    "Authorization header required. Must follow the scheme, 'Authorization: Bearer <ACCESS TOKEN>'"
)
AUTH_FAILED = (
    "Authentication failed. Confirm that the access token in the authorization header is valid."
)
TO_INVALID = "The property, 'to', in the request body is invalid (line: -, column: -)"
RETRY_KEY_ACCEPTED = "The retry key is already accepted"
MONTHLY_LIMIT = "You have reached your monthly limit."


# -- the spec --------------------------------------------------------------------------


@functools.cache
def _spec_dict(name: str) -> dict:
    with (SPEC_DIR / name).open(encoding="utf-8") as file:
        return yaml.safe_load(file)


@functools.cache
def _openapi(name: str):
    from openapi_core import OpenAPI

    return OpenAPI.from_file_path(str(SPEC_DIR / name))


_descending = threading.local()


def _discriminator(validator, discriminator, instance, schema):
    """LINE's spec names subtypes by a discriminator on the base schema (Message → its
    "type" → TextMessage, FlexMessage…), which openapi-core leaves unchecked: follow it, so
    that a Flex bubble, its boxes, texts and actions are checked too."""
    from jsonschema.exceptions import ValidationError

    if not validator.is_type(instance, "object") or "oneOf" in schema or "anyOf" in schema:
        return
    mapping = discriminator.get("mapping", {})
    value = instance.get(discriminator["propertyName"])
    if value is None or not mapping:
        return
    if value not in mapping:
        yield ValidationError(
            f"{value!r} is not a known {discriminator['propertyName']} "
            f"(one of: {', '.join(sorted(mapping))})"
        )
        return
    stack = _descending.__dict__.setdefault("stack", set())
    key = (id(instance), mapping[value])
    if key in stack:  # the subtype's allOf comes back to this base schema
        return
    stack.add(key)
    try:
        yield from validator.descend(instance, {"$ref": mapping[value]})
    finally:
        stack.discard(key)


@functools.cache
def _body_validator(name: str, ref: str):
    from jsonschema.validators import extend
    from openapi_schema_validator import OAS30Validator, oas30_format_checker

    validator = extend(OAS30Validator, {"discriminator": _discriminator})
    schema = {"$ref": ref, "components": _spec_dict(name)["components"]}
    return validator(schema, format_checker=oas30_format_checker)


def _property(path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _schema_details(errors) -> list[dict]:
    details = []
    for error in errors:
        message = str(getattr(error, "message", error)).splitlines()[0]
        detail = {"message": message[:300]}
        where = _property(getattr(error, "absolute_path", ()))
        if where:
            detail["property"] = where
        details.append(detail)
    return details


def _openapi_details(error) -> list[dict]:
    """LINE-shaped details ({message, property}) from an openapi-core validation error."""
    found = []
    seen = set()
    current = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        found.extend(getattr(current, "schema_errors", None) or [])
        current = current.__cause__ or current.__context__
    head = {"message": str(error).splitlines()[0][:300]}
    return _unique([head, *_schema_details(found)])


def _unique(details: list[dict]) -> list[dict]:
    return [dict(pair) for pair in dict.fromkeys(tuple(d.items()) for d in details)]


def spec_request_errors(
    *,
    method: str,
    path: str,
    headers: dict | None = None,
    body: bytes | str | dict | list | None = None,
    query: dict | None = None,
    spec: str = "messaging-api.yml",
    host: str = LINE_HOST,
) -> list[dict]:
    """What is wrong with a request against LINE's OpenAPI spec ([] when it is valid):
    path, method, parameters, security, body, following the subtypes of the messages."""
    from openapi_core.exceptions import OpenAPIError
    from openapi_core.testing import MockRequest

    if isinstance(body, dict | list):
        body = json.dumps(body, ensure_ascii=False)
    if isinstance(body, str):
        body = body.encode()
    headers = dict(headers or {})
    content_type = next(
        (value for key, value in headers.items() if key.lower() == "content-type"),
        "application/json",
    )
    request = MockRequest(
        host,
        method,
        path,
        headers=headers,
        args=query or {},
        data=body or None,
        content_type=content_type.split(";")[0].strip(),
    )
    try:
        _openapi(spec).validate_request(request)
    except OpenAPIError as error:
        return _openapi_details(error)
    operation = _spec_dict(spec)["paths"].get(path, {}).get(method.lower(), {})
    schema = (
        operation.get("requestBody", {})
        .get("content", {})
        .get("application/json", {})
        .get("schema", {})
    )
    if "$ref" in schema and body:
        try:
            instance = json.loads(body)
        except ValueError:
            return [{"message": "The request body is not valid JSON"}]
        errors = sorted(
            _body_validator(spec, schema["$ref"]).iter_errors(instance),
            key=lambda error: list(error.absolute_path),
        )
        if errors:
            return _unique(_schema_details(errors))
        return line_limit_errors(instance, size=len(body))
    return []


def line_limit_errors(body, *, size: int = 0) -> list[dict]:
    """The limits LINE documents for messages that the spec does not carry."""
    details: list[dict] = []
    if size > REQUEST_MAX_BYTES:
        details.append({"message": f"The request body is larger than {REQUEST_MAX_BYTES} bytes"})
    messages = body.get("messages", []) if isinstance(body, dict) else []

    def walk(node, where: str) -> None:
        if isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, f"{where}[{index}]")
            return
        if not isinstance(node, dict):
            return
        kind = node.get("type")
        if kind == "uri" and "uri" in node:
            uri = str(node["uri"])
            if len(uri) > URI_MAX:
                details.append({"message": f"Length must be <= {URI_MAX}", "property": where})
            if not uri.startswith(URI_SCHEMES):
                details.append({"message": "Invalid URI scheme", "property": f"{where}.uri"})
        if kind == "image" and "url" in node and "layout" not in node:
            url = str(node["url"])
            if len(url) > IMAGE_URL_MAX or not url.startswith("https://"):
                details.append(
                    {"message": "Must be an HTTPS URL of <= 2000 characters", "property": where}
                )
        if kind == "text" and "contents" not in node and not node.get("text"):
            details.append({"message": "May not be empty", "property": f"{where}.text"})
        for key, value in node.items():
            if isinstance(value, dict | list):
                walk(value, f"{where}.{key}")

    for index, message in enumerate(messages):
        where = f"messages[{index}]"
        if not isinstance(message, dict):
            continue
        if message.get("type") == "text" and len(message.get("text", "")) > TEXT_MAX:
            details.append(
                {"message": f"Length must be <= {TEXT_MAX}", "property": f"{where}.text"}
            )
        if message.get("type") == "flex":
            alt = message.get("altText", "")
            if not alt or len(alt) > ALT_TEXT_MAX:
                details.append(
                    {
                        "message": f"Length must be between 1 and {ALT_TEXT_MAX}",
                        "property": f"{where}.altText",
                    }
                )
            contents = message.get("contents", {})
            if contents.get("type") == "bubble":
                encoded = json.dumps(contents, ensure_ascii=False).encode()
                if len(encoded) > BUBBLE_MAX_BYTES:
                    details.append(
                        {
                            "message": f"The bubble is larger than {BUBBLE_MAX_BYTES} bytes",
                            "property": f"{where}.contents",
                        }
                    )
        walk(message, where)
    return details


def webhook_payload_errors(payload: dict | bytes | str) -> list[dict]:
    """What is wrong with a webhook body against LINE's webhook spec ([] when valid)."""
    return spec_request_errors(
        method="post",
        path="/callback",
        headers={"Content-Type": "application/json"},
        body=payload,
        spec="webhook.yml",
        host=WEBHOOK_HOST,
    )


# -- the webhook (LINE's side) -----------------------------------------------------------


def webhook_signature(body: bytes, channel_secret: str) -> str:
    """x-line-signature: base64 of the HMAC-SHA256 of the body with the channel secret."""
    digest = hmac.new(channel_secret.encode(), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def _event_id() -> str:
    # Webhook event IDs are ULIDs: 26 characters of Crockford's base32.
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    value = (int(time.time() * 1000) << 80) | uuid.uuid4().int >> 48
    return "".join(alphabet[(value >> (5 * i)) & 31] for i in reversed(range(26)))


def webhook_event(kind: str, *, group_id: str = "", user_id: str = "") -> dict:
    """A join or leave event of the account in a group, or a follow or unfollow event of
    a user, as LINE sends it."""
    if user_id:
        source = {"type": "user", "userId": user_id}
    else:
        source = {"type": "group", "groupId": group_id}
    event = {
        "type": kind,
        "mode": "active",
        "timestamp": int(time.time() * 1000),
        "source": source,
        "webhookEventId": _event_id(),
        "deliveryContext": {"isRedelivery": False},
    }
    if kind in ("join", "follow"):
        event["replyToken"] = uuid.uuid4().hex
    if kind == "follow":
        event["follow"] = {"isUnblocked": False}
    return event


def webhook_request(
    events: list[dict], *, channel_secret: str, destination: str = ""
) -> tuple[bytes, dict]:
    """The body and headers of a webhook call carrying ``events``, signed."""
    payload = {"destination": destination or "U" + "0" * 32, "events": events}
    body = json.dumps(payload, ensure_ascii=False).encode()
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "X-Line-Signature": webhook_signature(body, channel_secret),
        "User-Agent": "LineBotWebhook/2.0",
    }
    return body, headers


def webhook_post(url: str, events: list[dict], *, channel_secret: str, timeout: float = 10):
    """POST signed webhook events to an office's webhook URL; the ``requests`` answer."""
    import requests

    body, headers = webhook_request(events, channel_secret=channel_secret)
    return requests.post(url, data=body, headers=headers, timeout=timeout)


# -- the emulator ------------------------------------------------------------------------


class LineEmulator(Emulator):
    """Answers like api.line.me. The state a test or the demo may set: ``group_names`` and
    ``group_members`` (groups are any "C" + 32 hex ID not in ``groups_left``; 30 members
    when not told), ``friends`` (who a broadcast reaches) and ``quota_limit`` (None: no
    limit). ``deliveries`` lists every message accepted."""

    service = "line"
    default_members = 30

    def __init__(self, sandbox):
        super().__init__(sandbox)
        self.lock = threading.Lock()
        self.group_names: dict[str, str] = {}
        self.group_members: dict[str, int] = {}
        self.user_names: dict[str, str] = {}
        self.groups_left: set[str] = set()
        self.friends = 100
        self.quota_limit: int | None = 15000
        # (token, retry key) → the request ID that was accepted with it
        self.retry_keys: dict[tuple[str, str], str] = {}
        # (token, "YYYY-MM") → messages counted against the month's quota
        self.usage: dict[tuple[str, str], int] = {}
        self.deliveries: list[dict] = []
        self._state_load()

    # what outlives a restart: the month's usage, the groups' names and sizes (kept beside
    # the inbox, tokens only as hashes), so the quota shown after `make run` counts what
    # the demo sent while it loaded

    @property
    def _state_path(self):
        return self.sandbox.inbox.directory / "line-state.json"

    @staticmethod
    def _token_key(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()[:16]

    def _state_load(self) -> None:
        try:
            state = json.loads(self._state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        self.group_names.update(state.get("group_names", {}))
        self.group_members.update(state.get("group_members", {}))
        self._usage_saved = state.get("usage", {})

    def _state_save(self) -> None:
        usage = dict(getattr(self, "_usage_saved", {}))
        for (token, month), used in self.usage.items():
            usage[f"{self._token_key(token)}|{month}"] = used
        self._usage_saved = usage
        state = {
            "group_names": self.group_names,
            "group_members": self.group_members,
            "usage": usage,
        }
        self._state_path.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")

    def _used(self, token: str, month: str) -> int:
        if (token, month) in self.usage:
            return self.usage[(token, month)]
        return getattr(self, "_usage_saved", {}).get(f"{self._token_key(token)}|{month}", 0)

    # answers

    def error(self, status: int, message: str, details: list | None = None, headers=None):
        data = {"message": message}
        if details:
            data["details"] = details
        return self.answer(data, status=status, headers=headers)

    def answer(self, data, status: int = 200, headers: dict | None = None) -> Response:
        return json_response(
            data, status=status, headers={"x-line-request-id": str(uuid.uuid4()), **(headers or {})}
        )

    # state

    def group_exists(self, group_id: str) -> bool:
        return bool(GROUP_ID.match(group_id)) and group_id not in self.groups_left

    def members(self, group_id: str) -> int:
        return self.group_members.get(group_id, self.default_members)

    def group_name(self, group_id: str) -> str:
        return self.group_names.get(group_id) or f"กลุ่ม LINE {group_id[-4:]}"

    @staticmethod
    def month() -> str:
        return datetime.now(UTC).strftime("%Y-%m")

    def used(self, token: str) -> int:
        return self._used(token, self.month())

    # requests

    def handle(self, request: Request, path: str) -> Response:
        if path.startswith("/_sandbox/"):
            return self.control(request, path.removeprefix("/_sandbox"))
        authorization = request.headers.get("Authorization", "")
        if not authorization.startswith("Bearer ") or not authorization[7:].strip():
            return self.error(401, AUTH_MISSING)
        token = authorization[7:].strip()
        if token.startswith(("invalid", "expired")):
            return self.error(401, AUTH_FAILED)
        body = request.get_data()
        details = spec_request_errors(
            method=request.method,
            path=path,
            headers=dict(request.headers),
            body=body,
            query=request.args.to_dict(flat=True),
        )
        if details:
            count = len(details)
            return self.error(400, f"The request body has {count} error(s)", details)
        data = json.loads(body) if body else {}
        if request.method == "POST" and path in (
            "/v2/bot/message/push",
            "/v2/bot/message/multicast",
            "/v2/bot/message/broadcast",
        ):
            return self.send(path.rsplit("/", 1)[1], data, token, request)
        if path == "/v2/bot/message/quota":
            if self.quota_limit is None:
                return self.answer({"type": "none"})
            return self.answer({"type": "limited", "value": self.quota_limit})
        if path == "/v2/bot/message/quota/consumption":
            return self.answer({"totalUsage": self.used(token)})
        match = re.fullmatch(r"/v2/bot/group/([^/]+)/(summary|members/count)", path)
        if match:
            group_id, what = match.groups()
            if not self.group_exists(group_id):
                return self.error(404, "Not found")
            if what == "summary":
                return self.answer({"groupId": group_id, "groupName": self.group_name(group_id)})
            return self.answer({"count": self.members(group_id)})
        match = re.fullmatch(r"/v2/bot/profile/([^/]+)", path)
        if match:
            user_id = match.group(1)
            if not USER_ID.match(user_id):
                return self.error(404, "Not found")
            name = self.user_names.get(user_id, f"ผู้ใช้ LINE {user_id[-4:]}")
            return self.answer({"userId": user_id, "displayName": name, "language": "th"})
        return self.error(404, f"The sandbox does not emulate {request.method} {path}")

    def send(self, kind: str, data: dict, token: str, request: Request) -> Response:
        retry_key = request.headers.get("X-Line-Retry-Key", "")
        messages = data["messages"]
        if kind == "push":
            to = data["to"]
            if GROUP_ID.match(to):
                if not self.group_exists(to):
                    return self.error(400, TO_INVALID)
                cost = self.members(to)
            elif USER_ID.match(to) or ROOM_ID.match(to):
                cost = 1
            else:
                return self.error(400, TO_INVALID)
            recipients = [to]
        elif kind == "multicast":
            recipients = data["to"]
            for index, user_id in enumerate(recipients):
                if not USER_ID.match(user_id):
                    return self.error(
                        400,
                        f"The property, 'to[{index}]', in the request body is invalid "
                        "(line: -, column: -)",
                    )
            cost = len(recipients)
        else:
            recipients = []
            cost = self.friends
        with self.lock:
            if retry_key and (token, retry_key) in self.retry_keys:
                accepted = self.retry_keys[(token, retry_key)]
                return self.error(
                    409, RETRY_KEY_ACCEPTED, headers={"x-line-accepted-request-id": accepted}
                )
            month = self.month()
            used = self._used(token, month)
            if self.quota_limit is not None and used + cost > self.quota_limit:
                return self.error(429, MONTHLY_LIMIT)
            request_id = str(uuid.uuid4())
            if retry_key:
                self.retry_keys[(token, retry_key)] = request_id
            self.usage[(token, month)] = used + cost
            self._state_save()
            self.deliveries.append(
                {
                    "kind": kind,
                    "to": recipients,
                    "messages": messages,
                    "count": cost,
                    "request_id": request_id,
                    "retry_key": retry_key,
                }
            )
        headers = {"x-line-request-id": request_id}
        if kind == "push":
            sent = [
                {"id": str(10**17 + len(self.deliveries) * 10 + i)} for i in range(len(messages))
            ]
            return json_response({"sentMessages": sent}, headers=headers)
        return json_response({}, headers=headers)

    def control(self, request: Request, path: str) -> Response:
        """For the demo: ``POST /line/_sandbox/join`` (JSON: url, secret, groupId, name,
        members) names a group and tells the office's webhook the account joined it;
        ``/leave`` tells it the account left."""
        data = request.get_json(force=True, silent=True) or {}
        group_id = data.get("groupId") or "C" + uuid.uuid4().hex
        if path not in ("/join", "/leave") or request.method != "POST":
            return json_response({"message": "unknown sandbox control"}, status=404)
        if not data.get("url") or not data.get("secret"):
            return json_response({"message": "url and secret are required"}, status=400)
        if path == "/join":
            self.groups_left.discard(group_id)
            if data.get("name"):
                self.group_names[group_id] = data["name"]
            if data.get("members"):
                self.group_members[group_id] = int(data["members"])
            with self.lock:
                self._state_save()
        else:
            self.groups_left.add(group_id)
        kind = path.strip("/")
        try:
            answer = webhook_post(
                data["url"], [webhook_event(kind, group_id=group_id)], channel_secret=data["secret"]
            )
        except OSError as error:
            return json_response({"groupId": group_id, "error": str(error)}, status=502)
        return json_response({"groupId": group_id, "webhookStatus": answer.status_code})
