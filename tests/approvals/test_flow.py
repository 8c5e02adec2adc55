"""The publication request from submission to publication, through the page editor and
Wagtail's workflow actions as the office's people meet them."""

import pytest
from django.core import mail
from wagtail.models import TaskState

from prachasan.approvals.models import (
    Notification,
    PublicationRequest,
    RequestStatus,
    StepOutcome,
)
from prachasan.news.models import NewsPage

pytestmark = pytest.mark.django_db


def _act(client, page, action, comment="", capture=None):
    task_state = page.current_workflow_task_state
    url = f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/"
    data = {"comment": comment} if comment or action != "approve" else {}
    return client.post(url, data)


def test_submission_opens_a_numbered_request_that_goes_to_the_department_director(
    client, login, submit_news
):
    editor = login("editor")
    response = submit_news(slug="req-open")
    assert response.status_code == 302
    page = NewsPage.objects.get(slug="req-open")
    assert not page.live
    request = PublicationRequest.objects.get(page=page)
    assert request.requested_by == editor
    assert request.department.key == "ict"
    assert request.compliance_confirmed
    assert request.status == RequestStatus.IN_REVIEW
    assert request.number_display.endswith(f"/{request.number}")
    assert request.number_display.startswith(request.office.document_code)
    step = request.steps.get()
    assert step.memo_block == "check" and step.outcome == StepOutcome.WAITING
    assert step.due_at > step.started_at
    # The ICT director is told, with a link to the review page; the requester is not.
    to = {message.to[0] for message in mail.outbox}
    director_email = request.department.directors.get().email
    assert director_email in to
    assert editor.email not in to
    message = next(m for m in mail.outbox if m.to == [director_email])
    assert request.subject in message.subject
    assert f"/admin/publication-requests/{request.pk}/review/" in message.body


def test_submitting_needs_the_compliance_confirmation(client, login, submit_news):
    login("editor")
    response = submit_news(slug="req-unconfirmed", publication_confirm="")
    assert response.status_code == 200
    assert response.context["form"].errors["publication_confirm"]
    assert not NewsPage.objects.filter(slug="req-unconfirmed").exists()


def test_two_allowances_publish_the_item(
    client, login, submit_news, django_capture_on_commit_callbacks
):
    login("editor")
    submit_news(slug="req-allowed")
    page = NewsPage.objects.get(slug="req-allowed")
    login("director")
    with django_capture_on_commit_callbacks(execute=True):
        response = _act(client, page, "approve")
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    request = PublicationRequest.objects.get(page=page)
    assert request.status == RequestStatus.IN_REVIEW
    second = request.steps.order_by("pk").last()
    assert second.memo_block == "order"
    login("areadirector")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = _act(client, page, "approve")
    page.refresh_from_db()
    assert page.live
    request.refresh_from_db()
    assert request.status == RequestStatus.PUBLISHED
    assert request.published_at is not None
    decided = request.steps.order_by("pk")
    assert [s.outcome for s in decided] == [StepOutcome.ALLOWED, StepOutcome.ALLOWED]
    assert decided[1].decider_name  # from the area director's staff record
    assert decided[1].decider_position
    # The requester hears of the final decision.
    assert any(m.to == [request.requested_by.email] for m in mail.outbox)


def test_refusal_at_the_last_step_ends_the_request_and_tells_the_requester(
    client, login, submit_news, django_capture_on_commit_callbacks
):
    editor = login("editor")
    submit_news(slug="req-refused")
    page = NewsPage.objects.get(slug="req-refused")
    login("director")
    with django_capture_on_commit_callbacks(execute=True):
        _act(client, page, "approve")
    login("deputy")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = _act(client, page, "refuse", comment="ข้อมูลส่วนบุคคลของนักเรียนยังไม่ได้ปกปิด")
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    request = PublicationRequest.objects.get(page=page)
    assert request.status == RequestStatus.REFUSED
    refused = request.steps.order_by("pk").last()
    assert refused.outcome == StepOutcome.REFUSED
    assert refused.comment == "ข้อมูลส่วนบุคคลของนักเรียนยังไม่ได้ปกปิด"
    assert page.current_workflow_state is None
    to_requester = [m for m in mail.outbox if m.to == [editor.email]]
    assert to_requester and "ข้อมูลส่วนบุคคลของนักเรียนยังไม่ได้ปกปิด" in to_requester[0].body


def test_refusal_needs_a_reason(client, login, submit_news):
    login("editor")
    submit_news(slug="req-no-reason")
    page = NewsPage.objects.get(slug="req-no-reason")
    login("director")
    _act(client, page, "refuse", comment="")
    request = PublicationRequest.objects.get(page=page)
    assert request.status == RequestStatus.IN_REVIEW
    assert request.steps.get().outcome == StepOutcome.WAITING


def test_sent_back_for_changes_then_resubmitted_keeps_the_number(
    client, login, submit_news, django_capture_on_commit_callbacks
):
    from .conftest import news_data

    login("editor")
    submit_news(slug="req-changes")
    page = NewsPage.objects.get(slug="req-changes")
    number = PublicationRequest.objects.get(page=page).number
    login("director")
    with django_capture_on_commit_callbacks(execute=True):
        _act(client, page, "reject", comment="แก้ชื่อโรงเรียนให้ถูกต้อง")
    request = PublicationRequest.objects.get(page=page)
    assert request.status == RequestStatus.CHANGES_REQUESTED
    login("editor")
    data = news_data(slug="req-changes", title="ข่าวทดสอบ แก้ไขแล้ว", publication_confirm="on")
    data["action-submit"] = "Submit"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == RequestStatus.IN_REVIEW
    assert request.number == number
    assert request.subject == "ข่าวทดสอบ แก้ไขแล้ว"
    assert [s.outcome for s in request.steps.order_by("pk")] == [
        StepOutcome.CHANGES,
        StepOutcome.WAITING,
    ]


def test_nobody_decides_on_their_own_request(
    client, login, ict_news_index, django_capture_on_commit_callbacks
):
    from .conftest import news_data

    # An editor drafts the item; the area director edits it and submits it. The area
    # director cannot then allow it at the last step; a deputy can.
    login("editor")
    client.post(f"/admin/pages/add/news/newspage/{ict_news_index.pk}/", news_data(slug="req-own"))
    page = NewsPage.objects.get(slug="req-own")
    login("areadirector")
    data = news_data(slug="req-own", publication_confirm="on", **{"action-submit": "Submit"})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/pages/{page.pk}/edit/", data)
    request = PublicationRequest.objects.get(page=page)
    assert request.requested_by.username == "areadirector"
    login("director")
    _act(client, page, "approve")
    login("areadirector")
    task_state = page.current_workflow_task_state
    response = _act(client, page, "approve")
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS
    assert response.status_code in (302, 403)
    login("deputy")
    _act(client, page, "approve")
    request.refresh_from_db()
    assert request.status == RequestStatus.PUBLISHED


def test_a_director_submitting_their_own_department_item_skips_the_check(
    client, login, submit_news
):
    director = login("director")
    submit_news(slug="req-by-director")
    request = PublicationRequest.objects.get(page__slug="req-by-director")
    assert request.requested_by == director
    first, second = request.steps.order_by("pk")
    assert first.outcome == StepOutcome.SKIPPED and first.comment
    assert second.memo_block == "order" and second.outcome == StepOutcome.WAITING


def test_a_director_of_another_department_cannot_decide(client, login, submit_news):
    login("editor")
    submit_news(slug="req-other-dept")
    page = NewsPage.objects.get(slug="req-other-dept")
    login("director-finance")
    task_state = page.current_workflow_task_state
    _act(client, page, "approve")
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS


def test_direct_publishing_is_refused(client, login, ict_news_index):
    from .conftest import news_data

    login("pr")
    data = news_data(slug="req-direct", **{"action-publish": "Publish"})
    client.post(f"/admin/pages/add/news/newspage/{ict_news_index.pk}/", data)
    assert not NewsPage.objects.filter(slug="req-direct", live=True).exists()
    live = NewsPage.objects.live().first()
    data = news_data(slug=live.slug, title=live.title + " แก้ไข", **{"action-publish": "Publish"})
    client.post(f"/admin/pages/{live.pk}/edit/", data)
    live.refresh_from_db()
    assert not live.title.endswith("แก้ไข")


def test_notifications_are_recorded(client, login, submit_news):
    login("editor")
    submit_news(slug="req-notified")
    request = PublicationRequest.objects.get(page__slug="req-notified")
    notification = Notification.objects.get(request=request, kind=Notification.Kind.TO_DECIDE)
    assert notification.status == Notification.Status.SENT


def test_any_public_page_goes_through_a_request(client, login, django_capture_on_commit_callbacks):
    from prachasan.site.models import StandardPage

    about = StandardPage.objects.get(slug="about")
    login("pr")
    data = {
        "title": about.title,
        "slug": about.slug,
        "lead": "ปรับปรุงข้อมูลภารกิจของสำนักงาน",
        "body": '{"blocks": [], "entityMap": {}}',
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "publication_confirm": "on",
        "action-submit": "Submit",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{about.pk}/edit/", data)
    assert response.status_code == 302
    request = PublicationRequest.objects.get(page=about)
    assert request.department is None
    check, order = request.steps.order_by("pk")
    assert check.outcome == StepOutcome.SKIPPED  # no department, so no director to check
    assert order.outcome == StepOutcome.WAITING
    about.refresh_from_db()
    assert about.lead != "ปรับปรุงข้อมูลภารกิจของสำนักงาน"  # live page unchanged until allowed
