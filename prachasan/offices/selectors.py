"""Reads about offices, departments and people."""

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
