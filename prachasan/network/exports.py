"""Exporting the school list and the media registry as spreadsheets that import again
unchanged: the same Thai headers, the same words for kinds of media."""

import csv
import io
from dataclasses import dataclass

from django.utils import timezone

from prachasan.offices.models import Office

from .imports import MEDIA_COLUMNS, SCHOOL_COLUMNS, media_kind_word
from .models import MediaContact, School

CSV = "csv"
XLSX = "xlsx"
FORMATS = (XLSX, CSV)
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Columns Excel must keep as text: a number would lose the leading zero of 0812345678.
TEXT_FIELDS = {"code", "phone", "director_phone"}
# A cell starting with one of these is run as a formula by Excel (CSV injection).
_FORMULA_START = ("=", "+", "-", "@")


@dataclass
class ExportFile:
    file_name: str
    content_type: str
    content: bytes


def school_export(*, office: Office, file_format: str) -> ExportFile:
    """The office's school list, every school, in the import's columns."""
    schools = School.objects.filter(office=office).select_related("cluster").order_by("code")
    rows = [
        [_school_value(school, column.field) for column in SCHOOL_COLUMNS] for school in schools
    ]
    return _export(
        name="schools", sheet="โรงเรียน", columns=SCHOOL_COLUMNS, rows=rows, file_format=file_format
    )


def _school_value(school: School, field_name: str) -> str:
    if field_name == "cluster":
        return school.cluster.name if school.cluster_id else ""
    return getattr(school, field_name)


def media_contact_export(*, office: Office, file_format: str) -> ExportFile:
    """The office's media registry in the import's columns."""
    contacts = MediaContact.objects.filter(office=office).order_by("outlet", "contact_name", "pk")
    rows = [
        [
            media_kind_word(contact.kind)
            if column.field == "kind"
            else getattr(contact, column.field)
            for column in MEDIA_COLUMNS
        ]
        for contact in contacts
    ]
    return _export(
        name="media-registry",
        sheet="ทะเบียนสื่อมวลชน",
        columns=MEDIA_COLUMNS,
        rows=rows,
        file_format=file_format,
    )


def _export(*, name, sheet, columns, rows, file_format) -> ExportFile:
    file_name = f"{name}-{timezone.localdate():%Y-%m-%d}.{file_format}"
    headers = [column.header for column in columns]
    rows = [["" if value is None else str(value) for value in row] for row in rows]
    if file_format == CSV:
        return ExportFile(file_name, "text/csv; charset=utf-8", _csv_bytes(headers, rows))
    if file_format == XLSX:
        text_positions = [i for i, column in enumerate(columns) if column.field in TEXT_FIELDS]
        return ExportFile(
            file_name, XLSX_CONTENT_TYPE, _xlsx_bytes(sheet, headers, rows, text_positions)
        )
    raise ValueError(f"Unknown export format {file_format!r}; use one of {FORMATS}.")


def _csv_bytes(headers: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headers)
    for row in rows:
        writer.writerow([_formula_safe(value) for value in row])
    # The byte order mark makes Excel read the file as UTF-8 and show the Thai letters.
    return buffer.getvalue().encode("utf-8-sig")


def _formula_safe(value: str) -> str:
    """A leading apostrophe makes a spreadsheet show the text instead of running it;
    the import takes the apostrophe off again."""
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def _xlsx_bytes(
    sheet_title: str, headers: list[str], rows: list[list[str]], text_positions: list[int]
) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([value or None for value in row])
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if cell.value is not None:
                # A string starting with "=" would be written as a formula otherwise.
                cell.data_type = "s"
    for position in text_positions:
        for (cell,) in sheet.iter_rows(min_col=position + 1, max_col=position + 1):
            cell.number_format = "@"
    for position, header in enumerate(headers, start=1):
        longest = max((len(row[position - 1]) for row in rows), default=0)
        width = min(max(len(header), longest) + 4, 60)
        sheet.column_dimensions[get_column_letter(position)].width = width
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
