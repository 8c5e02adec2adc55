"""A data subject's rights under the PDPA: find, export and erase everything an office
holds about one person, matched by e-mail or telephone across the registries.

Erasure deletes what nothing official needs. A record that an appointment order or
another record still points to is anonymised instead: the order keeps the role it
appointed, not the person's name or contacts. A school director's name and telephone are
removed from the school, which stays. A staff member's user account is deactivated.
The administrator sees, record by record, what will happen before confirming
(``personal_data_erase_plan``); the erasure follows that plan.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import models, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import LogContext, log
from wagtail.models import ModelLogEntry, ReferenceIndex

from prachasan.offices.models import Office, Person, RoleGroup
from prachasan.thai.dates import format_thai_date, format_thai_datetime

from .models import (
    Committee,
    CommitteeMember,
    MediaContact,
    NetworkApplication,
    NetworkMember,
    School,
)
from .validators import phone_normalize

ACTION_VIEW = "network.personal_data.view"
ACTION_EXPORT = "network.personal_data.export"
ACTION_ERASE = "network.personal_data.erase"

ERASED_NAME = "ข้อมูลถูกลบตามคำขอ"

# Fields left out of an export: the office itself, and keys that say nothing about the person.
_NOT_EXPORTED = {"id", "office", "sort_order"}
# A school's own address, telephone and e-mail are the school's, not its director's: the
# export of a school holds only what identifies it and what is about the director.
_SCHOOL_DIRECTOR_FIELDS = ("code", "name", "director_name", "director_phone")


@dataclass
class ErasureReport:
    """What an erasure did, record by record (labels carry no personal data)."""

    reason: str
    deleted: list[str] = field(default_factory=list)
    anonymised: list[str] = field(default_factory=list)
    accounts_deactivated: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.deleted) + len(self.anonymised)


def personal_data_admin_allowed(*, user, office: Office) -> bool:
    """Only administrators handle data-subject requests: superusers and the office's
    administrator group."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return RoleGroup.objects.filter(
        office=office, role=RoleGroup.Role.ADMINISTRATOR, group__user=user
    ).exists()


def _phone_matches(rows, phone: str, *fields: str) -> list[int]:
    """Primary keys of rows whose telephone, as typed, is ``phone`` once normalised.
    Numbers are typed with any separators, so they are compared in Python."""
    return [
        row["pk"]
        for row in rows.values("pk", *fields)
        if any(row[name] and phone_normalize(row[name]) == phone for name in fields)
    ]


def _matching(queryset, *, email: str, phone: str, email_field: str | None, phone_fields):
    condition = models.Q(pk__in=[])
    if email and email_field:
        condition |= models.Q(**{f"{email_field}__iexact": email})
    if phone:
        condition |= models.Q(pk__in=_phone_matches(queryset, phone, *phone_fields))
    return condition


def personal_data_find(*, office: Office, email: str = "", phone: str = "") -> list[models.Model]:
    """Every record of the office about the person with this e-mail or telephone: staff
    entries, media contacts, network members and applications, committee memberships.
    Records linked to a match (a staff member's committee seats) are included."""
    email = (email or "").strip()
    phone = phone_normalize(phone or "")
    if not email and not phone:
        return []

    people_qs = Person.objects.filter(office=office)
    people = list(
        people_qs.filter(
            _matching(
                people_qs,
                email=email,
                phone=phone,
                email_field="email",
                phone_fields=("phone_mobile", "phone_office"),
            )
        ).order_by("pk")
    )

    media_qs = MediaContact.objects.filter(office=office)
    media = list(
        media_qs.filter(
            _matching(
                media_qs, email=email, phone=phone, email_field="email", phone_fields=("phone",)
            )
        ).order_by("pk")
    )

    members_qs = NetworkMember.objects.filter(office=office)
    members = list(
        members_qs.filter(
            _matching(
                members_qs, email=email, phone=phone, email_field="email", phone_fields=("phone",)
            )
            | models.Q(person__in=people)
        ).order_by("pk")
    )

    applications_qs = NetworkApplication.objects.filter(office=office)
    applications = list(
        applications_qs.filter(
            _matching(
                applications_qs,
                email=email,
                phone=phone,
                email_field="email",
                phone_fields=("phone",),
            )
            | models.Q(member__in=members)
        ).order_by("pk")
    )

    seats_qs = CommitteeMember.objects.filter(committee__office=office)
    seats = list(
        seats_qs.filter(
            _matching(seats_qs, email="", phone=phone, email_field=None, phone_fields=("phone",))
            | models.Q(person__in=people)
        )
        .select_related("committee__order", "person", "school")
        .order_by("committee_id", "sort_order", "pk")
    )

    # The registry keeps no director's e-mail; the school's own e-mail is not theirs.
    schools_qs = School.objects.filter(office=office)
    schools = list(
        schools_qs.filter(
            _matching(
                schools_qs,
                email="",
                phone=phone,
                email_field=None,
                phone_fields=("director_phone",),
            )
        ).order_by("pk")
    )
    return [*people, *media, *members, *applications, *seats, *schools]


# -- export -----------------------------------------------------------------------------


def _json_value(value):
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, models.Model):
        return str(value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _display(instance: models.Model, model_field, value) -> str | None:
    """How a value reads in Thai, where that differs from the stored value."""
    if model_field.choices and value:
        return str(getattr(instance, f"get_{model_field.name}_display")())
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, datetime.datetime):
        return format_thai_datetime(value)
    if isinstance(value, datetime.date):
        return format_thai_date(value)
    return None


def personal_data_registry_label(record: models.Model) -> str:
    """The registry a record belongs to, in the user's words: a seat is in "committees",
    a school is found as one of the "school directors"."""
    if isinstance(record, School):
        return _("school directors")
    model = Committee if isinstance(record, CommitteeMember) else type(record)
    return str(model._meta.verbose_name_plural)


def _record_export(instance: models.Model) -> dict:
    """One record as the data subject would read it: each field's Thai label and value."""
    meta = instance._meta
    fields = []
    for model_field in meta.concrete_fields:
        if model_field.name in _NOT_EXPORTED or model_field.primary_key:
            continue
        if isinstance(instance, School) and model_field.name not in _SCHOOL_DIRECTOR_FIELDS:
            continue
        value = getattr(instance, model_field.name)
        entry = {
            "name": model_field.name,
            "label": str(model_field.verbose_name),
            "value": _json_value(value),
        }
        display = _display(instance, model_field, value)
        if display is not None:
            entry["display"] = display
        fields.append(entry)
    record = {
        "registry": meta.label_lower,
        "registry_label": personal_data_registry_label(instance),
        "id": instance.pk,
        "title": str(instance) if not isinstance(instance, CommitteeMember) else "",
        "fields": fields,
    }
    if isinstance(instance, CommitteeMember):
        committee = instance.committee
        record["title"] = f"{committee.name}: {instance.get_role_display()}"
        record["committee"] = committee.name
        record["order"] = str(committee.order) if committee.order_id else ""
    return record


def _log_target(instance: models.Model) -> models.Model:
    """Committee seats have no admin page of their own: their history is the committee's."""
    return instance.committee if isinstance(instance, CommitteeMember) else instance


def personal_data_view_log(*, instances, user, source: str) -> None:
    """Record that staff saw these records' personal data (a search result, an edit page)."""
    with LogContext(user=user):
        for instance in instances:
            data = {"source": source}
            if isinstance(instance, CommitteeMember):
                data["committee_member"] = instance.pk
            log(_log_target(instance), ACTION_VIEW, user=user, data=data)


@transaction.atomic
def personal_data_export(*, office: Office, email: str = "", phone: str = "", user) -> dict:
    """Everything the office holds about the person, ready to hand over as JSON; logged."""
    records = personal_data_find(office=office, email=email, phone=phone)
    with translation.override("th"):
        export = {
            "office": office.name_th,
            "generated_at": timezone.localtime().isoformat(timespec="seconds"),
            "generated_by": user.get_username(),
            "request": {"email": email.strip(), "phone": phone_normalize(phone)},
            "records": [_record_export(record) for record in records],
        }
    with LogContext(user=user):
        for record in records:
            data = {"records": len(records)}
            if isinstance(record, CommitteeMember):
                data["committee_member"] = record.pk
            log(_log_target(record), ACTION_EXPORT, user=user, data=data)
    return export


def personal_data_summary(export: dict) -> str:
    """The export as plain Thai text, for a data subject who does not read JSON."""
    with translation.override("th"):
        moment = datetime.datetime.fromisoformat(export["generated_at"])
        lines = [
            _("Personal data held by %(office)s") % {"office": export["office"]},
            _("Prepared on %(date)s by %(user)s")
            % {"date": format_thai_datetime(moment), "user": export["generated_by"]},
            _("Matched by: e-mail %(email)s, telephone %(phone)s")
            % {
                "email": export["request"]["email"] or "-",
                "phone": export["request"]["phone"] or "-",
            },
            _("Records found: %(count)d") % {"count": len(export["records"])},
            "",
        ]
        for number, record in enumerate(export["records"], start=1):
            lines.append(f"{number}. {record['registry_label']}: {record['title']}")
            if record.get("order"):
                lines.append("   " + _("Appointed by order %(order)s") % {"order": record["order"]})
            for entry in record["fields"]:
                text = entry.get("display", entry["value"])
                if text not in ("", None):
                    lines.append(f"   {entry['label']}: {text}")
            lines.append("")
    return "\n".join(lines)


# -- erasure ----------------------------------------------------------------------------


@dataclass
class ErasurePlanItem:
    """What erasing will do to one record: delete it, or keep it anonymised and why."""

    record: models.Model
    keep: bool
    reason: str = ""  # why it is kept, in the user's words
    account: models.Model | None = None  # a staff entry's user account, deactivated

    @property
    def label(self) -> str:
        return _neutral_label(self.record)


def _neutral_label(instance: models.Model) -> str:
    """How the log and the report name an erased record: by kind and number, not by name."""
    if isinstance(instance, CommitteeMember):
        return _("committee seat #%(number)d, %(committee)s") % {
            "number": instance.pk,
            "committee": instance.committee.name,
        }
    if isinstance(instance, School):
        return _("director of %(school)s") % {"school": instance.name}
    return f"{instance._meta.verbose_name} #{instance.pk}"


def _account_label(account) -> str:
    return _("user account #%(number)d") % {"number": account.pk}


def _key(model: type[models.Model], pk) -> tuple[type[models.Model], str]:
    return model._meta.concrete_model, str(pk)


def _referrer_key(reference: ReferenceIndex) -> tuple[type[models.Model], str]:
    """The record a reference comes from: a child of the indexed object (a committee's
    member, "members.12.person") counts as itself, not as its parent."""
    model = reference.content_type.model_class()
    name, _dot, rest = reference.content_path.partition(".")
    child_pk = rest.partition(".")[0]
    try:
        relation = model._meta.get_field(name)
    except FieldDoesNotExist:
        relation = None
    if relation is not None and relation.one_to_many and child_pk.isdigit():
        return _key(relation.related_model, child_pk)
    return _key(model, reference.object_id)


def _referrers(instance: models.Model, erased: set) -> list[str]:
    """What still points to the record once the other records of the erasure are gone or
    anonymised (each drops its link to the person), in the user's words."""
    names = set()
    for relation in instance._meta.get_fields(include_hidden=True):
        if not (relation.is_relation and relation.auto_created and not relation.concrete):
            continue
        model = relation.related_model
        leaving = [pk for erased_model, pk in erased if erased_model is model._meta.concrete_model]
        related = model._base_manager.filter(**{relation.field.name: instance})
        if related.exclude(pk__in=leaving).exists():
            names.add(str(model._meta.verbose_name))
    references = ReferenceIndex.get_references_to(instance).select_related("content_type")
    for reference in references:
        if _referrer_key(reference) not in erased:
            names.add(str(reference.content_type.model_class()._meta.verbose_name))
    return sorted(names)


def _plan_item(record: models.Model, erased: set) -> ErasurePlanItem:
    if isinstance(record, NetworkApplication):
        return ErasurePlanItem(record=record, keep=False)
    if isinstance(record, School):
        return ErasurePlanItem(
            record=record,
            keep=True,
            reason=_(
                "The school stays in the registry; only its director's name and telephone "
                "are removed."
            ),
        )
    if isinstance(record, CommitteeMember):
        order = record.committee.order
        if order is None:
            return ErasurePlanItem(record=record, keep=False)
        return ErasurePlanItem(
            record=record,
            keep=True,
            reason=_("Appointment order %(order)s keeps the seat, without the person.")
            % {"order": order.reference},
        )
    account = record.user if isinstance(record, Person) and record.user_id else None
    referrers = _referrers(record, erased)
    if not referrers:
        return ErasurePlanItem(record=record, keep=False, account=account)
    return ErasurePlanItem(
        record=record,
        keep=True,
        reason=_("Still referred to by: %(referrers)s.") % {"referrers": ", ".join(referrers)},
        account=account,
    )


def personal_data_erase_plan(
    *, office: Office, email: str = "", phone: str = ""
) -> list[ErasurePlanItem]:
    """What erasing the person will do to each record, in the order it will be done."""
    records = personal_data_find(office=office, email=email, phone=phone)
    records.sort(key=lambda record: _ERASE_ORDER.index(type(record)))
    erased = {_key(type(record), record.pk) for record in records}
    return [_plan_item(record, erased) for record in records]


def _is_referenced(instance: models.Model) -> bool:
    """Does another row, or any page or snippet field, still point to this record?"""
    for relation in instance._meta.get_fields(include_hidden=True):
        if not (relation.is_relation and relation.auto_created and not relation.concrete):
            continue
        related = relation.related_model._base_manager.filter(**{relation.field.name: instance})
        if related.exists():
            return True
    return ReferenceIndex.get_references_to(instance).exists()


def _logs_scrub(instance: models.Model, label: str) -> None:
    """Earlier log entries are titled with the person's name: keep the entries, not the name."""
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
        object_id=str(instance.pk),
    ).update(label=label)


def _anonymise_seat(seat: CommitteeMember, now) -> None:
    seat.position = seat.display_position  # the order records the post, not the person
    seat.name = ERASED_NAME
    seat.person = None
    seat.phone = ""
    seat.anonymised_at = now
    seat.save(update_fields=["position", "name", "person", "phone", "anonymised_at"])


def _anonymise_member(member: NetworkMember, now) -> None:
    member.contact_name = ERASED_NAME
    for name in ("position", "phone", "email", "line_id", "address", "interests", "notes"):
        setattr(member, name, "")
    member.person = None
    member.accepts_email = member.accepts_sms = member.accepts_line = False
    member.is_active = False
    member.anonymised_at = now
    member.save()


def _anonymise_media(contact: MediaContact, now) -> None:
    contact.contact_name = ERASED_NAME
    for name in ("position", "phone", "email", "line_id", "address", "notes"):
        setattr(contact, name, "")
    contact.is_active = False
    contact.anonymised_at = now
    contact.save()


def _anonymise_school(school: School, now) -> None:
    # Blank rather than a label: lists and the phone directory show the school without a
    # director until the new one is entered.
    school.director_name = ""
    school.director_phone = ""
    school.save(update_fields=["director_name", "director_phone"])


def _anonymise_person(person: Person, now) -> None:
    person.title = ""
    person.first_name = ERASED_NAME
    for name in (
        "last_name",
        "first_name_en",
        "last_name_en",
        "phone_office",
        "phone_mobile",
        "email",
    ):
        setattr(person, name, "")
    person.photo = None
    person.is_listed = False
    person.show_photo = person.show_phone_office = False
    person.show_phone_mobile = person.show_email = False
    person.anonymised_at = now
    person.save()


def _account_deactivate(account) -> None:
    """The staff member's login goes with their data: it can no longer sign in, and its
    name and e-mail are removed. The account stays for the history it authored."""
    account.is_active = False
    account.first_name = account.last_name = account.email = ""
    account.set_unusable_password()
    account.save(update_fields=["is_active", "first_name", "last_name", "email", "password"])


# The order matters: seats and applications go first, so that what they pointed to is
# free to be deleted when nothing else needs it.
_ERASE_ORDER = (NetworkApplication, CommitteeMember, NetworkMember, MediaContact, School, Person)
_ANONYMISERS = {
    CommitteeMember: _anonymise_seat,
    NetworkMember: _anonymise_member,
    MediaContact: _anonymise_media,
    School: _anonymise_school,
    Person: _anonymise_person,
}


@transaction.atomic
def personal_data_erase(
    *, office: Office, email: str = "", phone: str = "", user, reason: str
) -> ErasureReport:
    """Erase the person from the office's registries at their request, as the plan shown
    to the administrator says; logged, all or nothing."""
    reason = (reason or "").strip()
    if not reason:
        raise ValueError("An erasure needs a reason.")
    plan = personal_data_erase_plan(office=office, email=email, phone=phone)
    report = ErasureReport(reason=reason)
    now = timezone.now()
    committees: dict[int, Committee] = {}
    with LogContext(user=user):
        for item in plan:
            record, label, keep = item.record, item.label, item.keep
            if not keep and isinstance(record, NetworkMember | MediaContact | Person):
                # Something may have come to point to it since the plan was shown.
                keep = _is_referenced(record)
            if not isinstance(record, School):
                _logs_scrub(record, label)  # a school's log entries carry its own name
            target = _log_target(record)
            data = {"reason": reason, "result": "anonymised" if keep else "deleted"}
            if item.account is not None:
                data["account_deactivated"] = item.account.pk
            if isinstance(record, CommitteeMember):
                data["committee_member"] = record.pk
                committees[target.pk] = target
                log(target, ACTION_ERASE, user=user, data=data)
            else:
                log(target, ACTION_ERASE, user=user, title=label, data=data)
            if keep:
                _ANONYMISERS[type(record)](record, now)
                report.anonymised.append(label)
            else:
                record.delete()
                report.deleted.append(label)
            if item.account is not None:
                _account_deactivate(item.account)
                report.accounts_deactivated.append(_account_label(item.account))
            if isinstance(record, CommitteeMember):
                # The committee indexes its members' links to staff: refresh it now, so a
                # staff entry no longer named in the committee counts as free to delete.
                ReferenceIndex.create_or_update_for_object(committees[target.pk])
    return report
