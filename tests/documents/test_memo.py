"""The publication request memo (บันทึกข้อความ) as PDF and Word, and a period's memos bound
with a cover list, for requests made and decided the way the office's people do it: in
the page editor and through Wagtail's workflow actions."""

import io
import re
import subprocess
from html import unescape

import docx
import pytest
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from docx.oxml.ns import qn
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import Workflow, WorkflowTask

from prachasan.approvals.models import (
    MemoBlock,
    OfficeRoleTask,
    PublicationRequest,
    RequestStatus,
    StepOutcome,
)
from prachasan.documents.memo import (
    memo_emblem_png,
    publication_memo_docx,
    publication_memo_pdf,
    publication_memos_bundle_pdf,
)
from prachasan.news.models import NewsIndexPage, NewsPage
from prachasan.thai.dates import format_thai_date, format_thai_datetime, to_thai_digits
from tests.approvals.conftest import news_data

from .conftest import STACKED_NAME, assert_in_order, pdf_fonts, pdf_text, skeleton

pytestmark = pytest.mark.django_db

SUBJECT = f"โรงเรียนบ้าน{STACKED_NAME.removeprefix('นางสาว')} จัดกิจกรรมฝั่งป่า"
REASON = "ข้อมูลส่วนบุคคลของนักเรียนยังไม่ได้ปกปิด"
CHANGES = "แก้ชื่อโรงเรียนให้ถูกต้อง"
OFFICE_NAME = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต ๑"
TITLE = "ทะเบียนบันทึกขออนุญาตเผยแพร่ข้อมูลข่าวสาร ไตรมาสที่ 1 ปีงบประมาณ 2570"
# The share of dark pixels inside a box with a tick, and at most inside an empty one.
TICKED, EMPTY = 0.15, 0.02
PAGE_NUMBER_LINE = re.compile(r"^\s*-\s*[0-9๐-๙]+\s*-\s*$", re.M)


@pytest.fixture
def submit(client, login, django_capture_on_commit_callbacks):
    """Submit a new ICT news item for permission to publish, as ``username``."""
    index = NewsIndexPage.objects.get(department__key="ict")

    def submit_as(username: str, slug: str, **fields) -> PublicationRequest:
        login(username)
        data = news_data(slug=slug, publication_confirm="on", **fields)
        data["action-submit"] = "Submit"
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"/admin/pages/add/news/newspage/{index.pk}/", data)
        assert response.status_code == 302
        return PublicationRequest.objects.get(page__slug=slug)

    return submit_as


@pytest.fixture
def decide(client, login, django_capture_on_commit_callbacks):
    """Take a workflow action on a request's item as ``username``, as on the review page."""

    def decide_as(username: str, request: PublicationRequest, action: str, comment: str = ""):
        login(username)
        page = NewsPage.objects.get(pk=request.page_id)
        task_state = page.current_workflow_task_state
        url = f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/"
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, {"comment": comment} if comment else {})
        assert response.status_code == 302
        request.refresh_from_db()
        return request

    return decide_as


@pytest.fixture
def refused_request(client, submit, decide, django_capture_on_commit_callbacks):
    """Sent back by the ICT director, corrected and resubmitted, allowed by the director,
    then refused by the deputy director with a reason."""
    request = submit(
        "editor",
        "memo-refused",
        title=SUBJECT,
        publication_work_unit="เทคโนโลยีสารสนเทศ",
        publication_note="ภาพนักเรียนได้รับความยินยอมจากผู้ปกครองแล้ว",
    )
    decide("director", request, "reject", CHANGES)
    assert request.status == RequestStatus.CHANGES_REQUESTED
    data = news_data(
        slug="memo-refused",
        title=SUBJECT,
        publication_confirm="on",
        publication_work_unit="เทคโนโลยีสารสนเทศ",
        publication_note="ภาพนักเรียนได้รับความยินยอมจากผู้ปกครองแล้ว",
    )
    data["action-submit"] = "Submit"
    client.force_login(request.requested_by)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(f"/admin/pages/{request.page_id}/edit/", data).status_code == 302
    decide("director", request, "approve")
    decide("deputy", request, "refuse", REASON)
    assert request.status == RequestStatus.REFUSED
    return request


def _steps(request) -> dict[str, list]:
    steps = {}
    for step in request.steps.order_by("pk"):
        steps.setdefault(step.outcome, []).append(step)
    return steps


def _box_ink(data: bytes, tmp_path) -> list[tuple[str, float]]:
    """For each choice line (อนุญาต… / ไม่อนุญาต…) in reading order, its text and the share
    of dark pixels inside the box printed before it: 0 for an empty box, much for a tick."""
    path = tmp_path / "boxes.pdf"
    path.write_bytes(data)
    layout = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    word = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">')
    starts = (skeleton("อนุญาตให้"), skeleton("ไม่อนุญาตให้"))
    found = []
    for number, page in enumerate(layout.split("<page ")[1:], start=1):
        for match in word.finditer(page):
            text = unescape(page[match.end() : page.index("</word>", match.end())])
            if skeleton(text).startswith(starts):
                found.append((number, text, *(float(value) for value in match.groups())))
    scale, em = 2, 16  # pixels per point at 144 dpi; the body's 16 pt
    inks, images = [], {}
    for number, text, x, top, bottom in found:
        if number not in images:
            prefix = tmp_path / f"page-{number}"
            subprocess.run(
                ["pdftoppm", "-r", "144", "-gray", "-png", "-singlefile"]
                + ["-f", str(number), "-l", str(number), str(path), str(prefix)],
                check=True,
            )
            images[number] = PillowImage.open(f"{prefix}.png").convert("L")
        # Left of the text, short of it (the stem of a leading vowel such as ไ reaches
        # left); the box is what is dark there, its inside that less its border.
        area = images[number].crop(
            (round((x - 1.3 * em) * scale), round(top * scale))
            + (round((x - 0.35 * em) * scale), round(bottom * scale))
        )
        left, upper, right, lower = area.point(lambda value: 255 if value < 128 else 0).getbbox()
        inside = area.crop((left + 4, upper + 4, right - 4, lower - 4)).histogram()
        inks.append((text, sum(inside[:128]) / sum(inside)))
    return inks


def _choice(text: str) -> str:
    return "refuse" if skeleton(text).startswith(skeleton("ไม่อนุญาต")) else "allow"


def test_refused_memo_pdf_reads_back_every_part_in_order(refused_request, tmp_path):
    request = refused_request
    steps = _steps(request)
    check = steps[StepOutcome.ALLOWED][0]
    order = steps[StepOutcome.REFUSED][0]
    sent_back = steps[StepOutcome.CHANGES][0]
    assert check.memo_block == MemoBlock.CHECK and order.memo_block == MemoBlock.ORDER
    for value in (request.requester_name, request.requester_position, check.decider_name):
        assert value
    assert order.decider_position.startswith("รองผู้อำนวยการ")

    data = publication_memo_pdf(request=request)
    assert data.startswith(b"%PDF")
    assert pdf_fonts(data, tmp_path) == {"Sarabun", "Sarabun-Bold"}
    text = PAGE_NUMBER_LINE.sub("", pdf_text(data, tmp_path).replace("\f", "\n"))
    number = to_thai_digits(request.number)
    assert request.office.document_code == "ศธ 04999"
    assert_in_order(
        text,
        [
            "บันทึกข้อความ",
            "ส่วนราชการ",
            f"{request.department_name} {OFFICE_NAME}",
            f"ที่ ศธ ๐๔๙๙๙/{number}",
            f"วันที่ {format_thai_date(request.submitted_at, thai_digits=True)}",
            f"เรื่อง ขออนุญาตเผยแพร่ข้อมูลข่าวสารทางราชการบนเว็บไซต์และสื่อสังคมออนไลน์ของ{OFFICE_NAME}",
            f"เรียน ผู้อำนวยการ{OFFICE_NAME}",
            f"ด้วย งานเทคโนโลยีสารสนเทศ {request.department_name} ขออนุญาตเผยแพร่ข้อมูลข่าวสารทางราชการ",
            f"เรื่อง “{SUBJECT}” บนเว็บไซต์และสื่อสังคมออนไลน์ของ{OFFICE_NAME} ตามเอกสารที่แนบมาด้วยนี้",
            "ทั้งนี้ ข้าพเจ้าได้ตรวจสอบแล้วว่า ถูกต้องตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐",
            "หมายเหตุ ภาพนักเรียนได้รับความยินยอมจากผู้ปกครองแล้ว",
            "จึงเรียนมาเพื่อโปรดพิจารณา",
            f"({request.requester_name})",
            f"ตำแหน่ง {request.requester_position}",
            f"ข้าพเจ้า {check.decider_name} {check.decider_position}",
            "ได้ตรวจสอบข้อมูลข่าวสารทางราชการแล้ว เห็นว่า",
            "อนุญาตให้เผยแพร่ได้",
            "ไม่อนุญาตให้เผยแพร่",
            f"({check.decider_name})",
            f"ตำแหน่ง {check.decider_position}",
            f"วันที่ {format_thai_datetime(check.decided_at, thai_digits=True)}",
            "คำสั่ง",
            "อนุญาตให้เผยแพร่ได้",
            f"ไม่อนุญาตให้เผยแพร่ เนื่องจาก {REASON}",
            f"({order.decider_name})",
            to_thai_digits(order.decider_position),
            f"วันที่ {format_thai_datetime(order.decided_at, thai_digits=True)}",
            "บันทึกการส่งกลับแก้ไข",
            format_thai_datetime(sent_back.decided_at, thai_digits=True),
            sent_back.decider_name,
            CHANGES,
        ],
    )
    # The sent-back decision is in the record only, not taken for the check's decision.
    assert skeleton(text).count(skeleton(CHANGES)) == 1
    assert "(รอการพิจารณา)" not in text


def test_memo_pdf_ticks_the_box_of_each_decision(refused_request, tmp_path):
    # The check allowed, the order refused: the tick is drawn (Sarabun has no ☑), so it is
    # looked for as ink in the box before each choice.
    inks = _box_ink(publication_memo_pdf(request=refused_request), tmp_path)
    assert [_choice(text) for text, _ in inks] == ["allow", "refuse", "allow", "refuse"]
    assert [ink > TICKED for _, ink in inks] == [True, False, False, True]
    assert [ink < EMPTY for _, ink in inks] == [False, True, True, False]


def test_memo_pdf_keeps_stacked_marks_with_their_letters(refused_request, tmp_path):
    text = "".join(
        pdf_text(publication_memo_pdf(request=refused_request), tmp_path, "-raw").split()
    )
    for words in (SUBJECT, "ไม่อนุญาตให้เผยแพร่", "จึงเรียนมาเพื่อโปรดพิจารณา", "บันทึกข้อความ"):
        assert "".join(words.split()) in text, words


def test_refused_memo_docx_holds_the_same_text_in_the_thai_font(refused_request):
    request = refused_request
    steps = _steps(request)
    check, order = steps[StepOutcome.ALLOWED][0], steps[StepOutcome.REFUSED][0]
    document = docx.Document(io.BytesIO(publication_memo_docx(request=request)))
    lines = [p.text.strip("\t") for p in document.paragraphs if p.text.strip()]
    number = to_thai_digits(request.number)
    assert lines[:5] == [
        "บันทึกข้อความ",
        f"ส่วนราชการ {request.department_name} {OFFICE_NAME}",
        f"ที่ ศธ ๐๔๙๙๙/{number}\tวันที่ {format_thai_date(request.submitted_at, thai_digits=True)}",
        f"เรื่อง ขออนุญาตเผยแพร่ข้อมูลข่าวสารทางราชการบนเว็บไซต์และสื่อสังคมออนไลน์ของ{OFFICE_NAME}",
        f"เรียน ผู้อำนวยการ{OFFICE_NAME}",
    ]
    assert_in_order(
        "\n".join(lines),
        [
            f"“{SUBJECT}”",
            "จึงเรียนมาเพื่อโปรดพิจารณา",
            f"({request.requester_name})",
            f"ข้าพเจ้า {check.decider_name} {check.decider_position}",
            f"({order.decider_name})",
        ],
    )
    boxes = [line for line in lines if line.startswith(("☑", "☐", "คำสั่ง"))]
    assert boxes == [
        "☑ อนุญาตให้เผยแพร่ได้",
        "☐ ไม่อนุญาตให้เผยแพร่",
        "คำสั่ง\t☐ อนุญาตให้เผยแพร่ได้",
        f"☑ ไม่อนุญาตให้เผยแพร่ เนื่องจาก {REASON}",
    ]
    assert lines[-2:] == [
        "บันทึกการส่งกลับแก้ไข",
        f"๑. {format_thai_datetime(steps[StepOutcome.CHANGES][0].decided_at, thai_digits=True)} "
        f"{check.decider_name} (ขั้นตรวจสอบของผู้อำนวยการกลุ่ม): {CHANGES}",
    ]

    # Thai text in the complex-script slot too (Word takes Thai from w:cs), 16 pt in both
    # sizes; the heading 29 pt and the labels 20 pt, bold in both slots; the boxes in a
    # symbol font that has them.
    runs = [run for p in document.paragraphs for run in p.runs if run.text.strip("\t ")]
    sizes = {}
    for run in runs:
        properties = run._r.rPr
        fonts = properties.find(qn("w:rFonts"))
        if run.text in ("☑", "☐"):
            assert fonts.get(qn("w:cs")) == fonts.get(qn("w:ascii")) == "Segoe UI Symbol"
            continue
        assert fonts.get(qn("w:cs")) == "TH Sarabun New", run.text
        assert fonts.get(qn("w:ascii")) == fonts.get(qn("w:hAnsi")) == "TH Sarabun New"
        size = properties.find(qn("w:sz")).get(qn("w:val"))
        assert properties.find(qn("w:szCs")).get(qn("w:val")) == size
        sizes[run.text.strip("\t ")] = (size, properties.find(qn("w:bCs")) is not None)
    assert sizes["บันทึกข้อความ"] == ("58", True)
    for label in ("ส่วนราชการ", "ที่", "วันที่", "เรื่อง"):
        assert sizes[label] == ("40", True)
    assert sizes[f"({request.requester_name})"] == ("32", False)

    section = document.sections[0]
    margins = (section.top_margin, section.right_margin, section.bottom_margin)
    assert [round(m.cm, 1) for m in (*margins, section.left_margin)] == [2.5, 2.0, 2.0, 3.0]
    (emblem,) = document.inline_shapes
    assert round(emblem.height.cm, 1) == 1.5


def test_waiting_memo_leaves_the_decisions_blank(submit, tmp_path):
    request = submit("editor", "memo-waiting", title="ข่าวรอการพิจารณา")
    text = pdf_text(publication_memo_pdf(request=request), tmp_path)
    assert skeleton(text).count(skeleton("(รอการพิจารณา)")) == 2  # the check and the order
    assert "บันทึกการส่งกลับแก้ไข" not in text
    inks = _box_ink(publication_memo_pdf(request=request), tmp_path)
    assert [_choice(text) for text, _ in inks] == ["allow", "refuse", "allow", "refuse"]
    assert all(ink < EMPTY for _, ink in inks)

    document = docx.Document(io.BytesIO(publication_memo_docx(request=request)))
    lines = [p.text for p in document.paragraphs]
    assert not any("☑" in line for line in lines)
    assert sum("☐" in line for line in lines) == 4
    assert lines.count("(รอการพิจารณา)") == 2


def test_director_s_own_item_shows_the_skipped_check_and_the_order(submit, decide, tmp_path):
    request = submit("director", "memo-skipped", title="ข่าวของผู้อำนวยการกลุ่ม")
    skipped = request.steps.get(outcome=StepOutcome.SKIPPED)
    decide("areadirector", request, "approve")
    assert request.status == RequestStatus.PUBLISHED
    order = request.steps.get(outcome=StepOutcome.ALLOWED)

    text = pdf_text(publication_memo_pdf(request=request), tmp_path)
    assert_in_order(
        text,
        [
            to_thai_digits(f"ไม่ผ่านการตรวจสอบของผู้อำนวยการกลุ่ม เนื่องจาก {skipped.comment}"),
            "คำสั่ง",
            "อนุญาตให้เผยแพร่ได้",
            f"({order.decider_name})",
            f"เผยแพร่แล้วเมื่อ {format_thai_datetime(request.published_at, thai_digits=True)}",
        ],
    )
    assert "(รอการพิจารณา)" not in text
    inks = _box_ink(publication_memo_pdf(request=request), tmp_path)
    # The order's two boxes; the skipped check has none.
    assert [_choice(text) for text, _ in inks] == ["allow", "refuse"]
    assert inks[0][1] > TICKED and inks[1][1] < EMPTY


def test_other_review_steps_have_their_own_block_before_the_order(office, submit, decide, tmp_path):
    workflow = Workflow.objects.get(workflow_pages__page=office.site.root_page)
    order_task = WorkflowTask.objects.get(workflow=workflow, sort_order=1)
    order_task.sort_order = 2
    order_task.save(update_fields=["sort_order"])
    review = OfficeRoleTask.objects.create(
        name="นักประชาสัมพันธ์ตรวจทาน",
        memo_block=MemoBlock.REVIEW,
        area_director=False,
        deputy_directors=False,
        pr_officers=True,
    )
    WorkflowTask.objects.create(workflow=workflow, task=review, sort_order=1)

    request = submit("editor", "memo-review", title="ข่าวผ่านนักประชาสัมพันธ์")
    decide("director", request, "approve")
    decide("pr", request, "approve", "ปรับคำบรรยายภาพแล้ว")
    pr_step = request.steps.get(memo_block=MemoBlock.REVIEW)
    text = pdf_text(publication_memo_pdf(request=request), tmp_path)
    assert_in_order(
        text,
        [
            "ได้ตรวจสอบข้อมูลข่าวสารทางราชการแล้ว",
            "นักประชาสัมพันธ์ตรวจทาน",
            f"ข้าพเจ้า {pr_step.decider_name}",
            "ได้พิจารณาแล้ว เห็นว่า",
            "ความเห็น ปรับคำบรรยายภาพแล้ว",
            f"({pr_step.decider_name})",
            "คำสั่ง",
            "(รอการพิจารณา)",
        ],
    )


def test_memo_in_arabic_digits_with_its_attachments(submit, tmp_path):
    request = submit("editor", "memo-arabic", title="ประกาศรับสมัคร 2570")
    request.office.thai_digits_in_documents = False
    request.office.save(update_fields=["thai_digits_in_documents"])
    # The memo's own copy of the item's attachments, as the request keeps it.
    request.attachments = [
        {"title": "ประกาศรับสมัคร ปี 2570", "document_id": 1, "filename": "prakat-2570.pdf"},
        {"title": "ใบสมัคร", "document_id": 2, "filename": "ใบสมัคร"},
    ]
    request.save(update_fields=["attachments"])
    text = pdf_text(publication_memo_pdf(request=request), tmp_path)
    assert_in_order(
        text,
        [
            f"ที่ ศธ 04999/{request.number}",
            f"วันที่ {format_thai_date(request.submitted_at)}",
            "“ประกาศรับสมัคร 2570”",
            "ตามเอกสารที่แนบมาด้วยนี้ ดังนี้",
            "1. ประกาศรับสมัคร ปี 2570 (ไฟล์ prakat-2570.pdf)",
            "2. ใบสมัคร",
            "พ.ศ. 2540",
        ],
    )
    assert not re.search("[๐-๙]", text)
    lines = [
        p.text for p in docx.Document(io.BytesIO(publication_memo_docx(request=request))).paragraphs
    ]
    assert "2. ใบสมัคร" in lines


def test_memo_shows_the_office_s_memo_emblem_over_its_logo(office, submit):
    request = submit("editor", "memo-emblem", title="ข่าวทดสอบตราครุฑ")
    logo = memo_emblem_png(office=office)
    assert logo  # without a memo emblem: the logo, as on orders

    buffer = io.BytesIO()
    PillowImage.new("RGB", (120, 150), (90, 20, 20)).save(buffer, format="PNG")
    emblem = get_image_model()(title="ครุฑ")
    emblem.file = ImageFile(io.BytesIO(buffer.getvalue()), name="garuda.png")
    emblem.save()
    office.memo_emblem = emblem
    office.save(update_fields=["memo_emblem"])
    request.office.refresh_from_db()

    garuda = memo_emblem_png(office=request.office)
    assert garuda and garuda != logo
    document = docx.Document(io.BytesIO(publication_memo_docx(request=request)))
    (shape,) = document.inline_shapes
    blip = shape._inline.graphic.graphicData.pic.blipFill.blip
    assert document.part.related_parts[blip.embed].blob == garuda


def test_bundle_has_a_cover_list_then_each_memo_from_a_new_page(
    office, refused_request, submit, decide, tmp_path
):
    allowed = submit("editor", "memo-bundle-allowed", title="ข่าวที่ได้รับอนุญาต")
    decide("director", allowed, "approve")
    decide("areadirector", allowed, "approve")
    waiting = submit("editor", "memo-bundle-waiting", title="ข่าวที่ยังรอ")
    requests = [refused_request, allowed, waiting]

    data = publication_memos_bundle_pdf(office=office, requests=requests, title=TITLE)
    assert pdf_fonts(data, tmp_path) == {"Sarabun", "Sarabun-Bold"}
    # In content order: a table's wrapped cells come out whole, cell after cell.
    pages = [page for page in pdf_text(data, tmp_path, "-raw").split("\f") if page.strip()]
    assert len(pages) >= len(requests) + 1
    cover = pages[0]
    assert skeleton("เรียน ผู้อำนวยการ") not in skeleton(cover)
    assert_in_order(
        cover,
        [
            to_thai_digits(TITLE),
            OFFICE_NAME,
            "จำนวน ๓ รายการ",
            *[
                part
                for request, outcome in zip(
                    requests, ("ไม่อนุญาต", "อนุญาต เผยแพร่แล้ว", "อยู่ระหว่างพิจารณา"), strict=True
                )
                for part in (
                    to_thai_digits(request.number_display),
                    format_thai_date(request.submitted_at, style="medium", thai_digits=True),
                    request.subject,
                    request.department_name,
                    outcome,
                )
            ],
        ],
    )
    # Each memo starts a page of its own, in the order given.
    starts = [
        index for index, page in enumerate(pages) if skeleton("เรียน ผู้อำนวยการ") in skeleton(page)
    ]
    assert len(starts) == len(requests)
    laid_out = [page for page in pdf_text(data, tmp_path).split("\f") if page.strip()]
    for start, request in zip(starts, requests, strict=True):
        assert_in_order(
            laid_out[start],
            ["บันทึกข้อความ", f"ที่ {to_thai_digits(request.number_display)}", request.subject],
        )
    # A memo's continuation page says whose it is.
    for start, end, request in zip(starts, [*starts[1:], len(pages)], requests, strict=True):
        for page in pages[start + 1 : end]:
            assert skeleton(f"ที่ {to_thai_digits(request.number_display)} (ต่อ)") in skeleton(page)


def test_bundle_queries_do_not_grow_with_the_requests(office, submit, decide):
    requests = [submit("editor", f"memo-queries-{n}", title=f"ข่าวที่ {n}") for n in range(3)]
    decide("director", requests[0], "reject", CHANGES)

    def queries(chosen) -> int:
        chosen = list(PublicationRequest.objects.filter(pk__in=[r.pk for r in chosen]))
        with CaptureQueriesContext(connection) as captured:
            publication_memos_bundle_pdf(office=office, requests=chosen, title=TITLE)
        return len(captured)

    queries(requests[:1])  # the emblem's rendition, made once
    assert queries(requests) == queries(requests[:1])
