"""The demo office's channels and their delivery records.

The channels point at the local sandbox (`manage.py sandbox`, started by `make run`), so
that the demo publishes everywhere with no internet. The recent items were sent while the
demo loaded: a sandbox is started in this process on free ports, the dispatches are sent
through the real adapters, and the channels are then pointed at the sandbox's usual ports.
One SMS batch failed after the gateway kept answering 503, so that the retry button has
something to do."""

from __future__ import annotations

import hashlib
import io
import wave
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from prachasan.distribution.models import (
    Appearance,
    AppearanceKind,
    Channel,
    ChannelKind,
    Dispatch,
    DispatchStatus,
    LineFollower,
    LineGroup,
)
from prachasan.distribution.services import dispatch_plan_create, dispatch_send
from prachasan.network.models import RecipientGroup, School
from prachasan.news.models import NewsKind, NewsPage

from .documents import make_pdf

DIRECTORS_GROUP = "ผู้อำนวยการโรงเรียนทุกแห่ง"
MEDIA_GROUP = "สื่อมวลชนจังหวัด"
ALL_KINDS = [kind.value for kind in NewsKind]

# (name, kind, settings, secrets, default news kinds, recipient groups)
CHANNELS = [
    (
        "LINE สพป.ตัวอย่าง (กลุ่มไลน์)",
        ChannelKind.LINE,
        {"audience": "groups"},
        {
            "channel_access_token": "demo-line-channel-access-token-0001",
            "channel_secret": "demo-line-channel-secret-0001",
        },
        ALL_KINDS,
        [],
    ),
    (
        "LINE OA ผู้ติดตาม (ส่งทุกคน)",
        ChannelKind.LINE,
        {"audience": "broadcast"},
        {
            "channel_access_token": "demo-line-channel-access-token-0001",
            "channel_secret": "demo-line-channel-secret-0001",
        },
        [NewsKind.URGENT, NewsKind.ANNOUNCEMENT],
        [],
    ),
    (
        "LINE ถึงผู้อำนวยการโรงเรียน (รายบุคคล)",
        ChannelKind.LINE,
        {"audience": "multicast"},
        {
            "channel_access_token": "demo-line-channel-access-token-0001",
            "channel_secret": "demo-line-channel-secret-0001",
        },
        [NewsKind.URGENT],
        [DIRECTORS_GROUP],
    ),
    (
        "เพจ Facebook สพป.ตัวอย่าง เขต 1",
        ChannelKind.FACEBOOK,
        {"page_id": "104512345678901", "api_version": "v21.0"},
        {"page_access_token": "demo-facebook-page-token-0001"},
        [NewsKind.ACTIVITY, NewsKind.PR, NewsKind.ANNOUNCEMENT, NewsKind.URGENT],
        [],
    ),
    (
        "อีเมลถึงผู้อำนวยการโรงเรียน",
        ChannelKind.EMAIL,
        {"smtp_host": "127.0.0.1", "smtp_tls": False},
        {},
        [NewsKind.URGENT, NewsKind.ANNOUNCEMENT],
        [DIRECTORS_GROUP],
    ),
    (
        "SMS ผู้อำนวยการโรงเรียน",
        ChannelKind.SMS,
        {"profile": "thaibulksms", "sender": "SPT-DEMO", "max_segments": 3},
        {"api_key": "demo-sms-key", "api_secret": "demo-sms-secret"},
        [NewsKind.URGENT],
        [DIRECTORS_GROUP],
    ),
    (
        "ข่าวแจกสื่อมวลชน",
        ChannelKind.PRESS_RELEASE,
        {"smtp_host": "127.0.0.1", "smtp_tls": False},
        {},
        [NewsKind.PR],
        [MEDIA_GROUP],
    ),
    (
        "RSS / Atom ของสำนักงาน",
        ChannelKind.FEED,
        {"url": "/feeds/news.rss"},
        {},
        [],
        [],
    ),
]

# The three LINE groups of seed 003, with how many members each has.
LINE_GROUPS = [
    ("กลุ่มไลน์ สพป.ตัวอย่าง 1", 214),
    ("กลุ่มไลน์ประชาสัมพันธ์", 96),
    ("กลุ่มไลน์ Family", 387),
]


# Friends of the office's LINE account (follow events), besides two school directors whose
# schools' records carry their LINE user ID, so that the multicast channel reaches them.
LINE_FOLLOWERS = ["ครูสมใจ", "Nok PR", "ปิยะนุช"]


def line_user_id(name: str) -> str:
    """A LINE-shaped user ID ("U" and 32 hex digits), the same on every load."""
    return "U" + hashlib.md5(("user:" + name).encode(), usedforsecurity=False).hexdigest()


def line_group_id(name: str) -> str:
    """A LINE-shaped group ID ("C" and 32 hex digits), the same on every load."""
    return "C" + hashlib.md5(name.encode(), usedforsecurity=False).hexdigest()


def _endpoints(sandbox_url: str, smtp_port: int) -> dict[str, dict]:
    return {
        ChannelKind.LINE: {"api_base": f"{sandbox_url}/line"},
        ChannelKind.FACEBOOK: {"api_base": f"{sandbox_url}/facebook"},
        ChannelKind.SMS: {"api_base": f"{sandbox_url}/sms"},
        ChannelKind.EMAIL: {"smtp_port": smtp_port},
        ChannelKind.PRESS_RELEASE: {"smtp_port": smtp_port},
    }


def _point(channels: list[Channel], *, sandbox_url: str, smtp_port: int) -> None:
    endpoints = _endpoints(sandbox_url, smtp_port)
    for channel in channels:
        channel.settings = {**channel.settings, **endpoints.get(channel.kind, {})}
        channel.save(update_fields=["settings", "updated_at"])


def _channels(office) -> list[Channel]:
    groups = {group.name: group for group in RecipientGroup.objects.filter(office=office)}
    channels = []
    for name, kind, channel_settings, secrets, kinds, group_names in CHANNELS:
        channel, created = Channel.objects.get_or_create(
            office=office,
            name=name,
            defaults={
                "kind": kind,
                "settings": channel_settings,
                "default_news_kinds": [str(k) for k in kinds],
            },
        )
        if created:
            for secret, value in secrets.items():
                channel.secret_set(secret, value)
            channel.save()
            channel.recipient_groups.set([groups[g] for g in group_names if g in groups])
        channels.append(channel)
    line = channels[0]
    schools = list(
        School.objects.filter(office=office).exclude(director_name="").order_by("pk")[:2]
    )
    names = [school.director_name for school in schools] + LINE_FOLLOWERS
    for days, name in enumerate(names):
        LineFollower.objects.get_or_create(
            channel=line,
            user_id=line_user_id(name),
            defaults={
                "display_name": name,
                "followed_at": timezone.now() - timedelta(days=90 - days),
            },
        )
    for school in schools:
        School.objects.filter(pk=school.pk).update(line_id=line_user_id(school.director_name))
    for name, _members in LINE_GROUPS:
        LineGroup.objects.get_or_create(
            channel=line,
            group_id=line_group_id(name),
            defaults={
                "name": name,
                "send": True,
                "joined_at": timezone.now() - timedelta(days=400),
            },
        )
    return channels


def _recent_items(office, count: int) -> list[NewsPage]:
    return list(
        NewsPage.objects.live()
        .descendant_of(office.site.root_page)
        .order_by("-first_published_at")[:count]
    )


def _tick(page: NewsPage, channels: list[Channel], revision=None) -> None:
    """Tick the channels as the editor found them for the item's kind, on the page and on
    its version (the live one, or the one waiting for permission): the demo items were
    written before the channels existed."""
    versions = {
        str(channel.pk): {"send": True, "subject": "", "text": "", "image": None}
        for channel in channels
        if page.kind in channel.default_news_kinds and channel.kind != ChannelKind.FEED
    }
    if page.cover_image_id:
        for channel in channels:
            if (
                channel.kind in (ChannelKind.LINE, ChannelKind.FACEBOOK)
                and str(channel.pk) in versions
            ):
                versions[str(channel.pk)]["image"] = page.cover_image_id
    page.channel_versions = versions
    NewsPage.objects.filter(pk=page.pk).update(channel_versions=versions)
    revision = revision or page.live_revision
    revision.content = {**revision.content, "channel_versions": versions}
    revision.save(update_fields=["content"])


def _send_all(dispatches: list[Dispatch]) -> None:
    """What the worker does, here and now: send each one, and its retries when due."""
    for dispatch in dispatches:
        dispatch.refresh_from_db()
        for _attempt in range(10):
            if dispatch.status not in (DispatchStatus.WAITING, DispatchStatus.RETRYING):
                break
            now = max(timezone.now(), dispatch.next_attempt_at or timezone.now())
            dispatch = dispatch_send(dispatch_id=dispatch.pk, now=now)


def _backdate(page: NewsPage, dispatches: list[Dispatch]) -> None:
    """Sent a few minutes after the item went live, as the worker would have."""
    published = page.first_published_at
    for offset, dispatch in enumerate(dispatches):
        when = published + timedelta(minutes=1, seconds=20 * offset)
        Dispatch.objects.filter(pk=dispatch.pk).update(
            created_at=published,
            sending_started_at=when,
            sent_at=when if dispatch.sent_at else None,
            updated_at=when + timedelta(minutes=40 if dispatch.attempts > 1 else 0),
        )


def _appearances(office, items: list[NewsPage]) -> int:
    if Appearance.objects.filter(office=office).exists() or not items:
        return 0
    item = items[0]
    clipping = make_pdf(
        title="หนังสือพิมพ์ข่าวชุมชนตัวอย่าง (ฉบับสแกน)",
        paragraphs=[item.title, item.lead],
    )
    audio = io.BytesIO()
    with wave.open(audio, "wb") as recording:
        recording.setnchannels(1)
        recording.setsampwidth(2)
        recording.setframerate(8000)
        recording.writeframes(b"\x00\x00" * 8000)
    day = item.first_published_at.date()
    rows = [
        (AppearanceKind.NEWSPAPER, "หนังสือพิมพ์ข่าวชุมชนตัวอย่าง", 1, "clipping.pdf", clipping),
        (
            AppearanceKind.RADIO,
            "สวท. จังหวัดตัวอย่าง รายการเพื่อนการศึกษา",
            2,
            "radio.wav",
            audio.getvalue(),
        ),
        (AppearanceKind.PA_SYSTEM, "เสียงตามสายสำนักงาน", 0, "", b""),
    ]
    for kind, outlet, days, filename, content in rows:
        appearance = Appearance(
            office=office,
            page=item,
            department=item.department,
            kind=kind,
            outlet=outlet,
            appeared_on=day + timedelta(days=days),
            title=item.title,
        )
        if content:
            appearance.evidence.save(filename, ContentFile(content), save=False)
        appearance.save()
    return len(rows)


def demo_distribution_load(*, office, items: int = 8) -> dict:
    """The office's channels, the recent items sent to them (one SMS batch failed), and
    three offline appearances. Runs once: an office that has channels is left alone."""
    from prachasan.sandbox.faults import Fault
    from prachasan.sandbox.server import SandboxServer

    if Channel.objects.filter(office=office).exists():
        return {"channels": 0, "dispatches": 0}
    channels = _channels(office)
    recent = _recent_items(office, items)
    sent = 0
    with SandboxServer(settings.SANDBOX_DIR) as sandbox:
        _point(channels, sandbox_url=sandbox.url, smtp_port=sandbox.smtp_port)
        line = sandbox.sandbox.emulators.get("line")
        if line is not None:  # the groups' names and sizes, as LINE knows them
            for name, members in LINE_GROUPS:
                line.group_names[line_group_id(name)] = name
                line.group_members[line_group_id(name)] = members
        failing = next((page for page in recent if page.kind == NewsKind.URGENT), None)
        for page in reversed(recent):
            _tick(page, channels)
            if page == failing:
                # The gateway is down for this item's first batch: every try gets 503.
                sandbox.faults.add(Fault(service="sms", status=503, times=6))
            with transaction.atomic():
                dispatches = dispatch_plan_create(revision=page.live_revision)
            _send_all(dispatches)
            sandbox.faults.clear()
            _backdate(page, dispatches)
            sent += len(dispatches)
    _point(channels, sandbox_url=settings.SANDBOX_URL, smtp_port=settings.SANDBOX_SMTP_PORT)
    # The items still waiting for permission go out when they are allowed (make run's
    # worker sends them to the sandbox).
    for page in NewsPage.objects.descendant_of(office.site.root_page).filter(live=False):
        revision = page.get_latest_revision()
        if revision is not None:
            _tick(page, channels, revision=revision)
    return {
        "channels": len(channels),
        "dispatches": sent,
        "appearances": _appearances(office, recent),
    }
