"""Word documents (python-docx) that Thai offices can open and edit in TH Sarabun New.

Word keeps four font slots per run; Thai is a complex script, so it takes its font from
``w:rFonts/@w:cs``, its size from ``w:szCs`` and its bold from ``w:bCs``. Setting only
``run.font.name`` and ``run.font.size`` (the Latin slots) leaves Thai text in whatever
font Word falls back to. Every helper here sets the Latin and complex-script slots alike.
"""

from io import BytesIO

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION_START
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

# The government's typeface, installed on office computers: the Word file is for the
# office to edit, in the font its own documents use (the PDFs embed the open Sarabun).
DOCX_FONT = "TH Sarabun New"
DOCX_SIZE_PT = 16
THAI_LANGUAGE = "th-TH"

_RPR_AFTER_SZCS = (
    "w:highlight",
    "w:u",
    "w:effect",
    "w:bdr",
    "w:shd",
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
)
_RPR_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
_PPR_AFTER_PBDR = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_TRPR_AFTER_CANTSPLIT = (
    "w:trHeight",
    "w:tblHeader",
    "w:tblCellSpacing",
    "w:jc",
    "w:hidden",
    "w:ins",
    "w:del",
    "w:trPrChange",
)
_SECTPR_AFTER_PGNUMTYPE = (
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
    "w:printerSettings",
    "w:sectPrChange",
)


def _child_set(parent, tag: str, successors: tuple[str, ...], **attributes: str):
    """``parent``'s ``tag`` child, created in schema order if missing, with ``attributes``."""
    element = parent.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        following = [qn(name) for name in successors]
        later = next((child for child in parent if child.tag in following), None)
        if later is None:
            parent.append(element)
        else:
            later.addprevious(element)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def rpr_thai_set(rpr, *, size_pt: float = DOCX_SIZE_PT, bold: bool | None = None) -> None:
    """Font, size, bold and language of a run properties element, in both the Latin and
    the complex-script slots, for Thai text in ``DOCX_FONT``."""
    fonts = rpr.get_or_add_rFonts()
    for theme in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{theme}"), None)  # a theme font would win over ours
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{slot}"), DOCX_FONT)
    if bold is not None:
        rpr.get_or_add_b().val = bold
        rpr.get_or_add_bCs().val = bold
    rpr.sz_val = Pt(size_pt)
    _child_set(rpr, "w:szCs", _RPR_AFTER_SZCS, val=str(round(size_pt * 2)))
    _child_set(rpr, "w:lang", _RPR_AFTER_LANG, val=THAI_LANGUAGE, bidi=THAI_LANGUAGE)


def document_create(
    *,
    page_width_cm: float = 21.0,
    page_height_cm: float = 29.7,
    margins_cm: tuple[float, float, float, float] = (2.5, 2.0, 2.0, 3.0),
) -> DocxDocument:
    """An empty document on the official page (A4; margins top, right, bottom, left as
    in the correspondence regulations), Thai ``DOCX_FONT`` 16 pt, single spacing."""
    document = Document()
    section = document.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Cm(page_width_cm), Cm(page_height_cm)
    top, right, bottom, left = margins_cm
    section.top_margin, section.right_margin = Cm(top), Cm(right)
    section.bottom_margin, section.left_margin = Cm(bottom), Cm(left)
    section.header_distance = section.footer_distance = Cm(1.25)

    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr_thai_set(defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")))
    normal = document.styles["Normal"]
    rpr_thai_set(normal.element.get_or_add_rPr())
    spacing = normal.paragraph_format
    spacing.space_before = spacing.space_after = Pt(0)
    spacing.line_spacing_rule = WD_LINE_SPACING.SINGLE
    spacing.widow_control = True
    paragraph_defaults = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    for element in paragraph_defaults.findall(qn("w:spacing")):
        paragraph_defaults.remove(element)
    return document


def run_add(paragraph: Paragraph, text: str, *, bold: bool = False, size_pt=None) -> Run:
    """A run of Thai text with both font slots set."""
    run = paragraph.add_run(text)
    rpr_thai_set(run._r.get_or_add_rPr(), size_pt=size_pt or DOCX_SIZE_PT, bold=bold or None)
    return run


def paragraph_add(
    container,
    text: str = "",
    *,
    bold: bool = False,
    size_pt: float | None = None,
    align: WD_ALIGN_PARAGRAPH | None = None,
    first_line_indent_cm: float | None = None,
    left_indent_cm: float | None = None,
    space_before_pt: float | None = None,
    space_after_pt: float | None = None,
    keep_with_next: bool = False,
) -> Paragraph:
    """A paragraph of Thai text added to a document, table cell, header or footer."""
    fresh_cell = isinstance(container, _Cell) and [p.text for p in container.paragraphs] == [""]
    # A table cell starts with one empty paragraph (it must hold at least one): use it.
    paragraph = container.paragraphs[0] if fresh_cell else container.add_paragraph()
    if text:
        run_add(paragraph, text, bold=bold, size_pt=size_pt)
    layout = paragraph.paragraph_format
    if align is not None:
        paragraph.alignment = align
    if first_line_indent_cm is not None:
        layout.first_line_indent = Cm(first_line_indent_cm)
    if left_indent_cm is not None:
        layout.left_indent = Cm(left_indent_cm)
    if space_before_pt is not None:
        layout.space_before = Pt(space_before_pt)
    if space_after_pt is not None:
        layout.space_after = Pt(space_after_pt)
    if keep_with_next:
        layout.keep_with_next = True
    return paragraph


def rule_add(document: DocxDocument, *, width_cm: float, text_width_cm: float = 16.0):
    """A short centred rule, as under the subject of an order."""
    side = (text_width_cm - width_cm) / 2
    paragraph = paragraph_add(document, left_indent_cm=side, space_after_pt=12)
    paragraph.paragraph_format.right_indent = Cm(side)
    paragraph.paragraph_format.line_spacing = Pt(8)
    borders = _child_set(paragraph._p.get_or_add_pPr(), "w:pBdr", _PPR_AFTER_PBDR)
    _child_set(borders, "w:bottom", (), val="single", sz="6", space="1", color="000000")
    return paragraph


def table_plain_add(
    document: DocxDocument, *, widths_cm: list[float], indent_cm: float = 0.0
) -> Table:
    """A borderless table with fixed column widths, for text set out in columns."""
    table = document.add_table(rows=0, cols=len(widths_cm))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    properties = table._tbl.tblPr
    _child_set(
        properties,
        "w:tblInd",
        (
            "w:tblBorders",
            "w:shd",
            "w:tblLayout",
            "w:tblCellMar",
            "w:tblLook",
            "w:tblCaption",
            "w:tblDescription",
        ),
        w=str(round(Cm(indent_cm).twips)),
        type="dxa",
    )
    # No cell padding on the left, so columns line up with the text; a little on the right
    # keeps one column's words off the next.
    margins = _child_set(properties, "w:tblCellMar", ("w:tblLook", "w:tblCaption"))
    _child_set(margins, "w:left", ("w:right",), w="0", type="dxa")
    _child_set(margins, "w:right", (), w=str(round(Cm(0.2).twips)), type="dxa")
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    return table


def table_row_add(table: Table, widths_cm: list[float]):
    """A row whose cells have the table's widths (Word reads the width of each cell),
    kept whole on one page."""
    row = table.add_row()
    for cell, width in zip(row.cells, widths_cm, strict=True):
        cell.width = Cm(width)
    _child_set(row._tr.get_or_add_trPr(), "w:cantSplit", _TRPR_AFTER_CANTSPLIT)
    return row


def page_number_header_add(section: Section, *, thai_digits: bool) -> None:
    """``- 2 -`` centred at the top of every page but the first, as official documents
    number their continuation pages; in Thai digits through the section's number format."""
    section.different_first_page_header_footer = True
    if thai_digits:
        _child_set(section._sectPr, "w:pgNumType", _SECTPR_AFTER_PGNUMTYPE, fmt="thaiNumbers")
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_add(paragraph, "- ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    shown = OxmlElement("w:r")  # what a reader shows before it updates the field
    rpr_thai_set(shown.get_or_add_rPr())
    text = OxmlElement("w:t")
    text.text = "๒" if thai_digits else "2"
    shown.append(text)
    field.append(shown)
    paragraph._p.append(field)
    run_add(paragraph, " -")


def docx_bytes(document: DocxDocument) -> bytes:
    """The document as the bytes of a .docx file."""
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()
