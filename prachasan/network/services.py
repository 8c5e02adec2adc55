"""Writes of the registries of the PR network."""

import datetime
import logging
import re

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from prachasan.offices.models import Office

from .models import NetworkApplication, NetworkContactFields, NetworkMember, School
from .personal_data import LegalBasis
from .validators import is_mobile, phone_normalize

logger = logging.getLogger(__name__)

# ---------- Network applications: the survey form (seed 004, 7.1) and its review ----------

NETWORK_PURPOSE = _("Sending the office's news and invitations to members of its PR network")

# What the applicant fills in; the rest of an application is set by the office.
APPLICATION_FIELDS = (
    "kind",
    "organisation",
    "contact_name",
    "position",
    "phone",
    "email",
    "line_id",
    "address",
    "accepts_email",
    "accepts_sms",
    "accepts_line",
    "interests",
)

# What a member takes over from the application that made it.
MEMBER_FIELDS = tuple(
    field.name for field in NetworkContactFields._meta.fields if field.name != "anonymised_at"
)

# How schools are written in organisation names: "โรงเรียนบ้านหนองบัว", "รร.บ้านหนองบัว".
_SCHOOL_PREFIX = re.compile(r"^\s*(?:โรงเรียน|ร\.?\s?ร\.)\s*")
_SPACES = re.compile(r"\s+")


def network_contact_validate(*, data: dict) -> None:
    """The rules between the contact fields: a way to reach the applicant, and the
    address each chosen news channel needs. Raises a ValidationError keyed by field."""
    errors: dict[str, ValidationError] = {}
    phone = (data.get("phone") or "").strip()
    email = (data.get("email") or "").strip()
    if not phone and not email:
        errors["phone"] = ValidationError(
            _("Give a telephone number or an e-mail address, so that the office can reach you."),
            code="no_contact",
        )
    if data.get("accepts_email") and not email:
        errors["email"] = ValidationError(
            _("Enter an e-mail address to receive news by e-mail."), code="email_needed"
        )
    if data.get("accepts_sms") and not is_mobile(phone) and "phone" not in errors:
        errors["phone"] = ValidationError(
            _("Enter a mobile number (10 digits starting 06, 08 or 09) to receive news by SMS."),
            code="mobile_needed",
        )
    if data.get("accepts_line") and not (data.get("line_id") or "").strip():
        errors["line_id"] = ValidationError(
            _("Enter your LINE ID to receive news by LINE."), code="line_id_needed"
        )
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def network_application_submit(*, office: Office, data: dict) -> NetworkApplication:
    """Store an application sent through the survey form; it waits for a PR officer."""
    if not data.get("pdpa_consent"):
        raise ValidationError(
            {
                "pdpa_consent": ValidationError(
                    _("Tick the box to consent to the office keeping your data."),
                    code="no_consent",
                )
            }
        )
    network_contact_validate(data=data)
    fields = {name: data.get(name) for name in APPLICATION_FIELDS if data.get(name) is not None}
    fields["phone"] = phone_normalize(fields.get("phone", ""))
    fields["email"] = (fields.get("email") or "").strip()
    with translation.override("th"):
        purpose = str(NETWORK_PURPOSE)
    application = NetworkApplication(
        office=office,
        status=NetworkApplication.Status.PENDING,
        pdpa_consent_at=timezone.now(),
        pdpa_purpose=purpose,
        pdpa_legal_basis=LegalBasis.CONSENT,
        **fields,
    )
    application.full_clean()
    application.save()
    return application


@transaction.atomic
def network_application_accept(
    *, application: NetworkApplication, user: AbstractBaseUser | None
) -> NetworkMember:
    """Verify an application: the applicant becomes a member of the office's PR network,
    linked to the office's school of the same name if there is exactly one."""
    now = timezone.now()
    _application_decide(
        application=application, status=NetworkApplication.Status.ACCEPTED, user=user, now=now
    )
    member = NetworkMember(
        office_id=application.office_id,
        school=_school_matching(office_id=application.office_id, name=application.organisation),
        joined_on=timezone.localdate(now),
        **{name: getattr(application, name) for name in MEMBER_FIELDS},
    )
    member.save()
    application.member = member
    application.save(update_fields=["member"])
    _decision_notify(application=application)
    return member


@transaction.atomic
def network_application_decline(
    *, application: NetworkApplication, user: AbstractBaseUser | None, reason: str
) -> None:
    """Decline an application; the reason is told to the applicant."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            {
                "reason": ValidationError(
                    _("Give the reason for declining: the applicant will be told it."),
                    code="reason_required",
                )
            }
        )
    _application_decide(
        application=application,
        status=NetworkApplication.Status.DECLINED,
        user=user,
        now=timezone.now(),
        reason=reason,
    )
    _decision_notify(application=application)


def _application_decide(
    *,
    application: NetworkApplication,
    status: str,
    user: AbstractBaseUser | None,
    now: datetime.datetime,
    reason: str = "",
) -> None:
    # A conditional update, so that of two officers deciding at once only one succeeds.
    decided = NetworkApplication.objects.filter(
        pk=application.pk, status=NetworkApplication.Status.PENDING
    ).update(status=status, decided_at=now, decided_by=user, decline_reason=reason)
    if not decided:
        raise ValidationError(
            _("This application has already been decided."), code="already_decided"
        )
    application.status = status
    application.decided_at = now
    application.decided_by = user
    application.decline_reason = reason


def _school_name_key(name: str) -> str:
    return _SPACES.sub(" ", _SCHOOL_PREFIX.sub("", name or "")).strip()


def _school_matching(*, office_id: int, name: str) -> School | None:
    bare = _school_name_key(name)
    if not bare:
        return None
    candidates = School.objects.filter(office_id=office_id, name__iendswith=bare).only("pk", "name")
    matches = [school for school in candidates if _school_name_key(school.name) == bare]
    # Two schools of the same name (common for บ้าน… schools) leave the choice to the officer.
    return matches[0] if len(matches) == 1 else None


def _decision_notify(*, application: NetworkApplication) -> None:
    """E-mail the applicant the decision, once it is committed."""
    if not application.email:
        return
    with translation.override("th"):
        subject, body = _decision_message(application=application, office=application.office)
    recipient = application.email

    def send():
        try:
            send_mail(subject, body, None, [recipient])
        except Exception:
            # The decision stands; the officer can still reach the applicant by phone.
            logger.exception("Could not e-mail the decision on network application %s", recipient)

    transaction.on_commit(send)


def _decision_message(*, application: NetworkApplication, office: Office) -> tuple[str, str]:
    names = {
        "office": office.name_th,
        "name": application.contact_name,
        "organisation": application.organisation,
    }
    subject = gettext("Your application to join the PR network of %(office)s") % names
    if application.status == NetworkApplication.Status.ACCEPTED:
        text = gettext(
            "%(office)s has checked the application of %(organisation)s and welcomes you "
            "to its PR network. You will receive the office's news through the channels "
            "you chose."
        )
    else:
        text = gettext(
            "%(office)s has considered the application of %(organisation)s but cannot "
            "accept it this time, for this reason: %(reason)s"
        )
        names["reason"] = application.decline_reason
    contact = [office.phone and gettext("Telephone %s") % office.phone, office.email]
    lines = [
        gettext("Dear %(name)s,") % names,
        "",
        text % names,
        "",
    ]
    if any(contact):
        lines += [
            gettext("For any question, contact the office: %s")
            % ", ".join(part for part in contact if part),
            "",
        ]
    lines += [gettext("Yours sincerely,"), office.name_th]
    return subject, "\n".join(lines)


# --- Appointment orders ---------------------------------------------------------------


def order_number_next(*, office, be_year: int) -> int:
    """The next number of the office's order register for a BE year (62 after 61)."""
    from django.db.models import Max

    from .models import Order

    last = Order.objects.filter(office=office, be_year=be_year).aggregate(last=Max("number"))
    return (last["last"] or 0) + 1
