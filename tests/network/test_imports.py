"""Importing the school list and the media registry: the preview counts and reports in
Thai row by row, the apply step writes all rows or none, re-imports update."""

import datetime
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError
from django.test import TestCase
from django.utils import timezone
from wagtail.models import ModelLogEntry

from prachasan.network.imports import (
    ImportExpired,
    ImportFileError,
    media_contact_import_preview,
    registry_import_confirm,
    registry_import_run,
    school_import_preview,
)
from prachasan.network.models import (
    MediaContact,
    MediaKind,
    RegistryImport,
    School,
    SchoolCluster,
)

from .factories import MediaContactFactory, SchoolClusterFactory, SchoolFactory

pytestmark = pytest.mark.django_db

FILES = Path(__file__).parent / "files"
SCHOOL_HEADER = (
    "รหัสโรงเรียน,ชื่อโรงเรียน,ศูนย์เครือข่าย,อำเภอ,ที่อยู่,ผู้อำนวยการ,โทรศัพท์ผู้อำนวยการ,โทรศัพท์,อีเมล,LINE\n"
)
MEDIA_HEADER = "ชื่อสื่อ/สำนัก,ประเภทสื่อ,ผู้ติดต่อ,ตำแหน่ง,โทรศัพท์,อีเมล,LINE ID\n"


@pytest.fixture
def pr(db):
    return get_user_model().objects.get(username="pr")


def _file(name: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, (FILES / name).read_bytes())


def _csv(text: str, name: str = "list.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode())


def _apply(preview, user) -> RegistryImport:
    """Confirm the preview as its uploader; the task (immediate in tests) writes it."""
    assert preview.registry_import is not None, "the preview cannot be applied"
    with TestCase.captureOnCommitCallbacks(execute=True):
        registry_import_confirm(registry_import=preview.registry_import, user=user)
    preview.registry_import.refresh_from_db()
    return preview.registry_import


def _school_counts(office) -> tuple[int, int]:
    return (
        School.objects.filter(office=office).count(),
        SchoolCluster.objects.filter(office=office).count(),
    )


def test_good_school_csv_previews_without_writing_then_applies(office, pr):
    before = _school_counts(office)
    preview = school_import_preview(office=office, user=pr, file=_file("schools_utf8.csv"))
    assert (preview.row_count, preview.new_count, preview.updated_count) == (6, 6, 0)
    assert preview.errors == []
    assert preview.source == "CSV แบบ UTF-8"
    assert preview.new_clusters == [
        "ศูนย์เครือข่ายสถานศึกษาควนโดน",
        "ศูนย์เครือข่ายสถานศึกษาหนองปลาไหล",
    ]
    assert preview.can_apply
    assert preview.sample[0].status_label == "ใหม่"
    assert _school_counts(office) == before

    result = _apply(preview, pr)

    assert (result.created_count, result.updated_count, result.clusters_created) == (6, 0, 2)
    assert _school_counts(office) == (before[0] + 6, before[1] + 2)
    school = School.objects.get(office=office, code="1099900002")
    assert school.cluster.name == "ศูนย์เครือข่ายสถานศึกษาควนโดน"
    # Thai digits are accepted and saved as Arabic digits, separators dropped.
    assert school.director_phone == "0890009102"
    assert school.phone == "074609102"
    assert School.objects.get(office=office, code="1099900003").director_phone == "0810009103"
    assert School.objects.get(office=office, code="1099900003").phone == "074609103 ต่อ 12"
    assert School.objects.get(office=office, code="1099900005").director_name == ("นายอนุชา เพชรรัตน์")
    # The code was written in Thai digits.
    assert School.objects.filter(office=office, code="1099900006").exists()


def test_good_school_xlsx_with_a_title_row_and_numbers(office, pr):
    preview = school_import_preview(office=office, user=pr, file=_file("schools.xlsx"))
    assert preview.errors == []
    assert preview.new_count == 4
    assert preview.source == "Excel (.xlsx) แผ่นงาน “โรงเรียนในสังกัด”"
    _apply(preview, pr)
    school = School.objects.get(office=office, code="1099930001")
    # Excel had dropped the leading zero of the mobile number typed as a number.
    assert school.director_phone == "0810009401"
    assert School.objects.get(office=office, code="1099930002").director_phone == "0940009402"


def test_school_csv_from_thai_excel_in_windows_874(office, pr):
    preview = school_import_preview(office=office, user=pr, file=_file("schools_cp874.csv"))
    assert preview.source == "CSV แบบ Windows-874 (TIS-620)"
    assert preview.errors == []
    _apply(preview, pr)
    school = School.objects.get(office=office, code="1099910002")
    assert school.name == "โรงเรียนวัดโคกม่วง"
    assert school.district == "อำเภอเขาชัยสน"
    assert school.director_phone == "0860009202"


def test_bad_rows_are_reported_in_thai_row_by_row_with_their_column(office, pr):
    preview = school_import_preview(office=office, user=pr, file=_file("schools_bad_rows.csv"))
    assert [(error.row, error.column, error.message) for error in preview.errors] == [
        (3, "รหัสโรงเรียน", "รหัสโรงเรียน “12AB” ต้องเป็นตัวเลข 10 หลัก (หรือรหัสเดิม 8 หลัก)"),
        (
            4,
            "โทรศัพท์",
            "หมายเลขโทรศัพท์ “02-123” ไม่ใช่หมายเลขในประเทศไทย: โทรศัพท์มือถือมี 10 หลัก "
            "ขึ้นต้นด้วย 06, 08 หรือ 09 โทรศัพท์พื้นฐานมี 9 หลัก ขึ้นต้นด้วย 02–07",
        ),
        (5, "โทรศัพท์ผู้อำนวยการ", "หมายเลขโทรศัพท์ “081-OOO-9304” ต้องมีแต่ตัวเลข"),
        (6, "อีเมล", "อีเมล “nanot.school.example.go.th” ไม่ถูกต้อง"),
        (7, "รหัสโรงเรียน", "รหัสโรงเรียน “1099920001” ซ้ำกับแถวที่ 2"),
        (8, "ชื่อโรงเรียน", "ต้องกรอกชื่อโรงเรียน"),
    ]
    assert str(preview.errors[0]) == (
        "แถวที่ 3: รหัสโรงเรียน “12AB” ต้องเป็นตัวเลข 10 หลัก (หรือรหัสเดิม 8 หลัก)"
    )
    assert (preview.new_count, preview.error_row_count) == (1, 6)
    assert not preview.can_apply
    assert preview.registry_import is None  # nothing kept to confirm


def test_one_bad_row_and_nothing_is_imported(office, pr):
    text = (
        SCHOOL_HEADER
        + "1099940001,โรงเรียนบ้านนาโยง,ศูนย์เครือข่ายสถานศึกษานาโยง,อำเภอนาโยง,,,,,,\n"
        + "1099940002,โรงเรียนวัดนาโยงเหนือ,ศูนย์เครือข่ายสถานศึกษานาโยง,อำเภอนาโยง,,,,,,\n"
        + "1099940003,โรงเรียนบ้านช่อง,ศูนย์เครือข่ายสถานศึกษานาโยง,อำเภอนาโยง,,,0812,,,\n"
    )
    existing = SchoolFactory(office=office, code="1099940002", name="ชื่อเดิม")
    before = _school_counts(office)
    preview = school_import_preview(office=office, user=pr, file=_csv(text))
    assert [error.row for error in preview.errors] == [4]
    assert preview.registry_import is None
    assert _school_counts(office) == before
    existing.refresh_from_db()
    assert existing.name == "ชื่อเดิม"
    assert not ModelLogEntry.objects.filter(action="network.import").exists()


def test_reimport_updates_changed_schools_and_leaves_the_rest(office, pr):
    first = school_import_preview(office=office, user=pr, file=_file("schools_utf8.csv"))
    _apply(first, pr)
    text = (FILES / "schools_utf8.csv").read_text()
    text = text.replace("นายสมพงษ์ แก้วมณี", "นายสมชาย ใจงาม").replace(
        "ศูนย์เครือข่ายสถานศึกษาควนโดน,อำเภอควนโดน,หมู่ที่ 9",
        "ศูนย์เครือข่ายสถานศึกษาหนองปลาไหล,อำเภอควนโดน,หมู่ที่ 9",
    )
    preview = school_import_preview(office=office, user=pr, file=_csv(text, "schools-2.csv"))
    assert (preview.new_count, preview.updated_count, preview.unchanged_count) == (0, 2, 4)
    assert preview.new_clusters == []
    changed = {row.number: row for row in preview.sample if row.status == "updated"}
    assert set(changed) == {2, 7}
    assert [cell.value for cell in changed[2].cells if cell.changed] == ["นายสมชาย ใจงาม"]
    assert changed[2].status_label == "ปรับปรุง"

    result = _apply(preview, pr)

    assert (result.created_count, result.updated_count, result.unchanged_count) == (0, 2, 4)
    school = School.objects.get(office=office, code="1099900001")
    assert school.director_name == "นายสมชาย ใจงาม"
    assert school.email == "kuandon@school.example.go.th"
    moved = School.objects.get(office=office, code="1099900006")
    assert moved.cluster.name == "ศูนย์เครือข่ายสถานศึกษาหนองปลาไหล"
    entries = ModelLogEntry.objects.filter(action="network.import", object_id=str(school.pk))
    assert [entry.data["created"] for entry in entries.order_by("timestamp")] == [True, False]
    assert entries.latest("timestamp").user_id == pr.pk
    assert entries.latest("timestamp").data["fields"] == ["director_name"]


def test_a_missing_column_leaves_the_registry_value_and_an_existing_cluster_is_reused(office, pr):
    cluster = SchoolClusterFactory(office=office, name="ศูนย์เครือข่ายสถานศึกษาท่ามิหรำ")
    school = SchoolFactory(office=office, code="1099950001", email="tamiram@school.example.go.th")
    text = (
        "รหัสโรงเรียน,ชื่อโรงเรียน,ศูนย์เครือข่าย\n1099950001,โรงเรียนบ้านท่ามิหรำ,ศูนย์เครือข่ายสถานศึกษา ท่ามิหรำ\n"
    )
    preview = school_import_preview(office=office, user=pr, file=_csv(text))
    assert preview.new_clusters == []
    _apply(preview, pr)
    school.refresh_from_db()
    assert school.name == "โรงเรียนบ้านท่ามิหรำ"
    assert school.cluster == cluster
    assert school.email == "tamiram@school.example.go.th"


def test_file_errors_are_one_thai_message(office, pr):
    with pytest.raises(ImportFileError) as caught:
        school_import_preview(office=office, user=pr, file=_file("schools_utf16.csv"))
    assert caught.value.message.startswith("ไฟล์นี้บันทึกแบบ UTF-16")
    with pytest.raises(ImportFileError) as caught:
        school_import_preview(
            office=office,
            user=pr,
            file=SimpleUploadedFile("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF"),
        )
    assert caught.value.message.startswith("ไฟล์นี้ไม่ใช่ไฟล์ CSV หรือ Excel (.xlsx)")


def test_only_the_uploader_confirms_a_preview_within_a_day(office, pr):
    preview = school_import_preview(office=office, user=pr, file=_file("schools_utf8.csv"))
    admin = get_user_model().objects.get(username="admin")
    with pytest.raises(ImportExpired):
        _apply(preview, admin)
    RegistryImport.objects.filter(pk=preview.registry_import.pk).update(
        uploaded_at=timezone.now() - datetime.timedelta(days=1, minutes=1)
    )
    with pytest.raises(ImportExpired):
        _apply(preview, pr)
    assert not School.objects.filter(office=office, code="1099900001").exists()
    # The next preview drops the stale one, rows and all.
    school_import_preview(office=office, user=pr, file=_file("schools_cp874.csv"))
    assert not RegistryImport.objects.filter(pk=preview.registry_import.pk).exists()


def test_an_import_is_written_once_and_its_rows_are_not_kept(office, pr):
    preview = school_import_preview(office=office, user=pr, file=_file("schools_cp874.csv"))
    assert preview.registry_import.table["rows"]
    registry_import = _apply(preview, pr)
    assert registry_import.status == RegistryImport.Status.DONE
    assert registry_import.table == {}
    with pytest.raises(ImportExpired):
        _apply(preview, pr)
    # A task delivered twice does nothing the second time.
    before = _school_counts(office)
    assert registry_import_run(registry_import_id=registry_import.pk).status == "done"
    assert _school_counts(office) == before


def test_an_error_while_writing_leaves_nothing_half_imported(office, pr, monkeypatch):
    preview = school_import_preview(office=office, user=pr, file=_file("schools_utf8.csv"))
    before = _school_counts(office)
    saved = []
    original_save = School.save

    def save_then_fail(school, *args, **kwargs):
        if saved:
            raise DatabaseError("disk full")
        original_save(school, *args, **kwargs)
        saved.append(school.code)

    monkeypatch.setattr(School, "save", save_then_fail)
    registry_import = _apply(preview, pr)
    assert saved  # one school and the new clusters were written before the error...
    assert _school_counts(office) == before  # ...and rolled back with it
    assert registry_import.status == RegistryImport.Status.FAILED
    assert registry_import.error.startswith("การนำเข้าหยุดลงเพราะเกิดข้อผิดพลาดที่ไม่คาดคิด")
    assert not ModelLogEntry.objects.filter(action="network.import").exists()


def test_media_registry_with_thai_and_english_kinds(office, pr):
    before = MediaContact.objects.filter(office=office).count()
    preview = media_contact_import_preview(office=office, user=pr, file=_file("media_utf8_bom.csv"))
    assert preview.errors == [] and preview.duplicates == []
    assert preview.new_count == 6
    assert preview.source == "CSV แบบ UTF-8 (มี BOM)"
    assert [row.cells[1].value for row in preview.sample] == [
        "หนังสือพิมพ์",
        "วิทยุ",
        "วิทยุชุมชน",
        "สื่อออนไลน์",
        "เสียงตามสาย",
        "โทรทัศน์",
    ]
    _apply(preview, pr)
    assert MediaContact.objects.filter(office=office).count() == before + 6
    contact = MediaContact.objects.get(office=office, outlet="วิทยุชุมชนคนควนโดน")
    assert contact.kind == MediaKind.COMMUNITY_RADIO
    assert contact.phone == "0890008103"  # written ๐๘๙-๐๐๐-๘๑๐๓
    online = MediaContact.objects.get(office=office, email="news@mueangtuayang.example.com")
    assert online.kind == MediaKind.ONLINE
    assert MediaContact.objects.get(office=office, phone="074618105").notes == (
        "ออกอากาศ 07.00 และ 17.00 น."
    )


def test_media_duplicates_in_the_file_are_errors_and_a_known_contact_is_updated(office, pr):
    known = MediaContactFactory(
        office=office,
        outlet="หนังสือพิมพ์สยามใต้",
        contact_name="นายอดิศร ทองมา",
        position="ผู้สื่อข่าว",
        email="Known@siamtai.example.co.th",
    )
    preview = media_contact_import_preview(
        office=office, user=pr, file=_file("media_duplicates.csv")
    )
    assert [(error.row, error.column, error.message) for error in preview.errors] == [
        (3, "อีเมล", "อีเมล “WICHAI@paktai.example.co.th” ซ้ำกับแถวที่ 2"),
        # Written ๐๘๑ ๐๐๐ ๘๒๐๓ on row 5 and 081-000-8203 on row 4: the same number.
        (5, "โทรศัพท์", "โทรศัพท์ “๐๘๑ ๐๐๐ ๘๒๐๓” ซ้ำกับแถวที่ 4"),
        (
            6,
            "ประเภทสื่อ",
            "ไม่รู้จักประเภทสื่อ “นิตยสาร” กรุณาใช้อย่างใดอย่างหนึ่ง: หนังสือพิมพ์, โทรทัศน์, "
            "วิทยุ, วิทยุชุมชน, สื่อออนไลน์, เสียงตามสาย, อื่น ๆ",
        ),
    ]
    duplicates = [(d.row, d.column, d.other, d.in_file) for d in preview.duplicates]
    assert duplicates == [
        (3, "อีเมล", "แถวที่ 2", True),
        (5, "โทรศัพท์", "แถวที่ 4", True),
        (7, "อีเมล", str(known), False),
    ]
    assert preview.duplicates[2].other_pk == known.pk
    assert preview.updated_count == 1
    assert not preview.can_apply


def test_media_import_updates_the_contact_with_the_same_phone(office, pr):
    known = MediaContactFactory(
        office=office, outlet="สถานีวิทยุตัวอย่าง", kind=MediaKind.RADIO, phone="089-000-8301"
    )
    text = MEDIA_HEADER + "สถานีวิทยุตัวอย่าง เอฟเอ็ม 95,วิทยุ,นางสาวสุดารัตน์ ทองแท้,ผู้ประกาศ,๐๘๙๐๐๐๘๓๐๑,,\n"
    preview = media_contact_import_preview(office=office, user=pr, file=_csv(text))
    assert preview.updated_count == 1 and preview.new_count == 0
    assert preview.duplicates[0].other_pk == known.pk
    assert not preview.duplicates[0].in_file
    _apply(preview, pr)
    known.refresh_from_db()
    assert known.outlet == "สถานีวิทยุตัวอย่าง เอฟเอ็ม 95"
    assert known.contact_name == "นางสาวสุดารัตน์ ทองแท้"
    # The same number, so the way it was written in the registry stays.
    assert known.phone == "089-000-8301"


def test_media_apply_checks_again_against_the_registry_as_it_is_then(office, pr):
    text = (
        MEDIA_HEADER + "หนังสือพิมพ์ใต้ฟ้า,หนังสือพิมพ์,นายชาญ ศรีใต้,,081-000-8401,chan@taifa.example.co.th,\n"
    )
    preview = media_contact_import_preview(office=office, user=pr, file=_csv(text))
    assert preview.can_apply
    # Meanwhile two contacts are entered: the row now matches both.
    MediaContactFactory(office=office, email="chan@taifa.example.co.th")
    MediaContactFactory(office=office, phone="0810008401")
    before = MediaContact.objects.filter(office=office).count()
    registry_import = _apply(preview, pr)
    assert registry_import.status == RegistryImport.Status.FAILED
    assert registry_import.error.startswith("ไม่ได้นำเข้าข้อมูลใด ๆ")
    assert registry_import.row_errors[0]["row"] == 2
    assert registry_import.row_errors[0]["message"].startswith(
        "แถวนี้ตรงกับรายการในทะเบียนมากกว่าหนึ่งรายการ"
    )
    assert MediaContact.objects.filter(office=office).count() == before


def test_a_list_without_email_or_phone_imports_twice_without_doubling(office, pr):
    text = MEDIA_HEADER + "หอกระจายข่าวบ้านควนโดน,เสียงตามสาย,นายผู้ใหญ่ ดีงาม,ผู้ใหญ่บ้าน,,,\n"
    preview = media_contact_import_preview(office=office, user=pr, file=_csv(text))
    assert preview.new_count == 1
    _apply(preview, pr)
    preview = media_contact_import_preview(office=office, user=pr, file=_csv(text))
    assert (preview.new_count, preview.unchanged_count) == (0, 1)
    assert MediaContact.objects.filter(outlet="หอกระจายข่าวบ้านควนโดน").count() == 1


def test_checking_a_file_takes_the_same_queries_for_few_rows_or_many(
    office, pr, django_assert_max_num_queries
):
    def rows(count: int) -> str:
        return SCHOOL_HEADER + "".join(
            f"10999{70000 + n},โรงเรียนทดสอบ {n},ศูนย์เครือข่ายสถานศึกษาทดสอบ {n % 3},"
            f"อำเภอทดสอบ,,,081-000-{n:04d},,,\n"
            for n in range(count)
        )

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        school_import_preview(office=office, user=pr, file=_csv(rows(3)))
    with django_assert_max_num_queries(len(few)):
        preview = school_import_preview(office=office, user=pr, file=_csv(rows(300)))
    assert preview.new_count == 300


def test_a_wrong_value_the_file_does_not_change_does_not_block_it(office, pr):
    # Entered in the admin before the telephone check existed, say.
    SchoolFactory(office=office, code="1099980001", name="โรงเรียนบ้านเก่า", phone="074-12")
    text = "รหัสโรงเรียน,ชื่อโรงเรียน\n1099980001,โรงเรียนบ้านใหม่\n"
    preview = school_import_preview(office=office, user=pr, file=_csv(text))
    assert preview.errors == []
    assert preview.updated_count == 1
