"""The office's RSS, Atom and iCalendar feeds, read as a feed reader or calendar would."""

import datetime
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Site

from prachasan.news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def site():
    return Site.objects.get(is_default_site=True)


def _live(site):
    return NewsPage.objects.live().public().descendant_of(site.root_page)


def _rss_items(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    root = ET.fromstring(response.content)
    assert root.tag == "rss"
    return root.find("channel"), root.findall("channel/item")


def test_office_rss(client, site):
    channel, items = _rss_items(client.get("/feeds/news.rss"))
    assert 0 < len(items) <= 30
    live = _live(site)
    assert live.count() > 30
    assert len(items) == 30
    assert "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1" in channel.findtext("title")
    newest = live.order_by("-first_published_at", "-pk").first()
    first = items[0]
    assert first.findtext("title") == newest.title  # Thai intact through the XML
    assert first.findtext("description") == newest.lead
    assert first.findtext("link") == newest.get_full_url()
    assert first.findtext("link").startswith(site.root_url + "/")
    # RFC 822 date: "Sat, 21 Nov 2026 04:30:00 +0000" parses back to the publication time.
    assert parsedate_to_datetime(first.findtext("pubDate")) == newest.first_published_at.replace(
        microsecond=0
    )
    categories = [c.text for c in first.findall("category")]
    assert str(newest.get_kind_display()) in categories
    if newest.department:
        assert newest.department.name in ET.tostring(first, encoding="unicode")
    for item in items:
        assert item.findtext("link").startswith(site.root_url + "/")


def test_rss_enclosure_for_cover_image(client, site):
    _, items = _rss_items(client.get("/feeds/news.rss"))
    enclosures = [item.find("enclosure") for item in items if item.find("enclosure") is not None]
    with_cover = _live(site).exclude(cover_image=None).order_by("-first_published_at")[:30]
    if not with_cover:
        pytest.skip("the demo has no cover images")
    assert enclosures
    for enclosure in enclosures:
        assert enclosure.get("url").startswith(("http://", "https://"))
        assert enclosure.get("length") == "0"
        assert enclosure.get("type").startswith("image/")
    assert client.get(enclosures[0].get("url").split(site.root_url, 1)[-1]).status_code == 200


def test_office_atom(client, site):
    response = client.get("/feeds/news.atom")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 30
    newest = _live(site).order_by("-first_published_at", "-pk").first()
    assert entries[0].findtext(f"{ATOM}title") == newest.title
    assert entries[0].find(f"{ATOM}link").get("href") == newest.get_full_url()
    updated = datetime.datetime.fromisoformat(entries[0].findtext(f"{ATOM}updated"))
    assert updated.tzinfo is not None


def test_department_feed_has_only_its_items(client, site):
    expected = set(_live(site).filter(department__key="ict").values_list("title", flat=True))
    assert expected
    _, items = _rss_items(client.get("/feeds/departments/ict.rss"))
    titles = {item.findtext("title") for item in items}
    assert titles and titles <= expected
    others = set(_live(site).exclude(department__key="ict").values_list("title", flat=True))
    assert not titles & (others - expected)
    atom = ET.fromstring(client.get("/feeds/departments/ict.atom").content)
    assert {e.findtext(f"{ATOM}title") for e in atom.findall(f"{ATOM}entry")} == titles


def test_information_type_feed(client, site):
    item = _live(site).exclude(information_type=None).first()
    assert item is not None
    number = item.information_type.number
    _, items = _rss_items(client.get(f"/feeds/information-types/{number}.rss"))
    expected = set(
        _live(site).filter(information_type__number=number).values_list("title", flat=True)
    )
    titles = {i.findtext("title") for i in items}
    assert item.title in titles or len(items) == 30
    assert titles <= expected
    assert client.get(f"/feeds/information-types/{number}.atom").status_code == 200


def test_unknown_department_or_type_is_404(client):
    assert client.get("/feeds/departments/no-such-department.rss").status_code == 404
    assert client.get("/feeds/departments/no-such-department.atom").status_code == 404
    assert client.get("/feeds/information-types/999.rss").status_code == 404


def test_rss_queries_do_not_grow_with_items(client, django_assert_max_num_queries):
    client.get("/feeds/news.rss")  # the first request makes the renditions
    with django_assert_max_num_queries(8):
        response = client.get("/feeds/news.rss")
    assert len(ET.fromstring(response.content).findall("channel/item")) == 30


def test_feed_links_in_page_heads(client):
    html = client.get("/").content.decode()
    assert 'type="application/rss+xml"' in html and 'href="/feeds/news.rss"' in html
    assert 'type="application/atom+xml"' in html and 'href="/feeds/news.atom"' in html
    index = NewsIndexPage.objects.get(department__key="ict")
    html = client.get(index.url).content.decode()
    assert 'href="/feeds/departments/ict.rss"' in html
    assert 'href="/feeds/departments/ict.atom"' in html


def test_feeds_never_show_another_offices_news(client):
    call_command(
        "create_office",
        "feeds.example.go.th",
        name="สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาฟีด",
        short_name="สพม.ฟีด",
    )
    other = Client(HTTP_HOST="feeds.example.go.th")
    channel, items = _rss_items(other.get("/feeds/news.rss"))
    assert "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาฟีด" in channel.findtext("title")
    assert items == []
    assert other.get("/feeds/departments/ict.rss").status_code == 200  # its own ICT, empty
    assert "BEGIN:VEVENT" not in other.get("/feeds/activities.ics").content.decode()
    # And the demo's feed does not pick up the new office either.
    _, demo_items = _rss_items(client.get("/feeds/news.rss"))
    assert all("feeds.example.go.th" not in i.findtext("link") for i in demo_items)


def _ics_lines(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    raw = response.content
    assert raw.endswith(b"\r\n")
    physical = raw.split(b"\r\n")[:-1]
    for line in physical:
        assert b"\n" not in line and b"\r" not in line
        assert len(line) <= 75, line
        line.decode("utf-8")  # folding never splits a character
    return raw.decode("utf-8").replace("\r\n ", "").split("\r\n")[:-1]


def test_activities_ics(client, site):
    lines = _ics_lines(client.get("/feeds/activities.ics"))
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines
    events, current = [], None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = []
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            current.append(line)
    since = timezone.localdate() - datetime.timedelta(days=90)
    activities = _live(site).filter(activity_date__gte=since)
    assert events and len(events) == activities.count()
    for event in events:
        names = {line.split(":", 1)[0].split(";", 1)[0] for line in event}
        assert {"UID", "DTSTAMP", "DTSTART", "SUMMARY"} <= names
    uids = {line for event in events for line in event if line.startswith("UID:")}
    for activity in activities:
        assert f"UID:newspage-{activity.pk}@{site.hostname}" in uids


def test_activities_ics_contains_a_demo_activity(client, site):
    item = _live(site).filter(department__key="ict").first()
    soon = timezone.localdate() + datetime.timedelta(days=5)
    item.activity_date = soon
    item.activity_time = datetime.time(9, 30)
    item.activity_place = "ห้องประชุมใหญ่, ชั้น 3"
    item.save(update_fields=["activity_date", "activity_time", "activity_place"])
    lines = _ics_lines(client.get("/feeds/activities.ics"))
    text = "\n".join(lines)
    assert f"UID:newspage-{item.pk}@{site.hostname}" in text
    assert f"DTSTART;TZID=Asia/Bangkok:{soon:%Y%m%d}T093000" in text
    assert "LOCATION:ห้องประชุมใหญ่\\, ชั้น 3" in text
    assert f"URL:{item.get_full_url()}" in text
