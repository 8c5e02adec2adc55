"""Reads about publication requests: who may decide, what waits for whom, how late."""

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


def task_user_may_decide(*, task, obj, user) -> bool:
    """Whether ``user`` decides this step for ``obj``: one of the step's deciders for the
    item's office and department, and never the person who asked."""
    if not user.is_authenticated or not user.is_active:
        return False
    request = publication_request_of_object(obj)
    if request is None:
        return False
    if request.requested_by_id == user.pk:
        return False
    return (
        task.deciders(office=request.office, department=request.department)
        .filter(pk=user.pk)
        .exists()
    )


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
        request.is_late = bool(
            request.current_step and step_is_late(step=request.current_step, now=now)
        )
    return requests


def request_steps(*, request: PublicationRequest) -> list[RequestStep]:
    return list(request.steps.select_related("task", "decided_by").order_by("started_at", "pk"))


def memo_decisions(*, request: PublicationRequest) -> dict[str, RequestStep | None]:
    """The last decided step of each block of the paper memo (check, order) and the other
    reviews, for the memo document and the review page."""
    from .models import MemoBlock, StepOutcome

    decided = [
        step
        for step in request_steps(request=request)
        if step.outcome not in (StepOutcome.WAITING, StepOutcome.CANCELLED)
    ]
    blocks: dict[str, RequestStep | None] = {MemoBlock.CHECK: None, MemoBlock.ORDER: None}
    reviews = []
    for step in decided:
        if step.memo_block == MemoBlock.REVIEW:
            reviews.append(step)
        else:
            blocks[step.memo_block] = step
    return {"check": blocks[MemoBlock.CHECK], "order": blocks[MemoBlock.ORDER], "reviews": reviews}
