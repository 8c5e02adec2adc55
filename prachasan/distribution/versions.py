"""One item, many versions: which channels an item goes to and what each one sends.

A news item keeps its versions in ``NewsPage.channel_versions``:
``{"<channel id>": {"send": bool, "subject": str, "text": str, "image": image id | None,
"resend": bool}}``. Being a page field, every revision carries its own, so the approved
revision's versions are exactly what was approved. These functions are pure reads used by
the page editor and by the code that sends: what a blank field sends (``version_text``)
and what cannot go out (``version_errors``)."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from typing import TYPE_CHECKING

from django.db.models import Max, QuerySet
from django.utils.translation import gettext as _

from prachasan.offices.models import Office

from .models import Channel, ChannelKind, Dispatch, DispatchStatus
from .sms import sms_max_segments_of as sms_max_segments
from .sms import sms_segments

if TYPE_CHECKING:
    from wagtail.models import Page

# Kinds an item has its own version for. Feeds carry the page itself; offline appearances
# are logged after the fact (Appearance).
VERSIONED_KINDS = (
    ChannelKind.EMAIL,
    ChannelKind.SMS,
    ChannelKind.LINE,
    ChannelKind.FACEBOOK,
    ChannelKind.PRESS_RELEASE,
)

# The fields the officer writes for each kind (the editor shows only these).
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    ChannelKind.SMS: ("text",),
    ChannelKind.LINE: ("text", "image"),
    ChannelKind.FACEBOOK: ("text", "image"),
    ChannelKind.EMAIL: ("subject", "text"),
    ChannelKind.PRESS_RELEASE: ("subject", "text"),
}

LINE_TEXT_MAX = 5000  # a LINE text message or Flex text
FACEBOOK_TEXT_MAX = 63206  # a Facebook post
SUBJECT_MAX = 255
ELLIPSIS = "..."  # GSM-7, so an English title stays in the cheaper encoding


def page_office(*, page: Page, parent: Page | None = None) -> Office | None:
    """The office whose site holds the page (or, for a page not yet created, its parent)."""
    from prachasan.approvals.selectors import page_office as site_office

    return site_office(page=page if page.pk or parent is None else parent)


def channels_for_page(page: Page, *, parent: Page | None = None) -> QuerySet[Channel]:
    """The office's active channels an item can have its own version for."""
    office = page_office(page=page, parent=parent)
    if office is None:
        return Channel.objects.none()
    return Channel.objects.filter(office=office, active=True, kind__in=VERSIONED_KINDS).order_by(
        "kind", "name", "pk"
    )


def version_empty() -> dict:
    return {"send": False, "subject": "", "text": "", "image": None, "images": [], "resend": False}


def _image_id(value) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def version_clean(version: dict | None) -> dict:
    """A version with every key, of the right type (what the page stores)."""
    version = version or {}
    image = _image_id(version.get("image"))
    # More pictures after the first (a Facebook post of photos), each once.
    images = []
    for value in version.get("images") or []:
        extra = _image_id(value)
        if extra is not None and extra != image and extra not in images:
            images.append(extra)
    return {
        "send": bool(version.get("send")),
        "subject": str(version.get("subject") or "").strip(),
        "text": str(version.get("text") or "").strip().replace("\r\n", "\n"),
        "image": image,
        "images": images,
        "resend": bool(version.get("resend")),
    }


def versions_initial(*, page: Page, channels) -> dict:
    """The versions the editor starts from: the page's own, or for an item never published
    and never given versions, the channels ticked by default for its news kind."""
    stored = page.channel_versions or {}
    fresh = not stored and not page.first_published_at
    kind = getattr(page, "kind", "")
    versions = {}
    for channel in channels:
        key = str(channel.pk)
        if key in stored:
            versions[key] = version_clean(stored[key])
        else:
            version = version_empty()
            version["send"] = fresh and kind in (channel.default_news_kinds or [])
            versions[key] = version
    return versions


def page_link(page: Page, *, parent: Page | None = None) -> str:
    """The item's address on the office's site ("" when it has none yet)."""
    url = page.full_url if page.pk or parent is None else None
    if not url and parent is not None and page.slug:
        parent_url = parent.full_url
        url = f"{parent_url}{page.slug}/" if parent_url else None
    return url or ""


def _cut_before_marks(text: str, length: int) -> str:
    """``text`` cut to ``length`` characters, never leaving a Thai vowel or tone mark
    without the letter it sits on."""
    while 0 < length < len(text) and unicodedata.category(text[length]).startswith("M"):
        length -= 1
    return text[:length]


def sms_default_text(*, title: str, link: str, max_segments: int) -> str:
    """The title and the link, the title cut (with "...") until it fits in
    ``max_segments`` parts."""
    title = " ".join(title.split())

    def joined(head: str) -> str:
        return f"{head} {link}".strip() if head else link

    text = joined(title)
    if sms_segments(text)[0] <= max_segments:
        return text
    for length in range(len(title) - 1, 0, -1):
        head = _cut_before_marks(title, length).rstrip()
        if head:
            text = joined(head + ELLIPSIS)
            if sms_segments(text)[0] <= max_segments:
                return text
    return link


def version_defaults(*, channel: Channel, page: Page, link: str | None = None) -> dict:
    """What each kind sends for the fields the officer left blank, built from the page:

    - SMS: the title and the link on one line (the title cut with "..." to fit the
      channel's ``max_segments`` parts);
    - LINE: the lead, or the title when there is none (the Flex bubble shows the title
      above it and the link on its "read more" button);
    - Facebook: the lead, a blank line, the link;
    - e-mail: the title as subject; the lead, a blank line, the link as body;
    - press release: the title as subject, the lead as text.

    ``link`` defaults to the page's address. Texts are what the recipient reads: the
    link is already in them where the kind shows it."""
    title = (page.title or "").strip()
    lead = (getattr(page, "lead", "") or "").strip()
    link = page_link(page) if link is None else link
    lead_and_link = "\n\n".join(part for part in (lead, link) if part)
    kind = channel.kind
    if kind == ChannelKind.SMS:
        text = sms_default_text(title=title, link=link, max_segments=sms_max_segments(channel))
        return {"subject": "", "text": text}
    if kind == ChannelKind.LINE:
        return {"subject": "", "text": lead or title}
    if kind == ChannelKind.FACEBOOK:
        return {"subject": "", "text": lead_and_link}
    if kind == ChannelKind.EMAIL:
        return {"subject": title, "text": lead_and_link}
    if kind == ChannelKind.PRESS_RELEASE:
        return {"subject": title, "text": lead}
    return {"subject": title, "text": lead_and_link}


def version_text(
    *, channel: Channel, page: Page, version: dict | None, link: str | None = None
) -> dict:
    """What goes out on ``channel``: ``{"subject", "text", "image"}``, the officer's
    subject and text where given, the page's defaults (``version_defaults``) for the
    blanks. Deterministic: the same revision always gives the same message."""
    version = version_clean(version)
    defaults = version_defaults(channel=channel, page=page, link=link)
    fields = KIND_FIELDS.get(channel.kind, ("subject", "text"))
    return {
        "subject": (version["subject"] if "subject" in fields else "") or defaults["subject"],
        "text": (version["text"] if "text" in fields else "") or defaults["text"],
        "image": version["image"] if "image" in fields else None,
    }


def version_field_errors(*, channel: Channel, version: dict) -> dict[str, list[str]]:
    """What stops this version from going out, by field ("subject", "text")."""
    subject = str(version.get("subject") or "")
    text = str(version.get("text") or "")
    errors: dict[str, list[str]] = {}

    def add(field: str, message: str) -> None:
        errors.setdefault(field, []).append(message)

    kind = channel.kind
    if kind == ChannelKind.SMS:
        parts, _encoding = sms_segments(text)
        limit = sms_max_segments(channel)
        if not text:
            add("text", _("Write the text of the SMS."))
        elif parts > limit:
            add(
                "text",
                _("This SMS takes %(parts)d messages; the channel sends at most %(limit)d.")
                % {"parts": parts, "limit": limit},
            )
    elif kind in (ChannelKind.LINE, ChannelKind.FACEBOOK):
        limit = LINE_TEXT_MAX if kind == ChannelKind.LINE else FACEBOOK_TEXT_MAX
        if not text:
            add("text", _("Write the text of the message."))
        elif len(text) > limit:
            add(
                "text",
                _("The text has %(length)d characters; at most %(limit)d can be sent.")
                % {"length": len(text), "limit": limit},
            )
    elif kind in (ChannelKind.EMAIL, ChannelKind.PRESS_RELEASE):
        if not subject:
            add("subject", _("Give the e-mail a subject."))
        elif len(subject) > SUBJECT_MAX:
            add(
                "subject",
                _("The subject has %(length)d characters; keep it to %(limit)d.")
                % {"length": len(subject), "limit": SUBJECT_MAX},
            )
    return errors


def version_errors(*, channel: Channel, version: dict) -> list[str]:
    """What stops this version from going out, in the officer's words. Pass the version
    as it will be sent (``version_text`` fills the blanks)."""
    return [
        message
        for messages in version_field_errors(channel=channel, version=version).values()
        for message in messages
    ]


def page_sent_channels(*, page: Page) -> dict[int, datetime]:
    """The channels an item was sent to (not counting correction notices), with when."""
    if not page.pk:
        return {}
    rows = (
        Dispatch.objects.filter(page_id=page.pk, status=DispatchStatus.SENT, correction=None)
        .values("channel_id")
        .annotate(last=Max("sent_at"))
    )
    return {row["channel_id"]: row["last"] for row in rows}


def page_images(page: Page) -> list:
    """The item's own pictures a version can carry: the cover image, then the body's
    images and gallery images, each once."""
    images, seen = [], set()

    def add(image) -> None:
        if image is not None and image.pk not in seen:
            seen.add(image.pk)
            images.append(image)

    add(getattr(page, "cover_image", None))
    for block in getattr(page, "body", None) or []:
        if block.block_type == "image":
            add(block.value["image"])
        elif block.block_type == "gallery":
            for item in block.value["images"]:
                add(item["image"])
    return images
