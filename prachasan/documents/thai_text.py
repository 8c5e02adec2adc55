"""Text as it appears in an office's official documents: digits in the office's choice of
Thai or Arabic, dates in the Buddhist Era with "พ.ศ." before the year."""

import re
from datetime import date, datetime

from prachasan.thai.dates import format_thai_date, to_thai_digits

_SARA_AM = re.compile("([\u0e48-\u0e4b]?)\u0e33")


def document_text(value: object, *, thai_digits: bool) -> str:
    """``value`` as text, its digits written ๐-๙ when the office wants Thai digits."""
    if value is None:
        return ""
    return to_thai_digits(value) if thai_digits else str(value)


def document_date(value: date | datetime, *, thai_digits: bool) -> str:
    """The date line of an order or letter: ``21 เมษายน พ.ศ. 2565``."""
    text = format_thai_date(value, thai_digits=thai_digits)
    day_and_month, year = text.rsplit(" ", 1)
    return f"{day_and_month} พ.ศ. {year}"


def document_paragraphs(value: str, *, thai_digits: bool) -> list[str]:
    """The paragraphs of a text field (one per line), blank lines dropped."""
    return [
        document_text(" ".join(line.split()), thai_digits=thai_digits)
        for line in (value or "").splitlines()
        if line.strip()
    ]


def sara_am_decompose(text: str) -> str:
    """SARA AM (ำ) written as NIKHAHIT + SARA AA, a tone mark between them: "น้ำ" → "นํ้า".

    The shaper draws both spellings alike (it decomposes ำ itself), but a PDF maps each
    glyph to one text: WeasyPrint maps the SARA AA glyph to whichever text it first drew
    it for, so after "คำ" every "า" copies out of the PDF as "ำ" ("การ" → "กำร"). Written
    decomposed, each glyph keeps its own character and the text copies out as the same
    letters, in the order the shaper itself puts them."""
    return _SARA_AM.sub("\u0e4d\\1\u0e32", text)
