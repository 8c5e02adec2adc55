"""On an install with several offices, the Office menu's screens (people, departments,
office closures) show and offer only the records of the offices the user works for."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import NoReverseMatch, reverse
from wagtail.log_actions import log

from prachasan.offices.models import Department, Office, OfficeClosure, Person, RoleGroup
from prachasan.offices.services import user_role_assign
from prachasan.site.services import office_site_create

pytestmark = pytest.mark.django_db

SECRET = "ลับเฉพาะสำนักงานอื่น"
OTHER_NAME = "สำนักงานเขตพื้นที่การศึกษาลับ"
# Wagtail's views of one record besides edit and delete (inspect only where enabled).
RECORD_VIEWS = ("inspect", "history", "history_results", "usage", "copy")
MODELS = (Person, Department, OfficeClosure)


@pytest.fixture
def office(db) -> Office:
    """The demo office."""
    return Office.objects.get(site__is_default_site=True)


@pytest.fixture
def other_office(db) -> Office:
    _site, office, _pages = office_site_create(
        hostname="secret-office.example.go.th", name_th=OTHER_NAME, short_name_th="สพป.ลับ"
    )
    return office


@pytest.fixture
def administrator(office):
    """An administrator of the demo office only: may work on people, departments and
    closures, but is no superuser."""
    user = get_user_model().objects.create_user("admin-demo-office", password="x")
    user_role_assign(user=user, office=office, role=RoleGroup.Role.ADMINISTRATOR)
    return user


@pytest.fixture
def secrets(other_office) -> dict:
    """One record of each kind in the other office, each named with the secret."""
    department = Department.objects.create(
        office=other_office, key="secret", name=f"กลุ่ม{SECRET}", short_name="กลุ่มลับ"
    )
    records = {
        Person: Person.objects.create(
            office=other_office,
            first_name=f"สมศรี{SECRET}",
            last_name="ทดสอบ",
            department=department,
            phone_mobile="0810000009",
        ),
        Department: department,
        OfficeClosure: OfficeClosure.objects.create(
            office=other_office, date=datetime.date(2031, 1, 2), name=f"ปิด{SECRET}"
        ),
    }
    for record in records.values():
        log(record, "wagtail.edit", title=str(record))
    return records


def _own_record(model, office):
    """A record of the demo office, first in its listing."""
    if model is OfficeClosure:
        return OfficeClosure.objects.create(
            office=office, date=datetime.date(2031, 1, 3), name="ปิดทำการของสำนักงานนี้"
        )
    return model.objects.filter(office=office).first()


def _name(record) -> str:
    return record.first_name if isinstance(record, Person) else record.name


def _list_url(model) -> str:
    return reverse(model.snippet_viewset.get_url_name("list"))


@pytest.mark.parametrize("model", MODELS)
def test_listings_show_only_the_users_offices(client, administrator, secrets, office, model):
    own = _own_record(model, office)
    client.force_login(administrator)
    html = "".join(
        client.get(_list_url(model), query).content.decode()
        # Searched for by part of the secret: the search box repeats the words searched.
        for query in ({}, {"q": SECRET[3:]}, {"office": secrets[model].office_id})
    )
    assert SECRET not in html
    # The filters offer neither the other office nor its departments.
    assert OTHER_NAME not in html and "สพป.ลับ" not in html
    assert _name(own) in html


def test_a_pr_officer_lists_only_their_offices_people(client, login, secrets):
    login("pr")
    html = client.get(_list_url(Person), {"q": SECRET[3:]}).content.decode()
    html += client.get(_list_url(OfficeClosure)).content.decode()
    assert SECRET not in html


@pytest.mark.parametrize("model", MODELS)
def test_another_offices_record_is_not_shown_by_url(client, administrator, secrets, model):
    record = secrets[model]
    viewset = model.snippet_viewset
    client.force_login(administrator)
    for name in RECORD_VIEWS:
        try:
            url = reverse(viewset.get_url_name(name), args=[record.pk])
        except NoReverseMatch:
            continue
        response = client.get(url)
        assert response.status_code == 404, url
        assert SECRET not in response.content.decode(), url
    for name in ("edit", "delete"):
        response = client.get(reverse(viewset.get_url_name(name), args=[record.pk]))
        assert response.status_code in (302, 403, 404), name
        assert SECRET not in response.content.decode(), name
    client.post(reverse(viewset.get_url_name("delete"), args=[record.pk]))
    assert model.objects.filter(pk=record.pk).exists()


@pytest.mark.parametrize("model", (Person, Department))
def test_choosers_offer_only_the_users_offices(client, administrator, secrets, office, model):
    record = secrets[model]
    own = model.objects.filter(office=office).first()
    chooser = model.snippet_viewset.chooser_viewset
    chosen = chooser.get_url_name("chosen")
    client.force_login(administrator)
    html = client.get(reverse(chooser.get_url_name("choose"))).content.decode()
    assert SECRET not in html
    # Searched for by name (which the "no results" message repeats), the record is not
    # offered: no link chooses it.
    found = client.get(reverse(chooser.get_url_name("choose_results")), {"q": _name(record)})
    assert reverse(chosen, args=[record.pk]) not in found.content.decode()
    assert client.get(reverse(chosen, args=[record.pk])).status_code == 404
    assert client.get(reverse(chosen, args=[own.pk])).status_code == 200
    multiple = client.get(
        reverse(chooser.get_url_name("chosen_multiple")), {"id": [record.pk, own.pk]}
    )
    assert [item["id"] for item in multiple.json()["result"]] == [str(own.pk)]


@pytest.mark.parametrize("model", MODELS)
def test_own_offices_records_still_open(client, administrator, secrets, office, model):
    own = _own_record(model, office)
    viewset = model.snippet_viewset
    client.force_login(administrator)
    for name in ("edit", "history", "usage", "copy"):
        url = reverse(viewset.get_url_name(name), args=[own.pk])
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize("model", MODELS)
def test_a_superuser_sees_every_office(client, login, secrets, model):
    record = secrets[model]
    viewset = model.snippet_viewset
    login("admin")
    edit_url = reverse(viewset.get_url_name("edit"), args=[record.pk])
    listing = client.get(_list_url(model), {"q": SECRET[3:]}).content.decode()
    assert edit_url in listing
    for name in ("edit", "history", "usage"):
        url = reverse(viewset.get_url_name(name), args=[record.pk])
        assert client.get(url).status_code == 200, url
    if model is not OfficeClosure:
        chooser = viewset.chooser_viewset
        found = client.get(reverse(chooser.get_url_name("choose_results")), {"q": _name(record)})
        assert reverse(chooser.get_url_name("chosen"), args=[record.pk]) in found.content.decode()
