"""The demo registries look like a real office's, and loading them twice changes nothing."""

import pytest

from prachasan.demo import content
from prachasan.demo.registries import demo_registries_load
from prachasan.demo.services import demo_office_load
from prachasan.network.models import (
    Committee,
    CommitteeMember,
    CommitteeRole,
    MediaContact,
    MediaKind,
    NetworkApplication,
    NetworkMember,
    NetworkScope,
    Order,
    RecipientGroup,
    School,
    SchoolCluster,
)
from prachasan.network.personal_data import LegalBasis
from prachasan.offices.models import Department, Office, Person

pytestmark = pytest.mark.django_db


@pytest.fixture
def office():
    return Office.objects.get(short_name_th="สพป.ตัวอย่าง เขต 1")


def _counts():
    models = [
        School,
        SchoolCluster,
        MediaContact,
        NetworkMember,
        NetworkApplication,
        Order,
        Committee,
        CommitteeMember,
        RecipientGroup,
    ]
    return {model.__name__: model.objects.count() for model in models}


def _people_by_key(office):
    by_email = {person.email: person for person in Person.objects.filter(office=office)}
    return {staff["key"]: by_email[staff["email"]] for staff in content.STAFF}


def test_second_load_creates_nothing(office):
    before = _counts()
    created = demo_registries_load(office=office, people=_people_by_key(office), users={})
    assert set(created.values()) == {0}
    demo_office_load()
    assert _counts() == before


def test_schools_in_clusters(office):
    schools = School.objects.filter(office=office)
    assert 110 <= schools.count() <= 130
    assert SchoolCluster.objects.filter(office=office).count() == 8
    assert not schools.filter(cluster=None).exists()
    assert schools.values("district").distinct().count() >= 5
    assert all(len(code) == 10 for code in schools.values_list("code", flat=True))
    assert schools.exclude(line_id="").count() >= 20


def test_every_registry_entry_passes_the_forms_checks(office):
    """Telephone numbers, school codes and e-mails are what an officer could type in."""
    registries = [
        School.objects.filter(office=office),
        MediaContact.objects.filter(office=office),
        NetworkMember.objects.filter(office=office),
        NetworkApplication.objects.filter(office=office),
    ]
    for queryset in registries:
        for record in queryset:
            record.full_clean()
    for seat in CommitteeMember.objects.filter(committee__office=office):
        seat.full_clean(exclude=["committee"])


def test_media_registry_covers_every_kind(office):
    media = MediaContact.objects.filter(office=office)
    assert media.count() == 20
    kinds = set(media.values_list("kind", flat=True))
    assert kinds == set(MediaKind.values) - {MediaKind.OTHER}
    assert not media.filter(contact_name="").exists()
    # Media keep their data by consent, given at a known moment.
    assert not media.exclude(pdpa_legal_basis=LegalBasis.CONSENT).exists()
    assert not media.filter(pdpa_consent_at=None).exists()


def test_network_inside_and_outside(office):
    members = list(NetworkMember.objects.filter(office=office))
    assert 20 <= len(members) <= 30
    internal = [m for m in members if m.scope == NetworkScope.INTERNAL]
    external = [m for m in members if m.scope == NetworkScope.EXTERNAL]
    assert len(internal) >= 8 and len(external) >= 10
    assert len({m.kind for m in external}) == 5
    assert all(m.pdpa_legal_basis == LegalBasis.PUBLIC_TASK for m in internal)
    assert all(m.pdpa_consent_at for m in external)
    assert all(m.accepts_email or m.accepts_sms or m.accepts_line for m in members)


def test_applications_wait_for_the_pr_officer(office):
    applications = NetworkApplication.objects.filter(office=office)
    assert applications.filter(status=NetworkApplication.Status.PENDING).count() == 4
    declined = applications.get(status=NetworkApplication.Status.DECLINED)
    assert declined.decline_reason
    assert declined.decided_by.username == "pr"


def test_the_two_orders_and_their_committees(office):
    area_director = Person.objects.get(office=office, rank=Person.Rank.AREA_DIRECTOR)
    network = Committee.objects.get(office=office, order__number=295, order__be_year=2569)
    seats = list(network.members.select_related("person"))
    assert 30 <= len(seats) <= 42
    chair = [s for s in seats if s.role == CommitteeRole.CHAIR]
    assert [s.person for s in chair] == [area_director]
    assert sum(s.role == CommitteeRole.VICE_CHAIR for s in seats) == 2
    directors = {s.person for s in seats if s.person and s.person.rank == "department_director"}
    assert len(directors) == Department.objects.filter(office=office).count()
    assert sum(1 for s in seats if s.school_id) == 8
    secretary = next(s for s in seats if s.role == CommitteeRole.MEMBER_SECRETARY)
    assert secretary.person.user.username == "pr"

    web = Committee.objects.get(office=office, order__number=62)
    editors = [s for s in web.members.select_related("person") if s.role == CommitteeRole.MEMBER]
    assert {s.person.department_id for s in editors} == set(
        Department.objects.filter(office=office).values_list("pk", flat=True)
    )
    for order in Order.objects.filter(office=office):
        assert order.preamble and order.signer_name == area_director.full_name


def test_recipient_groups(office):
    groups = {g.name: g for g in RecipientGroup.objects.filter(office=office)}
    assert set(groups) == {
        "ผู้อำนวยการโรงเรียนทุกแห่ง",
        "สื่อมวลชนจังหวัด",
        "เครือข่ายภายนอกที่รับข่าวทางอีเมล",
    }
    media_rule = groups["สื่อมวลชนจังหวัด"].rules.get()
    assert (media_rule.source, media_rule.province) == ("media", "จังหวัดตัวอย่าง")
    network_rule = groups["เครือข่ายภายนอกที่รับข่าวทางอีเมล"].rules.get()
    assert network_rule.network_scope == NetworkScope.EXTERNAL
