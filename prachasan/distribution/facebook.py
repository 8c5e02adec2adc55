"""The Facebook page adapter: posts the item as the page through the Graph API.

A text post with the item's link goes to ``POST /{version}/{page_id}/feed`` (``message``,
``link``); an item with a picture goes to ``POST /{version}/{page_id}/photos`` (``url``,
``caption``). The text is the item's Facebook version as previewed (by default the lead
and the link). The page access token is the channel's secret ``page_access_token``.

Not posting twice. The Graph API takes no idempotency key, and a post may be made even
when its answer never reaches us (a time-out, a 5xx after the fact). So:

- a dispatch that already holds a post id is not posted again;
- before any attempt after the first (or after a failure the officer retries), the
  adapter reads the page's recent posts (``GET /{page_id}/feed``, since the dispatch was
  created) and, if one carries exactly the text it is about to post, takes that post's id
  instead of posting again.

The cost is one read per retry; the risk left is an officer posting the very same text by
hand between two attempts, which is then counted as ours.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .adapters import (
    DeliveryError,
    Message,
    PermanentError,
    RetryableError,
    SendResult,
    http_error,
    retry_after_seconds,
)
from .models import DispatchError

if TYPE_CHECKING:
    from .models import Channel, Dispatch

DEFAULT_API_BASE = "https://graph.facebook.com"
DEFAULT_API_VERSION = "v21.0"
# (connect, read) seconds.
TIMEOUT = (5, 30)
# Graph error codes (developers.facebook.com/docs/graph-api/guides/error-handling).
CODES_BAD_TOKEN = {102, 104, 190}
CODES_PERMISSION = {10, 200, 210, 230, 299}
CODES_RATE_LIMIT = {4, 17, 32, 613, 80001}
CODES_TRANSIENT = {1, 2}
# How far back the retry looks for a post it may already have made.
LOOKUP_LIMIT = 25


def graph_url(channel: Channel, path: str) -> str:
    base = (channel.settings.get("api_base") or DEFAULT_API_BASE).rstrip("/")
    version = channel.settings.get("api_version") or DEFAULT_API_VERSION
    return f"{base}/{version}/{path.lstrip('/')}"


def facebook_post_text(message: Message) -> str:
    """The post's text, as the officer saw it in the preview (the default Facebook
    version already ends with the link; a feed post also gets the link as its preview
    card)."""
    return message.text.strip()


def graph_error(status: int, data, *, headers=None) -> DeliveryError:
    """The delivery error for a Graph API answer: by its error code first, by the HTTP
    status when the body says nothing."""
    headers = headers or {}
    error = data.get("error") if isinstance(data, dict) else None
    if not isinstance(error, dict):
        return http_error(status, f"HTTP {status}", retry_after=headers.get("Retry-After"))
    code = error.get("code")
    detail = " ".join(
        str(part)
        for part in (
            f"#{code}" if code is not None else "",
            f"/{error['error_subcode']}" if error.get("error_subcode") else "",
            error.get("type", ""),
            error.get("message", ""),
            f"fbtrace_id={error['fbtrace_id']}" if error.get("fbtrace_id") else "",
        )
        if part
    )[:2000]
    if code in CODES_BAD_TOKEN or code in CODES_PERMISSION:
        return PermanentError(detail, reason=DispatchError.BAD_CREDENTIALS, status=status)
    if code in CODES_RATE_LIMIT or status == 429:
        return RetryableError(
            detail,
            reason=DispatchError.RATE_LIMITED,
            status=status,
            retry_after=_rate_limit_wait(headers),
        )
    if code in CODES_TRANSIENT or error.get("is_transient") or status >= 500:
        return RetryableError(
            detail,
            reason=DispatchError.SERVER_ERROR,
            status=status,
            retry_after=retry_after_seconds(headers.get("Retry-After")),
        )
    if code == 100:
        return PermanentError(detail, reason=DispatchError.REJECTED, status=status)
    return http_error(status, detail)


def _rate_limit_wait(headers) -> float | None:
    """Retry-After if given; else Graph's own estimate of when access comes back, in
    minutes, from the business use case usage header."""
    seconds = retry_after_seconds(headers.get("Retry-After"))
    if seconds is not None:
        return seconds
    raw = headers.get("X-Business-Use-Case-Usage")
    if not raw:
        return None
    try:
        usage = json.loads(raw)
    except ValueError:
        return None
    minutes = [
        entry.get("estimated_time_to_regain_access", 0)
        for entries in usage.values()
        if isinstance(entries, list)
        for entry in entries
        if isinstance(entry, dict)
    ]
    return max(minutes) * 60.0 if minutes and max(minutes) > 0 else None


class FacebookAdapter:
    """One post on the office's Facebook page per dispatch; its id is kept."""

    def send(self, *, dispatch: Dispatch, message: Message) -> SendResult:
        import requests

        if dispatch.external_ids:
            # Already posted: an officer retrying a dispatch that reached Facebook.
            return SendResult(reached=0)
        channel = dispatch.channel
        page_id = str(channel.settings.get("page_id") or "").strip()
        token = channel.secret_get("page_access_token")
        if not page_id or not token:
            raise PermanentError(
                "the channel needs a page_id and a page access token",
                reason=DispatchError.NOT_CONFIGURED,
            )
        photo = bool(message.image_url)
        text = facebook_post_text(message)
        with requests.Session() as session:
            # Any earlier attempt (or an error kept from before the officer's retry) may
            # have posted without our hearing of it.
            if dispatch.attempts > 1 or dispatch.error:
                found = self._post_already_made(
                    session,
                    channel=channel,
                    page_id=page_id,
                    token=token,
                    text=text,
                    since=dispatch.created_at,
                )
                if found:
                    return SendResult(reached=0, external_ids=[found])
            photos = [url for url in (message.image_urls or ()) if url] or (
                [message.image_url] if photo else []
            )
            if len(photos) > 1:
                # Several photos in one post: each uploaded unpublished, then one post that
                # attaches them (Graph's way; a retry may leave unseen unpublished photos).
                media = []
                for photo_url in photos:
                    uploaded = self._call(
                        session,
                        "POST",
                        graph_url(channel, f"{page_id}/photos"),
                        {"url": photo_url, "published": "false", "access_token": token},
                    )
                    media.append(str(uploaded["id"]))
                data = {"message": text, "access_token": token}
                for index, media_id in enumerate(media):
                    data[f"attached_media[{index}]"] = json.dumps({"media_fbid": media_id})
                answer = self._call(session, "POST", graph_url(channel, f"{page_id}/feed"), data)
                post_id = answer.get("id")
            elif photo:
                data = {"url": message.image_url, "caption": text, "access_token": token}
                answer = self._call(session, "POST", graph_url(channel, f"{page_id}/photos"), data)
                post_id = answer.get("post_id") or answer.get("id")
            else:
                data = {"message": text, "access_token": token}
                if message.url:
                    data["link"] = message.url
                answer = self._call(session, "POST", graph_url(channel, f"{page_id}/feed"), data)
                post_id = answer.get("id")
        if not post_id:
            raise RetryableError(f"Graph answered without an id: {answer}"[:2000])
        return SendResult(reached=0, external_ids=[str(post_id)])

    def _call(self, session, method: str, url: str, data: dict) -> dict:
        if method == "GET":
            response = session.get(url, params=data, timeout=TIMEOUT)
        else:
            response = session.post(url, data=data, timeout=TIMEOUT)
        try:
            body = response.json()
        except ValueError:
            body = None
        if response.status_code >= 300 or (isinstance(body, dict) and "error" in body):
            raise graph_error(response.status_code, body, headers=response.headers)
        if not isinstance(body, dict):
            raise RetryableError(
                f"Graph answered {response.status_code} with no JSON: {response.text[:500]}",
                reason=DispatchError.SERVER_ERROR,
                status=response.status_code,
            )
        return body

    def _post_already_made(self, session, *, channel, page_id, token, text, since) -> str:
        """The id of a post on the page since ``since`` whose text is ``text``, if any."""
        answer = self._call(
            session,
            "GET",
            graph_url(channel, f"{page_id}/feed"),
            {
                "fields": "id,message,created_time",
                "since": int(since.timestamp()) - 60,
                "limit": LOOKUP_LIMIT,
                "access_token": token,
            },
        )
        for post in answer.get("data") or []:
            if (post.get("message") or "").strip() == text:
                return str(post.get("id") or "")
        return ""
