"""Reading a spreadsheet a user uploads (CSV or XLSX) into rows of text keyed by field.

Thai offices keep their lists in Excel. Excel saves CSV as Windows-874 (TIS-620) unless
"CSV UTF-8" is chosen, sometimes as UTF-16 ("Unicode Text"), and older files as .xls; the
header row is often below a title row. Everything that cannot be read ends in one
`TableError` with a message the user can act on, never a traceback.
"""

import codecs
import csv
import datetime
import io
import re
import unicodedata
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000
# A title or a note may stand above the header row; look this far down for it.
HEADER_SEARCH_ROWS = 10

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, .doc: Office 97-2003
_ZIP_MAGIC = b"PK\x03\x04"  # .xlsx (and .docx, .zip)
_HEADER_PUNCTUATION = re.compile(r"[\s\-_./*:()\[\]]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FORMULA_START = "=+-@"
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4f]")


class TableError(Exception):
    """The file cannot be read as a table; the message says why, in the user's words."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a registry file: the field it fills, the header the export writes
    and the other headers people use for it."""

    field: str
    header: str
    aliases: tuple[str, ...] = ()
    required: bool = False


@dataclass
class TableRow:
    number: int  # the row number the user sees in Excel
    values: dict[str, str]


@dataclass
class Table:
    rows: list[TableRow]
    headers: dict[str, str]  # field -> the header as written in the file
    ignored_headers: list[str] = field(default_factory=list)
    source: str = ""  # what was read: "CSV, UTF-8", "Excel (.xlsx), sheet “...”"


def header_key(text: str) -> str:
    """Compare headers without case, spaces or punctuation: "E-mail" is "email"."""
    text = unicodedata.normalize("NFC", str(text)).translate(_INVISIBLE).casefold()
    return _HEADER_PUNCTUATION.sub("", text)


def cell_text(value: object) -> str:
    """A cell as text: whole numbers without ".0", dates as YYYY-MM-DD, spaces trimmed,
    no apostrophe guarding a formula-like value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, datetime.datetime):
        value = value.date() if value.time() == datetime.time() else value
    if isinstance(value, datetime.date | datetime.datetime):
        value = value.isoformat()
    text = str(value).translate(_INVISIBLE).replace("\u00a0", " ").strip()
    if len(text) > 1 and text[0] == "'" and text[1] in _FORMULA_START:
        # The export guards such cells against running as formulas with an apostrophe.
        return text[1:]
    return text


def table_read(*, data: bytes, file_name: str, columns: list[ColumnSpec]) -> Table:
    """Read ``data`` (CSV or XLSX) into rows keyed by the fields of ``columns``."""
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        raise TableError(_("The file is empty."))
    if len(data) > MAX_FILE_BYTES:
        raise TableError(
            _("The file is too large: at most %(limit)s MB.")
            % {"limit": MAX_FILE_BYTES // (1024 * 1024)}
        )
    if data.startswith(_OLE2_MAGIC):
        if file_name.lower().endswith(".xlsx"):
            # Excel wraps a workbook protected with a password in the old container.
            raise TableError(
                _(
                    "This Excel file is protected with a password. Remove the password "
                    "(File → Info → Protect Workbook) and upload it again."
                )
            )
        raise TableError(
            _(
                "This is an old Excel file (.xls). Open it in Excel, save it as “Excel "
                "Workbook (.xlsx)” or “CSV UTF-8”, and upload it again."
            )
        )
    if data.startswith(_ZIP_MAGIC):
        return _xlsx_read(data, columns)
    return _csv_read(data, columns)


def _not_a_table() -> TableError:
    return TableError(
        _(
            "This is not a CSV or Excel (.xlsx) file. Upload the list saved from Excel as "
            "“Excel Workbook (.xlsx)” or “CSV UTF-8”."
        )
    )


def _utf16_error() -> TableError:
    return TableError(
        _(
            "This file is saved as UTF-16 (“Unicode Text”), which cannot be read. In Excel "
            "choose Save As → “CSV UTF-8 (Comma delimited)” or “Excel Workbook (.xlsx)”, "
            "and upload it again."
        )
    )


def _csv_decode(data: bytes) -> tuple[str, str]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _utf16_error()
    if b"\x00" in data:
        if _looks_utf16(data[:4000]):
            raise _utf16_error()
        raise _not_a_table()
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), _(
            "CSV, UTF-8 with BOM"
        )
    try:
        return data.decode("utf-8"), _("CSV, UTF-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp874")
    except UnicodeDecodeError:
        raise TableError(
            _(
                "The letters in this file cannot be read: it is neither UTF-8 nor "
                "Windows-874 (TIS-620). In Excel choose Save As → “CSV UTF-8 (Comma "
                "delimited)” and upload it again."
            )
        ) from None
    if not _THAI_LETTER.search(text):
        # Bytes that are not UTF-8 and hold no Thai letters are some other encoding
        # or no text at all; reading them as Thai would only show garbage.
        raise _not_a_table()
    return text, _("CSV, Windows-874 (TIS-620)")


def _looks_utf16(sample: bytes) -> bool:
    """UTF-16 without a byte order mark: every other byte is the high byte of a character,
    00 for Latin letters and digits, 0E for Thai, 20 for typographic punctuation."""
    for high_bytes in (sample[1::2], sample[0::2]):  # little-endian, big-endian
        usual = sum(byte in (0x00, 0x0E, 0x20) for byte in high_bytes)
        if high_bytes and usual >= 0.9 * len(high_bytes):
            return True
    return False


def _csv_read(data: bytes, columns: list[ColumnSpec]) -> Table:
    try:
        text, source = _csv_decode(data)
    except UnicodeDecodeError:
        raise _not_a_table() from None
    if _CONTROL.search(text):
        raise _not_a_table()
    best = None
    # Excel writes ";" or a tab instead of "," in some regional settings; take the
    # delimiter under which the header is recognised best.
    for delimiter in (",", "\t", ";"):
        try:
            rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        except csv.Error:
            continue
        found = _header_find(rows, columns)
        if found and (best is None or found[1] > best[1][1]):
            best = (rows, found)
    if best is None:
        raise _header_missing(columns)
    rows, (index, _score) = best
    return _table_build(
        ((number, row) for number, row in enumerate(rows, start=1)),
        header_index=index,
        header=rows[index],
        columns=columns,
        source=source,
    )


def _xlsx_read(data: bytes, columns: list[ColumnSpec]) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # a damaged zip, a .docx, openpyxl's own InvalidFileException...
        raise TableError(
            _(
                "The Excel file cannot be opened: it may be damaged or not a spreadsheet. "
                "Open it in Excel, save it again as “Excel Workbook (.xlsx)”, and upload it."
            )
        ) from None
    try:
        for sheet in workbook.worksheets:
            rows = []
            for row in sheet.iter_rows(min_row=1, values_only=True):
                rows.append([cell_text(value) for value in row])
                if len(rows) > MAX_ROWS + HEADER_SEARCH_ROWS:
                    break
            found = _header_find(rows, columns)
            if found:
                index, _score = found
                return _table_build(
                    enumerate(rows, start=1),
                    header_index=index,
                    header=rows[index],
                    columns=columns,
                    source=_("Excel (.xlsx), sheet “%(sheet)s”") % {"sheet": sheet.title},
                )
    finally:
        workbook.close()
    raise _header_missing(columns)


def _aliases(columns: list[ColumnSpec]) -> dict[str, str]:
    known = {}
    for column in columns:
        for name in (column.header, column.field, *column.aliases):
            known[header_key(name)] = column.field
    return known


def _header_find(rows: list[list[str]], columns: list[ColumnSpec]) -> tuple[int, int] | None:
    """The index of the header row among the first rows and how many columns it names."""
    known = _aliases(columns)
    best = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = len({known[key] for cell in row if (key := header_key(cell)) in known})
        if score and (best is None or score > best[1]):
            best = (index, score)
    return best


def _header_missing(columns: list[ColumnSpec]) -> TableError:
    return TableError(
        _(
            "No header row was found. The first row of the list must name its columns, "
            "e.g. %(columns)s."
        )
        % {"columns": ", ".join(f"“{column.header}”" for column in columns[:4])}
    )


def _table_build(numbered_rows, *, header_index, header, columns, source) -> Table:
    known = _aliases(columns)
    positions: dict[int, str] = {}
    headers: dict[str, str] = {}
    ignored = []
    for position, cell in enumerate(header):
        name = cell_text(cell)
        if not name:
            continue
        field_name = known.get(header_key(name))
        if field_name is None:
            ignored.append(name)
            continue
        if field_name in headers:
            raise TableError(
                _("The columns “%(first)s” and “%(second)s” are the same column; keep one.")
                % {"first": headers[field_name], "second": name}
            )
        headers[field_name] = name
        positions[position] = field_name
    missing = [c.header for c in columns if c.required and c.field not in headers]
    if missing:
        raise TableError(
            ngettext(
                "The header row has no column %(columns)s.",
                "The header row has no columns %(columns)s.",
                len(missing),
            )
            % {"columns": ", ".join(f"“{name}”" for name in missing)}
        )
    rows = []
    for number, row in numbered_rows:
        if number <= header_index + 1:
            continue
        values = {
            field_name: cell_text(row[position]) if position < len(row) else ""
            for position, field_name in positions.items()
        }
        if not any(values.values()):
            continue
        if len(rows) >= MAX_ROWS:
            raise TableError(
                _("The file has more than %(limit)s rows; split it into smaller files.")
                % {"limit": MAX_ROWS}
            )
        rows.append(TableRow(number=number, values=values))
    if not rows:
        raise TableError(_("The file has a header row but no rows of data below it."))
    return Table(rows=rows, headers=headers, ignored_headers=ignored, source=source)
