"""The publication request memo (บันทึกข้อความ ขออนุญาตเผยแพร่ข้อมูลข่าวสาร, seed 003) as PDF and
as Word, laid out as form 29 of the correspondence regulations: emblem, บันทึกข้อความ, the
labelled lines, เรียน, the request, then the department director's check, any other
review and the order of the area director or a deputy, each with its decision. A
period's memos bound after a cover list make the ITA evidence of a quarter."""

from collections.abc import Iterable
from dataclasses import dataclass
from io import BytesIO

from django.db.models import Prefetch, prefetch_related_objects
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from prachasan.approvals.models import (
    MemoBlock,
    PublicationRequest,
    RequestStatus,
    RequestStep,
    StepOutcome,
)
from prachasan.approvals.selectors import memo_decisions
from prachasan.offices.models import Office
from prachasan.thai.dates import format_thai_date, format_thai_datetime

from . import docx as word
from .emblem import office_emblem_png
from .pdf import LINE_HEIGHT, PARAGRAPH_INDENT_CM, image_data_uri, pdf_render
from .thai_text import document_paragraphs, document_text

# Form 29: the Garuda 1.5 cm high at the top left, บันทึกข้อความ about 29 pt, the labels
# ส่วนราชการ / ที่ / วันที่ / เรื่อง about 20 pt; the text 16 pt (pdf.py, docx.py).
EMBLEM_HEIGHT_CM = 1.5
TITLE_SIZE_PT = 29
LABEL_SIZE_PT = 20
NOTE_SIZE_PT = 14  # the record of sent-back decisions, under the memo
TEXT_WIDTH_CM = 16.0  # A4 less the 3 cm and 2 cm side margins
DATE_COLUMN_CM = 8.0  # where วันที่ starts on the line of ที่
SIGNATURE_INDENT_CM = 6.0  # signature blocks are centred on the rest of the line
CHOICE_INDENT_CM = PARAGRAPH_INDENT_CM
SIGNATURE_BLANK_LINES = 1

# The printed heading of the decision blocks; another review is headed by its step's name.
BLOCK_HEADINGS = {MemoBlock.CHECK: "", MemoBlock.ORDER: "คำสั่ง"}
# What a skipped block says before the reason; another review names its step.
SKIPPED_TEXT = {MemoBlock.CHECK: "ไม่ผ่านการตรวจสอบของผู้อำนวยการกลุ่ม"}
# Who sent an item back, in the record under the memo.
SENT_BACK_BY = {MemoBlock.CHECK: "ขั้นตรวจสอบของผู้อำนวยการกลุ่ม", MemoBlock.ORDER: "ขั้นคำสั่ง"}

# A blank of the paper form, where nobody has decided yet.
BLANK = "." * 40

ALLOW_TEXT = "อนุญาตให้เผยแพร่ได้"
REFUSE_TEXT = "ไม่อนุญาตให้เผยแพร่"

# Sarabun has no ballot box (U+2610, U+2611: checked with fontTools), and the PDF may
# load no other font, so the PDF draws its boxes and ticks with CSS borders. The Word file
# is opened on office computers: there the boxes are the characters themselves (still
# text, easy to change), in Segoe UI Symbol, which every Windows since 7 has and which
# holds both; Word elsewhere substitutes a font that has them. TH Sarabun New has neither.
DOCX_BOX_FONT = "Segoe UI Symbol"
DOCX_BOX = {True: "\u2611", False: "\u2610"}

# What a block that nobody decided says, by where the request ended.
PENDING_TEXT = {
    RequestStatus.IN_REVIEW: "(รอการพิจารณา)",
    RequestStatus.CHANGES_REQUESTED: "(ส่งกลับแก้ไข รอเสนอใหม่)",
    RequestStatus.CANCELLED: "(ผู้ขอถอนคำขอแล้ว ไม่ได้พิจารณา)",
    RequestStatus.REFUSED: "(ไม่ได้พิจารณา เนื่องจากไม่อนุญาตในขั้นก่อนหน้า)",
    RequestStatus.ALLOWED: "(ไม่มีขั้นตอนนี้ในการพิจารณา)",
    RequestStatus.PUBLISHED: "(ไม่มีขั้นตอนนี้ในการพิจารณา)",
}

# The request's outcome on the bundle's cover list.
OUTCOME_TEXT = {
    RequestStatus.IN_REVIEW: "อยู่ระหว่างพิจารณา",
    RequestStatus.CHANGES_REQUESTED: "ส่งกลับแก้ไข",
    RequestStatus.ALLOWED: "อนุญาต รอเผยแพร่ตามกำหนด",
    RequestStatus.PUBLISHED: "อนุญาต เผยแพร่แล้ว",
    RequestStatus.REFUSED: "ไม่อนุญาต",
    RequestStatus.CANCELLED: "ถอนคำขอ",
}


@dataclass(frozen=True)
class MemoChoice:
    checked: bool
    text: str


@dataclass(frozen=True)
class MemoDecision:
    """One decision block as printed: the check, another review or the order."""

    kind: str  # MemoBlock: "check", "review" or "order"
    heading: str  # "คำสั่ง" on the order, the step's name on another review
    opening: str
    choices: list[MemoChoice]  # none when the step was skipped
    remarks: list[str]  # the decider's comment, or why nobody decided: "(รอการพิจารณา)"
    signer_name: str
    signer_position: str
    dated: str


@dataclass(frozen=True)
class MemoSentBack:
    """An earlier decision that sent the item back for changes."""

    number: str
    dated: str
    who: str
    step: str
    comment: str


@dataclass(frozen=True)
class MemoDocument:
    """Every line of a memo as it is printed, digits already in the office's choice."""

    number: str
    department_line: str
    dated: str
    subject_line: str
    addressee: str
    body: list[str]
    attachments: list[str]
    compliance: str
    note: list[str]
    closing: str
    requester_name: str
    requester_position: str
    decisions: list[MemoDecision]
    sent_back: list[MemoSentBack]
    published: str
    thai_digits: bool


def memo_emblem_png(*, office: Office) -> bytes | None:
    """The office's memo emblem (the Garuda) as PNG; the orders' emblem without one."""
    image = office.memo_emblem
    if image is None or image.is_svg():  # Word files cannot hold SVG
        return office_emblem_png(office=office)
    rendition = image.get_rendition("max-600x600|format-png")
    with rendition.file.open("rb") as file:
        return file.read()


def _work_unit(value: str) -> str:
    value = " ".join(value.split())
    return value if not value or value.startswith("งาน") else f"งาน{value}"


def _decision(
    *, kind: str, step: RequestStep | None, request: PublicationRequest, thai: bool
) -> MemoDecision:
    """The block of ``kind`` for its final ``step``: decided, skipped, or left blank as on
    the paper form while nobody has decided (None, waiting or withdrawn)."""

    def text(value: object) -> str:
        return document_text(" ".join(str(value).split()), thai_digits=thai)

    heading = BLOCK_HEADINGS.get(kind, text(step.name if step else ""))
    verb = "ได้ตรวจสอบข้อมูลข่าวสารทางราชการแล้ว" if kind == "check" else "ได้พิจารณาแล้ว"
    block = {"kind": kind, "heading": heading}
    if step is not None and step.outcome == StepOutcome.SKIPPED:
        skipped = SKIPPED_TEXT.get(kind) or f"ไม่ผ่านขั้นตอน “{step.name}”"
        return MemoDecision(
            **block,
            opening=text(f"{skipped} เนื่องจาก {step.comment}"),
            choices=[],
            remarks=[],
            signer_name="",
            signer_position="",
            dated=text(f"วันที่ {format_thai_datetime(step.decided_at)}"),
        )
    if step is None or step.outcome not in (StepOutcome.ALLOWED, StepOutcome.REFUSED):
        who = f"{BLANK} ผู้อำนวยการ{request.department_name}" if kind == "check" else BLANK
        if kind == "order":
            position = text(f"ผู้อำนวยการ/รองผู้อำนวยการ {request.office.short_name_th}")
        else:
            position = f"ตำแหน่ง {BLANK}"
        return MemoDecision(
            **block,
            opening="" if kind == "order" else text(f"ข้าพเจ้า {who} {verb} เห็นว่า"),
            choices=[
                MemoChoice(checked=False, text=ALLOW_TEXT),
                MemoChoice(checked=False, text=f"{REFUSE_TEXT} เนื่องจาก {BLANK}"),
            ],
            remarks=[PENDING_TEXT.get(request.status, PENDING_TEXT[RequestStatus.IN_REVIEW])],
            signer_name=f"({BLANK})",
            signer_position=position,
            dated="",
        )
    allowed = step.outcome == StepOutcome.ALLOWED
    position = step.decider_position
    if kind == "check" and not position.strip():
        position = f"ผู้อำนวยการ{request.department_name}"
    return MemoDecision(
        **block,
        opening=""
        if kind == "order"
        else text(f"ข้าพเจ้า {step.decider_name} {position} {verb} เห็นว่า"),
        choices=[
            MemoChoice(checked=allowed, text=ALLOW_TEXT),
            MemoChoice(
                checked=not allowed,
                text=REFUSE_TEXT if allowed else text(f"{REFUSE_TEXT} เนื่องจาก {step.comment}"),
            ),
        ],
        remarks=[text(f"ความเห็น {step.comment}")] if allowed and step.comment.strip() else [],
        signer_name=text(f"({step.decider_name})"),
        signer_position=text(position if kind == "order" else f"ตำแหน่ง {position}"),
        dated=text(f"วันที่ {format_thai_datetime(step.decided_at)}"),
    )


def memo_document(*, request: PublicationRequest) -> MemoDocument:
    """The printed lines of ``request``'s memo."""
    office = request.office
    thai = office.thai_digits_in_documents

    def text(value: object) -> str:
        return document_text(" ".join(str(value).split()), thai_digits=thai)

    department = " ".join(request.department_name.split())
    requesting = " ".join(part for part in (_work_unit(request.work_unit), department) if part)
    body = (
        f"ด้วย {requesting or 'ข้าพเจ้า'} ขออนุญาตเผยแพร่ข้อมูลข่าวสารทางราชการ เรื่อง "
        f"“{request.subject}” บนเว็บไซต์และสื่อสังคมออนไลน์ของ{office.name_th} "
        "ตามเอกสารที่แนบมาด้วยนี้"
    )
    attachments = []
    for index, attachment in enumerate(request.attachments or [], start=1):
        title = str(attachment.get("title") or attachment.get("filename") or "").strip()
        filename = str(attachment.get("filename") or "").strip()
        line = f"{index}. {title}"
        if filename and filename != title:
            line = f"{line} (ไฟล์ {filename})"
        attachments.append(text(line))
    if attachments:
        body = f"{body} ดังนี้"
    note = document_paragraphs(request.note, thai_digits=thai)
    if note:
        note[0] = f"หมายเหตุ {note[0]}"

    final = memo_decisions(request=request)
    decisions = [
        _decision(kind="check", step=final.check, request=request, thai=thai),
        *(_decision(kind="review", step=s, request=request, thai=thai) for s in final.reviews),
        _decision(kind="order", step=final.order, request=request, thai=thai),
    ]
    sent_back = [
        MemoSentBack(
            number=text(f"{index}."),
            dated=text(format_thai_datetime(step.decided_at)),
            who=text(step.decider_name),
            step=text(SENT_BACK_BY.get(step.memo_block, step.name)),
            comment=text(step.comment),
        )
        for index, step in enumerate(final.sent_back, start=1)
    ]
    published = ""
    if request.status == RequestStatus.PUBLISHED and request.published_at:
        published = f"เผยแพร่แล้วเมื่อ {format_thai_datetime(request.published_at)}"
    elif request.status == RequestStatus.ALLOWED and request.go_live_at:
        published = f"กำหนดเผยแพร่ {format_thai_datetime(request.go_live_at)}"

    return MemoDocument(
        number=text(request.number_display),
        department_line=text(" ".join(p for p in (department, office.name_th) if p)),
        dated=format_thai_date(request.submitted_at, thai_digits=thai),
        subject_line=text(
            f"ขออนุญาตเผยแพร่ข้อมูลข่าวสารทางราชการบนเว็บไซต์และสื่อสังคมออนไลน์ของ{office.name_th}"
        ),
        addressee=text(f"ผู้อำนวยการ{office.name_th}"),
        body=[text(body)],
        attachments=attachments,
        compliance=text(
            "ทั้งนี้ ข้าพเจ้าได้ตรวจสอบแล้วว่า ถูกต้องตามพระราชบัญญัติข้อมูลข่าวสารของราชการ "
            "พ.ศ. 2540 และได้ดำเนินการตามมาตรการเผยแพร่ข้อมูลข่าวสารบนเว็บไซต์และสื่อสังคม"
            f"ออนไลน์ของ{office.name_th} ทุกประการ"
        )
        if request.compliance_confirmed
        else "",
        note=note,
        closing="จึงเรียนมาเพื่อโปรดพิจารณา",
        requester_name=text(f"({request.requester_name or BLANK})"),
        requester_position=text(f"ตำแหน่ง {request.requester_position or BLANK}"),
        decisions=decisions,
        sent_back=sent_back,
        published=text(published),
        thai_digits=thai,
    )


def publication_memo_filename(*, request: PublicationRequest, extension: str) -> tuple[str, str]:
    """The download's Thai file name and its ASCII fallback: บันทึกขออนุญาตเผยแพร่-12-2569.pdf."""
    return (
        f"บันทึกขออนุญาตเผยแพร่-{request.number}-{request.year}.{extension}",
        f"memo-{request.year}-{request.number}.{extension}",
    )


def _layout() -> dict:
    return {
        "emblem_height": EMBLEM_HEIGHT_CM,
        "title_size": TITLE_SIZE_PT,
        "label_size": LABEL_SIZE_PT,
        "note_size": NOTE_SIZE_PT,
        "date_column": DATE_COLUMN_CM,
        "signature_indent": SIGNATURE_INDENT_CM,
        "signature_space": SIGNATURE_BLANK_LINES * LINE_HEIGHT,
        "choice_indent": CHOICE_INDENT_CM,
        # The label lines are as tall as the 20 pt labels; their dots sit under the text.
        "label_line": round(LABEL_SIZE_PT * LINE_HEIGHT, 1),
        "dots_at": round(LABEL_SIZE_PT * LINE_HEIGHT - 5, 1),
    }


def publication_memo_pdf(*, request: PublicationRequest) -> bytes:
    """The memo as an A4 PDF in Sarabun 16 pt."""
    document = memo_document(request=request)
    return pdf_render(
        template_name="documents/publication_memo.html",
        context={
            "document": document,
            "emblem_uri": image_data_uri(memo_emblem_png(office=request.office)),
            "page_counter_style": "thai" if document.thai_digits else "decimal",
            "layout": _layout(),
        },
    )


def _cover_row(*, index: int, request: PublicationRequest, thai: bool) -> dict:
    outcome = OUTCOME_TEXT.get(request.status, "")
    if request.status == RequestStatus.PUBLISHED and request.published_at:
        outcome = f"{outcome} {format_thai_date(request.published_at, style='medium')}"
    return {
        key: document_text(value, thai_digits=thai)
        for key, value in {
            "index": index,
            "number": request.number_display,
            "dated": format_thai_date(request.submitted_at, style="medium"),
            "subject": request.subject,
            "department": request.department_name,
            "outcome": outcome,
        }.items()
    }


def publication_memos_bundle_pdf(
    *, office: Office, requests: Iterable[PublicationRequest], title: str
) -> bytes:
    """One PDF of a period's memos: a cover listing them (number, date, subject,
    department, outcome), then each memo from a new page. In three queries whatever the
    number of requests (plus the emblem)."""
    requests = list(requests)
    prefetch_related_objects(
        requests,
        "office",
        Prefetch("steps", queryset=RequestStep.objects.order_by("started_at", "pk")),
    )
    thai = office.thai_digits_in_documents
    return pdf_render(
        template_name="documents/publication_memos_bundle.html",
        context={
            "title": document_text(title, thai_digits=thai),
            "office_name": document_text(office.name_th, thai_digits=thai),
            "count": document_text(len(requests), thai_digits=thai),
            "rows": [
                _cover_row(index=index, request=request, thai=thai)
                for index, request in enumerate(requests, start=1)
            ],
            "documents": [memo_document(request=request) for request in requests],
            "emblem_uri": image_data_uri(memo_emblem_png(office=office)),
            "page_counter_style": "thai" if thai else "decimal",
            "layout": _layout(),
        },
    )


# Word --------------------------------------------------------------------------------


def _box_run_add(paragraph, *, checked: bool) -> None:
    run = word.run_add(paragraph, DOCX_BOX[checked])
    fonts = run._r.rPr.find(qn("w:rFonts"))
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{slot}"), DOCX_BOX_FONT)


def _dotted_tab_stops(paragraph, *positions_cm: float) -> None:
    """Tab stops that fill the rest of a labelled line with dots, as the form's lines."""
    for position in positions_cm:
        paragraph.paragraph_format.tab_stops.add_tab_stop(
            Cm(position),
            WD_TAB_ALIGNMENT.RIGHT if position == TEXT_WIDTH_CM else WD_TAB_ALIGNMENT.LEFT,
            WD_TAB_LEADER.DOTS,
        )


def _labelled_add(doc, parts: list[tuple[str, str]], *, stops: tuple[float, ...]):
    """A line of labels (bold 20 pt) and their values, each value ending in dots."""
    paragraph = word.paragraph_add(doc)
    _dotted_tab_stops(paragraph, *stops)
    for label, value in parts:
        word.run_add(paragraph, label, bold=True, size_pt=LABEL_SIZE_PT)
        word.run_add(paragraph, f" {value}\t")
    return paragraph


def _signature_add(doc, lines: list[str], *, space: bool = True) -> None:
    signature = {"align": WD_ALIGN_PARAGRAPH.CENTER, "left_indent_cm": SIGNATURE_INDENT_CM}
    if space:
        for _ in range(SIGNATURE_BLANK_LINES):
            word.paragraph_add(doc, keep_with_next=True)
    lines = [line for line in lines if line]
    for index, line in enumerate(lines):
        word.paragraph_add(doc, line, keep_with_next=index < len(lines) - 1, **signature)


def _decision_docx_add(doc, decision: MemoDecision) -> None:
    first = {"space_before_pt": 12, "keep_with_next": True}
    if decision.kind == "order":
        paragraph = word.paragraph_add(doc, **first)
        word.run_add(paragraph, decision.heading, bold=True)
        for index, choice in enumerate(decision.choices):
            if index:
                paragraph = word.paragraph_add(
                    doc, left_indent_cm=CHOICE_INDENT_CM, keep_with_next=True
                )
            else:
                paragraph.paragraph_format.left_indent = Cm(CHOICE_INDENT_CM)
                paragraph.paragraph_format.first_line_indent = Cm(-CHOICE_INDENT_CM)
                paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(CHOICE_INDENT_CM))
                word.run_add(paragraph, "\t")
            _box_run_add(paragraph, checked=choice.checked)
            word.run_add(paragraph, f" {choice.text}")
    else:
        if decision.heading:
            word.paragraph_add(doc, decision.heading, bold=True, **first)
            first = {"keep_with_next": True}
        word.paragraph_add(doc, decision.opening, first_line_indent_cm=PARAGRAPH_INDENT_CM, **first)
        for choice in decision.choices:
            paragraph = word.paragraph_add(
                doc, left_indent_cm=CHOICE_INDENT_CM, keep_with_next=True
            )
            _box_run_add(paragraph, checked=choice.checked)
            word.run_add(paragraph, f" {choice.text}")
    for remark in decision.remarks:
        word.paragraph_add(doc, remark, left_indent_cm=CHOICE_INDENT_CM, keep_with_next=True)
    _signature_add(
        doc,
        [decision.signer_name, decision.signer_position, decision.dated],
        space=bool(decision.signer_name),
    )


def publication_memo_docx(*, request: PublicationRequest) -> bytes:
    """The memo as a Word file in TH Sarabun New 16 pt, for the office to print or file."""
    document = memo_document(request=request)
    emblem = memo_emblem_png(office=request.office)
    doc = word.document_create()
    word.page_number_header_add(doc.sections[0], thai_digits=document.thai_digits)

    # The emblem at the left margin and บันทึกข้อความ centred on the same line.
    head = word.paragraph_add(doc, space_after_pt=6)
    head.paragraph_format.tab_stops.add_tab_stop(Cm(TEXT_WIDTH_CM / 2), WD_TAB_ALIGNMENT.CENTER)
    if emblem:
        head.add_run().add_picture(BytesIO(emblem), height=Cm(EMBLEM_HEIGHT_CM))
    word.run_add(head, "\tบันทึกข้อความ", bold=True, size_pt=TITLE_SIZE_PT)

    _labelled_add(doc, [("ส่วนราชการ", document.department_line)], stops=(TEXT_WIDTH_CM,))
    _labelled_add(
        doc,
        [("ที่", document.number), ("วันที่", document.dated)],
        stops=(DATE_COLUMN_CM, TEXT_WIDTH_CM),
    )
    _labelled_add(doc, [("เรื่อง", document.subject_line)], stops=(TEXT_WIDTH_CM,))
    word.paragraph_add(doc, f"เรียน {document.addressee}", space_before_pt=6, space_after_pt=6)

    indent = {"first_line_indent_cm": PARAGRAPH_INDENT_CM}
    for paragraph in document.body:
        word.paragraph_add(doc, paragraph, align=WD_ALIGN_PARAGRAPH.THAI_JUSTIFY, **indent)
    for line in document.attachments:
        word.paragraph_add(doc, line, left_indent_cm=PARAGRAPH_INDENT_CM)
    if document.compliance:
        word.paragraph_add(
            doc, document.compliance, align=WD_ALIGN_PARAGRAPH.THAI_JUSTIFY, **indent
        )
    for paragraph in document.note:
        word.paragraph_add(doc, paragraph, **indent)
    word.paragraph_add(doc, document.closing, space_before_pt=6, keep_with_next=True, **indent)
    _signature_add(doc, [document.requester_name, document.requester_position])

    for decision in document.decisions:
        _decision_docx_add(doc, decision)

    if document.published:
        word.paragraph_add(doc, document.published, space_before_pt=12)
    if document.sent_back:
        word.paragraph_add(
            doc,
            "บันทึกการส่งกลับแก้ไข",
            bold=True,
            size_pt=NOTE_SIZE_PT,
            space_before_pt=12,
            keep_with_next=True,
        )
        for entry in document.sent_back:
            line = f"{entry.number} {entry.dated} {entry.who} ({entry.step}): {entry.comment}"
            paragraph = word.paragraph_add(doc, line, size_pt=NOTE_SIZE_PT)
            paragraph.paragraph_format.left_indent = Cm(0.6)
            paragraph.paragraph_format.first_line_indent = Cm(-0.6)
            paragraph.paragraph_format.space_after = Pt(0)
    return word.docx_bytes(doc)
