"""Reads of the registries of the PR network."""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.contrib.auth.models import AbstractUser
from django.db.models import QuerySet

from prachasan.offices.models import LINE_USER_ID, Office, Person

from .models import (
    CommitteeMember,
    MediaContact,
    NetworkApplication,
    NetworkKind,
    NetworkMember,
    NetworkScope,
    RecipientGroup,
    RecipientRule,
    RecipientSource,
    RegistryImport,
    School,
)
from .validators import is_mobile, phone_normalize

# ---------- Recipient groups: who receives something, per channel ----------

CHANNELS = ("email", "sms", "line")


@dataclass(frozen=True)
class Recipient:
    """One address of one channel, and whom it reaches."""

    name: str
    organisation: str
    address: str
    source: str
    pk: int


def _email(value: str) -> str:
    return (value or "").strip().lower()


def _mobile(value: str) -> str:
    # SMS reaches mobiles only; an extension ("ต่อ 101") never belongs to one.
    number = phone_normalize(value or "").split(" ")[0]
    return number if is_mobile(number) else ""


def _line(value: str) -> str:
    # A LINE user ID ("U" and 32 hex digits, what a multicast is addressed to) is kept as
    # it is; a LINE ID a person chose ("@School") is not case-sensitive.
    value = (value or "").strip()
    return value if re.match(LINE_USER_ID, value) else value.lower()


# For each source: the rows a rule selects, and each channel's address of a row.
Addresses = dict[str, Callable[[object], str]]


def _school_rows(rule: RecipientRule, office_id: int) -> QuerySet:
    schools = School.objects.filter(office_id=office_id, is_active=True)
    if rule.cluster_id:
        schools = schools.filter(cluster_id=rule.cluster_id)
    return schools.only(
        "pk", "name", "director_name", "phone", "director_phone", "email", "line_id"
    )


def _media_rows(rule: RecipientRule, office_id: int) -> QuerySet:
    contacts = MediaContact.objects.filter(
        office_id=office_id, is_active=True, anonymised_at__isnull=True
    )
    if rule.media_kind:
        contacts = contacts.filter(kind=rule.media_kind)
    if rule.province:
        contacts = contacts.filter(province__iexact=rule.province.strip())
    return contacts


def _network_rows(rule: RecipientRule, office_id: int) -> QuerySet:
    members = NetworkMember.objects.filter(
        office_id=office_id, is_active=True, anonymised_at__isnull=True
    )
    if rule.network_scope:
        internal = [NetworkKind.SCHOOL, NetworkKind.STAFF]
        if rule.network_scope == NetworkScope.INTERNAL:
            members = members.filter(kind__in=internal)
        else:
            members = members.exclude(kind__in=internal)
    if rule.network_kind:
        members = members.filter(kind=rule.network_kind)
    return members


def _staff_rows(rule: RecipientRule, office_id: int) -> QuerySet:
    people = Person.objects.filter(office_id=office_id)
    if rule.department_id:
        people = people.filter(department_id=rule.department_id)
    return people


def _committee_rows(rule: RecipientRule, office_id: int) -> QuerySet:
    if not rule.committee_id:
        return CommitteeMember.objects.none()
    return (
        CommitteeMember.objects.filter(
            committee_id=rule.committee_id,
            committee__office_id=office_id,
            anonymised_at__isnull=True,
        )
        .select_related("person")
        .order_by("sort_order")
    )


def _committee_mobile(member: CommitteeMember) -> str:
    return _mobile(member.phone) or (_mobile(member.person.phone_mobile) if member.person else "")


SOURCES: dict[str, tuple[Callable[[RecipientRule, int], QuerySet], Callable, Addresses]] = {
    RecipientSource.SCHOOL_DIRECTORS: (
        _school_rows,
        lambda school: (school.director_name, school.name),
        {
            "email": lambda school: _email(school.email),
            "sms": lambda school: _mobile(school.director_phone),
            "line": lambda school: _line(school.line_id),
        },
    ),
    RecipientSource.SCHOOLS: (
        _school_rows,
        lambda school: (school.name, school.name),
        {
            "email": lambda school: _email(school.email),
            "sms": lambda school: _mobile(school.phone),
            "line": lambda school: _line(school.line_id),
        },
    ),
    RecipientSource.MEDIA: (
        _media_rows,
        lambda contact: (contact.contact_name or contact.outlet, contact.outlet),
        {
            "email": lambda contact: _email(contact.email),
            "sms": lambda contact: _mobile(contact.phone),
            "line": lambda contact: _line(contact.line_id),
        },
    ),
    RecipientSource.NETWORK: (
        _network_rows,
        lambda member: (member.contact_name, member.organisation),
        {
            # Only the channels the member said they accept.
            "email": lambda member: _email(member.email) if member.accepts_email else "",
            "sms": lambda member: _mobile(member.phone) if member.accepts_sms else "",
            "line": lambda member: _line(member.line_id) if member.accepts_line else "",
        },
    ),
    RecipientSource.STAFF: (
        _staff_rows,
        lambda person: (person.full_name, person.position),
        {
            "email": lambda person: _email(person.email),
            "sms": lambda person: _mobile(person.phone_mobile),
            "line": lambda person: "",
        },
    ),
    RecipientSource.COMMITTEE: (
        _committee_rows,
        lambda member: (member.display_name, member.display_position),
        {
            "email": lambda member: _email(member.person.email) if member.person else "",
            "sms": _committee_mobile,
            "line": lambda member: "",
        },
    ),
}


def _recipients(*, group: RecipientGroup, channels: Iterable[str]) -> dict[str, list[Recipient]]:
    """One query for the rules and one per rule, whatever the number of recipients."""
    found: dict[str, dict[str, Recipient]] = {channel: {} for channel in channels}
    for rule in group.rules.all():
        select, describe, addresses = SOURCES[rule.source]
        for row in select(rule, group.office_id):
            name, organisation = describe(row)
            for channel, by_address in found.items():
                address = addresses[channel](row)
                if address and address not in by_address:
                    by_address[address] = Recipient(
                        name=name or "",
                        organisation=organisation or "",
                        address=address,
                        source=rule.source,
                        pk=row.pk,
                    )
    return {channel: list(by_address.values()) for channel, by_address in found.items()}


def recipient_group_resolve(*, group: RecipientGroup, channel: str) -> list[Recipient]:
    """The group's recipients on one channel ("email", "sms" or "line"): one per address,
    in the order of the group's selections, without empty or anonymised entries."""
    if channel not in CHANNELS:
        raise ValueError(f"Unknown channel {channel!r}; expected one of {CHANNELS}.")
    return _recipients(group=group, channels=[channel])[channel]


def recipient_group_resolve_all(*, group: RecipientGroup) -> dict[str, list[Recipient]]:
    """The group's recipients on every channel, with the queries of one."""
    return _recipients(group=group, channels=CHANNELS)


def recipient_group_preview(*, group: RecipientGroup) -> dict[str, int]:
    """How many addresses the group reaches on each channel."""
    return {
        channel: len(recipients)
        for channel, recipients in recipient_group_resolve_all(group=group).items()
    }


# ---------- Network applications ----------


def network_applications_pending(*, user: AbstractUser) -> QuerySet[NetworkApplication]:
    """Applications waiting for a decision in the offices where the user has a role
    (every office for a superuser)."""
    applications = NetworkApplication.objects.filter(status=NetworkApplication.Status.PENDING)
    if not user.is_superuser:
        offices = Office.objects.filter(role_groups__group__user=user)
        applications = applications.filter(office__in=offices)
    return applications.order_by("submitted_at")


# ---------- Registry imports ----------


def registry_imports_recent(
    *, office: Office, registry: str, limit: int = 5
) -> QuerySet[RegistryImport]:
    """The office's latest confirmed imports of one registry, newest first."""
    return (
        RegistryImport.objects.filter(office=office, registry=registry)
        .exclude(status=RegistryImport.Status.PREVIEWED)
        .select_related("uploaded_by")[:limit]
    )
