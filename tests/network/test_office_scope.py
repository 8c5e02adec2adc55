"""On an install with several offices, a PR officer's registry lists show only their own."""

import pytest
from django.core.management import call_command
from wagtail.models import Site

from prachasan.network.models import School
from prachasan.offices.models import Office

pytestmark = pytest.mark.django_db


def test_registry_lists_show_only_the_users_office(client, login):
    call_command("create_office", "other.example.go.th", name="สำนักงานเขตอื่น", short_name="สพป.อื่น")
    other = Office.for_site(Site.objects.get(hostname="other.example.go.th"))
    School.objects.create(office=other, code="9999999999", name="โรงเรียนของสำนักงานอื่น")
    own = School.objects.exclude(office=other).first()

    login("pr")
    html = client.get("/admin/snippets/network/school/?q=" + "โรงเรียน").content.decode()
    html_all = client.get("/admin/snippets/network/school/").content.decode()
    assert "โรงเรียนของสำนักงานอื่น" not in html + html_all
    assert own.name in html_all or own.code in html_all


@pytest.mark.parametrize(
    "url,query",
    [
        ("/admin/snippets/network/school/", "บ้าน"),
        ("/admin/snippets/network/mediacontact/", "วิทยุ"),
        ("/admin/snippets/network/networkmember/", "องค์การ"),
        ("/admin/snippets/offices/person/", "สม"),
        ("/admin/snippets/offices/department/", "กลุ่ม"),
    ],
)
def test_registry_search_finds_thai_inside_words(client, login, url, query):
    login("admin")
    response = client.get(url, {"q": query})
    assert response.status_code == 200


def test_school_search_finds_a_word_inside_a_name(client, login):
    login("pr")
    school = School.objects.filter(name__contains="หนอง").first()
    html = client.get("/admin/snippets/network/school/", {"q": "หนอง"}).content.decode()
    assert school.name in html


def test_another_offices_entry_cannot_be_edited_or_deleted(client, login):
    call_command(
        "create_office", "third.example.go.th", name="สำนักงานเขตที่สาม", short_name="สพป.สาม"
    )
    other = Office.for_site(Site.objects.get(hostname="third.example.go.th"))
    school = School.objects.create(office=other, code="8888888888", name="โรงเรียนสำนักงานที่สาม")
    login("pr")
    edit = client.get(f"/admin/snippets/network/school/edit/{school.pk}/")
    assert edit.status_code in (302, 403)
    client.post(f"/admin/snippets/network/school/delete/{school.pk}/")
    assert School.objects.filter(pk=school.pk).exists()
    own = School.objects.exclude(office=other).first()
    assert client.get(f"/admin/snippets/network/school/edit/{own.pk}/").status_code == 200


def test_the_office_field_offers_only_the_users_offices(client, login):
    call_command("create_office", "fourth.example.go.th", name="สำนักงานเขตที่สี่", short_name="สพป.สี่")
    other = Office.for_site(Site.objects.get(hostname="fourth.example.go.th"))
    login("pr")
    form = client.get("/admin/snippets/network/mediacontact/add/").context["form"]
    offices = set(form.fields["office"].queryset)
    assert other not in offices
    assert offices
