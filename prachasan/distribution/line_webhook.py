"""The webhook LINE calls for an office's LINE channel (``/line/webhook/<channel id>/``):
it learns here which groups the account joined and left. LINE wants a quick 200, so
nothing in it may wait long or fail on LINE's account; a call whose signature is wrong
changes nothing."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

from django.db import transaction
from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseForbidden,
)
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .channel_secrets import SecretDecryptError
from .models import Channel, ChannelKind, LineFollower, LineGroup

logger = logging.getLogger(__name__)


def line_signature_valid(*, channel: Channel, body: bytes, signature: str) -> bool:
    """Whether ``signature`` is the HMAC-SHA256 of the body with the channel secret."""
    from linebot.v3.webhook import SignatureValidator

    try:
        secret = channel.secret_get("channel_secret")
        text = body.decode("utf-8")
    except (SecretDecryptError, UnicodeDecodeError):
        return False
    if not secret or not signature:
        return False
    return SignatureValidator(secret).validate(text, signature)


def _event_time(event: dict) -> datetime:
    try:
        return datetime.fromtimestamp(int(event["timestamp"]) / 1000, tz=UTC)
    except (KeyError, TypeError, ValueError, OverflowError, OSError):
        return timezone.now()


def line_events_record(*, channel: Channel, events: list) -> dict[str, int]:
    """Record the account joining and leaving groups (and multi-person chats), and users
    adding (follow) or blocking (unfollow) it; other events are not ours to handle.
    Returns how many of each were recorded."""
    counts = {"join": 0, "leave": 0, "follow": 0, "unfollow": 0}
    named: list[LineGroup] = []
    followers: list[LineFollower] = []
    with transaction.atomic():
        for event in events:
            if not isinstance(event, dict) or event.get("type") not in counts:
                continue
            source = event.get("source") or {}
            when = _event_time(event)
            if event["type"] in ("follow", "unfollow"):
                user_id = source.get("userId")
                if not user_id:
                    continue
                if event["type"] == "follow":
                    follower, _created = LineFollower.objects.update_or_create(
                        channel=channel,
                        user_id=user_id,
                        defaults={"followed_at": when, "unfollowed_at": None},
                    )
                    followers.append(follower)
                else:
                    LineFollower.objects.filter(channel=channel, user_id=user_id).update(
                        unfollowed_at=when
                    )
                counts[event["type"]] += 1
                continue
            group_id = source.get("groupId") or source.get("roomId")
            if not group_id:
                continue
            if event["type"] == "join":
                group, _created = LineGroup.objects.update_or_create(
                    channel=channel,
                    group_id=group_id,
                    defaults={"joined_at": when, "left_at": None},
                )
                if not group.name and source.get("groupId"):
                    named.append(group)
            else:
                LineGroup.objects.filter(channel=channel, group_id=group_id).update(
                    left_at=when, send=False
                )
            counts[event["type"]] += 1
    for group in named:
        _group_name_fetch(channel=channel, group=group)
    for follower in followers:
        _follower_name_fetch(channel=channel, follower=follower)
    return counts


def _follower_name_fetch(*, channel: Channel, follower: LineFollower) -> None:
    from .line import line_display_name

    name = line_display_name(channel, follower.user_id)[:200]
    if name:
        LineFollower.objects.filter(pk=follower.pk).update(display_name=name)


def _group_name_fetch(*, channel: Channel, group: LineGroup) -> None:
    from .line import line_group_name

    name = line_group_name(channel, group.group_id)[:200]
    if name:
        LineGroup.objects.filter(pk=group.pk, name="").update(name=name)


@csrf_exempt
@require_POST
def line_webhook(request, channel_id: int):
    """LINE's webhook for one LINE channel."""
    channel = get_object_or_404(Channel, pk=channel_id, kind=ChannelKind.LINE)
    signature = request.headers.get("X-Line-Signature", "")
    if not signature:
        return HttpResponseBadRequest("missing X-Line-Signature")
    body = request.body
    if not line_signature_valid(channel=channel, body=body, signature=signature):
        logger.warning("LINE webhook for channel %s: bad signature", channel.pk)
        return HttpResponseForbidden("bad signature")
    try:
        payload = json.loads(body)
    except ValueError:
        return HttpResponseBadRequest("not JSON")
    events = payload.get("events") if isinstance(payload, dict) else None
    if not isinstance(events, list):
        return HttpResponseBadRequest("no events")
    line_events_record(channel=channel, events=events)
    return HttpResponse("OK")
