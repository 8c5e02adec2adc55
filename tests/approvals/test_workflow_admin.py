"""An office changes its workflow in the admin: skip the check for a department, add a
PR officer's review; and a published item needs a new request to change."""

import pytest
from wagtail.models import WorkflowTask

from prachasan.approvals.models import (
    DepartmentDirectorTask,
    OfficeRoleTask,
    PublicationRequest,
    RequestStatus,
    StepOutcome,
)
from prachasan.news.models import NewsIndexPage, NewsPage
from prachasan.offices.models import Department

pytestmark = pytest.mark.django_db


def _act(client, page, action="approve", comment=""):
    task_state = page.current_workflow_task_state
    data = {"comment": comment} if comment else {}
    return client.post(f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/", data)


def test_skip_the_check_for_the_directors_office(client, login, submit_news):
    login("admin")
    task = DepartmentDirectorTask.objects.get()
    director_office = Department.objects.get(key="director_office")
    response = client.post(
        f"/admin/workflows/tasks/edit/{task.pk}/",
        {
            "time_standard": "1",
            "time_standard_unit": "days",
            "skip_departments": [director_office.pk],
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    login("pr")
    index = NewsIndexPage.objects.get(department=director_office)
    submit_news(parent=index, slug="req-skip-check")
    request = PublicationRequest.objects.get(page__slug="req-skip-check")
    first, second = request.steps.order_by("pk")
    assert first.outcome == StepOutcome.SKIPPED
    assert director_office.name in first.comment
    assert second.outcome == StepOutcome.WAITING and second.memo_block == "order"


def test_a_pr_officers_review_added_as_a_step(
    client, login, submit_news, django_capture_on_commit_callbacks
):
    login("admin")
    response = client.post(
        "/admin/workflows/tasks/add/approvals/officeroletask/",
        {
            "name": "นักประชาสัมพันธ์ตรวจทาน",
            "time_standard": "3",
            "time_standard_unit": "hours",
            "memo_block": "review",
            "pr_officers": "on",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    review = OfficeRoleTask.objects.get(name="นักประชาสัมพันธ์ตรวจทาน")
    assert review.roles == ["pr_officer"]
    order = OfficeRoleTask.objects.get(memo_block="order")
    workflow = order.workflows.get()
    # Between the department director's check and the order.
    WorkflowTask.objects.filter(workflow=workflow, task=order).update(sort_order=2)
    WorkflowTask.objects.create(workflow=workflow, task=review, sort_order=1)

    login("editor")
    submit_news(slug="req-pr-review")
    page = NewsPage.objects.get(slug="req-pr-review")
    for username in ("director", "pr", "areadirector"):
        login(username)
        with django_capture_on_commit_callbacks(execute=True):
            _act(client, page)
    request = PublicationRequest.objects.get(page=page)
    assert request.status == RequestStatus.PUBLISHED
    assert [s.memo_block for s in request.steps.order_by("pk")] == ["check", "review", "order"]
    assert request.steps.get(memo_block="review").decided_by.username == "pr"


def test_changing_a_published_item_needs_a_new_request(
    client, login, submit_news, django_capture_on_commit_callbacks
):
    from .conftest import news_data

    login("editor")
    submit_news(slug="req-republish")
    page = NewsPage.objects.get(slug="req-republish")
    for username in ("director", "areadirector"):
        login(username)
        with django_capture_on_commit_callbacks(execute=True):
            _act(client, page)
    first = PublicationRequest.objects.get(page=page)
    assert first.status == RequestStatus.PUBLISHED

    login("editor")
    data = news_data(slug="req-republish", title="ข่าวทดสอบ ฉบับแก้ไขหลังเผยแพร่")
    data.update({"publication_confirm": "on", "action-submit": "Submit"})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/pages/{page.pk}/edit/", data)
    page.refresh_from_db()
    assert page.title != "ข่าวทดสอบ ฉบับแก้ไขหลังเผยแพร่"  # the live version is unchanged
    second = PublicationRequest.objects.filter(page=page).exclude(pk=first.pk).get()
    assert second.number != first.number
    assert second.status == RequestStatus.IN_REVIEW
    first.refresh_from_db()
    assert first.status == RequestStatus.PUBLISHED
