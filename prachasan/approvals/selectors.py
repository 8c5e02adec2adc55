"""Reads about publication requests: who may decide, what waits for whom, how late."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Q, QuerySet
from django.utils import timezone
from wagtail.models import Page, TaskState

from prachasan.offices.models import Department, Office, RoleGroup
from prachasan.offices.selectors import office_work_calendar

from .models import (
    PublicationRequest,
    RequestStatus,
    RequestStep,
)


def page_office(*, page: Page) -> Office | None:
    """The office whose site holds the page."""
    site = page.get_site()
    return Office.for_site(site) if site else None


def page_department(*, page: Page) -> Department | None:
    """The department an item belongs to, for the pages that have one."""
    return getattr(page.specific_deferred, "department", None)


def publication_request_latest(*, page: Page) -> PublicationRequest | None:
    return PublicationRequest.objects.filter(page=page).order_by("-submitted_at", "-pk").first()


def publication_request_of_object(obj) -> PublicationRequest | None:
    """The open request of a page in a workflow (None outside one)."""
    state = getattr(obj, "current_workflow_state", None)
    if state is None:
        return None
    return (
        PublicationRequest.objects.select_related("office", "department")
        .filter(workflow_state=state)
        .first()
    )


def user_decides_request(*, task, request: PublicationRequest, user) -> bool:
    """Whether ``user`` decides this step of ``request``: one of the step's deciders for
    the item's office and department, and never the person who asked."""
    if not user.is_authenticated or not user.is_active or request.requested_by_id == user.pk:
        return False
    return (
        task.deciders(office=request.office, department=request.department)
        .filter(pk=user.pk)
        .exists()
    )


def task_user_may_decide(*, task, obj, user) -> bool:
    """``user_decides_request`` for the request of a page in a workflow."""
    request = publication_request_of_object(obj)
    return request is not None and user_decides_request(task=task, request=request, user=user)


def _decidable_steps(user) -> Q:
    """Steps, of any publication task, that ``user`` decides (requester excluded)."""
    role_offices = RoleGroup.objects.filter(group__user=user, department__isnull=True)
    role_q = Q()
    for flag, role in (
        ("area_director", RoleGroup.Role.AREA_DIRECTOR),
        ("deputy_directors", RoleGroup.Role.DEPUTY_DIRECTOR),
        ("pr_officers", RoleGroup.Role.PR_OFFICER),
        ("administrators", RoleGroup.Role.ADMINISTRATOR),
    ):
        offices = role_offices.filter(role=role).values("office")
        role_q |= Q(**{f"task__officeroletask__{flag}": True}, request__office__in=offices)
    department_q = Q(
        task__departmentdirectortask__isnull=False, request__department__directors=user
    )
    return (department_q | role_q) & ~Q(request__requested_by=user)


def task_states_user_may_decide(*, task, user) -> QuerySet:
    if not user.is_authenticated or not user.is_active:
        return TaskState.objects.none()
    steps = RequestStep.objects.filter(
        _decidable_steps(user), task=task, task_state__status=TaskState.STATUS_IN_PROGRESS
    )
    return TaskState.objects.filter(pk__in=steps.values("task_state"))


def steps_waiting_for(*, user) -> list[RequestStep]:
    """The steps waiting for ``user``'s decision, oldest first."""
    if not user.is_authenticated:
        return []
    return list(
        RequestStep.objects.filter(
            _decidable_steps(user),
            task_state__status=TaskState.STATUS_IN_PROGRESS,
            request__status=RequestStatus.IN_REVIEW,
        )
        .distinct()
        .select_related("request__office", "request__page", "request__department")
        .order_by("started_at")
    )


def step_deciders(*, step: RequestStep):
    """Who holds a step: its deciders for the request's office and department."""
    task = step.task.specific if step.task_id else None
    if task is None or not hasattr(task, "deciders"):
        return []
    request = step.request
    return list(
        task.deciders(office=request.office, department=request.department)
        .exclude(pk=request.requested_by_id)
        .select_related("person")
    )


def step_waited(*, step: RequestStep, now: datetime | None = None) -> timedelta:
    """How long the step has waited, in the office's working time."""
    calendar = office_work_calendar(office=step.request.office)
    return calendar.working_time_between(step.started_at, now or timezone.now())


def step_is_late(*, step: RequestStep, now: datetime | None = None) -> bool:
    return bool(step.is_waiting and step.due_at and (now or timezone.now()) > step.due_at)


def requests_open(*, offices) -> list[PublicationRequest]:
    """Every open request of the offices, each with its current step (``current_step``)
    and whether that step is late (``is_late``), oldest first."""
    requests = list(
        PublicationRequest.objects.filter(
            office__in=offices,
            status__in=(RequestStatus.IN_REVIEW, RequestStatus.CHANGES_REQUESTED),
        )
        .select_related("office", "department", "page", "requested_by")
        .order_by("submitted_at")
    )
    steps: dict[int, RequestStep] = {}
    for step in RequestStep.objects.filter(request__in=requests).order_by("started_at", "pk"):
        steps[step.request_id] = step
    now = timezone.now()
    for request in requests:
        request.current_step = steps.get(request.pk)
        if request.current_step is not None:
            request.current_step.request = request
        request.is_late = bool(
            request.current_step and step_is_late(step=request.current_step, now=now)
        )
    return requests


def request_steps(*, request: PublicationRequest) -> list[RequestStep]:
    return list(request.steps.select_related("task", "decided_by").order_by("started_at", "pk"))


@dataclass(frozen=True)
class MemoDecisions:
    """The steps a memo shows: the last final decision (or the step still waiting) of
    the check and the order, of each other review, and the decisions that sent the item
    back, which are not final."""

    check: RequestStep | None
    order: RequestStep | None
    reviews: list[RequestStep]
    sent_back: list[RequestStep]


def memo_decisions(*, request: PublicationRequest) -> MemoDecisions:
    """What the memo's blocks show. A "sent back for changes" is never a block's
    decision: after resubmission the block shows the new round, waiting or decided."""
    from .models import MemoBlock, StepOutcome

    # One query, or none when the caller prefetched the steps (the bundle does).
    steps = sorted(request.steps.all(), key=lambda step: (step.started_at, step.pk))
    latest: dict[tuple[str, int | None], RequestStep] = {}
    for step in steps:
        if step.outcome == StepOutcome.CHANGES:
            continue
        key = (step.memo_block, None if step.memo_block != MemoBlock.REVIEW else step.task_id)
        latest.pop(key, None)  # re-inserted: reviews keep the order of their last round
        latest[key] = step
    return MemoDecisions(
        check=latest.get((MemoBlock.CHECK, None)),
        order=latest.get((MemoBlock.ORDER, None)),
        reviews=[step for (block, _), step in latest.items() if block == MemoBlock.REVIEW],
        sent_back=[step for step in steps if step.outcome == StepOutcome.CHANGES],
    )


# Reads for the admin screens (review page, request list, dashboard) -------------------

# Office-wide roles that see every request of their office; the department roles see
# their departments' requests and their own.
WHOLE_OFFICE_ROLES = (
    RoleGroup.Role.ADMINISTRATOR,
    RoleGroup.Role.PR_OFFICER,
    RoleGroup.Role.AREA_DIRECTOR,
    RoleGroup.Role.DEPUTY_DIRECTOR,
)


def publication_requests_visible(*, user) -> QuerySet:
    """The requests ``user`` may list: every request of the offices where they hold an
    office-wide role; elsewhere in their offices, their departments' requests, their own
    and those they decided."""
    from prachasan.offices.selectors import offices_of_user

    if not user.is_authenticated or not user.is_active:
        return PublicationRequest.objects.none()
    if user.is_superuser:
        return PublicationRequest.objects.all()
    whole_offices = RoleGroup.objects.filter(
        group__user=user, department__isnull=True, role__in=WHOLE_OFFICE_ROLES
    ).values("office")
    departments = Department.objects.filter(Q(directors=user) | Q(web_editors=user)).values("pk")
    decided = RequestStep.objects.filter(decided_by=user).values("request")
    own = Q(department__in=departments) | Q(requested_by=user) | Q(pk__in=decided)
    return PublicationRequest.objects.filter(
        Q(office__in=whole_offices) | (Q(office__in=offices_of_user(user=user)) & own)
    )


def requests_current_steps(*, requests) -> dict[int, RequestStep]:
    """The waiting step of each open request, by request id, in one query."""
    open_ids = [request.pk for request in requests if request.is_open]
    steps: dict[int, RequestStep] = {}
    waiting = RequestStep.objects.filter(request__in=open_ids, outcome="waiting").order_by(
        "started_at", "pk"
    )
    for step in waiting:
        steps[step.request_id] = step
    return steps


def steps_deciders(*, steps) -> dict[int, list]:
    """Who holds each step (``step_deciders`` for many steps): one query per kind of
    task and per distinct task, office and department, not per step."""
    from wagtail.models import Task

    task_ids = {step.task_id for step in steps if step.task_id}
    tasks = {task.pk: task for task in Task.objects.filter(pk__in=task_ids).specific()}
    found: dict[tuple, list] = {}
    holders: dict[int, list] = {}
    for step in steps:
        request = step.request
        task = tasks.get(step.task_id)
        if task is None or not hasattr(task, "deciders"):
            holders[step.pk] = []
            continue
        key = (task.pk, request.office_id, request.department_id)
        if key not in found:
            found[key] = list(
                task.deciders(office=request.office, department=request.department)
                .select_related("person")
                .order_by("pk")
            )
        holders[step.pk] = [user for user in found[key] if user.pk != request.requested_by_id]
    return holders


def steps_waited(*, steps, now: datetime | None = None) -> dict[int, timedelta]:
    """How long each step has waited (``step_waited`` for many steps), in its office's
    working time, reading each office's calendar once."""
    now = now or timezone.now()
    calendars: dict[int, object] = {}
    waited: dict[int, timedelta] = {}
    for step in steps:
        office = step.request.office
        if office.pk not in calendars:
            calendars[office.pk] = office_work_calendar(office=office)
        end = step.decided_at or now
        waited[step.pk] = calendars[office.pk].working_time_between(step.started_at, end)
    return waited


REQUEST_LOG_ACTIONS = (
    "approvals.request_open",
    "wagtail.workflow.start",
    "wagtail.workflow.resume",
    "wagtail.workflow.approve",
    "wagtail.workflow.reject",
    "wagtail.workflow.cancel",
    "approvals.request_refuse",
    "wagtail.publish",
    "wagtail.publish.scheduled",
    "wagtail.unpublish",
    "wagtail.edit",
)


def request_log_entries(*, request: PublicationRequest) -> list:
    """The item's audit log from this request's opening until the item's next request:
    submissions, decisions, publication and what happened to the item after it, oldest
    first. Edits count only once the item is published."""
    from wagtail.models import PageLogEntry

    if request.page_id is None:
        return []
    entries = PageLogEntry.objects.filter(page_id=request.page_id, action__in=REQUEST_LOG_ACTIONS)
    opened = (
        entries.filter(action="approvals.request_open", data__request_id=request.pk)
        .order_by("timestamp", "pk")
        .first()
    )
    start = opened.timestamp if opened else request.submitted_at
    entries = entries.filter(timestamp__gte=start)
    following = (
        PublicationRequest.objects.filter(page_id=request.page_id, submitted_at__gt=start)
        .exclude(pk=request.pk)
        .order_by("submitted_at")
        .values_list("submitted_at", flat=True)
        .first()
    )
    if following is not None:
        entries = entries.filter(timestamp__lt=following)
    published = request.published_at
    result = []
    for entry in entries.select_related("user__person").order_by("timestamp", "pk"):
        if entry.action == "wagtail.edit" and (published is None or entry.timestamp < published):
            continue
        result.append(entry)
    return result
