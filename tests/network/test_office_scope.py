"""On an install with several offices, a PR officer's registry lists show only their own."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import NoReverseMatch, reverse
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Site

from prachasan.network.models import (
    Committee,
    MediaContact,
    MediaKind,
    NetworkApplication,
    NetworkKind,
    NetworkMember,
    Order,
    RecipientGroup,
    School,
    SchoolCluster,
)
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


SECRET = "ลับเฉพาะสำนักงานอื่น"
# Wagtail's views of one record besides edit and delete; inspect is enabled only where a
# registry has it (network applications).
RECORD_VIEWS = ("inspect", "history", "history_results", "usage", "copy")


@pytest.fixture
def other_office(db) -> Office:
    call_command("create_office", "fifth.example.go.th", name="สำนักงานเขตที่ห้า", short_name="สพป.ห้า")
    return Office.for_site(Site.objects.get(hostname="fifth.example.go.th"))


def _records_of(office: Office) -> list:
    """One record of each registry, each named with the secret."""
    contact = {"contact_name": f"ผู้ติดต่อ{SECRET}", "phone": "0810000001"}
    order = Order.objects.create(
        office=office,
        number=1,
        be_year=2569,
        date=datetime.date(2026, 1, 5),
        subject=f"คำสั่ง{SECRET}",
        signer_name="ผู้ลงนาม",
        signer_position="ผู้อำนวยการ",
    )
    records = [
        School.objects.create(office=office, code="7777777777", name=f"โรงเรียน{SECRET}"),
        SchoolCluster.objects.create(office=office, name=f"ศูนย์{SECRET}"),
        MediaContact.objects.create(
            office=office, outlet=f"สื่อ{SECRET}", kind=MediaKind.RADIO, **contact
        ),
        NetworkMember.objects.create(
            office=office, kind=NetworkKind.BUSINESS, organisation=f"ร้าน{SECRET}", **contact
        ),
        NetworkApplication.objects.create(
            office=office, kind=NetworkKind.COMMUNITY, organisation=f"ชมรม{SECRET}", **contact
        ),
        RecipientGroup.objects.create(office=office, name=f"กลุ่ม{SECRET}"),
        order,
        Committee.objects.create(office=office, name=f"คณะกรรมการ{SECRET}", order=order),
    ]
    for record in records:
        log(record, "wagtail.edit", title=str(record))
    return records


def test_another_offices_record_is_not_shown_by_url(client, login, other_office):
    records = _records_of(other_office)
    login("pr")
    tried = set()
    for record in records:
        viewset = type(record).snippet_viewset
        for name in RECORD_VIEWS:
            try:
                url = reverse(viewset.get_url_name(name), args=[record.pk])
            except NoReverseMatch:
                continue
            tried.add(name)
            response = client.get(url)
            assert response.status_code == 404, url
            assert SECRET not in response.content.decode(), url
    assert tried == set(RECORD_VIEWS)


def test_another_offices_application_cannot_be_inspected(client, login, other_office):
    application = NetworkApplication.objects.create(
        office=other_office,
        kind=NetworkKind.COMMUNITY,
        organisation=f"ชมรม{SECRET}",
        contact_name="สมศรี ทดสอบ",
        email="somsri@example.com",
    )
    own = NetworkApplication.objects.exclude(office=other_office).first()
    login("pr")
    response = client.get(
        reverse("wagtailsnippets_network_networkapplication:inspect", args=[application.pk])
    )
    assert response.status_code == 404
    assert SECRET not in response.content.decode()
    # Nothing was shown, so nothing is logged as seen.
    assert not ModelLogEntry.objects.filter(
        object_id=str(application.pk), action="network.personal_data.view"
    ).exists()
    url = reverse("wagtailsnippets_network_networkapplication:inspect", args=[own.pk])
    assert client.get(url).status_code == 200


def test_own_offices_record_views_still_work(client, login, office):
    school = School.objects.filter(office=office).first()
    login("pr")
    viewset = School.snippet_viewset
    for name in ("history", "usage", "copy"):
        url = reverse(viewset.get_url_name(name), args=[school.pk])
        assert client.get(url).status_code == 200, url


def test_choosers_offer_only_the_users_offices(client, login, other_office):
    school, cluster = _records_of(other_office)[:2]
    own = School.objects.exclude(office=other_office).first()
    login("pr")
    chooser = School.snippet_viewset.chooser_viewset
    listing = client.get(reverse(chooser.get_url_name("choose")))
    assert listing.status_code == 200
    html = listing.content.decode()
    results = client.get(reverse(chooser.get_url_name("choose_results")), {"q": "โรงเรียน"})
    assert SECRET not in html + results.content.decode()
    chosen = chooser.get_url_name("chosen")
    assert client.get(reverse(chosen, args=[school.pk])).status_code == 404
    assert client.get(reverse(chosen, args=[own.pk])).status_code == 200
    multiple = client.get(
        reverse(chooser.get_url_name("chosen_multiple")), {"id": [school.pk, own.pk]}
    )
    assert [item["id"] for item in multiple.json()["result"]] == [str(own.pk)]
    cluster_chooser = SchoolCluster.snippet_viewset.chooser_viewset
    html = client.get(reverse(cluster_chooser.get_url_name("choose"))).content.decode()
    assert SECRET not in html
