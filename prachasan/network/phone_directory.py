"""The phone directory (สมุดโทรศัพท์, seed 000 item 2.1): executives, the staff of each
department, school directors by cluster and the members of active committees."""

from dataclasses import dataclass, field

from django.db.models import F, Prefetch

from prachasan.offices.models import Department, Office, Person

from .models import Committee, CommitteeMember, School, SchoolCluster

EXECUTIVE_RANKS = (Person.Rank.AREA_DIRECTOR, Person.Rank.DEPUTY_DIRECTOR)


@dataclass
class ClusterSchools:
    """The schools of one cluster; ``cluster`` is None for schools outside any cluster."""

    cluster: SchoolCluster | None
    schools: list[School] = field(default_factory=list)


def phone_directory(*, office: Office, internal: bool = False) -> dict:
    """The office's phone directory in five queries.

    Public by default: only the people listed in the public staff directory; templates
    show their contacts through ``Person.public_*``. ``internal`` (the staff's printed
    booklet) lists everyone."""
    people_query = Person.objects.filter(office=office).select_related("department")
    if not internal:
        people_query = people_query.filter(is_listed=True)
    people = list(people_query.order_by("sort_order", "first_name", "last_name"))
    departments = list(Department.objects.filter(office=office).order_by("sort_order", "name"))

    # The area director first, then the deputies, each group in the office's own order.
    executives = sorted(
        (person for person in people if person.rank in EXECUTIVE_RANKS),
        key=lambda person: person.rank != Person.Rank.AREA_DIRECTOR,
    )
    by_department: dict[int, list[Person]] = {}
    for person in people:
        if person.department_id and person.rank not in EXECUTIVE_RANKS:
            by_department.setdefault(person.department_id, []).append(person)
    for department in departments:
        department.directory_people = by_department.get(department.pk, [])

    school_groups: list[ClusterSchools] = []
    schools = (
        School.objects.filter(office=office, is_active=True)
        .select_related("cluster")
        .order_by(
            F("cluster__sort_order").asc(nulls_last=True),
            F("cluster__name").asc(nulls_last=True),
            "name",
        )
    )
    for school in schools:
        if not school_groups or school_groups[-1].cluster != school.cluster:
            school_groups.append(ClusterSchools(cluster=school.cluster))
        school_groups[-1].schools.append(school)

    committees = list(
        Committee.objects.filter(office=office, is_active=True)
        .select_related("order")
        .order_by("name", "pk")
        .prefetch_related(
            Prefetch(
                "members",
                queryset=CommitteeMember.objects.filter(anonymised_at__isnull=True)
                .select_related("person")
                .order_by("sort_order", "pk"),
                to_attr="directory_members",
            )
        )
    )
    return {
        "executives": executives,
        "departments": [d for d in departments if d.directory_people],
        "school_groups": school_groups,
        "committees": [c for c in committees if c.directory_members],
    }
