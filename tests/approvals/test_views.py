"""The admin screens of the publication requests as the office's people use them: the
review page (and deciding there), the request list with its filters and the quarter's
memos as one PDF, the memo downloads, and the links from the item's own pages."""

import datetime
import re
import subprocess
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import pgettext
from wagtail.models import TaskState

from prachasan.approvals.models import (
    PublicationRequest,
    RequestStatus,
    StepOutcome,
)
from prachasan.news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def review_url(request: PublicationRequest) -> str:
    return reverse("approvals_request_review", args=[request.pk])


def thai(text: str) -> str:
    """A string of these screens as a Thai user reads it."""
    with translation.override("th"):
        return pgettext("approvals", text)


@pytest.fixture
def submitted(client, login, submit_news):
    """Items of the ICT department submitted by its web editor, by slug."""

    def submit(slug: str, parent=None, **fields) -> PublicationRequest:
        fields.setdefault("title", f"ข่าวทดสอบหน้าจอคำขอ {slug}")
        login("editor" if parent is None else "editor-finance")
        response = submit_news(slug=slug, parent=parent, **fields)
        assert response.status_code == 302
        client.logout()
        return PublicationRequest.objects.get(page__slug=slug)

    return submit


@pytest.fixture
def finance_index():
    return NewsIndexPage.objects.get(department__key="finance")


def refused(response) -> bool:
    """Wagtail answers a refusal in its admin by sending the user to the dashboard; a
    request the user may not even see is not found."""
    if response.status_code == 404:
        return True
    if response.status_code == 302:
        return response["Location"] == reverse("wagtailadmin_home")
    return response.status_code == 403


@pytest.fixture
def no_role_user():
    """Someone who reaches the admin but holds no role in any office."""
    user = get_user_model().objects.create_user(
        "outsider", "outsider@example.com", "prachasan-demo"
    )
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


# The review page -----------------------------------------------------------------------


def test_the_decider_sees_the_item_the_memo_and_the_decision_form(client, login, submitted):
    request = submitted("view-review", publication_work_unit="งานเว็บไซต์")
    director = login("director")
    response = client.get(review_url(request))
    assert response.status_code == 200
    html = response.content.decode()
    assert request.subject in html
    assert request.number_display in html
    assert "งานเว็บไซต์" in html
    assert request.requester_name in html
    assert request.requester_position in html
    # The current step, who holds it and the decision form with the three decisions.
    assert request.steps.get().name in html
    assert director.person.full_name in html
    for action in ("approve", "refuse", "reject"):
        assert f'name="action" value="{action}"' in html
    # The submitted version, framed, and the memo downloads.
    assert reverse("approvals_request_preview", args=[request.pk]) in html
    assert reverse("approvals_request_memo_pdf", args=[request.pk]) in html
    assert reverse("approvals_request_memo_docx", args=[request.pk]) in html
    # The timeline starts with the opening of the request.
    assert (
        thai("Publication request %(number)s opened") % {"number": request.number_display} in html
    )


def test_others_who_may_list_it_see_the_review_page_without_the_form(client, login, submitted):
    request = submitted("view-review-others")
    for username in ("pr", "editor", "areadirector"):
        login(username)
        response = client.get(review_url(request))
        assert response.status_code == 200, username
        assert 'name="action"' not in response.content.decode(), username
    # Another department's director does not find it, as in the request list.
    login("director-finance")
    assert client.get(review_url(request)).status_code == 404
    memo = reverse("approvals_request_memo_pdf", args=[request.pk])
    assert client.get(memo).status_code == 404


def test_someone_without_a_role_in_the_office_finds_no_request(client, submitted, no_role_user):
    request = submitted("view-review-outsider")
    client.force_login(no_role_user)
    for url in (
        review_url(request),
        reverse("approvals_request_preview", args=[request.pk]),
        reverse("approvals_request_memo_pdf", args=[request.pk]),
        reverse("approvals_request_memo_docx", args=[request.pk]),
    ):
        assert client.get(url).status_code == 404, url
    assert refused(client.get(reverse("publication_requests:index")))


def test_anonymous_visitors_are_sent_to_the_login(client, submitted):
    request = submitted("view-review-anonymous")
    response = client.get(review_url(request))
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


def test_the_preview_shows_the_submitted_version_and_may_be_framed(client, login, submitted):
    request = submitted("view-preview", title="ข่าวตัวอย่างสำหรับดูก่อนอนุญาต")
    login("director")
    response = client.get(reverse("approvals_request_preview", args=[request.pk]))
    assert response.status_code == 200
    assert "ข่าวตัวอย่างสำหรับดูก่อนอนุญาต" in response.content.decode()
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_the_director_allows_from_the_review_page(
    client, login, submitted, django_capture_on_commit_callbacks
):
    request = submitted("view-allow")
    login("director")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(review_url(request), {"action": "approve", "comment": ""})
    assert response.status_code == 302
    assert response["Location"] == review_url(request)
    check, order = request.steps.order_by("pk")
    assert check.outcome == StepOutcome.ALLOWED
    assert check.decider_name == get_user_model().objects.get(username="director").person.full_name
    assert order.outcome == StepOutcome.WAITING
    page = client.get(response["Location"]).content.decode()
    with translation.override("th"):
        assert (
            pgettext("approvals", "You allowed the publication of %(number)s “%(subject)s”.")
            % {
                "number": request.number_display,
                "subject": request.subject,
            }
            in page
        )
    # The director no longer decides: the area director's order is next.
    assert 'name="action"' not in page
    assert order.name in page


def test_refusing_needs_a_reason_shown_on_the_form(client, login, submitted):
    request = submitted("view-refuse-no-reason")
    login("director")
    response = client.post(review_url(request), {"action": "refuse", "comment": "  "})
    assert response.status_code == 200
    assert response.context["form"].errors["comment"]
    html = response.content.decode()
    assert thai("Give the reason for not allowing it: the requester will read it.") in html
    request.refresh_from_db()
    assert request.status == RequestStatus.IN_REVIEW
    assert request.steps.get().outcome == StepOutcome.WAITING


def test_sending_back_needs_a_comment_then_goes_back_to_the_requester(
    client, login, submitted, django_capture_on_commit_callbacks
):
    request = submitted("view-send-back")
    login("director")
    response = client.post(review_url(request), {"action": "reject", "comment": ""})
    assert response.status_code == 200
    assert thai("Write what must be changed: the requester will read it.") in (
        response.content.decode()
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            review_url(request), {"action": "reject", "comment": "แก้ชื่อโรงเรียนให้ถูกต้อง"}
        )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == RequestStatus.CHANGES_REQUESTED
    step = request.steps.get()
    assert step.outcome == StepOutcome.CHANGES and step.comment == "แก้ชื่อโรงเรียนให้ถูกต้อง"
    page = client.get(review_url(request)).content.decode()
    assert "แก้ชื่อโรงเรียนให้ถูกต้อง" in page  # in the decisions and the timeline
    assert thai("With the requester for changes") in page


def test_refusal_at_the_order_ends_the_request(
    client, login, submitted, django_capture_on_commit_callbacks
):
    request = submitted("view-refused")
    login("director")
    client.post(review_url(request), {"action": "approve"})
    login("deputy")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            review_url(request), {"action": "refuse", "comment": "ยังไม่ปกปิดข้อมูลส่วนบุคคล"}
        )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == RequestStatus.REFUSED
    html = client.get(review_url(request)).content.decode()
    assert "ยังไม่ปกปิดข้อมูลส่วนบุคคล" in html
    assert thai("Not allowed to be published") in html
    assert thai("Request withdrawn") not in html  # the refusal is not a withdrawal


@pytest.mark.parametrize("username", ["director-finance", "editor", "areadirector", "pr"])
def test_who_does_not_decide_the_step_is_refused(client, login, submitted, username):
    request = submitted(f"view-not-yours-{username}")
    task_state = request.steps.get().task_state
    login(username)
    response = client.post(review_url(request), {"action": "approve"})
    assert refused(response)
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS


def test_the_timeline_follows_the_item_to_publication(
    client, login, submitted, django_capture_on_commit_callbacks
):
    request = submitted("view-timeline")
    login("director")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(review_url(request), {"action": "approve"})
    login("areadirector")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(review_url(request), {"action": "approve", "comment": "เผยแพร่ได้"})
    request.refresh_from_db()
    assert request.status == RequestStatus.PUBLISHED
    response = client.get(review_url(request))
    timeline = [row["label"] for row in response.context["timeline"]]
    check, order = request.steps.order_by("pk")
    assert timeline == [
        thai("Publication request %(number)s opened") % {"number": request.number_display},
        thai("Submitted for permission to publish"),
        thai("Allowed at step “%(step)s”") % {"step": check.name},
        thai("Allowed at step “%(step)s”") % {"step": order.name},
        thai("Published"),
    ]
    # The three blocks of the memo: requester, check and order, with names and reasons.
    decisions = response.context["decisions"]
    assert [block["name"] for block in decisions] == [
        request.requester_name,
        check.decider_name,
        order.decider_name,
    ]
    assert decisions[2]["comment"] == "เผยแพร่ได้"
    assert all(block["when"] for block in decisions)


# The request list ---------------------------------------------------------------------


def list_requests(client, **params) -> list[PublicationRequest]:
    response = client.get(reverse("publication_requests:index"), params)
    assert response.status_code == 200
    return list(response.context["object_list"])


@pytest.fixture
def two_departments(submitted, finance_index):
    """An ICT item and a finance item, both waiting for their department director."""
    ict = submitted("list-ict")
    finance = submitted("list-finance", parent=finance_index)
    return ict, finance


def test_office_wide_roles_list_every_request_of_the_office(client, login, two_departments):
    ict, finance = two_departments
    for username in ("pr", "admin", "areadirector", "deputy"):
        login(username)
        listed = {r.pk for r in list_requests(client, q="ข่าวทดสอบหน้าจอคำขอ list-")}
        assert listed == {ict.pk, finance.pk}, username


def test_department_roles_list_their_departments_requests(client, login, two_departments):
    ict, finance = two_departments
    for username, seen, unseen in (
        ("director", ict, finance),
        ("editor", ict, finance),
        ("director-finance", finance, ict),
    ):
        login(username)
        listed = {r.pk for r in list_requests(client)}
        assert seen.pk in listed and unseen.pk not in listed, username
        departments = {r.department_id for r in list_requests(client)}
        assert departments == {seen.department_id}, username


def test_the_list_is_read_only_and_opens_the_review_page(client, login, two_departments):
    ict, _ = two_departments
    login("pr")
    response = client.get(reverse("publication_requests:index"))
    html = response.content.decode()
    assert review_url(ict) in html
    assert reverse("approvals_request_memo_pdf", args=[ict.pk]) in html
    for name in ("add", "edit", "delete", "history", "inspect"):
        with pytest.raises(NoReverseMatch):
            reverse(f"publication_requests:{name}", args=[ict.pk] if name != "add" else [])
    # The admin menu has it.
    assert (
        reverse("publication_requests:index")
        in client.get(reverse("wagtailadmin_home")).content.decode()
    )


def test_the_list_shows_the_step_who_holds_it_and_lateness(client, login, two_departments):
    ict, _ = two_departments
    step = ict.steps.get()
    step.due_at = timezone.now() - datetime.timedelta(hours=1)
    step.save(update_fields=["due_at"])
    login("pr")
    listed = {r.pk: r for r in list_requests(client, q=ict.subject)}
    row = listed[ict.pk]
    assert row.current_step == step
    assert row.is_late
    director = get_user_model().objects.get(username="director")
    assert row.current_holder_names == [director.person.full_name]


def test_filters_by_department_status_and_step(client, login, two_departments):
    ict, finance = two_departments
    login("director-finance")
    client.post(review_url(finance), {"action": "reject", "comment": "แก้ตัวเลขงบประมาณ"})
    login("pr")
    by_department = list_requests(client, department=finance.department_id)
    assert finance.pk in {r.pk for r in by_department}
    assert {r.department_id for r in by_department} == {finance.department_id}
    changes = {r.pk for r in list_requests(client, status=RequestStatus.CHANGES_REQUESTED)}
    assert finance.pk in changes and ict.pk not in changes
    at_check = {r.pk for r in list_requests(client, step="block:check")}
    assert ict.pk in at_check and finance.pk not in at_check
    by_name = {r.pk for r in list_requests(client, step=f"step:{ict.steps.get().name}")}
    assert ict.pk in by_name
    assert ict.pk not in {r.pk for r in list_requests(client, step="block:order")}


def _submitted_on(request: PublicationRequest, day: datetime.date) -> None:
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))
    PublicationRequest.objects.filter(pk=request.pk).update(submitted_at=moment)


def test_filters_by_fiscal_year_and_quarter(client, login, two_departments):
    ict, finance = two_departments
    # Fiscal year 2568 runs from 1 October 2024; its second quarter is January to March.
    _submitted_on(ict, datetime.date(2025, 2, 10))
    _submitted_on(finance, datetime.date(2024, 10, 1))
    login("pr")
    year = {r.pk for r in list_requests(client, fiscal_year=2568)}
    assert {ict.pk, finance.pk} <= year
    assert not {ict.pk, finance.pk} & {r.pk for r in list_requests(client, fiscal_year=2567)}
    q1 = {r.pk for r in list_requests(client, fiscal_year=2568, quarter=1)}
    q2 = {r.pk for r in list_requests(client, fiscal_year=2568, quarter=2)}
    assert finance.pk in q1 and ict.pk not in q1
    assert ict.pk in q2 and finance.pk not in q2
    assert all(
        datetime.date(2025, 1, 1)
        <= timezone.localdate(r.submitted_at)
        <= datetime.date(2025, 3, 31)
        for r in list_requests(client, fiscal_year=2568, quarter=2)
    )


def test_search_by_subject_or_number(client, login, submitted):
    request = submitted("list-search", title="ประชุมผู้บริหารสถานศึกษาเรื่องงบประมาณพิเศษ")
    login("pr")
    assert [r.pk for r in list_requests(client, q="งบประมาณพิเศษ")] == [request.pk]
    for query in (request.number_display, f"{request.number}/{request.year}", str(request.number)):
        assert request.pk in {r.pk for r in list_requests(client, q=query)}, query


# The quarter's memos as one PDF ---------------------------------------------------------


def pdf_pages(data: bytes, tmp_path) -> int:
    path = tmp_path / "bundle.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(
        next(line for line in info.stdout.splitlines() if line.startswith("Pages:")).split()[1]
    )


def test_export_of_a_quarter_is_one_pdf_with_every_memo(client, login, two_departments, tmp_path):
    ict, finance = two_departments
    _submitted_on(ict, datetime.date(2025, 2, 10))
    _submitted_on(finance, datetime.date(2025, 3, 31))
    login("pr")
    params = {"fiscal_year": 2568, "quarter": 2}
    expected = list_requests(client, **params)
    assert {ict.pk, finance.pk} <= {r.pk for r in expected}
    response = client.get(reverse("approvals_request_bundle_pdf"), params)
    assert response.status_code == 200
    assert response["Content-Type"] == PDF
    assert response.content.startswith(b"%PDF")
    assert 'filename="memos-2568-q2.pdf"' in response["Content-Disposition"]
    assert pdf_pages(response.content, tmp_path) >= len(expected) + 1  # a cover, then each memo


def test_export_follows_the_department_filter(client, login, two_departments, tmp_path):
    ict, finance = two_departments
    _submitted_on(ict, datetime.date(2025, 2, 10))
    _submitted_on(finance, datetime.date(2025, 2, 11))
    login("pr")
    url = reverse("approvals_request_bundle_pdf")
    params = {"fiscal_year": 2568, "quarter": 2}
    both = client.get(url, params)
    one = client.get(url, {**params, "department": finance.department_id})
    assert one.status_code == both.status_code == 200
    assert pdf_pages(one.content, tmp_path) < pdf_pages(both.content, tmp_path)


def test_export_of_an_empty_quarter_says_so(client, login):
    login("pr")
    response = client.get(reverse("approvals_request_bundle_pdf"), {"q": "ไม่มีเรื่องนี้ zzz"})
    assert response.status_code == 302
    assert reverse("publication_requests:index") in response["Location"]


def test_the_list_offers_the_export_of_the_filtered_quarter(client, login, two_departments):
    login("pr")
    response = client.get(
        reverse("publication_requests:index"), {"fiscal_year": 2569, "quarter": 1}
    )
    assert (
        f"{reverse('approvals_request_bundle_pdf')}?fiscal_year=2569&amp;quarter=1"
        in response.content.decode()
    )


# Memo downloads and the links from the item ---------------------------------------------


@pytest.mark.parametrize(
    ("url_name", "content_type", "extension", "magic"),
    [
        ("approvals_request_memo_pdf", PDF, "pdf", b"%PDF"),
        ("approvals_request_memo_docx", DOCX, "docx", b"PK"),
    ],
)
def test_memo_downloads(client, login, submitted, url_name, content_type, extension, magic):
    request = submitted(f"view-memo-{extension}")
    for username in ("editor", "director", "pr"):
        login(username)
        response = client.get(reverse(url_name, args=[request.pk]))
        assert response.status_code == 200, username
        assert response["Content-Type"] == content_type
        assert response.content.startswith(magic)
        disposition = response["Content-Disposition"]
        assert f'filename="memo-{request.year}-{request.number}.{extension}"' in disposition
        thai_name = f"บันทึกขออนุญาตเผยแพร่-{request.number}-{request.year}.{extension}"
        assert f"filename*=UTF-8''{quote(thai_name)}" in disposition


def test_the_page_editor_links_to_the_request_and_its_memo(client, login, submitted):
    request = submitted("view-editor-links")
    login("director")
    response = client.get(reverse("wagtailadmin_pages:edit", args=[request.page_id]))
    assert response.status_code == 200
    html = response.content.decode()
    assert review_url(request) in html
    assert reverse("approvals_request_memo_pdf", args=[request.pk]) in html
    assert reverse("approvals_request_memo_docx", args=[request.pk]) in html
    # Pages that never asked for permission have no such links.
    from .conftest import news_data

    login("editor")
    index = NewsIndexPage.objects.get(department__key="ict")
    client.post(f"/admin/pages/add/news/newspage/{index.pk}/", news_data(slug="view-draft"))
    other = NewsPage.objects.get(slug="view-draft")
    login("director")
    html = client.get(reverse("wagtailadmin_pages:edit", args=[other.pk])).content.decode()
    assert not re.search(r"/admin/publication-requests/\d+/", html)


def test_the_list_reads_a_fixed_number_of_queries(client, login, submitted):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    submitted("list-queries-1")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert len(list_requests(client, q="list-queries")) == count
        return len(captured)

    login("pr")
    count = 1
    queries()
    one = queries()
    submitted("list-queries-2")
    submitted("list-queries-3")
    login("pr")
    count = 3
    queries()
    assert queries() == one
