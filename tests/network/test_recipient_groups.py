"""Recipient groups resolved to each channel's addresses, once per address."""

import pytest
from django.urls import reverse
from django.utils import timezone

from prachasan.network.models import MediaKind, NetworkKind, NetworkScope, RecipientSource
from prachasan.network.selectors import (
    Recipient,
    recipient_group_preview,
    recipient_group_resolve,
)

from .factories import (
    CommitteeFactory,
    CommitteeMemberFactory,
    DepartmentFactory,
    MediaContactFactory,
    NetworkMemberFactory,
    PersonFactory,
    RecipientGroupFactory,
    RecipientRuleFactory,
    SchoolClusterFactory,
    SchoolFactory,
)

pytestmark = pytest.mark.django_db


def _group(office, *rules: dict):
    group = RecipientGroupFactory(office=office)
    for order, rule in enumerate(rules):
        RecipientRuleFactory(group=group, sort_order=order, **rule)
    return group


def _addresses(group, channel: str) -> list[str]:
    return [
        recipient.address for recipient in recipient_group_resolve(group=group, channel=channel)
    ]


@pytest.fixture
def other_office(office):
    """The demo office, whose full registries must never leak into another office's groups."""
    return office


@pytest.fixture
def schools(fresh_office, other_office):
    north = SchoolClusterFactory(office=fresh_office, name="ศูนย์เหนือ")
    south = SchoolClusterFactory(office=fresh_office, name="ศูนย์ใต้")
    return {
        "north": north,
        "a": SchoolFactory(
            office=fresh_office,
            cluster=north,
            name="โรงเรียนเอ",
            director_name="นายเอ",
            phone="042 000 001",
            director_phone="081-111-1111",
            email="A@school.example",
            line_id="SchoolA",
        ),
        "b": SchoolFactory(
            office=fresh_office,
            cluster=south,
            name="โรงเรียนบี",
            director_name="นางบี",
            phone="0822222222",
            director_phone="",
            email="a@school.example",  # the same mailbox as school A
            line_id="",
        ),
        "closed": SchoolFactory(
            office=fresh_office,
            cluster=north,
            is_active=False,
            director_phone="0833333333",
            email="closed@school.example",
        ),
        "elsewhere": SchoolFactory(
            office=other_office, director_phone="0844444444", email="other@school.example"
        ),
    }


def test_school_directors_per_channel(fresh_office, schools):
    group = _group(fresh_office, {"source": RecipientSource.SCHOOL_DIRECTORS})
    sms = recipient_group_resolve(group=group, channel="sms")
    assert sms == [
        Recipient(
            name="นายเอ",
            organisation="โรงเรียนเอ",
            address="0811111111",
            source=RecipientSource.SCHOOL_DIRECTORS,
            pk=schools["a"].pk,
        )
    ]
    # One e-mail for the mailbox two schools share; inactive and other offices left out.
    assert _addresses(group, "email") == ["a@school.example"]
    assert _addresses(group, "line") == ["schoola"]


def test_schools_own_contacts_and_cluster_filter(fresh_office, schools):
    group = _group(fresh_office, {"source": RecipientSource.SCHOOLS})
    # School A's number is a fixed line: no SMS reaches it.
    assert _addresses(group, "sms") == ["0822222222"]
    north_only = _group(
        fresh_office, {"source": RecipientSource.SCHOOLS, "cluster": schools["north"]}
    )
    assert _addresses(north_only, "email") == ["a@school.example"]
    assert _addresses(north_only, "sms") == []


def test_media_filters_and_anonymised_contacts(fresh_office, other_office):
    MediaContactFactory(
        office=fresh_office,
        kind=MediaKind.RADIO,
        province="ขอนแก่น",
        phone="0891234567",
        email="radio@x.th",
    )
    MediaContactFactory(
        office=fresh_office,
        kind=MediaKind.NEWSPAPER,
        province="ขอนแก่น",
        email="paper@x.th",
        line_id="@paper",
    )
    MediaContactFactory(
        office=fresh_office, kind=MediaKind.RADIO, province="อุดรธานี", email="far@x.th"
    )
    MediaContactFactory(
        office=fresh_office, kind=MediaKind.RADIO, is_active=False, email="old@x.th"
    )
    MediaContactFactory(
        office=fresh_office,
        kind=MediaKind.RADIO,
        email="gone@x.th",
        anonymised_at=timezone.now(),
    )
    MediaContactFactory(office=other_office, kind=MediaKind.RADIO, email="other@x.th")

    everyone = _group(fresh_office, {"source": RecipientSource.MEDIA})
    assert sorted(_addresses(everyone, "email")) == ["far@x.th", "paper@x.th", "radio@x.th"]
    assert _addresses(everyone, "line") == ["@paper"]
    radio_here = _group(
        fresh_office,
        {"source": RecipientSource.MEDIA, "media_kind": MediaKind.RADIO, "province": "ขอนแก่น"},
    )
    assert _addresses(radio_here, "email") == ["radio@x.th"]
    assert _addresses(radio_here, "sms") == ["0891234567"]


def test_network_members_only_on_the_channels_they_accept(fresh_office):
    both = NetworkMemberFactory(
        office=fresh_office,
        kind=NetworkKind.BUSINESS,
        email="shop@x.th",
        phone="0861234567",
        line_id="shop",
        accepts_email=True,
        accepts_sms=False,
        accepts_line=True,
    )
    NetworkMemberFactory(
        office=fresh_office, kind=NetworkKind.SCHOOL, email="teacher@x.th", accepts_email=True
    )
    NetworkMemberFactory(
        office=fresh_office, email="left@x.th", accepts_email=True, is_active=False
    )
    NetworkMemberFactory(
        office=fresh_office,
        email="erased@x.th",
        accepts_email=True,
        anonymised_at=timezone.now(),
    )
    NetworkMemberFactory(office=fresh_office, email="quiet@x.th", accepts_email=False)

    everyone = _group(fresh_office, {"source": RecipientSource.NETWORK})
    assert sorted(_addresses(everyone, "email")) == ["shop@x.th", "teacher@x.th"]
    assert _addresses(everyone, "sms") == []
    assert recipient_group_resolve(group=everyone, channel="line")[0].pk == both.pk
    external = _group(
        fresh_office, {"source": RecipientSource.NETWORK, "network_scope": NetworkScope.EXTERNAL}
    )
    assert _addresses(external, "email") == ["shop@x.th"]
    schools_only = _group(
        fresh_office, {"source": RecipientSource.NETWORK, "network_kind": NetworkKind.SCHOOL}
    )
    assert _addresses(schools_only, "email") == ["teacher@x.th"]


def test_staff_of_a_department(fresh_office):
    department = DepartmentFactory(office=fresh_office)
    PersonFactory(
        office=fresh_office,
        department=department,
        email="One@Office.th",
        phone_mobile="0871111111",
    )
    PersonFactory(office=fresh_office, department=department, email="", phone_mobile="")
    PersonFactory(office=fresh_office, email="elsewhere@office.th")
    group = _group(fresh_office, {"source": RecipientSource.STAFF, "department": department})
    assert _addresses(group, "email") == ["one@office.th"]
    assert _addresses(group, "sms") == ["0871111111"]
    assert _addresses(group, "line") == []
    everyone = _group(fresh_office, {"source": RecipientSource.STAFF})
    assert "elsewhere@office.th" in _addresses(everyone, "email")


def test_committee_members(fresh_office):
    committee = CommitteeFactory(office=fresh_office)
    staff = PersonFactory(office=fresh_office, email="chair@office.th", phone_mobile="0881111111")
    CommitteeMemberFactory(committee=committee, person=staff, sort_order=0)
    CommitteeMemberFactory(committee=committee, name="นายนอก", phone="0882222222", sort_order=1)
    CommitteeMemberFactory(committee=committee, name="นายบ้าน", phone="02 123 4567", sort_order=2)
    CommitteeMemberFactory(
        committee=committee, name="ลบแล้ว", phone="0883333333", anonymised_at=timezone.now()
    )
    group = _group(fresh_office, {"source": RecipientSource.COMMITTEE, "committee": committee})
    assert _addresses(group, "sms") == ["0881111111", "0882222222"]
    assert _addresses(group, "email") == ["chair@office.th"]
    assert recipient_group_resolve(group=group, channel="sms")[1].name == "นายนอก"


def test_dedupe_across_sources_and_preview(fresh_office, schools):
    NetworkMemberFactory(
        office=fresh_office,
        email="a@SCHOOL.example",
        phone="+66 81 111 1111",
        accepts_email=True,
        accepts_sms=True,
    )
    group = _group(
        fresh_office,
        {"source": RecipientSource.SCHOOL_DIRECTORS},
        {"source": RecipientSource.NETWORK},
    )
    sms = recipient_group_resolve(group=group, channel="sms")
    assert [(r.address, r.source) for r in sms] == [
        ("0811111111", RecipientSource.SCHOOL_DIRECTORS)
    ]
    assert _addresses(group, "email") == ["a@school.example"]
    assert recipient_group_preview(group=group) == {"email": 1, "sms": 1, "line": 1}


def test_unknown_channel_is_an_error(fresh_office):
    with pytest.raises(ValueError):
        recipient_group_resolve(group=_group(fresh_office), channel="fax")


def test_queries_do_not_grow_with_recipients(fresh_office, django_assert_max_num_queries):
    committee = CommitteeFactory(office=fresh_office)
    department = DepartmentFactory(office=fresh_office)
    for number in range(30):
        SchoolFactory(
            office=fresh_office, director_phone=f"08{number:08d}", email=f"s{number}@x.th"
        )
        MediaContactFactory(office=fresh_office, email=f"m{number}@x.th")
        NetworkMemberFactory(office=fresh_office, email=f"n{number}@x.th", accepts_email=True)
        person = PersonFactory(office=fresh_office, department=department, email=f"p{number}@x.th")
        CommitteeMemberFactory(committee=committee, person=person)
    group = _group(
        fresh_office,
        {"source": RecipientSource.SCHOOL_DIRECTORS},
        {"source": RecipientSource.SCHOOLS},
        {"source": RecipientSource.MEDIA},
        {"source": RecipientSource.NETWORK},
        {"source": RecipientSource.STAFF, "department": department},
        {"source": RecipientSource.COMMITTEE, "committee": committee},
    )
    # One query for the selections, one per selection.
    with django_assert_max_num_queries(7):
        emails = recipient_group_resolve(group=group, channel="email")
    assert len(emails) == 120  # schools and directors share the school's mailbox
    with django_assert_max_num_queries(7):
        assert recipient_group_preview(group=group)["sms"] == 30


def test_admin_shows_whom_a_group_reaches(client, login, fresh_office, schools):
    from prachasan.offices.services import user_role_assign

    group = _group(fresh_office, {"source": RecipientSource.SCHOOL_DIRECTORS})
    pr = login("pr")
    # Registry lists show the offices one works for: make pr a PR officer there too.
    user_role_assign(user=pr, office=fresh_office, role="pr_officer")
    listing = client.get(reverse("wagtailsnippets_network_recipientgroup:list")).content.decode()
    preview_url = reverse("network_recipient_group_preview", args=[group.pk])
    assert preview_url in listing
    html = client.get(preview_url).content.decode()
    assert "0811111111" in html and "a@school.example" in html and "schoola" in html
    assert "SMS: 1" in html
    login("editor")
    # Refused: no permission on recipient groups, and no role in that office (404).
    assert client.get(preview_url).status_code in (302, 403, 404)
