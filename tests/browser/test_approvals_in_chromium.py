"""The review page of a publication request on a phone, in a real Chromium: the ICT
department director opens the link of the notification e-mail at 360 px, reads the item
and the memo without scrolling sideways, and allows it."""

import pytest
from django.test import Client
from django.urls import reverse

from prachasan.approvals.models import PublicationRequest, StepOutcome
from prachasan.demo.services import DEMO_PASSWORD
from prachasan.news.models import NewsIndexPage

from . import test_pages_in_chromium as harness

# No django_db mark, as in the harness: the server thread shares this thread's connection.
pytestmark = [pytest.mark.browser]

# The harness's server thread and browser, shared by this module's tests.
site_url = harness.site_url
browser = harness.browser
SCREENSHOTS = harness.SCREENSHOTS

SLUG = "browser-review-request"


@pytest.fixture(scope="module")
def submitted_request(site_url, django_db_blocker):
    """An ICT item submitted by its web editor through the page editor; removed again
    afterwards, so that the tests after these find the demo office as it was."""
    from tests.approvals.conftest import news_data

    with django_db_blocker.unblock():
        client = Client()
        assert client.login(username="editor", password=DEMO_PASSWORD)
        index = NewsIndexPage.objects.get(department__key="ict")
        data = news_data(
            slug=SLUG,
            title="ขอเชิญร่วมงานวันเทคโนโลยีเพื่อการศึกษา ณ หอประชุมสำนักงาน",
            lead="กลุ่มส่งเสริมการศึกษาทางไกลฯ ขอเชิญครูและบุคลากรร่วมงาน",
            publication_work_unit="งานเทคโนโลยีสารสนเทศ",
            publication_note="ขอเผยแพร่ทางเว็บไซต์และเพจของสำนักงาน",
            publication_confirm="on",
            **{"action-submit": "Submit"},
        )
        response = client.post(f"/admin/pages/add/news/newspage/{index.pk}/", data)
        assert response.status_code == 302
        request = PublicationRequest.objects.get(page__slug=SLUG)
        yield request
        page = request.page
        PublicationRequest.objects.filter(pk=request.pk).delete()
        page.delete()


def _no_sideways_scroll(page) -> dict:
    """How wide the document and the admin's scrolling main area are, against the screen."""
    return page.evaluate(
        """() => {
            const main = document.querySelector("main");
            return {
                document: document.documentElement.scrollWidth,
                main: main.scrollWidth,
                mainVisible: main.clientWidth,
                viewport: window.innerWidth,
            };
        }"""
    )


def _screenshot(page, name: str) -> None:
    # The admin scrolls inside <main>: make the viewport as tall as it for a whole-page shot.
    height = page.evaluate("document.querySelector('main').scrollHeight")
    width = page.viewport_size["width"]
    page.set_viewport_size({"width": width, "height": min(height + 60, 8000)})
    page.evaluate("document.fonts.ready.then(() => true)")
    page.screenshot(path=SCREENSHOTS / name, full_page=True)
    page.set_viewport_size({"width": width, "height": 740})


def test_the_director_reviews_and_allows_on_a_phone(
    browser, site_url, submitted_request, django_db_blocker
):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 360, "height": 740}, locale="th-TH")
    failed = []
    page.on(
        "response",
        lambda r: failed.append(r.url) if r.status >= 400 and site_url in r.url else None,
    )
    page.goto(site_url + reverse("wagtailadmin_login"))
    page.fill("input[name=username]", "director")
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{site_url}{reverse('wagtailadmin_home')}")

    review = site_url + reverse("approvals_request_review", args=[submitted_request.pk])
    page.goto(review)
    page.wait_for_load_state("networkidle")
    assert (
        page.locator(".approvals-review__subject").inner_text().strip() == submitted_request.subject
    )
    widths = _no_sideways_scroll(page)
    assert widths["document"] <= 360, widths
    assert widths["main"] <= widths["mainVisible"], f"the review page is cut off: {widths}"
    # The item as it will appear, framed at the phone's width.
    frame = page.locator("iframe.approvals-preview__frame")
    assert frame.is_visible()
    assert frame.bounding_box()["width"] <= 360
    inner = page.frame_locator("iframe.approvals-preview__frame").locator("h1").first
    assert submitted_request.subject in inner.inner_text()
    assert page.locator("text=งานเทคโนโลยีสารสนเทศ").first.is_visible()
    _screenshot(page, "approvals-review-360.png")

    page.click("button[name=action][value=approve]")
    page.wait_for_url(review)
    assert page.locator(".messages .success, .messages li").first.is_visible()
    assert submitted_request.number_display in page.locator(".messages").inner_text()
    # The director's decision is on the page; the next step waits for the area director.
    assert page.locator("button[name=action]").count() == 0
    assert page.locator(".approvals-current").is_visible()
    assert _no_sideways_scroll(page)["document"] <= 360
    _screenshot(page, "approvals-review-360-allowed.png")
    page.close()

    with django_db_blocker.unblock():
        check, order = submitted_request.steps.order_by("pk")
        assert check.outcome == StepOutcome.ALLOWED
        assert check.decided_by.username == "director"
        assert order.outcome == StepOutcome.WAITING
    assert not failed, f"requests failed: {failed}"
