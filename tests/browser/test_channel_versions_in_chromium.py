"""The channels panel of the news editor in a real Chromium: the ticks follow the news
kind, the SMS count is the server's count (Thai text across the 70/67 boundary,
characters outside the BMP, GSM-7 with its extension table), the previews follow the
typing, and what is saved is what was typed."""

import pytest
from django.urls import reverse

from prachasan.demo.services import DEMO_PASSWORD
from prachasan.distribution.models import Channel, ChannelKind
from prachasan.distribution.panels import sms_count_display
from prachasan.distribution.sms import sms_segments
from prachasan.news.models import NewsIndexPage, NewsPage

from . import test_pages_in_chromium as harness

# No django_db mark, as in the harness: the server thread shares this thread's connection.
pytestmark = [pytest.mark.browser]

site_url = harness.site_url
browser = harness.browser
SCREENSHOTS = harness.SCREENSHOTS

TITLE = "ขอเชิญร่วมงานวันเทคโนโลยีเพื่อการศึกษา"
LEAD = "กลุ่มส่งเสริมการศึกษาทางไกลฯ ขอเชิญครูและบุคลากรทางการศึกษาร่วมงาน"

# Thai (UCS-2): 70 in one message, 67 per part; a character outside the BMP counts two
# and is never split; GSM-7: 160/153, the extension table counting two.
SAMPLES = [
    "ก" * 70,
    "ก" * 71,
    "ก" * 134,
    "ก" * 135,
    "ก" * 201,
    "ก" * 202,
    "ที่ประชุมผู้บริหารสถานศึกษา" * 3,
    "ก" * 68 + "😀",
    "ก" * 66 + "😀" + "ก" * 2,
    "ก" * 66 + "😀" + "ก" * 10,
    "Meeting at 10:00 " * 9,
    "A" * 160,
    "A" * 161,
    "€" * 80,
    "€" * 81,
    "A" * 152 + "€" + "A" * 10,
    "Hello ก",
    "",
]


@pytest.fixture(scope="module")
def shared_connection_kept(site_url):
    """The server thread shares this thread's database connection and, after each
    request, would close it (CONN_MAX_AGE is 0), perhaps while this thread reads: the
    editor pings the server now and then. Keep it open while these tests run."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def _server_idle(site_url: str) -> None:
    """Return once the server thread (one request at a time) has finished every request
    before this one, so that this thread may use the shared connection."""
    from urllib.request import urlopen

    with urlopen(f"{site_url}/static/distribution/channel_versions.css") as response:  # noqa: S310
        response.read()


@pytest.fixture(scope="module")
def office_channels(site_url, shared_connection_kept, django_db_blocker):
    """Channels of the demo office, removed again afterwards (with the item the test
    saves), so that the tests after these find the demo office as it was."""
    with django_db_blocker.unblock():
        index = NewsIndexPage.objects.get(department__key="ict")
        office = Channel._meta.get_field("office").related_model.for_site(index.get_site())
        # The demo office's own channels step aside while the test runs.
        others = list(
            Channel.objects.filter(office=office, active=True).values_list("pk", flat=True)
        )
        Channel.objects.filter(pk__in=others).update(active=False)
        made = {
            "sms": Channel.objects.create(
                office=office,
                kind=ChannelKind.SMS,
                name="SMS ผู้บริหาร (ทดสอบ)",
                default_news_kinds=["urgent"],
            ),
            "line": Channel.objects.create(
                office=office,
                kind=ChannelKind.LINE,
                name="LINE สพป.ตัวอย่าง (ทดสอบ)",
                default_news_kinds=["urgent", "activity"],
            ),
            "facebook": Channel.objects.create(
                office=office,
                kind=ChannelKind.FACEBOOK,
                name="เพจ สพป.ตัวอย่าง เขต 1 (ทดสอบ)",
                default_news_kinds=["activity"],
            ),
            "email": Channel.objects.create(
                office=office, kind=ChannelKind.EMAIL, name="อีเมลผู้บริหารโรงเรียน (ทดสอบ)"
            ),
        }
        yield {"index": index, **made}
        _server_idle(site_url)
        NewsPage.objects.filter(title=TITLE).delete()
        Channel.objects.filter(pk__in=[c.pk for c in made.values()]).delete()
        Channel.objects.filter(pk__in=others).update(active=True)


def _ticked(page, channel) -> bool:
    return page.locator(f"[name='channel_versions-{channel.pk}-send']").is_checked()


def test_the_officer_writes_each_channels_version(
    browser, site_url, office_channels, django_db_blocker
):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    sms, line, facebook = (
        office_channels["sms"],
        office_channels["line"],
        office_channels["facebook"],
    )
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="th-TH")
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(site_url + reverse("wagtailadmin_login"))
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{site_url}{reverse('wagtailadmin_home')}")

    page.goto(f"{site_url}/admin/pages/add/news/newspage/{office_channels['index'].pk}/")
    page.wait_for_selector("[data-channel-versions][data-ready]")
    page.wait_for_load_state("networkidle")
    assert not errors, errors

    # The counter in the page is the server's counter.
    for text in SAMPLES:
        counted = page.evaluate("(text) => window.prachasanSmsCount(text)", text)
        parts, encoding = sms_segments(text)
        assert (counted["parts"], counted["encoding"], counted["chars"]) == (
            parts,
            encoding,
            len(text),
        ), text

    # A new activity item: LINE and Facebook ticked; urgent news: SMS and LINE.
    assert not _ticked(page, sms) and _ticked(page, line) and _ticked(page, facebook)
    sms_body = page.locator(f"[data-channel='{sms.pk}'] [data-role=body]")
    assert not sms_body.is_visible()
    page.select_option("select[name=kind]", "urgent")
    assert _ticked(page, sms) and _ticked(page, line) and not _ticked(page, facebook)
    assert sms_body.is_visible()

    page.fill("input[name=title]", TITLE)
    page.fill("textarea[name=lead]", LEAD)
    # The blank LINE text shows (and will send) the lead, under the title in bold.
    line_section = page.locator(f"[data-channel='{line.pk}']")
    assert line_section.locator(".preview-line__title").inner_text() == TITLE
    assert line_section.locator(".preview-line__text").inner_text() == LEAD
    line_text = "ขอเชิญร่วมงานวันที่ 10 กุมภาพันธ์ 2570 ณ หอประชุมสำนักงาน"
    line_section.locator("[data-role=text]").fill(line_text)
    assert line_section.locator(".preview-line__text").inner_text() == line_text
    assert line_section.locator(".preview-line__button").is_visible()

    # The SMS count follows the typing across the 70/67 boundary.
    sms_text = page.locator(f"[name='channel_versions-{sms.pk}-text']")
    count = page.locator(f"[data-channel='{sms.pk}'] [data-role=count]")
    for text in ("ก" * 70, "ก" * 71, "ประชุมผู้บริหาร" * 10):
        sms_text.fill(text)
        assert count.get_attribute("data-parts") == str(sms_segments(text)[0])
        assert count.inner_text().startswith(sms_count_display(text))
    final_sms = "ขอเชิญผู้บริหารร่วมงานวันเทคโนโลยีเพื่อการศึกษา 10 ก.พ. 70 เวลา 09.00 น."
    sms_text.fill(final_sms)
    assert count.get_attribute("data-parts") == "2"
    assert page.locator(f"[data-channel='{sms.pk}'] .preview-sms__bubble").inner_text() == (
        final_sms
    )

    # The officer ticks Facebook by hand: a change of kind no longer moves the ticks.
    page.check(f"[name='channel_versions-{facebook.pk}-send']")
    page.select_option("select[name=kind]", "announcement")
    assert _ticked(page, facebook) and _ticked(page, sms)
    facebook_section = page.locator(f"[data-channel='{facebook.pk}']")
    assert LEAD in facebook_section.locator(".preview-facebook__text").inner_text()

    # The admin scrolls inside <main>: a viewport as tall as it shows the whole panel.
    height = page.evaluate("document.querySelector('main').scrollHeight")
    page.set_viewport_size({"width": 1280, "height": min(height + 60, 12000)})
    page.evaluate("document.fonts.ready.then(() => true)")
    panel = page.locator("[data-channel-versions]").locator("..")
    panel.screenshot(path=SCREENSHOTS / "channel-versions.png")
    panel.screenshot(path="/tmp/channel-versions.png")
    page.set_viewport_size({"width": 1280, "height": 900})

    # Wagtail 8 saves a draft by itself half a second after a change: let that finish
    # first, or the click races it and a second page is created beside the autosaved one.
    page.wait_for_timeout(1500)
    page.wait_for_load_state("networkidle")
    page.locator("button.action-save").first.click()
    page.wait_for_url(f"{site_url}/admin/pages/*/edit/")
    page.wait_for_load_state("networkidle")
    page.close()
    assert not errors, errors

    _server_idle(site_url)

    with django_db_blocker.unblock():
        saved = NewsPage.objects.get(title=TITLE).latest_revision.as_object()
        versions = saved.channel_versions
    assert versions[str(sms.pk)]["send"] is True
    assert versions[str(sms.pk)]["text"] == final_sms
    assert versions[str(line.pk)]["text"] == line_text
    assert versions[str(facebook.pk)]["send"] is True
    assert versions[str(office_channels["email"].pk)]["send"] is False
