"""Time standards counted in Thai working time, the reminders, and the register."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.utils import timezone

from prachasan.approvals.models import (
    DepartmentDirectorTask,
    Notification,
    OfficeRoleTask,
    PublicationRequest,
    RequestStatus,
    RequestStep,
)
from prachasan.approvals.services import step_deadline, step_deadlines_remind
from prachasan.offices.models import Office

pytestmark = pytest.mark.django_db
BANGKOK = ZoneInfo("Asia/Bangkok")


@pytest.fixture
def office():
    return Office.objects.get()


def test_one_working_day_skips_the_weekend_and_public_holidays(office):
    task = DepartmentDirectorTask(name="check", time_standard=1, time_standard_unit="days")
    # Friday 4 December 2026, 15:00; Saturday and Sunday follow, and Monday 7 December is
    # the substitution day for King Bhumibol's birthday (5 December, a Saturday).
    start = datetime.datetime(2026, 12, 4, 15, 0, tzinfo=BANGKOK)
    due, remind = step_deadline(task=task, office=office, started_at=start)
    assert due == datetime.datetime(2026, 12, 8, 15, 0, tzinfo=BANGKOK)
    assert start < remind < due


def test_three_working_hours_run_into_the_next_working_day(office):
    task = OfficeRoleTask(name="order", time_standard=3, time_standard_unit="hours")
    start = datetime.datetime(2026, 11, 20, 15, 30, tzinfo=BANGKOK)  # a Friday
    due, _remind = step_deadline(task=task, office=office, started_at=start)
    # One hour on Friday (to 16:30), two on Monday from 08:30.
    assert due == datetime.datetime(2026, 11, 23, 10, 30, tzinfo=BANGKOK)


def test_reminders_go_out_once_before_and_once_after_the_deadline(
    client, login, submit_news, django_capture_on_commit_callbacks
):
    login("editor")
    submit_news(slug="req-deadline")
    request = PublicationRequest.objects.get(page__slug="req-deadline")
    step = request.steps.get()
    # The demo's own waiting requests are out of this test.
    RequestStep.objects.exclude(request=request).update(
        reminded_at=timezone.now(), overdue_notified_at=timezone.now()
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert step_deadlines_remind(now=step.remind_at - datetime.timedelta(minutes=1)) == {
            "reminders": 0,
            "overdue": 0,
        }
    with django_capture_on_commit_callbacks(execute=True):
        counts = step_deadlines_remind(now=step.remind_at + datetime.timedelta(minutes=1))
    assert counts["reminders"] == 1
    director = request.department.directors.get()
    assert [m.to for m in mail.outbox] == [[director.email]]
    with django_capture_on_commit_callbacks(execute=True):
        assert step_deadlines_remind(now=step.remind_at + datetime.timedelta(minutes=2)) == {
            "reminders": 0,
            "overdue": 0,
        }
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        counts = step_deadlines_remind(now=step.due_at + datetime.timedelta(minutes=1))
    assert counts == {"reminders": 0, "overdue": 1}
    recipients = {m.to[0] for m in mail.outbox}
    assert director.email in recipients
    pr_officer_email = type(director).objects.get(username="pr").email
    assert pr_officer_email in recipients
    assert Notification.objects.filter(request=request, kind="overdue").count() == len(recipients)


def test_numbers_run_on_within_the_year(client, login, submit_news):
    login("editor")
    submit_news(slug="req-number-1")
    submit_news(slug="req-number-2")
    first = PublicationRequest.objects.get(page__slug="req-number-1")
    second = PublicationRequest.objects.get(page__slug="req-number-2")
    assert second.number == first.number + 1
    assert first.year == timezone.localdate().year + 543


def test_scheduled_item_goes_live_with_publish_scheduled(
    client, login, submit_news, django_capture_on_commit_callbacks
):
    from django.core.management import call_command
    from wagtail.models import Revision

    from prachasan.news.models import NewsPage

    login("editor")
    go_live = timezone.localtime() + datetime.timedelta(days=2)
    submit_news(slug="req-scheduled", go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    page = NewsPage.objects.get(slug="req-scheduled")
    for username in ("director", "areadirector"):
        login(username)
        task_state = page.current_workflow_task_state
        with django_capture_on_commit_callbacks(execute=True):
            client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/")
    request = PublicationRequest.objects.get(page=page)
    assert request.status == RequestStatus.ALLOWED
    assert request.go_live_at is not None
    page.refresh_from_db()
    assert not page.live
    # Time passes: the revision's time comes.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision = Revision.objects.get(pk=request.revision_id)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    request.refresh_from_db()
    assert request.status == RequestStatus.PUBLISHED


def test_withdrawn_request_ends_cancelled(client, login, submit_news):
    from prachasan.news.models import NewsPage

    login("editor")
    submit_news(slug="req-withdrawn")
    page = NewsPage.objects.get(slug="req-withdrawn")
    page.current_workflow_state.cancel(user=page.owner)
    request = PublicationRequest.objects.get(page=page)
    assert request.status == RequestStatus.CANCELLED
    assert request.steps.get().outcome == "cancelled"
