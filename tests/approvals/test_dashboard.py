"""The dashboard as the deciders and the PR officers see it: what waits for their
decision, the office's unfinished requests with the late ones first, in a fixed number of
queries however many requests there are."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import pgettext

from prachasan.approvals.models import PublicationRequest

pytestmark = pytest.mark.django_db

HOME = "/admin/"


def thai(text: str) -> str:
    with translation.override("th"):
        return pgettext("approvals", text)


@pytest.fixture
def submitted(client, login, submit_news):
    def submit(slug: str) -> PublicationRequest:
        login("editor")
        assert submit_news(slug=slug, title=f"ข่าวรอพิจารณา {slug}").status_code == 302
        client.logout()
        return PublicationRequest.objects.get(page__slug=slug)

    return submit


def panel_rows(response, name: str) -> list[dict]:
    panels = [panel for panel in response.context["panels"] if panel.name == name]
    if not panels:
        return []
    return panels[0].get_context_data(response.context)["rows"]


def test_the_director_sees_what_waits_for_their_decision(client, login, submitted):
    request = submitted("dash-waiting")
    login("director")
    response = client.get(HOME)
    assert response.status_code == 200
    html = response.content.decode()
    assert thai("Waiting for your decision") in html
    assert reverse("approvals_request_review", args=[request.pk]) in html
    row = next(
        row
        for row in panel_rows(response, "approvals_steps_waiting_for_you")
        if row["request"].pk == request.pk
    )
    assert row["step"] == request.steps.get()
    assert row["due"] and row["waited"]
    assert not row["is_late"]
    # Wagtail's own "Awaiting your review" would list the same item again.
    assert 'id="awaiting-review"' not in html


def test_a_late_step_is_marked_and_comes_first(client, login, submitted):
    on_time = submitted("dash-on-time")
    late = submitted("dash-late")
    step = late.steps.get()
    step.due_at = timezone.now() - datetime.timedelta(minutes=5)
    step.save(update_fields=["due_at"])
    login("director")
    response = client.get(HOME)
    rows = [
        row
        for row in panel_rows(response, "approvals_steps_waiting_for_you")
        if row["request"].pk in (on_time.pk, late.pk)
    ]
    assert [row["request"].pk for row in rows] == [late.pk, on_time.pk]
    assert rows[0]["is_late"] and not rows[1]["is_late"]
    assert "approvals-row--late" in response.content.decode()


def test_nothing_waits_for_the_requester(client, login, submitted):
    request = submitted("dash-requester")
    login("editor")
    response = client.get(HOME)
    rows = panel_rows(response, "approvals_steps_waiting_for_you")
    assert request.pk not in {row["request"].pk for row in rows}


def test_the_pr_officer_sees_the_unfinished_requests_and_who_holds_them(client, login, submitted):
    request = submitted("dash-open")
    step = request.steps.get()
    step.due_at = timezone.now() - datetime.timedelta(minutes=5)
    step.save(update_fields=["due_at"])
    login("pr")
    response = client.get(HOME)
    html = response.content.decode()
    assert thai("Unfinished requests") in html
    rows = panel_rows(response, "approvals_open_requests")
    row = next(row for row in rows if row["request"].pk == request.pk)
    director = request.department.directors.get()
    assert row["holders"] == [director.person.full_name]
    assert row["is_late"] and row["waited"]
    # Late requests first.
    lates = [row["is_late"] for row in rows]
    assert lates == sorted(lates, reverse=True)


def test_department_staff_do_not_get_the_office_panel(client, login, submitted):
    submitted("dash-no-office-panel")
    for username in ("director", "editor", "areadirector"):
        login(username)
        response = client.get(HOME)
        assert not any(p.name == "approvals_open_requests" for p in response.context["panels"])


def _dashboard_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(HOME)
        assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("username", ["director", "pr"])
def test_the_dashboard_reads_a_fixed_number_of_queries(
    client, login, submitted, username, django_assert_max_num_queries
):
    submitted("dash-queries-1")
    login(username)
    _dashboard_queries(client)  # caches warmed (content types, site, settings)
    one = _dashboard_queries(client)
    submitted("dash-queries-2")
    submitted("dash-queries-3")
    submitted("dash-queries-4")
    login(username)
    _dashboard_queries(client)
    # Three more requests waiting: not one query more for the approvals panels.
    assert _dashboard_queries(client) == one
    with django_assert_max_num_queries(80):
        assert client.get(HOME).status_code == 200
