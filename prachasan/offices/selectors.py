"""Reads about offices, departments and people."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Q
from wagtail.models import Site

from prachasan.thai.workdays import WorkCalendar

from .models import Department, Office, Person


def office_work_calendar(*, office: Office) -> WorkCalendar:
    """The office's working calendar: Thai public holidays plus its own closures."""
    closures = dict(office.closures.values_list("date", "name"))
    return WorkCalendar(closures=closures, work_start=office.work_start, work_end=office.work_end)


def staff_directory(*, office: Office) -> dict:
    """Executives first, then each department with its listed people, in two queries."""
    people = list(
        Person.objects.filter(office=office, is_listed=True)
        .select_related("photo", "department")
        .order_by("sort_order", "first_name")
    )
    departments = list(Department.objects.filter(office=office).order_by("sort_order", "name"))
    executives = [
        person
        for person in people
        if person.rank in (Person.Rank.AREA_DIRECTOR, Person.Rank.DEPUTY_DIRECTOR)
    ]
    by_department: dict[int, list[Person]] = {}
    for person in people:
        if person.department_id and person not in executives:
            by_department.setdefault(person.department_id, []).append(person)
    for department in departments:
        department.listed_people = by_department.get(department.pk, [])
    return {
        "executives": executives,
        "departments": [d for d in departments if d.listed_people],
    }


def offices_of_user(*, user):
    """The offices whose registries the user works on: every office for a superuser,
    otherwise the offices of the role groups the user is in."""
    if user.is_superuser:
        return Office.objects.all()
    return Office.objects.filter(role_groups__group__user=user).distinct()


def users_of_offices(*, offices):
    """The user accounts that work for the offices: in one of their role groups, or
    linked to one of their people."""
    user_model = get_user_model()
    in_role_groups = user_model.objects.filter(groups__office_role__office__in=offices)
    linked_to_people = Person.objects.filter(office__in=offices, user__isnull=False)
    return user_model.objects.filter(
        Q(pk__in=in_role_groups.values("pk")) | Q(pk__in=linked_to_people.values("user"))
    )


def users_seen_by(*, user):
    """The user accounts an administrator sees: every one for a superuser, otherwise
    those of the user's offices."""
    if user.is_superuser:
        return get_user_model().objects.all()
    return users_of_offices(offices=offices_of_user(user=user))


def users_managed_by(*, user):
    """The user accounts the user may edit and delete: every one for a superuser,
    otherwise those of the user's offices that are no superuser and work for no other
    office (changing the password of an account shared with another office would hand
    that office's work to this one)."""
    if user.is_superuser:
        return users_seen_by(user=user)
    offices = offices_of_user(user=user)
    others = users_of_offices(offices=Office.objects.exclude(pk__in=offices.values("pk")))
    return (
        users_of_offices(offices=offices)
        .filter(is_superuser=False)
        .exclude(pk__in=others.values("pk"))
    )


def groups_managed_by(*, user):
    """The groups the user sees and edits: every one for a superuser, otherwise the
    role groups of the user's offices."""
    if user.is_superuser:
        return Group.objects.all()
    return Group.objects.filter(office_role__office__in=offices_of_user(user=user))


def sites_of_user(*, user):
    """The Wagtail sites the user sees and edits: every one for a superuser, otherwise
    those of the user's offices."""
    if user.is_superuser:
        return Site.objects.all()
    return Site.objects.filter(pk__in=offices_of_user(user=user).values("site_id"))
