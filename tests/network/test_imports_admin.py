"""Import through the admin as the PR officer: upload, preview, confirm, then the import's
status while the task worker (immediate in tests) writes it."""

import ast
import inspect
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from prachasan.network import import_views
from prachasan.network.models import MediaContact, RegistryImport, School
from prachasan.network.wagtail_hooks import MediaContactViewSet, SchoolViewSet

from .factories import MediaContactFactory

pytestmark = pytest.mark.django_db

FILES = Path(__file__).parent / "files"
SCHOOLS_LIST = "/admin/snippets/network/school/"
MEDIA_LIST = "/admin/snippets/network/mediacontact/"


def _upload(client, registry: str, name: str, data: bytes | None = None):
    data = (FILES / name).read_bytes() if data is None else data
    return client.post(
        reverse("network_import", args=[registry]), {"file": SimpleUploadedFile(name, data)}
    )


def _registry_import(response) -> str:
    match = re.search(r'name="registry_import" value="(\d+)"', response.content.decode())
    assert match, "the preview has no confirm form"
    return match.group(1)


def _confirm(client, registry: str, registry_import: str, run=None):
    """Confirm the import; with ``run`` (the on-commit capture) the task runs at once."""
    url = reverse("network_import_confirm", args=[registry])
    if run is None:
        return client.post(url, {"registry_import": registry_import})
    with run(execute=True):
        return client.post(url, {"registry_import": registry_import})


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


def test_csv_upload_preview_then_confirm(client, login, django_capture_on_commit_callbacks):
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

    pk = _registry_import(response)
    response = _confirm(client, "schools", pk, run=django_capture_on_commit_callbacks)

    status_url = reverse("network_import_status", args=["schools", pk])
    assert response.status_code == 302
    assert response.url == status_url
    assert School.objects.count() == before + 6
    status = client.get(status_url).content.decode()
    assert 'data-import-status="done"' in status
    assert "นำเข้าเสร็จแล้ว" in status
    assert "นำเข้าแล้ว: เพิ่มใหม่ 6 รายการ ปรับปรุง 0 รายการ ไม่เปลี่ยนแปลง 0 รายการ" in status
    assert "สร้างศูนย์เครือข่ายสถานศึกษา 2 ศูนย์" in status
    assert 'http-equiv="refresh"' not in status  # finished: no more reloading
    # The upload page lists it among the recent imports.
    upload = client.get(reverse("network_import", args=["schools"])).content.decode()
    assert status_url in upload and "schools_utf8.csv" in upload


def test_the_status_shows_a_confirmed_import_waiting_for_the_worker(client, login):
    login("pr")
    before = School.objects.count()
    pk = _registry_import(_upload(client, "schools", "schools_cp874.csv"))
    # Inside the test transaction nothing is committed, so the task is never queued.
    response = _confirm(client, "schools", pk)
    assert response.status_code == 302
    status = client.get(response.url).content.decode()
    assert 'data-import-status="waiting"' in status
    assert "รอนำเข้า" in status
    assert 'http-equiv="refresh"' in status
    assert School.objects.count() == before
    # It cannot be confirmed twice.
    again = _confirm(client, "schools", pk)
    assert again.url == reverse("network_import", args=["schools"])


def test_an_import_that_fails_in_the_worker_shows_why(
    client, login, office, django_capture_on_commit_callbacks
):
    login("pr")
    text = (
        "ชื่อสื่อ/สำนัก,ประเภทสื่อ,ผู้ติดต่อ,ตำแหน่ง,โทรศัพท์,อีเมล,LINE ID\n"
        "หนังสือพิมพ์ใต้ฟ้า,หนังสือพิมพ์,นายชาญ ศรีใต้,,081-000-8401,chan@taifa.example.co.th,\n"
        "สถานีวิทยุใต้ฟ้า,วิทยุ,นางสาวดาว ศรีใต้,,081-000-8402,dao@taifa.example.co.th,\n"
    )
    pk = _registry_import(_upload(client, "media", "taifa.csv", text.encode()))
    # Between the preview and the import, two contacts are entered: row 2 matches both.
    MediaContactFactory(office=office, email="chan@taifa.example.co.th")
    MediaContactFactory(office=office, phone="0810008401")
    before = MediaContact.objects.count()

    response = _confirm(client, "media", pk, run=django_capture_on_commit_callbacks)

    status = client.get(response.url).content.decode()
    assert 'data-import-status="failed"' in status
    assert "นำเข้าไม่สำเร็จ" in status
    assert "ไม่ได้นำเข้าข้อมูลใด ๆ" in status
    assert "แถวนี้ตรงกับรายการในทะเบียนมากกว่าหนึ่งรายการ" in status
    assert re.search(r"<td>2</td>\s*<td>—</td>", status)
    assert MediaContact.objects.count() == before  # not even the good row
    assert RegistryImport.objects.get(pk=pk).table == {}


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
    assert 'name="registry_import"' not in page
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


def test_only_the_uploader_confirms_an_import(client, login):
    login("pr")
    pk = _registry_import(_upload(client, "schools", "schools_cp874.csv"))
    client.logout()
    login("admin")
    before = School.objects.count()
    for registry_import in (pk, "", "x", "999999"):
        response = _confirm(client, "schools", registry_import)
        assert response.status_code == 302
        assert response.url == reverse("network_import", args=["schools"])
    assert School.objects.count() == before
    assert RegistryImport.objects.get(pk=pk).status == RegistryImport.Status.PREVIEWED


def test_another_offices_import_status_is_not_shown(client, login, fresh_office):
    done = RegistryImport.objects.create(
        office=fresh_office,
        registry="schools",
        file_name="ของสำนักงานอื่น.csv",
        status=RegistryImport.Status.DONE,
    )
    login("pr")
    assert (
        client.get(reverse("network_import_status", args=["schools", done.pk])).status_code == 404
    )
    assert (
        "ของสำนักงานอื่น"
        not in client.get(reverse("network_import", args=["schools"])).content.decode()
    )


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


def test_the_import_shows_in_each_school_history(client, login, django_capture_on_commit_callbacks):
    login("pr")
    pk = _registry_import(_upload(client, "schools", "schools_cp874.csv"))
    _confirm(client, "schools", pk, run=django_capture_on_commit_callbacks)
    school = School.objects.get(code="1099910001")
    history = client.get(reverse("wagtailsnippets_network_school:history", args=[school.pk]))
    page = history.content.decode()
    assert "นำเข้าจากไฟล์" in page
    assert "สร้างจากการนำเข้าไฟล์ “schools_cp874.csv”" in page


def test_the_registry_listings_are_declared_on_their_viewsets():
    """The school and media viewsets name their listing views themselves; import_views
    does not reach back into wagtail_hooks to patch them (an import cycle)."""
    tree = ast.parse(inspect.getsource(import_views))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "wagtail_hooks" not in imported
    assert vars(SchoolViewSet)["index_view_class"] is import_views.SchoolIndexView
    assert vars(MediaContactViewSet)["index_view_class"] is import_views.MediaContactIndexView
