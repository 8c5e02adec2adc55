"""Personal-data requests (PDPA): an administrator finds a person across the registries,
hands over an export or erases the data, and every look at personal data is logged."""

import datetime
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from prachasan.network.models import (
    Committee,
    CommitteeMember,
    CommitteeRole,
    MediaContact,
    MediaKind,
    NetworkApplication,
    NetworkKind,
    NetworkMember,
    Order,
    School,
)
from prachasan.network.privacy import (
    ACTION_ERASE,
    ACTION_EXPORT,
    ACTION_VIEW,
    ERASED_NAME,
    personal_data_erase,
    personal_data_erase_plan,
    personal_data_export,
    personal_data_find,
    personal_data_summary,
)
from prachasan.network.privacy_views import PersonalDataViewLogMixin
from prachasan.offices.models import Person, RoleGroup

pytestmark = pytest.mark.django_db

EMAIL = "kanyarat.subject@example.com"
PHONE = "089-555-0123"
NAME = "กัญญารัตน์ ทดลองลบ"
SEARCH_URL = "network_personal_data:search"


@pytest.fixture
def subject(office):
    """One person known to the office under several registries, some only by telephone."""
    person = Person.objects.create(
        office=office,
        title="นางสาว",
        first_name="กัญญารัตน์",
        last_name="ทดลองลบ",
        position="นักวิชาการศึกษาปฏิบัติการ",
        email=EMAIL,
        phone_mobile="0895550123",
    )
    media = MediaContact.objects.create(
        office=office,
        outlet="หนังสือพิมพ์ทดสอบรายวัน",
        kind=MediaKind.NEWSPAPER,
        contact_name=NAME,
        email=EMAIL.upper(),
    )
    member = NetworkMember.objects.create(
        office=office,
        kind=NetworkKind.COMMUNITY,
        organisation="ชมรมทดสอบสัมพันธ์",
        contact_name=NAME,
        phone="+66 89 555 0123",
    )
    staff_member = NetworkMember.objects.create(
        office=office,
        kind=NetworkKind.STAFF,
        organisation="กลุ่มส่งเสริมการจัดการศึกษา",
        contact_name=NAME,
        person=person,
        email="kanyarat.work@example.go.th",
    )
    application = NetworkApplication.objects.create(
        office=office,
        kind=NetworkKind.COMMUNITY,
        organisation="ชมรมทดสอบสัมพันธ์",
        contact_name=NAME,
        email=EMAIL,
    )
    order = Order.objects.create(
        office=office,
        number=901,
        be_year=2569,
        date=datetime.date(2026, 9, 1),
        subject="แต่งตั้งคณะทำงานทดสอบ",
        signer_name="ผู้ลงนาม",
        signer_position="ผู้อำนวยการ",
    )
    appointed = Committee.objects.create(office=office, name="คณะทำงานตามคำสั่ง", order=order)
    seat = CommitteeMember.objects.create(
        committee=appointed, role=CommitteeRole.MEMBER_SECRETARY, person=person
    )
    informal = Committee.objects.create(office=office, name="คณะทำงานไม่มีคำสั่ง")
    informal_seat = CommitteeMember.objects.create(
        committee=informal, role=CommitteeRole.MEMBER, name=NAME, phone="089 555 0123"
    )
    return {
        "person": person,
        "media": media,
        "member": member,
        "staff_member": staff_member,
        "application": application,
        "seat": seat,
        "informal_seat": informal_seat,
    }


def _snapshot(office) -> dict:
    """Every registry row of the office, as values, to show that nothing else changed."""
    querysets = {
        "people": Person.objects.filter(office=office),
        "media": MediaContact.objects.filter(office=office),
        "members": NetworkMember.objects.filter(office=office),
        "applications": NetworkApplication.objects.filter(office=office),
        "seats": CommitteeMember.objects.filter(committee__office=office),
        "committees": Committee.objects.filter(office=office),
        "orders": Order.objects.filter(office=office),
        "schools": School.objects.filter(office=office),
    }
    return {name: list(qs.order_by("pk").values()) for name, qs in querysets.items()}


def test_find_matches_by_email_or_telephone_across_registries(office, subject):
    found = personal_data_find(office=office, email=EMAIL, phone=PHONE)
    assert set(found) == set(subject.values())
    # A staff entry brings the records linked to it: its network entry and committee seats.
    linked = {subject[key] for key in ("person", "staff_member", "seat")}
    by_email = personal_data_find(office=office, email=EMAIL.title())
    assert set(by_email) == linked | {subject["media"], subject["application"]}
    by_phone = personal_data_find(office=office, phone="๐๘๙ ๕๕๕ ๐๑๒๓")  # Thai digits
    assert set(by_phone) == linked | {subject["member"], subject["informal_seat"]}
    assert personal_data_find(office=office, email="nobody@example.com") == []
    assert personal_data_find(office=office) == []


def test_export_holds_every_record_and_is_logged(office, subject):
    admin = get_user_model().objects.get(username="admin")
    export = personal_data_export(office=office, email=EMAIL, phone=PHONE, user=admin)
    json.dumps(export)  # what is handed over is plain JSON
    assert len(export["records"]) == len(subject)
    registries = {record["registry"] for record in export["records"]}
    assert registries == {
        "offices.person",
        "network.mediacontact",
        "network.networkmember",
        "network.networkapplication",
        "network.committeemember",
    }
    seat = next(r for r in export["records"] if r.get("committee") == "คณะทำงานตามคำสั่ง")
    assert seat["order"].startswith("901/2569")
    summary = personal_data_summary(export)
    assert "หนังสือพิมพ์ทดสอบรายวัน" in summary and EMAIL in summary
    exports = ModelLogEntry.objects.filter(action=ACTION_EXPORT, user=admin)
    assert exports.count() == len(subject)


def test_erase_deletes_what_it_can_and_anonymises_the_order(office, subject):
    admin = get_user_model().objects.get(username="admin")
    log(subject["media"], "wagtail.edit", user=admin)  # an earlier entry titled with the name
    others_before = _snapshot(office)

    report = personal_data_erase(
        office=office, email=EMAIL, phone=PHONE, user=admin, reason="คำขอลบข้อมูล ลงวันที่ 1"
    )

    assert report.count == len(subject)
    seat = CommitteeMember.objects.get(pk=subject["seat"].pk)
    assert seat.role == CommitteeRole.MEMBER_SECRETARY
    assert (seat.name, seat.display_name, seat.phone) == (ERASED_NAME, ERASED_NAME, "")
    assert seat.person is None and seat.anonymised_at is not None
    assert seat.display_position == "นักวิชาการศึกษาปฏิบัติการ"  # the post stays on the order
    assert len(report.anonymised) == 1
    for key in ("person", "media", "member", "staff_member", "application", "informal_seat"):
        record = subject[key]
        assert not type(record).objects.filter(pk=record.pk).exists(), key

    # Nothing else of the office changed.
    after = _snapshot(office)
    gone = {
        "people": {subject["person"].pk},
        "media": {subject["media"].pk},
        "members": {subject["member"].pk, subject["staff_member"].pk},
        "applications": {subject["application"].pk},
        "seats": {subject["seat"].pk, subject["informal_seat"].pk},
    }
    for name, rows in others_before.items():
        kept = [row for row in rows if row["id"] not in gone.get(name, set())]
        assert [row for row in after[name] if name != "seats" or row["id"] != seat.pk] == kept

    # Every record's erasure is logged, with the reason, and no log keeps the name.
    erased = ModelLogEntry.objects.filter(action=ACTION_ERASE, user=admin)
    assert erased.count() == len(subject)
    assert {entry.data["reason"] for entry in erased} == {"คำขอลบข้อมูล ลงวันที่ 1"}
    assert not ModelLogEntry.objects.filter(label__contains="กัญญารัตน์").exists()
    assert personal_data_find(office=office, email=EMAIL, phone=PHONE) == []


def test_erase_needs_a_reason(office, subject):
    admin = get_user_model().objects.get(username="admin")
    with pytest.raises(ValueError):
        personal_data_erase(office=office, email=EMAIL, user=admin, reason="  ")
    assert MediaContact.objects.filter(pk=subject["media"].pk).exists()


@pytest.mark.parametrize("username", ["pr", "editor"])
def test_only_administrators_reach_the_screens(client, login, office, subject, username):
    login(username)
    # Wagtail turns the refusal into a redirect to the dashboard with a message.
    assert client.get(reverse(SEARCH_URL)).status_code in (302, 403)
    for name in (SEARCH_URL, "network_personal_data:export", "network_personal_data:erase"):
        response = client.post(reverse(name), {"email": EMAIL, "reason": "x", "confirm": "1"})
        assert response.status_code in (302, 403)
    assert MediaContact.objects.filter(pk=subject["media"].pk).exists()
    assert not ModelLogEntry.objects.filter(action__startswith="network.personal_data").exists()
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(SEARCH_URL) not in menu


def test_the_office_administrator_group_reaches_the_screens(client, office):
    user = get_user_model().objects.create_user("office-admin", password="x")
    user.groups.add(RoleGroup.objects.get(office=office, role="administrator").group)
    client.force_login(user)
    response = client.get(reverse(SEARCH_URL))
    assert response.status_code == 200
    assert reverse(SEARCH_URL) in client.get(reverse("wagtailadmin_home")).content.decode()


def test_an_administrator_searches_exports_and_erases(client, login, office, subject):
    admin = login("admin")
    response = client.post(reverse(SEARCH_URL), {"email": EMAIL, "phone": PHONE})
    assert response.status_code == 200
    assert "หนังสือพิมพ์ทดสอบรายวัน" in response.content.decode()
    assert ModelLogEntry.objects.filter(action=ACTION_VIEW, user=admin).count() == len(subject)

    response = client.post(
        reverse("network_personal_data:export"), {"email": EMAIL, "phone": PHONE, "format": "json"}
    )
    assert response["Content-Disposition"].startswith("attachment;")
    assert len(json.loads(response.content)["records"]) == len(subject)
    response = client.post(
        reverse("network_personal_data:export"), {"email": EMAIL, "format": "text"}
    )
    assert "หนังสือพิมพ์ทดสอบรายวัน" in response.content.decode()

    erase_url = reverse("network_personal_data:erase")
    confirmation = client.post(erase_url, {"email": EMAIL, "phone": ""})
    assert confirmation.status_code == 200
    assert 'name="reason"' in confirmation.content.decode()
    no_reason = client.post(erase_url, {"email": EMAIL, "phone": "", "confirm": "1"})
    assert no_reason.status_code == 200
    assert MediaContact.objects.filter(pk=subject["media"].pk).exists()

    done = client.post(
        erase_url, {"email": EMAIL, "phone": "", "confirm": "1", "reason": "ตามคำขอทางอีเมล"}
    )
    assert done.status_code == 200
    assert not MediaContact.objects.filter(pk=subject["media"].pk).exists()
    assert ModelLogEntry.objects.filter(action=ACTION_ERASE, user=admin).exists()


def test_opening_a_media_contact_is_logged_in_the_site_history(client, login, office):
    contact = MediaContact.objects.filter(office=office).first()
    pr = login("pr")
    edit_url = reverse("wagtailsnippets_network_mediacontact:edit", args=[contact.pk])
    assert client.get(edit_url).status_code == 200

    entry = ModelLogEntry.objects.get(
        action=ACTION_VIEW,
        user=pr,
        content_type=ContentType.objects.get_for_model(MediaContact),
        object_id=str(contact.pk),
    )
    assert entry.timestamp > timezone.now() - datetime.timedelta(minutes=1)

    history = client.get(
        reverse("wagtailadmin_reports:site_history"), {"action": ACTION_VIEW}
    ).content.decode()
    assert contact.outlet in history
    object_history = client.get(
        reverse("wagtailsnippets_network_mediacontact:history", args=[contact.pk])
    )
    assert object_history.status_code == 200
    assert "pr" in object_history.content.decode()

    login("admin")
    history = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert contact.outlet in history


def test_a_refused_editor_leaves_no_view_entry(client, login, office):
    contact = MediaContact.objects.filter(office=office).first()
    login("editor")
    edit_url = reverse("wagtailsnippets_network_mediacontact:edit", args=[contact.pk])
    assert client.get(edit_url).status_code in (302, 403)
    assert not ModelLogEntry.objects.filter(action=ACTION_VIEW).exists()


def test_opening_a_committee_or_a_staff_entry_is_logged(client, login, office):
    admin = login("admin")
    committee = Committee.objects.filter(office=office).exclude(order=None).first()
    person = Person.objects.filter(office=office).first()
    client.get(reverse("wagtailsnippets_network_committee:edit", args=[committee.pk]))
    client.get(reverse("wagtailsnippets_offices_person:edit", args=[person.pk]))
    logged = ModelLogEntry.objects.filter(action=ACTION_VIEW, user=admin)
    assert {entry.label for entry in logged} == {committee.name, person.full_name}


def test_an_inspect_view_with_the_mixin_logs_the_view(rf, office, subject):
    """Inspect views are not covered by the edit hook; the mixin logs them."""
    admin = get_user_model().objects.get(username="admin")
    viewset = NetworkApplication.snippet_viewset
    inspect = viewset.inspect_view_class
    assert issubclass(inspect, PersonalDataViewLogMixin)
    request = rf.get("/")
    request.user = admin
    response = viewset.construct_view(inspect)(request, pk=subject["application"].pk)
    assert response.status_code == 200
    entry = ModelLogEntry.objects.get(action=ACTION_VIEW, user=admin)
    assert entry.object_id == str(subject["application"].pk)
    assert entry.data["source"] == "inspect"


def test_opening_an_application_is_logged(client, login, office):
    pr = login("pr")
    application = NetworkApplication.objects.filter(office=office).first()
    url = reverse("wagtailsnippets_network_networkapplication:inspect", args=[application.pk])
    assert client.get(url).status_code == 200
    entry = ModelLogEntry.objects.get(action=ACTION_VIEW, user=pr)
    assert entry.object_id == str(application.pk)


# -- school directors, staff accounts, the erase plan -----------------------------------

DIRECTOR_PHONE = "086-555-0199"


@pytest.fixture
def school(office):
    """A school whose director asks to be erased; the school's own contacts are the school's."""
    return School.objects.create(
        office=office,
        code="1099990199",
        name="โรงเรียนบ้านทดลองลบ",
        district="อำเภอทดสอบ",
        director_name="นายสมชาย ผู้อำนวยการ",
        director_phone=DIRECTOR_PHONE,
        phone="074000199",
        email="school0199@example.go.th",
    )


def test_a_school_director_is_found_exported_and_erased_but_the_school_stays(office, school):
    admin = get_user_model().objects.get(username="admin")
    assert personal_data_find(office=office, phone="๐๘๖๕๕๕๐๑๙๙") == [school]
    # The school's own e-mail and telephone are not the director's.
    assert personal_data_find(office=office, email="school0199@example.go.th") == []
    assert personal_data_find(office=office, phone="074000199") == []

    export = personal_data_export(office=office, phone=DIRECTOR_PHONE, user=admin)
    [record] = export["records"]
    assert record["registry"] == "network.school"
    assert record["registry_label"] == "ผู้อำนวยการโรงเรียน"
    assert [entry["name"] for entry in record["fields"]] == [
        "code",
        "name",
        "director_name",
        "director_phone",
    ]
    assert "นายสมชาย ผู้อำนวยการ" in personal_data_summary(export)

    log(school, "wagtail.edit", user=admin)
    report = personal_data_erase(
        office=office, phone=DIRECTOR_PHONE, user=admin, reason="คำขอของผู้อำนวยการ"
    )

    assert report.anonymised == ["ผู้อำนวยการโรงเรียนบ้านทดลองลบ"]
    assert report.deleted == []
    after = School.objects.get(pk=school.pk)
    assert (after.director_name, after.director_phone) == ("", "")
    assert (after.code, after.name, after.phone, after.email, after.district) == (
        school.code,
        school.name,
        school.phone,
        school.email,
        school.district,
    )
    entry = ModelLogEntry.objects.get(action=ACTION_ERASE, object_id=str(school.pk))
    assert entry.data["result"] == "anonymised"
    # The school's earlier history keeps the school's name: it is not the director's.
    edit = ModelLogEntry.objects.get(action="wagtail.edit", object_id=str(school.pk))
    assert edit.label == school.name
    assert personal_data_find(office=office, phone=DIRECTOR_PHONE) == []


def test_erasing_a_staff_member_deactivates_their_account(office, subject):
    admin = get_user_model().objects.get(username="admin")
    account = get_user_model().objects.create_user(
        "kanyarat.s",
        password="x",
        first_name="กัญญารัตน์",
        last_name="ทดลองลบ",
        email=EMAIL,
    )
    subject["person"].user = account
    subject["person"].save(update_fields=["user"])

    report = personal_data_erase(office=office, email=EMAIL, user=admin, reason="ตามคำขอ")

    account.refresh_from_db()
    assert not account.is_active
    assert (account.first_name, account.last_name, account.email) == ("", "", "")
    assert not account.has_usable_password()
    assert report.accounts_deactivated == [f"บัญชีผู้ใช้ #{account.pk}"]
    entry = ModelLogEntry.objects.get(
        action=ACTION_ERASE,
        content_type=ContentType.objects.get_for_model(Person),
        object_id=str(subject["person"].pk),
    )
    assert entry.data["account_deactivated"] == account.pk
    assert not Person.objects.filter(pk=subject["person"].pk).exists()


def test_a_staff_entry_that_must_stay_is_marked_anonymised(office, fresh_office, subject):
    admin = get_user_model().objects.get(username="admin")
    account = get_user_model().objects.create_user("kanyarat.k", email=EMAIL)
    person = subject["person"]
    person.user = account
    person.save(update_fields=["user"])
    # Another office's network keeps the staff member: the entry cannot be deleted.
    NetworkMember.objects.create(
        office=fresh_office,
        kind=NetworkKind.STAFF,
        organisation="สำนักงานทดสอบ",
        contact_name="ผู้ประสานงาน",
        person=person,
    )

    report = personal_data_erase(office=office, email=EMAIL, user=admin, reason="ตามคำขอ")

    person.refresh_from_db()
    assert person.anonymised_at is not None
    assert (person.first_name, person.last_name, person.email, person.phone_mobile) == (
        ERASED_NAME,
        "",
        "",
        "",
    )
    assert f"บุคลากร #{person.pk}" in report.anonymised
    account.refresh_from_db()
    assert not account.is_active and account.email == ""
    assert report.accounts_deactivated == [f"บัญชีผู้ใช้ #{account.pk}"]


def test_the_plan_shown_before_erasing_is_what_the_erasure_does(office, subject, school):
    admin = get_user_model().objects.get(username="admin")
    school.director_phone = PHONE
    school.save(update_fields=["director_phone"])
    plan = personal_data_erase_plan(office=office, email=EMAIL, phone=PHONE)
    assert {item.record for item in plan} == {*subject.values(), school}
    kept = {item.record: item.reason for item in plan if item.keep}
    assert set(kept) == {subject["seat"], school}
    assert kept[subject["seat"]] == "คำสั่งที่ 901/2569 ยังคงที่นั่งนี้ไว้ โดยไม่มีข้อมูลของบุคคล"
    # The staff entry is pointed to only by records that go with it: it can be deleted.
    person = next(item for item in plan if item.record == subject["person"])
    assert not person.keep

    report = personal_data_erase(office=office, email=EMAIL, phone=PHONE, user=admin, reason="x")

    assert report.anonymised == [item.label for item in plan if item.keep]
    assert report.deleted == [item.label for item in plan if not item.keep]


def test_the_erase_confirmation_shows_each_record_and_what_will_happen(
    client, login, office, subject
):
    account = get_user_model().objects.create_user("kanyarat.w", email=EMAIL)
    subject["person"].user = account
    subject["person"].save(update_fields=["user"])
    login("admin")

    response = client.post(reverse("network_personal_data:erase"), {"email": EMAIL, "phone": PHONE})

    html = response.content.decode()
    assert response.status_code == 200
    rows = re.findall(r'<tr data-erase="(\w+)">(.*?)</tr>', html, re.S)
    assert len(rows) == len(subject)
    actions = {}
    for action, cells in rows:
        registry = re.search(r"<td>(.*?)</td>", cells, re.S).group(1).strip()
        actions.setdefault(registry, []).append((action, cells))
    assert [action for action, _cells in actions["ทะเบียนสื่อมวลชน"]] == ["delete"]
    seats = actions["คณะกรรมการ"]
    assert sorted(action for action, _cells in seats) == ["anonymise", "delete"]
    anonymised_seat = next(cells for action, cells in seats if action == "anonymise")
    assert "เก็บไว้โดยไม่ระบุตัวบุคคล" in anonymised_seat
    assert "คำสั่งที่ 901/2569 ยังคงที่นั่งนี้ไว้" in anonymised_seat
    [(action, person_cells)] = actions["บุคลากร"]
    assert action == "delete"
    assert "บัญชีผู้ใช้ “kanyarat.w” จะถูกปิดการใช้งาน" in person_cells
    # Nothing is erased until the administrator confirms with a reason.
    assert MediaContact.objects.filter(pk=subject["media"].pk).exists()
    assert get_user_model().objects.get(pk=account.pk).is_active


# -- edit screens of every registry that holds a person's data ---------------------------


@pytest.mark.parametrize(
    ("model", "url_name"),
    [
        (School, "wagtailsnippets_network_school:edit"),
        (MediaContact, "wagtailsnippets_network_mediacontact:edit"),
        (NetworkMember, "wagtailsnippets_network_networkmember:edit"),
    ],
)
def test_opening_a_school_media_contact_or_member_is_logged(client, login, office, model, url_name):
    """A school's edit screen shows its director's name and telephone."""
    record = model.objects.filter(office=office).first()
    pr = login("pr")
    assert client.get(reverse(url_name, args=[record.pk])).status_code == 200
    entry = ModelLogEntry.objects.get(
        action=ACTION_VIEW,
        user=pr,
        content_type=ContentType.objects.get_for_model(model),
        object_id=str(record.pk),
    )
    assert entry.data["source"] == "edit"


@pytest.mark.parametrize(
    ("model", "url_name", "fields"),
    [
        (School, "wagtailsnippets_network_school:edit", {"code": "5555555555", "name": "รร."}),
        (
            MediaContact,
            "wagtailsnippets_network_mediacontact:edit",
            {"outlet": "สื่ออื่น", "kind": MediaKind.RADIO, "contact_name": "ผู้ติดต่ออื่น"},
        ),
        (
            Person,
            "wagtailsnippets_offices_person:edit",
            {"first_name": "บุคลากร", "last_name": "สำนักงานอื่น"},
        ),
    ],
)
def test_another_offices_entry_refused_leaves_no_view_entry(
    client, login, fresh_office, model, url_name, fields
):
    """Nothing was shown, so nothing is logged as seen."""
    record = model.objects.create(office=fresh_office, **fields)
    login("pr")
    assert client.get(reverse(url_name, args=[record.pk])).status_code in (302, 403, 404)
    assert not ModelLogEntry.objects.filter(action=ACTION_VIEW).exists()
