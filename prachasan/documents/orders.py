"""The appointment order (คำสั่ง) of an Order and its committees, as PDF and as Word,
laid out as seed 003's order 62/2565: emblem, title, number, subject, a short rule, the
preamble, the committees with their numbered members, duties, closing, date, signature."""

from dataclasses import dataclass
from io import BytesIO

from django.db.models import Prefetch
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

from prachasan.network.models import Committee, CommitteeMember, Order

from . import docx as word
from .emblem import office_emblem_png
from .pdf import LINE_HEIGHT, PARAGRAPH_INDENT_CM, image_data_uri, pdf_render
from .thai_text import document_date, document_paragraphs, document_text

DUTIES_OPENINGS = ("มีหน้าที่", "ให้มีหน้าที่", "หน้าที่")
COMMITTEE_CLOSING = "ประกอบด้วย"

# Layout shared by the PDF and the Word file, in cm from the left margin (text 16 cm wide).
MEMBERS_INDENT_CM = 1.25
MEMBER_COLUMNS_CM = [1.25, 8.9, 4.6]  # number | name over position | role
DATED_INDENT_CM = 5.5
SIGNATURE_INDENT_CM = 6.0  # the signature block is centred on the rest of the line
SIGNATURE_BLANK_LINES = 3
EMBLEM_HEIGHT_CM = 3.0
RULE_WIDTH_CM = 4.0


@dataclass(frozen=True)
class OrderMemberLine:
    number: str
    name: str
    position: str
    role: str
    duties: str


@dataclass(frozen=True)
class OrderCommitteeBlock:
    heading: str
    members: list[OrderMemberLine]
    duties: list[str]


@dataclass(frozen=True)
class OrderDocument:
    """Every line of an order as it is printed, digits already in the office's choice."""

    title: str
    reference: str
    subject: str
    preamble: list[str]
    committees: list[OrderCommitteeBlock]
    closing: list[str]
    dated: str
    signer_name: str
    signer_position: list[str]
    thai_digits: bool
    emblem_png: bytes | None


def order_document(*, order: Order) -> OrderDocument:
    """The printed lines of ``order``, in four queries (office, logo, committees, members)."""
    office = order.office
    thai = office.thai_digits_in_documents

    def text(value: object) -> str:
        return document_text(value, thai_digits=thai)

    committees = list(
        Committee.objects.filter(order=order)
        .order_by("pk")
        .prefetch_related(
            Prefetch(
                "members",
                queryset=CommitteeMember.objects.select_related("person").order_by(
                    "sort_order", "pk"
                ),
            )
        )
    )
    numbered = len(committees) > 1
    blocks = []
    for index, committee in enumerate(committees, start=1):
        heading = committee.name.strip()
        if not heading.endswith(COMMITTEE_CLOSING):
            heading = f"{heading} {COMMITTEE_CLOSING}"
        members = [
            OrderMemberLine(
                number=text(f"{index}.{position}" if numbered else f"{position}."),
                name=text(member.display_name),
                position=text(member.display_position),
                role=member.get_role_display(),
                duties=text(" ".join(member.duties.split())),
            )
            for position, member in enumerate(committee.members.all(), start=1)
        ]
        duties = document_paragraphs(committee.duties, thai_digits=thai)
        if duties and not duties[0].startswith(DUTIES_OPENINGS):
            duties[0] = f"มีหน้าที่ {duties[0]}"
        blocks.append(
            OrderCommitteeBlock(
                heading=text(f"{index}. {heading}" if numbered else heading),
                members=members,
                duties=duties,
            )
        )
    return OrderDocument(
        title=text(f"คำสั่ง{office.name_th}"),
        reference=text(f"ที่ {order.number}/{order.be_year}"),
        subject=text(f"เรื่อง {order.subject}"),
        preamble=document_paragraphs(order.preamble, thai_digits=thai),
        committees=blocks,
        closing=document_paragraphs(order.closing, thai_digits=thai),
        dated=f"สั่ง ณ วันที่ {document_date(order.date, thai_digits=thai)}",
        signer_name=f"({text(order.signer_name.strip())})",
        signer_position=document_paragraphs(order.signer_position, thai_digits=thai),
        thai_digits=thai,
        emblem_png=office_emblem_png(office=office),
    )


def order_filename(*, order: Order, extension: str) -> tuple[str, str]:
    """The download's Thai file name and its ASCII fallback: คำสั่งที่-62-2565.pdf."""
    return (
        f"คำสั่งที่-{order.number}-{order.be_year}.{extension}",
        f"order-{order.number}-{order.be_year}.{extension}",
    )


def order_pdf_render(*, order: Order) -> bytes:
    """The order as an A4 PDF in Sarabun 16 pt."""
    document = order_document(order=order)
    return pdf_render(
        template_name="documents/order.html",
        context={
            "document": document,
            "emblem_uri": image_data_uri(document.emblem_png),
            "page_counter_style": "thai" if document.thai_digits else "decimal",
            "layout": {
                "members_indent": MEMBERS_INDENT_CM,
                "columns": MEMBER_COLUMNS_CM,
                "dated_indent": DATED_INDENT_CM,
                "signature_indent": SIGNATURE_INDENT_CM,
                "signature_space": SIGNATURE_BLANK_LINES * LINE_HEIGHT,
                "emblem_height": EMBLEM_HEIGHT_CM,
                "rule_width": RULE_WIDTH_CM,
            },
        },
    )


def order_docx_render(*, order: Order) -> bytes:
    """The order as a Word file in TH Sarabun New 16 pt, for the office to edit and sign."""
    document = order_document(order=order)
    doc = word.document_create()
    word.page_number_header_add(doc.sections[0], thai_digits=document.thai_digits)
    centred = WD_ALIGN_PARAGRAPH.CENTER
    # Word's "Thai distributed" spreads a line's letters, as official documents are typed.
    distributed = WD_ALIGN_PARAGRAPH.THAI_JUSTIFY

    if document.emblem_png:
        emblem = word.paragraph_add(doc, align=centred)
        emblem.add_run().add_picture(BytesIO(document.emblem_png), height=Cm(EMBLEM_HEIGHT_CM))
    word.paragraph_add(doc, document.title, bold=True, align=centred)
    word.paragraph_add(doc, document.reference, bold=True, align=centred)
    word.paragraph_add(doc, document.subject, bold=True, align=centred)
    word.rule_add(doc, width_cm=RULE_WIDTH_CM)

    for text in document.preamble:
        word.paragraph_add(doc, text, align=distributed, first_line_indent_cm=PARAGRAPH_INDENT_CM)
    for committee in document.committees:
        word.paragraph_add(
            doc,
            committee.heading,
            first_line_indent_cm=PARAGRAPH_INDENT_CM,
            space_before_pt=6,
            keep_with_next=True,
        )
        table = word.table_plain_add(doc, widths_cm=MEMBER_COLUMNS_CM, indent_cm=MEMBERS_INDENT_CM)
        for member in committee.members:
            number, who, role = word.table_row_add(table, MEMBER_COLUMNS_CM).cells
            word.paragraph_add(number, member.number)
            word.paragraph_add(who, member.name)
            if member.position:
                word.paragraph_add(who, member.position)
            if member.duties:
                word.paragraph_add(who, member.duties)
            word.paragraph_add(role, member.role)
        for text in committee.duties:
            word.paragraph_add(
                doc, text, align=distributed, first_line_indent_cm=PARAGRAPH_INDENT_CM
            )
    for index, text in enumerate(document.closing):
        word.paragraph_add(
            doc,
            text,
            first_line_indent_cm=PARAGRAPH_INDENT_CM,
            space_before_pt=12 if index == 0 else None,
        )
    word.paragraph_add(
        doc,
        document.dated,
        left_indent_cm=DATED_INDENT_CM,
        space_before_pt=12,
        keep_with_next=True,
    )
    for _ in range(SIGNATURE_BLANK_LINES):
        word.paragraph_add(doc, keep_with_next=True)
    signature = {"align": centred, "left_indent_cm": SIGNATURE_INDENT_CM}
    word.paragraph_add(doc, document.signer_name, keep_with_next=True, **signature)
    for line in document.signer_position:
        word.paragraph_add(doc, line, **signature)
    return word.docx_bytes(doc)
