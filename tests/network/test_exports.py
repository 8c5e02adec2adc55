"""Exports open in Thai Excel and import again without change."""

import codecs
import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from openpyxl import load_workbook

from prachasan.network.exports import media_contact_export, school_export
from prachasan.network.imports import (
    MEDIA_COLUMNS,
    SCHOOL_COLUMNS,
    media_contact_import_preview,
    registry_import_confirm,
    school_import_preview,
)
from prachasan.network.models import MediaKind, School

from .factories import MediaContactFactory, SchoolClusterFactory, SchoolFactory

pytestmark = pytest.mark.django_db


def _apply(preview, user):
    with TestCase.captureOnCommitCallbacks(execute=True):
        registry_import_confirm(registry_import=preview.registry_import, user=user)
    preview.registry_import.refresh_from_db()
    return preview.registry_import


@pytest.fixture
def registries(office):
    """A few entries as people type them in the admin, beside whatever the demo holds."""
    cluster = SchoolClusterFactory(office=office, name="ศูนย์เครือข่ายสถานศึกษาปากพะยูน")
    SchoolFactory(
        office=office,
        code="1099960001",
        name="โรงเรียนบ้านปากพะยูน",
        cluster=cluster,
        district="อำเภอปากพะยูน",
        address="หมู่ที่ 2 ตำบลปากพะยูน\nอำเภอปากพะยูน จังหวัดตัวอย่าง 99070",
        director_name="นายมนตรี สายทอง",
        director_phone="081-000-9601",
        phone="0 7460 9601",
        email="pakphayun@school.example.go.th",
        line_id="@pakphayun",
    )
    SchoolFactory(office=office, code="10999602", name="โรงเรียนวัดเกาะหมาก (รหัสเดิม)")
    MediaContactFactory(
        office=office,
        outlet="หนังสือพิมพ์ทะเลสาบนิวส์",
        kind=MediaKind.NEWSPAPER,
        contact_name="นางสาวลัดดา ทองสุข",
        phone="+66 89 000 8501",
        email="ladda@thalesap.example.co.th",
        notes="=ส่งข่าวทางอีเมลเท่านั้น",
    )
    MediaContactFactory(
        office=office,
        outlet="เสียงตามสายเทศบาลตำบลเกาะหมาก",
        kind=MediaKind.PA_SYSTEM,
        contact_name="",
    )


@pytest.fixture
def pr(db):
    return get_user_model().objects.get(username="pr")


def test_csv_has_a_byte_order_mark_and_the_import_headers(office, registries):
    exported = school_export(office=office, file_format="csv")
    assert exported.content.startswith(codecs.BOM_UTF8)
    assert exported.file_name.endswith(".csv")
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert rows[0] == [column.header for column in SCHOOL_COLUMNS]
    row = next(row for row in rows if row[0] == "1099960001")
    assert row[1:4] == ["โรงเรียนบ้านปากพะยูน", "ศูนย์เครือข่ายสถานศึกษาปากพะยูน", "อำเภอปากพะยูน"]
    media = media_contact_export(office=office, file_format="csv").content.decode("utf-8-sig")
    assert "หนังสือพิมพ์ทะเลสาบนิวส์,หนังสือพิมพ์," in media
    # Excel would run the note as a formula; the apostrophe keeps it text.
    assert ",'=ส่งข่าวทางอีเมลเท่านั้น" in media


def test_xlsx_has_the_import_headers_and_text_cells(office, registries):
    exported = media_contact_export(office=office, file_format="xlsx")
    sheet = load_workbook(io.BytesIO(exported.content)).active
    assert sheet.title == "ทะเบียนสื่อมวลชน"
    assert [cell.value for cell in sheet[1]] == [column.header for column in MEDIA_COLUMNS]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    row = rows["หนังสือพิมพ์ทะเลสาบนิวส์"]
    assert row[1].value == "หนังสือพิมพ์"
    assert row[10].value == "=ส่งข่าวทางอีเมลเท่านั้น" and row[10].data_type == "s"
    schools = load_workbook(io.BytesIO(school_export(office=office, file_format="xlsx").content))
    codes = [row[0] for row in schools.active.iter_rows(min_row=2, values_only=True)]
    assert "1099960001" in codes and "10999602" in codes


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_export_then_import_changes_nothing(office, registries, pr, file_format):
    for export, preview_import in (
        (school_export, school_import_preview),
        (media_contact_export, media_contact_import_preview),
    ):
        exported = export(office=office, file_format=file_format)
        preview = preview_import(
            office=office, user=pr, file=SimpleUploadedFile(exported.file_name, exported.content)
        )
        assert preview.errors == []
        assert [d for d in preview.duplicates if d.in_file] == []
        assert (preview.new_count, preview.updated_count) == (0, 0)
        assert preview.unchanged_count == preview.row_count >= 2


def test_an_exported_list_edited_and_imported_again(office, registries, pr):
    exported = school_export(office=office, file_format="csv")
    text = exported.content.decode("utf-8-sig").replace("นายมนตรี สายทอง", "นางมณี สายทอง")
    text += "1099960003,โรงเรียนบ้านแหลมดิน,ศูนย์เครือข่ายสถานศึกษาปากพะยูน,,,,,,,\r\n"
    preview = school_import_preview(
        office=office, user=pr, file=SimpleUploadedFile("edited.csv", text.encode("utf-8-sig"))
    )
    assert (preview.new_count, preview.updated_count) == (1, 1)
    assert _apply(preview, pr).status == "done"
    assert School.objects.get(office=office, code="1099960001").director_name == "นางมณี สายทอง"
    assert School.objects.get(office=office, code="1099960003").cluster.name == (
        "ศูนย์เครือข่ายสถานศึกษาปากพะยูน"
    )


def test_media_export_round_trip_through_the_apply_step(office, registries, pr):
    exported = media_contact_export(office=office, file_format="xlsx")
    preview = media_contact_import_preview(
        office=office, user=pr, file=SimpleUploadedFile(exported.file_name, exported.content)
    )
    assert not preview.can_apply  # nothing to do
    edited = load_workbook(io.BytesIO(exported.content))
    for row in edited.active.iter_rows(min_row=2):
        if row[0].value == "หนังสือพิมพ์ทะเลสาบนิวส์":
            row[3].value = "หัวหน้าข่าว"
    buffer = io.BytesIO()
    edited.save(buffer)
    preview = media_contact_import_preview(
        office=office, user=pr, file=SimpleUploadedFile("edited.xlsx", buffer.getvalue())
    )
    assert (preview.new_count, preview.updated_count) == (0, 1)
    assert _apply(preview, pr).updated_count == 1


def test_export_download_through_the_admin(client, login, registries):
    login("pr")
    response = client.get(reverse("network_export", args=["schools", "csv"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'attachment; filename="schools-' in response["Content-Disposition"]
    assert response.content.startswith(codecs.BOM_UTF8)
    response = client.get(reverse("network_export", args=["media", "xlsx"]))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert load_workbook(io.BytesIO(response.content)).active["A1"].value == "ชื่อสื่อ/สำนัก"
