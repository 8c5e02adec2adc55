"""The press release PDF (ข่าวประชาสัมพันธ์) sent to the media: the office's heading, its
number and Buddhist Era date, the approved item's text and the PR contact."""

import datetime
import subprocess

import pytest
from django.utils import timezone
from PIL import Image as PillowImage

from prachasan.distribution.models import Channel, ChannelKind, Dispatch
from prachasan.documents.press_release import (
    body_paragraphs,
    press_release_filename,
    press_release_number,
    press_release_pdf,
)
from prachasan.news.models import NewsPage
from prachasan.offices.models import Person
from prachasan.thai.dates import to_thai_digits

from .conftest import assert_in_order, pdf_fonts, pdf_text, skeleton

pytestmark = pytest.mark.django_db

TITLE = "โรงเรียนบ้านฝั่งป่า จัดกิจกรรมปี่ ที่เยิ้ม ลิ้นญุ่น"
LEAD = "นักเรียนร่วมกิจกรรมฝั่งป่าเพื่อเรียนรู้ชุมชน เมื่อวันที่ 3 พฤศจิกายน 2569"
BODY = [
    {"type": "paragraph", "value": "<h2>ความเป็นมา</h2><p>กิจกรรมนี้จัดขึ้นเป็นปีที่ 2</p>"},
    {
        "type": "paragraph",
        "value": "<ul><li>ครูผู้สอน 12 คน</li><li>นักเรียน 240 คน</li></ul>"
        "<ol><li>ลงทะเบียน</li><li>ปลูกป่า</li></ol>",
    },
    {"type": "quote", "value": {"text": "ขอบคุณชุมชนทุกท่าน", "attribution": "ผู้อำนวยการโรงเรียน"}},
]


@pytest.fixture
def item():
    """A published item with the text above, as approved (the live revision)."""
    page = NewsPage.objects.live().order_by("pk").first()
    page.title, page.lead, page.body = TITLE, LEAD, BODY
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _channel(office):
    return Channel.objects.create(
        office=office, kind=ChannelKind.PRESS_RELEASE, name="ข่าวแจกสื่อมวลชน (ทดสอบเลขที่)"
    )


@pytest.fixture
def arabic_digits(office):
    office.thai_digits_in_documents = False
    office.save(update_fields=["thai_digits_in_documents"])
    return office


def test_the_pdf_reads_heading_number_date_item_and_contact_in_order(
    arabic_digits, office, item, tmp_path
):
    pdf = press_release_pdf(page=item, office=office, number=7, dated=datetime.date(2026, 11, 21))
    text = pdf_text(pdf, tmp_path)
    officer = Person.objects.get(office=office, user__username="pr")
    assert_in_order(
        text,
        [
            "ข่าวประชาสัมพันธ์",
            office.name_th,
            "ฉบับที่ 7/2569",
            "วันที่ 21 พฤศจิกายน พ.ศ. 2569",
            TITLE,
            LEAD,
            "ความเป็นมา",
            "กิจกรรมนี้จัดขึ้นเป็นปีที่ 2",
            "• ครูผู้สอน 12 คน",
            "• นักเรียน 240 คน",
            "1. ลงทะเบียน",
            "2. ปลูกป่า",
            "“ขอบคุณชุมชนทุกท่าน” ผู้อำนวยการโรงเรียน",
            "ข้อมูลเพิ่มเติม ติดต่อ งานประชาสัมพันธ์",
            officer.full_name,
            officer.phone_office,
            officer.email,
            item.get_site().root_url,
        ],
    )
    assert pdf_fonts(pdf, tmp_path) == {"Sarabun", "Sarabun-Bold"}


def test_the_page_starts_with_the_emblem_centred_above_the_heading(office, item, tmp_path):
    path = tmp_path / "release.pdf"
    path.write_bytes(press_release_pdf(page=item, office=office))
    subprocess.run(
        ["pdftoppm", "-r", "60", "-gray", "-png", "-singlefile", str(path), str(tmp_path / "p")],
        check=True,
    )
    image = PillowImage.open(tmp_path / "p.png").convert("L")
    width, height = image.size
    # The top margin (2.5 cm) and the emblem's 2.5 cm below it: ink in the middle third
    # only, as an emblem centred on the page.
    band = image.crop((0, round(height * 2.5 / 29.7), width, round(height * 4.9 / 29.7)))
    inked = band.point(lambda value: 255 if value < 160 else 0).getbbox()
    assert inked is not None, "no emblem at the top of the page"
    left, _, right, _ = inked
    assert width / 3 < left and right < width * 2 / 3


def test_only_the_approved_version_is_printed_never_a_later_draft(office, item, tmp_path):
    approved = item.live_revision
    item.title = "ร่างที่ยังไม่ได้รับอนุญาต"
    item.lead = "ข้อความร่าง"
    item.save_revision()
    text = skeleton(pdf_text(press_release_pdf(page=item, office=office), tmp_path))
    assert skeleton(TITLE) in text
    assert skeleton("ร่างที่ยังไม่ได้รับอนุญาต") not in text
    # The approved revision named explicitly reads the same.
    named = press_release_pdf(page=item, office=office, revision=approved)
    assert skeleton(TITLE) in skeleton(pdf_text(named, tmp_path))


def test_releases_are_numbered_in_the_order_they_went_to_the_media_each_be_year(office):
    sent_before = set(
        Dispatch.objects.filter(channel__kind=ChannelKind.PRESS_RELEASE).values_list(
            "page_id", flat=True
        )
    )
    first, second, unsent = NewsPage.objects.live().exclude(pk__in=sent_before).order_by("pk")[:3]
    today = timezone.localdate()
    before = press_release_number(page=unsent, office=office, on=today) - 1
    channel = _channel(office)
    for page in (second, first):  # the second item went first
        Dispatch.objects.create(channel=channel, page=page, revision=page.live_revision)
    assert press_release_number(page=second, office=office, on=today) == before + 1
    assert press_release_number(page=first, office=office, on=today) == before + 2
    assert press_release_number(page=unsent, office=office, on=today) == before + 3
    # Another item sent again later keeps its number.
    Dispatch.objects.create(
        channel=channel, page=second, revision=second.live_revision, batch_index=1
    )
    assert press_release_number(page=second, office=office, on=today) == before + 1
    # A new Buddhist Era year starts again from 1.
    next_year = today.replace(year=today.year + 1)
    assert press_release_number(page=unsent, office=office, on=next_year) == 1


def test_thai_digits_when_the_office_prints_them(office, item, tmp_path):
    office.thai_digits_in_documents = True
    office.save(update_fields=["thai_digits_in_documents"])
    pdf = press_release_pdf(page=item, office=office, number=12, dated=datetime.date(2026, 11, 21))
    text = pdf_text(pdf, tmp_path)
    assert_in_order(text, [to_thai_digits("ฉบับที่ 12/2569"), to_thai_digits("วันที่ 21")])
    assert "12/2569" not in text


def test_file_name_is_made_of_the_item_and_the_date(item):
    name = press_release_filename(page=item, dated=datetime.date(2026, 11, 21))
    assert name == f"ข่าวประชาสัมพันธ์-{item.slug}-21-11-2569.pdf"


def test_body_blocks_read_as_paragraphs(item):
    paragraphs = body_paragraphs(item.body)
    assert [(p.text, p.kind) for p in paragraphs[:2]] == [
        ("ความเป็นมา", "heading"),
        ("กิจกรรมนี้จัดขึ้นเป็นปีที่ 2", "text"),
    ]
