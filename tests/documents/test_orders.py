"""An appointment order as PDF and as Word, read back the way a person and Word read it."""

import io
import re

import docx
import pytest
from docx.oxml.ns import qn

from prachasan.documents.orders import order_docx_render, order_pdf_render
from prachasan.thai.dates import to_thai_digits

from .conftest import STACKED_NAME, assert_in_order, pdf_fonts, pdf_text, skeleton

pytestmark = pytest.mark.django_db

PAGE_NUMBER_LINE = re.compile(r"^\s*-\s*[0-9๐-๙]+\s*-\s*$", re.M)


def _seats(order) -> list[tuple[str, str, str, str]]:
    """(number, name, position, role) of every member, as the order numbers them."""
    seats = []
    for c, committee in enumerate(order.committees.order_by("pk"), start=1):
        for m, member in enumerate(committee.members.order_by("sort_order"), start=1):
            seats.append(
                (
                    to_thai_digits(f"{c}.{m}"),
                    member.display_name,
                    to_thai_digits(member.display_position),
                    member.get_role_display(),
                )
            )
    return seats


def _is_subsequence(needle: str, haystack: str) -> bool:
    letters = iter(haystack)
    return all(letter in letters for letter in needle)


def test_order_pdf_reads_back_every_field_in_order(order, tmp_path):
    office = order.office
    assert office.thai_digits_in_documents  # the demo office writes Thai digits
    data = order_pdf_render(order=order)
    assert data.startswith(b"%PDF")
    # Sarabun itself, not a system font WeasyPrint fell back to.
    assert pdf_fonts(data, tmp_path) == {"Sarabun", "Sarabun-Bold"}
    text = PAGE_NUMBER_LINE.sub("", pdf_text(data, tmp_path).replace("\f", "\n"))

    seats = _seats(order)
    assert len(seats) == 5
    assert_in_order(
        text,
        [
            "คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต ๑",
            "ที่ ๕๐๑/๒๕๖๙",
            "เรื่อง แต่งตั้งคณะทำงานจัดทำสมุดโทรศัพท์ของสำนักงาน",
            "ด้วยสำนักงานจะจัดทำสมุดโทรศัพท์ของผู้บริหาร บุคลากร และผู้บริหารสถานศึกษา",
            "๑. คณะที่ปรึกษา ประกอบด้วย",
            *[part for number, name, _, _ in seats[:3] for part in (number, name)],
            "มีหน้าที่ ให้คำปรึกษาและกำกับการจัดทำสมุดโทรศัพท์ให้แล้วเสร็จภายใน ๓๐ วัน",
            "๒. คณะทำงาน ประกอบด้วย",
            *[part for number, name, _, _ in seats[3:] for part in (number, name)],
            "มีหน้าที่ รวบรวมหมายเลขโทรศัพท์ ตรวจสอบความถูกต้อง และจัดพิมพ์เป็นรูปเล่ม",
            "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป",
            "สั่ง ณ วันที่ ๒๐ พฤศจิกายน พ.ศ. ๒๕๖๙",
            "(ดร.ธีรวัฒน์ พงษ์ไพบูลย์)",
            "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต ๑",
        ],
    )
    # Position and role sit beside and under the name; a long role wraps in its column,
    # so within each member's rows the letters come interleaved but in order.
    letters = skeleton(text)
    starts = [letters.find(skeleton(f"{number}{name}")) for number, name, _, _ in seats]
    ends = [*starts[1:], len(letters)]
    for (_, name, position, role), start, end in zip(seats, starts, ends, strict=True):
        rows = letters[start:end]
        assert _is_subsequence(skeleton(role), rows), (name, role)
        assert _is_subsequence(skeleton(position), rows), (name, position)


def test_order_pdf_keeps_stacked_marks_with_their_letters(order, tmp_path):
    # Read in content order, every mark comes out right after its letter, and SARA AA
    # stays itself (WeasyPrint would copy every า out as ำ after the first ำ;
    # documents/pdf.py prevents it). Poppler may put a space inside a word ("ฝั่ ง").
    text = "".join(pdf_text(order_pdf_render(order=order), tmp_path, "-raw").split())
    for words in (STACKED_NAME, "นายลิ้น ฝั่งป่า", "ประธานกรรมการ", "สั่ง ณ วันที่ ๒๐ พฤศจิกายน"):
        assert "".join(words.split()) in text, words


def test_order_pdf_in_arabic_digits_when_the_office_wants_them(order, tmp_path):
    order.office.thai_digits_in_documents = False
    order.office.save(update_fields=["thai_digits_in_documents"])
    text = pdf_text(order_pdf_render(order=order), tmp_path)
    assert_in_order(
        text,
        ["เขต 1", "ที่ 501/2569", "1.1", "ภายใน 30 วัน", "2.2", "วันที่ 20 พฤศจิกายน พ.ศ. 2569"],
    )
    assert not re.search("[๐-๙]", text)


def test_order_docx_paragraphs_tables_and_thai_fonts(order):
    document = docx.Document(io.BytesIO(order_docx_render(order=order)))

    assert [p.text for p in document.paragraphs if p.text] == [
        "คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต ๑",
        "ที่ ๕๐๑/๒๕๖๙",
        "เรื่อง แต่งตั้งคณะทำงานจัดทำสมุดโทรศัพท์ของสำนักงาน",
        order.preamble,
        "๑. คณะที่ปรึกษา ประกอบด้วย",
        "มีหน้าที่ ให้คำปรึกษาและกำกับการจัดทำสมุดโทรศัพท์ให้แล้วเสร็จภายใน ๓๐ วัน",
        "๒. คณะทำงาน ประกอบด้วย",
        "มีหน้าที่ รวบรวมหมายเลขโทรศัพท์ ตรวจสอบความถูกต้อง และจัดพิมพ์เป็นรูปเล่ม",
        "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป",
        "สั่ง ณ วันที่ ๒๐ พฤศจิกายน พ.ศ. ๒๕๖๙",
        "(ดร.ธีรวัฒน์ พงษ์ไพบูลย์)",
        "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต ๑",
    ]
    rows = [
        tuple(cell.text for cell in row.cells) for table in document.tables for row in table.rows
    ]
    assert rows == [
        (number, f"{name}\n{position}", role) for number, name, position, role in _seats(order)
    ]

    # Every run carries the Thai font in the complex-script slot as well as the Latin
    # ones, 16 pt in both sizes (32 half-points), in Thai.
    cells = [cell for table in document.tables for row in table.rows for cell in row.cells]
    paragraphs = [*document.paragraphs, *(p for cell in cells for p in cell.paragraphs)]
    runs = [run for paragraph in paragraphs for run in paragraph.runs if run.text]
    assert len(runs) > 20
    for run in runs:
        properties = run._r.rPr
        fonts = properties.find(qn("w:rFonts"))
        assert fonts.get(qn("w:cs")) == "TH Sarabun New", run.text
        assert fonts.get(qn("w:ascii")) == fonts.get(qn("w:hAnsi")) == "TH Sarabun New"
        assert properties.find(qn("w:sz")).get(qn("w:val")) == "32"
        assert properties.find(qn("w:szCs")).get(qn("w:val")) == "32"
        assert properties.find(qn("w:lang")).get(qn("w:bidi")) == "th-TH"
    title = document.paragraphs[1].runs[0]._r.rPr  # after the emblem
    assert title.find(qn("w:b")) is not None and title.find(qn("w:bCs")) is not None

    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0
    assert round(section.page_height.cm, 1) == 29.7
    margins = (section.top_margin, section.right_margin, section.bottom_margin)
    assert [round(m.cm, 1) for m in (*margins, section.left_margin)] == [2.5, 2.0, 2.0, 3.0]
    assert len(document.inline_shapes) == 1  # the office's emblem
