"""The home page and a news item, opened in a real Chromium at phone and desktop width."""

import os
from pathlib import Path

import pytest
from django.conf import settings

from prachasan.news.models import NewsPage

# No django_db mark: a test transaction would hold SQLite's write lock while the server
# thread needs to write (image renditions on first view). Reads happen in fixtures.
pytestmark = [pytest.mark.browser]

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(settings.VAR_DIR) / "screenshots"
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="module")
def site_url(django_db_setup, django_db_blocker):
    """The site served from a thread that shares this thread's database connection, as
    Django's LiveServerTestCase does for in-memory SQLite: it sees the demo office, takes
    no lock against us, and leaves no session behind that would stop the test database
    from being dropped. Unlike pytest-django's live_server it does not flush the database
    after each test, so the demo office stays for the tests that run after these."""
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.servers.basehttp import WSGIServer
    from django.db import connections
    from django.test.testcases import LiveServerThread, QuietWSGIRequestHandler

    class OneRequestAtATime(LiveServerThread):
        """Serves in its own thread, one request at a time: a shared connection must
        never serve two requests at once (SQLite would crash)."""

        def _create_server(self, connections_override=None):
            return WSGIServer(
                (self.host, self.port), QuietWSGIRequestHandler, allow_reuse_address=False
            )

    with django_db_blocker.unblock():
        connection = connections["default"]
        connection.inc_thread_sharing()
        thread = OneRequestAtATime(
            "127.0.0.1",
            StaticFilesHandler,
            connections_override={"default": connection},
            port=0,
        )
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        yield f"http://127.0.0.1:{thread.port}"
        thread.terminate()
        connection.dec_thread_sharing()
        connection.close()


@pytest.fixture(scope="module")
def news_item(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        item = NewsPage.objects.live().exclude(attachments=None).order_by("-first_published_at")[0]
        return {"url": item.url, "title": item.title}


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: `make browser-deps` installs Debian's package.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.mark.parametrize("width,height", [(360, 780), (1280, 900)])
def test_home_and_news_item(browser, site_url, news_item, width, height):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": width, "height": height}, locale="th-TH")
    failed = []
    page.on(
        "response",
        lambda r: failed.append(r.url) if r.status >= 400 and site_url in r.url else None,
    )

    page.goto(site_url + "/")
    assert page.locator("html").get_attribute("lang") == "th"
    assert page.locator("h1, .site-title").first.is_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"home page scrolls sideways by {overflow}px at {width}px"
    font = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert "Sarabun" in font
    page.screenshot(path=SCREENSHOTS / f"home-{width}.png", full_page=True)

    page.goto(site_url + news_item["url"])
    assert page.locator("h1").first.inner_text().strip() == news_item["title"]
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"news item scrolls sideways by {overflow}px at {width}px"
    assert page.evaluate("document.fonts.check('16px Sarabun')")
    page.screenshot(path=SCREENSHOTS / f"news-{width}.png", full_page=True)
    page.close()
    assert not failed, f"requests failed: {failed}"


WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="module")
def public_urls(django_db_setup, django_db_blocker):
    from prachasan.site.models import DepartmentPage

    with django_db_blocker.unblock():
        item = NewsPage.objects.live().exclude(attachments=None).first()
        department = DepartmentPage.objects.live().first()
        return ["/", "/news/?kind=announcement", item.url, department.url, "/staff/", "/contact/"]


@pytest.mark.parametrize("width", [360, 1280])
def test_public_pages_meet_wcag_21_aa(browser, site_url, public_urls, width):
    """axe-core (shipped inside axe-playwright-python) finds no WCAG 2.1 A/AA violation."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    page = browser.new_page(viewport={"width": width, "height": 900}, locale="th-TH")
    problems = {}
    for url in public_urls:
        page.goto(site_url + url)
        result = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_AA}})
        violations = result.response["violations"]
        if violations:
            problems[url] = [(v["id"], v["impact"], len(v["nodes"])) for v in violations]
    page.close()
    assert not problems, problems
