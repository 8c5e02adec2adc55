"""Dashboard panels: the steps waiting for the signed-in person's decision, and for PR
officers and administrators every request of their offices that is not finished, late
ones first. Each panel reads a fixed number of queries, however many requests wait."""

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from prachasan.offices.models import Office, RoleGroup
from prachasan.thai.dates import format_thai_datetime

from .models import RequestStatus
from .selectors import (
    requests_open,
    step_is_late,
    steps_deciders,
    steps_waited,
    steps_waiting_for,
)
from .views import user_display_name, working_time_display


class ApprovalsPanel(Component):
    class Media:
        css = {"all": ["css/approvals.css"]}


class StepsWaitingForYouPanel(ApprovalsPanel):
    """รอการพิจารณาของท่าน: what the signed-in person decides, oldest first."""

    name = "approvals_steps_waiting_for_you"
    template_name = "approvals/panels/steps_waiting_for_you.html"
    order = 50

    def __init__(self, *, steps):
        self.steps = steps

    def get_context_data(self, parent_context):
        now = timezone.now()
        waited = steps_waited(steps=self.steps, now=now)
        rows = []
        for step in self.steps:
            request = step.request
            rows.append(
                {
                    "request": request,
                    "step": step,
                    "waited": working_time_display(waited[step.pk], office=request.office),
                    "due": format_thai_datetime(timezone.localtime(step.due_at))
                    if step.due_at
                    else "",
                    "is_late": step_is_late(step=step, now=now),
                    "review_url": reverse("approvals_request_review", args=[request.pk]),
                }
            )
        rows.sort(key=lambda row: not row["is_late"])
        return {"rows": rows}


class OpenRequestsPanel(ApprovalsPanel):
    """คำขอที่ยังไม่เสร็จ: the offices' unfinished requests, where each one is and who holds
    it, the late ones first."""

    name = "approvals_open_requests"
    template_name = "approvals/panels/open_requests.html"
    order = 60
    shown = 15

    def __init__(self, *, requests):
        self.requests = requests

    def get_context_data(self, parent_context):
        now = timezone.now()
        waiting = []
        for request in self.requests:
            step = request.current_step  # with step.request set by requests_open
            if step is not None and step.is_waiting:
                waiting.append(step)
        holders = steps_deciders(steps=waiting)
        waited = steps_waited(steps=waiting, now=now)
        rows = []
        for request in self.requests:
            step = request.current_step
            row = {
                "request": request,
                "step": step,
                "is_late": request.is_late,
                "review_url": reverse("approvals_request_review", args=[request.pk]),
                "holders": [],
                "waited": "",
                "due": "",
            }
            if request.status == RequestStatus.CHANGES_REQUESTED:
                row["holders"] = [request.requester_name or user_display_name(request.requested_by)]
                since = step.decided_at if step is not None else None
                row["since"] = format_thai_datetime(timezone.localtime(since)) if since else ""
            elif step is not None and step.is_waiting:
                row["holders"] = [user_display_name(user) for user in holders.get(step.pk, [])]
                row["waited"] = working_time_display(waited[step.pk], office=request.office)
                if step.due_at:
                    row["due"] = format_thai_datetime(timezone.localtime(step.due_at))
            rows.append(row)
        # Late first; then the longest waiting (requests_open gives the oldest first).
        rows.sort(key=lambda row: not row["is_late"])
        return {
            "rows": rows[: self.shown],
            "more": max(len(rows) - self.shown, 0),
            "late_count": sum(1 for row in rows if row["is_late"]),
            "list_url": reverse("publication_requests:index"),
        }


PR_ROLES = (RoleGroup.Role.PR_OFFICER, RoleGroup.Role.ADMINISTRATOR)


def pr_offices(user) -> list[Office]:
    """The offices where the user is a PR officer or an administrator (all for a superuser)."""
    if user.is_superuser:
        return list(Office.objects.all())
    return list(
        Office.objects.filter(
            role_groups__group__user=user,
            role_groups__role__in=PR_ROLES,
            role_groups__department__isnull=True,
        ).distinct()
    )


def homepage_panels_add(request, panels) -> None:
    """Put the approvals panels on the dashboard; Wagtail's own "Awaiting your review"
    goes when it would only repeat the first of them."""
    from wagtail.models import TaskState

    user = request.user
    steps = steps_waiting_for(user=user)
    if steps:
        panels.append(StepsWaitingForYouPanel(steps=steps))
    offices = pr_offices(user)
    if offices:
        requests = requests_open(offices=offices)
        if requests:
            panels.append(OpenRequestsPanel(requests=requests))
    other_reviews = TaskState.objects.reviewable_by(user).filter(request_step__isnull=True)
    if not other_reviews.exists():
        panels[:] = [panel for panel in panels if panel.name != "workflow_objects_to_moderate"]
