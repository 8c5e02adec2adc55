"""The press release (ข่าวประชาสัมพันธ์) sent to the media registry, as an A4 PDF in the
office's format: the emblem, "ข่าวประชาสัมพันธ์", the office, the release's number and date
in the Buddhist Era, the item's title, lead and body as text, and the office's PR contact.
Built from the approved revision, never from a later draft."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db.models import Min
from django.utils import timezone
from wagtail.models import Page, Revision

from prachasan.offices.models import Office, Person, RoleGroup
from prachasan.thai.dates import be_year, to_local_date

from .memo import memo_emblem_png
from .pdf import image_data_uri, pdf_render
from .thai_text import document_date, document_text

HEADING = "ข่าวประชาสัมพันธ์"
EMBLEM_HEIGHT_CM = 2.5
HEADING_SIZE_PT = 24
RULE_WIDTH_CM = 16.0  # the text's width: A4 less the 3 cm and 2 cm side margins

# Blocks of the body read as text; "•" before each item of a bulleted list.
_BLOCK_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote")


@dataclass(frozen=True)
class PressParagraph:
    text: str
    kind: str = "text"  # "text", "heading" (a heading of the body) or "note" (a caption)


@dataclass(frozen=True)
class PressContact:
    unit: str  # "งานประชาสัมพันธ์ กลุ่มอำนวยการ"
    person: str  # the PR officer and position, if the office has one
    phone: str
    email: str
    website: str
    item_url: str


@dataclass(frozen=True)
class PressReleaseDocument:
    """Every line of a press release as it is printed, digits in the office's choice."""

    heading: str
    office_name: str
    number: str  # "ฉบับที่ 12/2569"
    dated: str  # "วันที่ 21 พฤศจิกายน พ.ศ. 2569"
    title: str
    lead: str
    paragraphs: list[PressParagraph]
    contact: PressContact
    thai_digits: bool


def press_release_number(*, page: Page, office: Office, on: dt.date) -> int:
    """The release's running number in the Buddhist Era year of ``on``: items are numbered
    in the order they first went to the office's press-release channels that year; an
    item not sent yet gets the next number."""
    from prachasan.distribution.models import ChannelKind, Dispatch

    firsts = (
        Dispatch.objects.filter(
            channel__office=office,
            channel__kind=ChannelKind.PRESS_RELEASE,
            correction__isnull=True,
            page__isnull=False,
        )
        .values("page_id")
        .annotate(first=Min("created_at"))
    )
    year = be_year(on)
    sent = sorted((row["first"], row["page_id"]) for row in firsts if be_year(row["first"]) == year)
    for number, (_, page_id) in enumerate(sent, start=1):
        if page_id == page.pk:
            return number
    return len(sent) + 1


def press_release_date(*, page: Page, office: Office) -> dt.date:
    """The day the item first went to the office's press-release channels (today if it has
    not gone yet)."""
    from prachasan.distribution.models import ChannelKind, Dispatch

    first = (
        Dispatch.objects.filter(
            channel__office=office,
            channel__kind=ChannelKind.PRESS_RELEASE,
            correction__isnull=True,
            page=page,
        )
        .order_by("created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    return to_local_date(first or timezone.now())


def press_release_filename(*, page: Page, dated: dt.date) -> str:
    """``ข่าวประชาสัมพันธ์-<item's slug>-<day>-<month>-<BE year>.pdf``."""
    return f"{HEADING}-{page.slug}-{dated.day:02d}-{dated.month:02d}-{be_year(dated)}.pdf"


def _text(value: str) -> str:
    return " ".join((value or "").split())


def body_paragraphs(body) -> list[PressParagraph]:
    """A StreamField body as paragraphs of text: rich text by its blocks (headings kept
    as headings, list items with a bullet), quotations with who said them, images by
    their caption, tables by row, documents and embeds by their titles."""
    found: list[PressParagraph] = []
    for block in body or []:
        kind, value = block.block_type, block.value
        if kind == "paragraph":
            soup = BeautifulSoup(getattr(value, "source", str(value)), "html.parser")
            elements = soup.find_all(_BLOCK_TAGS) or [soup]
            for element in elements:
                if element.find(_BLOCK_TAGS):
                    continue  # its own blocks come separately
                text = _text(element.get_text(""))
                if not text:
                    continue
                if element.name in ("h2", "h3", "h4"):
                    found.append(PressParagraph(text, "heading"))
                elif element.name == "li":
                    ordered = element.parent is not None and element.parent.name == "ol"
                    if ordered:
                        position = element.find_previous_siblings("li")
                        found.append(PressParagraph(f"{len(position) + 1}. {text}"))
                    else:
                        found.append(PressParagraph(f"• {text}"))
                else:
                    found.append(PressParagraph(text))
        elif kind == "quote":
            said_by = _text(value.get("attribution", ""))
            quote = f"“{_text(value.get('text', ''))}”" + (f" {said_by}" if said_by else "")
            found.append(PressParagraph(quote))
        elif kind == "image":
            if caption := _text(value.get("caption", "")):
                found.append(PressParagraph(f"(ภาพ: {caption})", "note"))
        elif kind == "table":
            for row in (value or {}).get("data") or []:
                cells = [_text(str(cell)) for cell in row if cell not in (None, "")]
                if cells:
                    found.append(PressParagraph(" | ".join(cells)))
        elif kind == "documents":
            titles = [_text(doc.title) for doc in value.get("documents", []) if doc]
            if titles:
                found.append(PressParagraph("เอกสารประกอบ: " + ", ".join(titles), "note"))
        elif kind == "embed":
            url = getattr(value, "url", "") or ""
            if url:
                found.append(PressParagraph(f"สื่อประกอบ: {url}", "note"))
    return found


def _pr_officer(office: Office) -> Person | None:
    """The office's PR officer in its staff records (the first of them by order)."""
    groups = RoleGroup.objects.filter(
        office=office, role=RoleGroup.Role.PR_OFFICER, department__isnull=True
    ).values("group")
    users = get_user_model().objects.filter(groups__in=groups, is_active=True)
    return (
        Person.objects.filter(office=office, user__in=users, anonymised_at__isnull=True)
        .order_by("sort_order", "pk")
        .first()
    )


def press_contact(*, office: Office, item_url: str = "", overrides: dict | None = None):
    """Whom the media call: the PR work of the office's Director's Office, its PR officer
    (with the telephone and e-mail they publish) and the office's own, and the website.
    ``overrides`` (a press-release channel's settings) may set contact_name,
    contact_phone, contact_email."""
    overrides = overrides or {}
    officer = _pr_officer(office)
    person = ""
    if officer is not None:
        person = _text(f"{officer.full_name} {officer.position}")
    site = office.site if office.site_id else None
    return PressContact(
        unit=f"งานประชาสัมพันธ์ {office.name_th}",
        person=_text(overrides.get("contact_name", "")) or person,
        phone=_text(
            overrides.get("contact_phone", "")
            or (officer.public_phone_office if officer else "")
            or office.phone
        ),
        email=_text(
            overrides.get("contact_email", "")
            or (officer.public_email if officer else "")
            or office.email
        ),
        website=(site.root_url if site is not None else "") or "",
        item_url=item_url,
    )


def press_release_document(
    *,
    page: Page,
    office: Office,
    revision: Revision | None = None,
    number: int | None = None,
    dated: dt.date | None = None,
    contact: dict | None = None,
) -> PressReleaseDocument:
    """The printed lines of the press release of ``revision`` (the page's live revision
    when not given: what the public sees, never a draft)."""
    revision = revision or page.live_revision
    item = revision.as_object() if revision is not None else page.specific
    thai = office.thai_digits_in_documents
    dated = dated or press_release_date(page=page, office=office)
    number = number or press_release_number(page=page, office=office, on=dated)
    live = page.specific
    item_url = (live.full_url or "") if live.live else ""

    def text(value: object) -> str:
        return document_text(value, thai_digits=thai)

    people = press_contact(office=office, item_url=item_url, overrides=contact)
    return PressReleaseDocument(
        heading=HEADING,
        office_name=text(office.name_th),
        number=text(f"ฉบับที่ {number}/{be_year(dated)}"),
        dated=text(f"วันที่ {document_date(dated, thai_digits=False)}"),
        title=text(_text(item.title)),
        lead=text(_text(getattr(item, "lead", "") or getattr(item, "search_description", ""))),
        paragraphs=[
            PressParagraph(text(p.text), p.kind) for p in body_paragraphs(getattr(item, "body", []))
        ],
        contact=PressContact(
            unit=text(people.unit),
            person=text(people.person),
            phone=text(people.phone),
            email=people.email,
            website=people.website,
            item_url=people.item_url,
        ),
        thai_digits=thai,
    )


def press_release_pdf(
    *,
    page: Page,
    office: Office,
    revision: Revision | None = None,
    number: int | None = None,
    dated: dt.date | None = None,
    contact: dict | None = None,
) -> bytes:
    """The press release as an A4 PDF in Sarabun 16 pt."""
    document = press_release_document(
        page=page,
        office=office,
        revision=revision,
        number=number,
        dated=dated,
        contact=contact,
    )
    return pdf_render(
        template_name="documents/press_release.html",
        context={
            "document": document,
            # The Garuda of the office's memos, or its logo until it has one.
            "emblem_uri": image_data_uri(memo_emblem_png(office=office)),
            "page_counter_style": "thai" if document.thai_digits else "decimal",
            "layout": {
                "emblem_height": EMBLEM_HEIGHT_CM,
                "heading_size": HEADING_SIZE_PT,
                "rule_width": RULE_WIDTH_CM,
            },
        },
    )
