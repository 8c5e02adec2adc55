"""The delivery log and one item's deliveries in a real Chromium, as the PR officer opens
them from the menu on a desk and on a phone."""

import pytest
from django.urls import reverse

from prachasan.demo.services import DEMO_PASSWORD
from prachasan.distribution.models import Dispatch
from tests.browser import test_pages_in_chromium as harness

# No django_db mark, as in the harness: the server thread shares this thread's connection.
pytestmark = [pytest.mark.browser]

site_url = harness.site_url
browser = harness.browser
SCREENSHOTS = harness.SCREENSHOTS


@pytest.fixture(scope="module")
def sent_item(django_db_setup, django_db_blocker):
    """An item of the demo office that went out on some channel."""
    with django_db_blocker.unblock():
        dispatch = (
            Dispatch.objects.filter(correction__isnull=True, page__isnull=False)
            .select_related("page")
            .order_by("-created_at")
            .first()
        )
        assert dispatch is not None, "the demo office sends its items"
        return {"pk": dispatch.page_id, "title": dispatch.page.title}


def _screenshot(page, name: str) -> None:
    height = page.evaluate("document.querySelector('main').scrollHeight")
    width = page.viewport_size["width"]
    page.set_viewport_size({"width": width, "height": min(height + 60, 8000)})
    page.screenshot(path=SCREENSHOTS / name, full_page=True)
    page.set_viewport_size({"width": width, "height": 800})


@pytest.mark.parametrize("width", [1280, 390])
def test_the_pr_officer_reads_the_log_and_the_items_deliveries(browser, site_url, sent_item, width):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": width, "height": 800}, locale="th-TH")
    failed = []
    page.on(
        "response",
        lambda r: failed.append(r.url) if r.status >= 400 and site_url in r.url else None,
    )
    page.goto(site_url + reverse("wagtailadmin_login"))
    page.fill("input[name=username]", "pr")
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{site_url}{reverse('wagtailadmin_home')}")

    page.goto(site_url + reverse("distribution_log:index"))
    page.wait_for_load_state("networkidle")
    assert page.locator("table.listing tbody tr").count() > 0
    assert page.locator(".distribution-status").first.is_visible()
    _screenshot(page, f"distribution-log-{width}.png")

    page.goto(site_url + reverse("distribution_item", args=[sent_item["pk"]]))
    page.wait_for_load_state("networkidle")
    assert sent_item["title"] in page.locator("main").inner_text()
    assert page.locator(".distribution-channel").count() > 0
    # The status labels are coloured by distribution_admin.css, unlike a plain status tag.
    plain, *sent = page.evaluate(
        """() => {
            const probe = document.createElement("span");
            probe.className = "w-status";
            document.querySelector("main").append(probe);
            const plain = getComputedStyle(probe).backgroundColor;
            probe.remove();
            return [plain, ...[...document.querySelectorAll(".distribution-status--sent")]
                .map((tag) => getComputedStyle(tag).backgroundColor)];
        }"""
    )
    assert sent and plain not in sent
    assert page.evaluate("document.fonts.check('16px Sarabun')")
    _screenshot(page, f"distribution-item-{width}.png")
    page.close()
    assert not failed, f"requests failed: {failed}"
