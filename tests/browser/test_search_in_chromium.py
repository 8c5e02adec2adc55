"""A visitor searches the demo office's site in a real Chromium: from the home page's box,
narrows the results to one fiscal year, and opens a result."""

import datetime
from collections import Counter
from pathlib import Path

import pytest
from django.utils import timezone

from prachasan.news.models import NewsPage
from prachasan.thai.fiscal import fiscal_year_bounds, fiscal_year_of

# The server thread and the browser, shared with the other browser tests.
from tests.browser.test_pages_in_chromium import WCAG_AA, browser, site_url  # noqa: F401

pytestmark = [pytest.mark.browser]

# A word inside Thai compounds in the demo's titles (สถานการณ์อุทกภัย, จากอุทกภัย).
QUERY = "อุทกภัย"
SCREENSHOTS = Path("/tmp")


@pytest.fixture(scope="module")
def fiscal_year(django_db_setup, django_db_blocker):
    """The fiscal year (BE) with most of the demo's items about the query."""
    with django_db_blocker.unblock():
        dates = (
            NewsPage.objects.live()
            .filter(title__contains=QUERY)
            .values_list("first_published_at", flat=True)
        )
        years = Counter(fiscal_year_of(timezone.localtime(d).date()) for d in dates)
    assert years, "the demo has no item about the query"
    return years.most_common(1)[0][0]


def _result_dates(page) -> list[datetime.date]:
    values = page.locator(".search-result time").evaluate_all(
        "nodes => nodes.map(n => n.getAttribute('datetime'))"
    )
    return [datetime.date.fromisoformat(value) for value in values]


@pytest.mark.parametrize("width,height", [(360, 780), (1280, 900)])
def test_search_filter_by_fiscal_year_and_open_a_result(
    browser,  # noqa: F811
    site_url,  # noqa: F811
    fiscal_year,
    width,
    height,
):
    from axe_playwright_python.sync_playwright import Axe

    page = browser.new_page(viewport={"width": width, "height": height}, locale="th-TH")
    failed = []
    # What the page itself loads; axe-core's own XHRs (it re-fetches style sheets and
    # resolves site.css's @import against the page's URL) are not the site's.
    page.on(
        "response",
        lambda r: (
            failed.append(r.url)
            if r.status >= 400 and site_url in r.url and r.request.resource_type != "xhr"
            else None
        ),
    )
    page.goto(site_url + "/")
    box = page.get_by_role("search").first
    box.get_by_role("searchbox").fill(QUERY)
    box.get_by_role("searchbox").press("Enter")
    page.wait_for_url("**/search/?q=*")

    titles = page.locator(".search-result__title").all_inner_texts()
    assert titles, "the search found nothing"
    assert any(QUERY in title for title in titles), titles
    assert page.locator(".search-result mark").first.inner_text() == QUERY
    # The header's box keeps the query on the results page.
    assert page.locator("#site-search-q").input_value() == QUERY
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"results scroll sideways by {overflow}px at {width}px"

    page.select_option("#id_fiscal_year", str(fiscal_year))
    page.locator(".search-form button[type=submit]").click()
    page.wait_for_url(f"**fiscal_year={fiscal_year}*")
    first, last = fiscal_year_bounds(fiscal_year)
    dates = _result_dates(page)
    assert dates and all(first <= d <= last for d in dates), dates
    assert page.locator("#id_q").input_value() == QUERY
    page.screenshot(path=SCREENSHOTS / f"search-{width}.png", full_page=True)

    result = page.locator(".search-result__title a").first
    title = result.inner_text().strip()
    axe = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_AA}})
    violations = [(v["id"], v["impact"], len(v["nodes"])) for v in axe.response["violations"]]
    assert not violations, violations

    result.click()
    page.wait_for_load_state()
    assert page.locator("h1").first.inner_text().strip() == title
    page.close()
    assert not failed, f"requests failed: {failed}"
