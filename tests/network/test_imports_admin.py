"""Import through the admin as the PR officer: upload, preview, confirm."""

import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from prachasan.network.models import MediaContact, School

pytestmark = pytest.mark.django_db

FILES = Path(__file__).parent / "files"
SCHOOLS_LIST = "/admin/snippets/network/school/"
MEDIA_LIST = "/admin/snippets/network/mediacontact/"


@pytest.fixture(autouse=True)
def _upload_dir(settings, tmp_path):
    settings.PRACHASAN_IMPORT_DIR = tmp_path / "imports"


def _upload(client, registry: str, name: str, data: bytes | None = None):
    data = (FILES / name).read_bytes() if data is None else data
    return client.post(
        reverse("network_import", args=[registry]), {"file": SimpleUploadedFile(name, data)}
    )


def _token(response) -> str:
    match = re.search(r'name="token" value="([^"]+)"', response.content.decode())
    assert match, "the preview has no confirm form"
    return match.group(1)


def test_listings_have_import_and_export_buttons(client, login):
    login("pr")
    for listing, registry in ((SCHOOLS_LIST, "schools"), (MEDIA_LIST, "media")):
        page = client.get(listing).content.decode()
        assert f'href="{reverse("network_import", args=[registry])}"' in page
        assert reverse("network_export", args=[registry, "xlsx"]) in page
        assert reverse("network_export", args=[registry, "csv"]) in page
        assert ">นำเข้า<" in page.replace("\n", "").replace(" ", "")
        assert "ส่งออก" in page


def test_upload_page_explains_the_columns(client, login):
    login("pr")
    page = client.get(reverse("network_import", args=["schools"])).content.decode()
    assert "นำเข้ารายชื่อโรงเรียน" in page
    assert "รหัสโรงเรียน" in page and "โทรศัพท์ผู้อำนวยการ" in page
    assert 'type="file"' in page


def test_csv_upload_preview_then_confirm(client, login):
    login("pr")
    before = School.objects.count()
    response = _upload(client, "schools", "schools_utf8.csv")
    assert response.status_code == 200
    page = response.content.decode()
    assert "CSV แบบ UTF-8" in page
    assert "ศูนย์เครือข่ายสถานศึกษาหนองปลาไหล" in page  # a cluster to be created
    assert "โรงเรียนวัดป่าลิไลย์" in page  # among the first rows
    assert "นำเข้า: เพิ่มใหม่ 6 ปรับปรุง 0 รายการ" in page
    assert School.objects.count() == before

    response = client.post(
        reverse("network_import_confirm", args=["schools"]), {"token": _token(response)}
    )

    assert response.status_code == 302
    assert response.url == SCHOOLS_LIST
    assert School.objects.count() == before + 6
    listing = client.get(SCHOOLS_LIST).content.decode()
    assert "นำเข้าแล้ว: เพิ่มใหม่ 6 รายการ ปรับปรุง 0 รายการ ไม่เปลี่ยนแปลง 0 รายการ" in listing


def test_xlsx_upload_preview(client, login):
    login("pr")
    page = _upload(client, "schools", "schools.xlsx").content.decode()
    assert "Excel (.xlsx) แผ่นงาน “โรงเรียนในสังกัด”" in page
    assert "0810009401" in page  # the leading zero Excel dropped, put back


def test_errors_are_shown_and_nothing_can_be_confirmed(client, login):
    login("pr")
    before = School.objects.count()
    response = _upload(client, "schools", "schools_bad_rows.csv")
    page = response.content.decode()
    assert "ไฟล์มีข้อผิดพลาด 6 รายการ" in page
    assert "รหัสโรงเรียน “12AB” ต้องเป็นตัวเลข 10 หลัก" in page
    assert re.search(r"<td>3</td>\s*<td>รหัสโรงเรียน</td>", page)
    assert 'name="token"' not in page
    # The file stays on the server; confirming it anyway writes nothing.
    token = client.session["network_import_tokens"][-1]
    response = client.post(reverse("network_import_confirm", args=["schools"]), {"token": token})
    assert response.status_code == 200
    assert "ไม่ได้นำเข้าข้อมูลใด ๆ" in response.content.decode()
    assert School.objects.count() == before


def test_media_duplicates_are_shown(client, login):
    login("pr")
    page = _upload(client, "media", "media_duplicates.csv").content.decode()
    assert "ข้อมูลซ้ำ" in page
    assert "WICHAI@paktai.example.co.th" in page
    assert "ข้อผิดพลาด: ให้เหลือแถวเดียว" in page


def test_unreadable_files_get_a_thai_message_not_a_traceback(client, login):
    login("pr")
    for name, data, message in (
        ("schools_utf16.csv", None, "ไฟล์นี้บันทึกแบบ UTF-16"),
        ("schools.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "Excel รุ่นเก่า (.xls)"),
        ("logo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "ไม่ใช่ไฟล์ CSV หรือ Excel"),
    ):
        response = _upload(client, "schools", name, data)
        assert response.status_code == 200
        assert message in response.content.decode()
    response = client.post(reverse("network_import", args=["schools"]), {})
    assert response.status_code == 200


def test_a_token_from_another_session_is_refused(client, login, django_user_model):
    login("pr")
    token = _token(_upload(client, "schools", "schools_cp874.csv"))
    client.logout()
    login("admin")
    before = School.objects.count()
    response = client.post(reverse("network_import_confirm", args=["schools"]), {"token": token})
    assert response.status_code == 302
    assert response.url == reverse("network_import", args=["schools"])
    assert School.objects.count() == before


def test_only_those_who_may_add_and_change_import_or_export(client, login):
    login("editor")
    assert client.get(reverse("network_import", args=["media"])).status_code in (302, 403)
    assert client.get(reverse("network_export", args=["media", "csv"])).status_code in (302, 403)
    before = MediaContact.objects.count()
    _upload(client, "media", "media_utf8_bom.csv")
    assert MediaContact.objects.count() == before
    listing = client.get(MEDIA_LIST)
    assert reverse("network_import", args=["media"]) not in listing.content.decode()


def test_unknown_registry_or_format(client, login):
    login("pr")
    assert client.get("/admin/network/import/people/").status_code == 404
    assert client.get("/admin/network/export/schools/pdf/").status_code == 404


def test_the_import_shows_in_each_school_history(client, login):
    login("pr")
    token = _token(_upload(client, "schools", "schools_cp874.csv"))
    client.post(reverse("network_import_confirm", args=["schools"]), {"token": token})
    school = School.objects.get(code="1099910001")
    history = client.get(reverse("wagtailsnippets_network_school:history", args=[school.pk]))
    page = history.content.decode()
    assert "นำเข้าจากไฟล์" in page
    assert "สร้างจากการนำเข้าไฟล์ “schools_cp874.csv”" in page
