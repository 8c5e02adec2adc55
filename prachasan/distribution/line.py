"""The LINE channel: an office's LINE Official Account through the Messaging API, with
the official SDK (line-bot-sdk v3). An item goes out as a Flex bubble (picture, title,
lead, a "read more" button), with the plain text after it when the lead is too long for
the bubble: pushed to each group the account joined, multicast to up to 500 users, or
broadcast to every friend.

Every send carries an ``X-Line-Retry-Key`` derived from the dispatch's idempotency key,
so a retry after a lost answer is refused by LINE with 409 instead of delivered twice;
that 409 counts as sent.
"""

from __future__ import annotations

import json
import logging
import uuid
from contextlib import contextmanager
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from .adapters import (
    DeliveryError,
    Message,
    PermanentError,
    RetryableError,
    SendResult,
    http_error,
)
from .models import DispatchError

if TYPE_CHECKING:
    from .models import Channel, Dispatch

logger = logging.getLogger(__name__)

API_BASE = "https://api.line.me"
# (connect, read) seconds for a send; the webhook's name lookup must be quicker still.
TIMEOUT = (5, 30)
LOOKUP_TIMEOUT = (2, 3)
MULTICAST_MAX = 500
# LINE's limits (developers.line.biz, Messaging API reference). altText may be 1,500
# characters, but phones show about the first 400 in the notification and chat list.
ALT_TEXT_MAX = 400
TEXT_MAX = 5000
URI_MAX = 1000
IMAGE_URL_MAX = 2000
# What the bubble shows of the title and the lead; a longer lead follows as plain text.
TITLE_MAX = 160
BUBBLE_TEXT_MAX = 300
AUDIENCES = ("groups", "multicast", "broadcast")


def _trim(text: str, limit: int) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _lead(message: Message) -> str:
    """The message's text without the title it starts with (the bubble shows the title)."""
    text = message.text.strip()
    title = (message.title or message.subject).strip()
    if title and text.startswith(title):
        text = text[len(title) :].strip()
    return text


def _title(message: Message) -> str:
    title = (message.title or message.subject).strip()
    if message.correction:
        title = _("Correction: %(title)s") % {"title": title}
    return title


def _link(message: Message) -> str:
    url = message.url.strip()
    return url if url.startswith(("https://", "http://")) and len(url) <= URI_MAX else ""


def line_flex_message(message: Message) -> dict:
    """The Flex message of an item: a bubble with the picture (LINE shows HTTPS pictures
    only), the title, the lead trimmed to fit and a "read more" button to the item."""
    title = _title(message)
    lead = _lead(message)
    link = _link(message)
    body = []
    if message.correction:
        body.append(
            {
                "type": "text",
                "text": _("Correction notice"),
                "size": "xs",
                "weight": "bold",
                "color": "#B00020",
            }
        )
    body.append(
        {
            "type": "text",
            "text": _trim(title, TITLE_MAX) or "-",
            "weight": "bold",
            "size": "lg",
            "wrap": True,
        }
    )
    if lead:
        body.append(
            {
                "type": "text",
                "text": _trim(lead, BUBBLE_TEXT_MAX),
                "size": "sm",
                "color": "#555555",
                "wrap": True,
            }
        )
    bubble: dict = {
        "type": "bubble",
        "body": {"type": "box", "layout": "vertical", "spacing": "md", "contents": body},
    }
    image = message.image_url.strip()
    if image.startswith("https://") and len(image) <= IMAGE_URL_MAX:
        bubble["hero"] = {
            "type": "image",
            "url": image,
            "size": "full",
            "aspectRatio": "20:13",
            "aspectMode": "cover",
        }
        if link:
            bubble["hero"]["action"] = {"type": "uri", "label": _("Read more"), "uri": link}
    if link:
        bubble["footer"] = {
            "type": "box",
            "layout": "vertical",
            "contents": [
                {
                    "type": "button",
                    "style": "primary",
                    "color": "#06C755",
                    "action": {"type": "uri", "label": _("Read more"), "uri": link},
                }
            ],
        }
    alt = _trim(title + (f" {link}" if link else ""), ALT_TEXT_MAX)
    return {"type": "flex", "altText": alt or "-", "contents": bubble}


def line_messages(message: Message) -> list[dict]:
    """The message objects of one send: the Flex bubble, and the whole text after it when
    the bubble could show only part of the lead."""
    messages = [line_flex_message(message)]
    lead = _lead(message)
    if len(lead) > BUBBLE_TEXT_MAX:
        link = _link(message)
        tail = f"\n\n{link}" if link else ""
        text = _trim(f"{_title(message)}\n\n{lead}", TEXT_MAX - len(tail)) + tail
        messages.append({"type": "text", "text": text})
    return messages


def retry_key(dispatch: Dispatch, index: int) -> str:
    """The X-Line-Retry-Key of the ``index``-th recipient: the dispatch's own key when it
    has one recipient (or none: a broadcast), else one derived from it, the same on every
    attempt."""
    if len(dispatch.recipients) <= 1:
        return str(dispatch.idempotency_key)
    return str(uuid.uuid5(dispatch.idempotency_key, str(index)))


@contextmanager
def line_api(channel: Channel):
    """The SDK's MessagingApi for the channel's account and API base."""
    import urllib3
    from linebot.v3.messaging import ApiClient, Configuration, MessagingApi

    token = channel.secret_get("channel_access_token")
    if not token:
        raise PermanentError(
            "the channel has no channel access token", reason=DispatchError.BAD_CREDENTIALS
        )
    base = (channel.settings.get("api_base") or API_BASE).rstrip("/")
    configuration = Configuration(host=base, access_token=token)
    # Retries are the dispatch's business (with back-off and the same retry key).
    configuration.retries = urllib3.Retry(total=0, connect=0, read=0, redirect=0, status=0)
    with ApiClient(configuration) as client:
        yield MessagingApi(client)


def _header(headers, name: str) -> str:
    if not headers:
        return ""
    if hasattr(headers, "get"):
        value = headers.get(name)
        if value is None:
            value = next((v for k, v in dict(headers).items() if k.lower() == name), None)
        return value or ""
    return ""


def _line_detail(body) -> str:
    """LINE's error message and details, as one line for the technical detail."""
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    try:
        data = json.loads(body or "")
    except (TypeError, ValueError):
        return str(body or "")[:500]
    if not isinstance(data, dict):
        return str(body)[:500]
    parts = [str(data.get("message", ""))]
    for detail in data.get("details") or []:
        parts.append(f"{detail.get('property', '')}: {detail.get('message', '')}".strip(": "))
    return "; ".join(part for part in parts if part)[:1000]


class Accepted(Exception):
    """LINE had already accepted this retry key (HTTP 409): the message went out."""

    def __init__(self, request_id: str):
        super().__init__(request_id)
        self.request_id = request_id


def line_error(error: Exception) -> Exception:
    """The DeliveryError (or Accepted) for what the SDK raised."""
    import urllib3
    from linebot.v3.messaging.exceptions import ApiException

    if isinstance(error, ApiException):
        status = int(error.status or 0)
        detail = _line_detail(error.body) or str(error.reason or "")
        if status == 409:
            accepted = _header(error.headers, "x-line-accepted-request-id")
            return Accepted(accepted or "accepted")
        if status == 0:  # the SDK's way of saying the connection failed
            return RetryableError(detail or "no answer", reason=DispatchError.SERVER_ERROR)
        if status == 429 and "monthly limit" in detail.lower():
            # Not a rate limit that heals in seconds: the month's messages are used up.
            return PermanentError(
                f"monthly message quota used up: {detail}",
                reason=DispatchError.REJECTED,
                status=status,
            )
        delivery = http_error(status, detail, retry_after=_header(error.headers, "retry-after"))
        if status == 400 and "'to'" in detail:
            delivery.reason = DispatchError.UNKNOWN_RECIPIENT
        return delivery
    if isinstance(error, urllib3.exceptions.MaxRetryError) and error.reason is not None:
        error = error.reason
    detail = f"{type(error).__name__}: {error}"[:1000]
    if isinstance(error, urllib3.exceptions.TimeoutError | TimeoutError):
        return RetryableError(detail, reason=DispatchError.TIMEOUT)
    if isinstance(error, urllib3.exceptions.HTTPError | OSError):
        return RetryableError(detail, reason=DispatchError.SERVER_ERROR)
    return error


def _call(method, request, key: str) -> str:
    """Make one send and return LINE's request ID (the accepted one for a repeat)."""
    try:
        answer = method(request, x_line_retry_key=key, _request_timeout=TIMEOUT)
    except Exception as raw:  # noqa: BLE001 - classified below
        error = line_error(raw)
        if isinstance(error, Accepted):
            return error.request_id
        raise error from raw
    return _header(answer.headers, "x-line-request-id") or f"line-{key}"


class LineAdapter:
    """Sends a dispatch to the channel's audience: ``groups`` (one push per group, the
    progress saved after each), ``multicast`` (one call, at most 500 user IDs) or
    ``broadcast`` (one call, every friend)."""

    def send(self, *, dispatch: Dispatch, message: Message) -> SendResult:
        from linebot.v3.messaging import (
            BroadcastRequest,
            MulticastRequest,
        )
        from linebot.v3.messaging import (
            Message as LineMessage,
        )

        channel = dispatch.channel
        audience = channel.settings.get("audience", "groups")
        if audience not in AUDIENCES:
            raise PermanentError(
                f"unknown LINE audience {audience!r}", reason=DispatchError.NOT_CONFIGURED
            )
        objects = [LineMessage.from_dict(item) for item in line_messages(message)]
        recipients = dispatch.pending_recipients
        with line_api(channel) as api:
            if audience == "groups":
                return self._push_each(api=api, dispatch=dispatch, objects=objects)
            if audience == "multicast":
                to = [recipient["to"] for recipient in recipients]
                if not to:
                    return SendResult(reached=0)
                if len(to) > MULTICAST_MAX:
                    raise PermanentError(
                        f"{len(to)} users in one multicast; LINE takes at most {MULTICAST_MAX}",
                        reason=DispatchError.REJECTED,
                    )
                request_id = _call(
                    api.multicast_with_http_info,
                    MulticastRequest(to=to, messages=objects),
                    str(dispatch.idempotency_key),
                )
                return SendResult(reached=len(to), external_ids=[request_id])
            request_id = _call(
                api.broadcast_with_http_info,
                BroadcastRequest(messages=objects),
                str(dispatch.idempotency_key),
            )
            return SendResult(reached=len(recipients), external_ids=[request_id])

    def _push_each(self, *, api, dispatch: Dispatch, objects: list) -> SendResult:
        from linebot.v3.messaging import PushMessageRequest

        from .services import dispatch_progress_record

        start = dispatch.recipients_done
        request_ids: list[str] = []
        refused: list[str] = []
        for offset, recipient in enumerate(dispatch.pending_recipients):
            handled = len(request_ids) + len(refused)
            try:
                request_ids.append(
                    _call(
                        api.push_message_with_http_info,
                        PushMessageRequest(to=recipient["to"], messages=objects),
                        retry_key(dispatch, start + offset),
                    )
                )
            except DeliveryError as error:
                many = len(dispatch.recipients) > 1
                if many and not error.retryable and error.reason == DispatchError.UNKNOWN_RECIPIENT:
                    # A group the account left: the others still get the item.
                    refused.append(
                        f"{recipient.get('name') or recipient['to']} ({recipient['to']})"
                    )
                else:
                    error.reached = handled
                    error.external_ids = [*request_ids, *error.external_ids]
                    raise
            dispatch_progress_record(
                dispatch=dispatch,
                reached=len(request_ids) + len(refused),
                external_ids=request_ids,
            )
        if refused and not request_ids:
            raise PermanentError(
                "no group took the message: " + ", ".join(refused),
                reason=DispatchError.UNKNOWN_RECIPIENT,
                status=400,
            )
        return SendResult(
            reached=len(request_ids) + len(refused), external_ids=request_ids, refused=refused
        )


def line_quota(channel: Channel) -> dict:
    """The account's message quota this month: ``{"type": "limited" | "none", "limit":
    int | None, "used": int}``. Raises a DeliveryError (``bad_credentials`` for a refused
    token, a retryable one when LINE cannot be reached)."""
    with line_api(channel) as api:
        try:
            quota = api.get_message_quota(_request_timeout=TIMEOUT)
            used = api.get_message_quota_consumption(_request_timeout=TIMEOUT)
        except Exception as raw:  # noqa: BLE001 - classified below
            error = line_error(raw)
            if isinstance(error, Accepted):  # pragma: no cover - GETs have no retry key
                raise RetryableError("unexpected 409") from raw
            raise error from raw
    kind = str(getattr(quota.type, "value", quota.type))
    return {
        "type": kind,
        "limit": quota.value if kind == "limited" else None,
        "used": used.total_usage,
    }


def line_group_name(channel: Channel, group_id: str) -> str:
    """The group's name from LINE ("" when LINE does not say, quickly: the webhook waits)."""
    try:
        with line_api(channel) as api:
            summary = api.get_group_summary(group_id, _request_timeout=LOOKUP_TIMEOUT)
    except Exception as error:  # noqa: BLE001 - a name is nice to have, never required
        logger.info("LINE group %s: no summary (%s)", group_id, error)
        return ""
    return summary.group_name or ""


def line_display_name(channel: Channel, user_id: str) -> str:
    """A follower's LINE display name ("" when LINE does not say, quickly)."""
    try:
        with line_api(channel) as api:
            profile = api.get_profile(user_id, _request_timeout=LOOKUP_TIMEOUT)
    except Exception as error:  # noqa: BLE001 - a name is nice to have, never required
        logger.info("LINE user %s: no profile (%s)", user_id, error)
        return ""
    return profile.display_name or ""


def line_notification_push(*, channel: Channel, user_id: str, text: str, key: str) -> str:
    """Push a plain-text notification to one user of the channel's account; LINE's request
    ID. ``key`` (a UUID) is the retry key: the same notification is never delivered twice."""
    from linebot.v3.messaging import PushMessageRequest, TextMessage

    with line_api(channel) as api:
        return _call(
            api.push_message_with_http_info,
            PushMessageRequest(to=user_id, messages=[TextMessage(text=_trim(text, TEXT_MAX))]),
            key,
        )
