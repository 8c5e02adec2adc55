"""Reading the spreadsheets offices keep: encodings Thai Excel writes, a title above the
header, and one clear Thai message for every file that is not a readable list."""

import codecs
import io
import zipfile
from pathlib import Path

import pytest
from django.utils import translation
from openpyxl import Workbook

from prachasan.network.imports import MEDIA_COLUMNS, SCHOOL_COLUMNS
from prachasan.network.tabular import TableError, table_read

FILES = Path(__file__).parent / "files"


@pytest.fixture(autouse=True)
def _thai():
    with translation.override("th"):
        yield


def _read(data: bytes, name: str = "list.csv", columns=SCHOOL_COLUMNS):
    return table_read(data=data, file_name=name, columns=columns)


def _error(data: bytes, name: str = "list.csv", columns=SCHOOL_COLUMNS) -> str:
    with pytest.raises(TableError) as caught:
        _read(data, name, columns)
    return caught.value.message


def test_utf8_csv_rows_are_keyed_by_field_with_excel_row_numbers():
    table = _read((FILES / "schools_utf8.csv").read_bytes())
    assert table.source == "CSV แบบ UTF-8"
    assert [row.number for row in table.rows] == [2, 3, 4, 5, 6, 7]
    first = table.rows[0].values
    assert first["code"] == "1099900001"
    assert first["name"] == "โรงเรียนบ้านควนโดน"
    assert first["cluster"] == "ศูนย์เครือข่ายสถานศึกษาควนโดน"
    assert table.headers["line_id"] == "LINE"


def test_windows_874_csv_is_read_and_named_with_the_header_below_a_title():
    data = (FILES / "schools_cp874.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    table = _read(data)
    assert table.source == "CSV แบบ Windows-874 (TIS-620)"
    # Row 1 is the title, row 2 is empty, row 3 the header: data starts on row 4.
    assert table.rows[0].number == 4
    assert table.rows[0].values["name"] == "โรงเรียนบ้านทุ่งลาน"
    assert table.rows[1].values["director_phone"] == "๐๘๖-๐๐๐-๙๒๐๒"


def test_utf8_with_bom_is_named():
    table = _read((FILES / "media_utf8_bom.csv").read_bytes(), columns=MEDIA_COLUMNS)
    assert table.source == "CSV แบบ UTF-8 (มี BOM)"
    assert table.headers["outlet"] == "ชื่อสื่อ/สำนัก"
    assert table.rows[0].values["outlet"] == "หนังสือพิมพ์ทักษิณโพสต์"


def test_xlsx_numbers_become_text_and_aliases_are_recognised():
    table = _read((FILES / "schools.xlsx").read_bytes(), "schools.xlsx")
    assert table.source == "Excel (.xlsx) แผ่นงาน “โรงเรียนในสังกัด”"
    assert table.headers == {
        "code": "รหัสสถานศึกษา",
        "name": "ชื่อสถานศึกษา",
        "cluster": "ศูนย์เครือข่ายสถานศึกษา",
        "district": "อำเภอ",
        "address": "ที่อยู่",
        "director_name": "ชื่อผู้อำนวยการ",
        "director_phone": "มือถือผู้อำนวยการ",
        "phone": "โทรศัพท์",
        "email": "อีเมล์",
        "line_id": "ไลน์",
    }
    # The empty row 7 is skipped; row numbers stay those Excel shows.
    assert [row.number for row in table.rows] == [4, 5, 6, 8]
    assert table.rows[0].values["code"] == "1099930001"
    assert table.rows[0].values["director_phone"] == "810009401"


def test_semicolon_and_tab_delimiters():
    for delimiter in (";", "\t"):
        text = delimiter.join(["รหัสโรงเรียน", "ชื่อโรงเรียน", "ที่อยู่"]) + "\r\n"
        text += delimiter.join(["1099900001", "โรงเรียนบ้านควนโดน", "หมู่ที่ 3, ตำบลควนโดน"])
        table = _read(text.encode())
        assert table.rows[0].values["address"] == "หมู่ที่ 3, ตำบลควนโดน"


def test_unknown_columns_are_listed_and_spaces_trimmed():
    text = "ลำดับ,รหัสโรงเรียน, ชื่อโรงเรียน ,หมายเหตุ\n1,  1099900001 ,\u200bโรงเรียนบ้านควนโดน\u00a0,x\n"
    table = _read(text.encode())
    assert table.ignored_headers == ["ลำดับ", "หมายเหตุ"]
    assert table.rows[0].values == {"code": "1099900001", "name": "โรงเรียนบ้านควนโดน"}


def test_an_apostrophe_guarding_a_formula_is_taken_off():
    text = "รหัสโรงเรียน,ชื่อโรงเรียน,ที่อยู่\n1099900001,โรงเรียนบ้านควนโดน,'=ตำบลควนโดน\n"
    assert _read(text.encode()).rows[0].values["address"] == "=ตำบลควนโดน"


def test_utf16_file_gets_one_clear_message():
    message = _error((FILES / "schools_utf16.csv").read_bytes())
    assert message.startswith("ไฟล์นี้บันทึกแบบ UTF-16")
    assert "CSV UTF-8" in message
    # The same without a byte order mark.
    data = (FILES / "schools_utf16.csv").read_bytes()[len(codecs.BOM_UTF16_LE) :]
    assert _error(data).startswith("ไฟล์นี้บันทึกแบบ UTF-16")


def test_binary_file_is_not_a_table():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    assert _error(png, "logo.png").startswith("ไฟล์นี้ไม่ใช่ไฟล์ CSV หรือ Excel (.xlsx)")


def test_old_xls_and_password_protected_xlsx():
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500
    assert _error(ole2, "schools.xls").startswith("ไฟล์นี้เป็น Excel รุ่นเก่า (.xls)")
    assert _error(ole2, "schools.xlsx").startswith("ไฟล์ Excel นี้ตั้งรหัสผ่านไว้")


def test_a_zip_that_is_not_a_workbook():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert _error(buffer.getvalue(), "memo.docx").startswith("เปิดไฟล์ Excel นี้ไม่ได้")


def test_empty_file_and_file_without_data():
    assert _error(b"") == "ไฟล์นี้ว่างเปล่า ไม่มีข้อมูล"
    assert _error(b"\xef\xbb\xbf\r\n") == "ไฟล์นี้ว่างเปล่า ไม่มีข้อมูล"
    message = _error("รหัสโรงเรียน,ชื่อโรงเรียน\r\n,\r\n".encode())
    assert message == "ไฟล์มีแถวหัวตาราง แต่ไม่มีข้อมูลใต้หัวตาราง"


def test_no_recognisable_header():
    message = _error("ก,ข,ค\n1,2,3\n".encode())
    assert message.startswith("ไม่พบแถวหัวตาราง")
    assert "“รหัสโรงเรียน”" in message
    workbook = Workbook()
    workbook.active.append(["First name", "Age"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert _error(buffer.getvalue(), "people.xlsx").startswith("ไม่พบแถวหัวตาราง")


def test_required_column_missing_and_a_column_twice():
    message = _error("รหัสโรงเรียน,อำเภอ\n1099900001,อำเภอควนโดน\n".encode())
    assert message == "แถวหัวตารางไม่มีคอลัมน์ “ชื่อโรงเรียน”"
    message = _error("รหัสโรงเรียน,ชื่อโรงเรียน,อีเมล,E-mail\n1,2,3,4\n".encode())
    assert message == "คอลัมน์ “อีเมล” และ “E-mail” เป็นข้อมูลเดียวกัน กรุณาเก็บไว้คอลัมน์เดียว"


def test_bytes_that_are_neither_utf8_nor_windows_874():
    message = _error(b"\xe0\xb8\xa3\xe0,name\n1,\x81\x8d\x8e\n")
    assert message.startswith("อ่านตัวอักษรในไฟล์นี้ไม่ได้")
