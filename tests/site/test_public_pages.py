"""Each public page renders with the demo office, in a bounded number of queries."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from prachasan.news.models import NewsIndexPage, NewsKind, NewsPage
from prachasan.site.models import DepartmentPage
from prachasan.thai.dates import format_thai_date, format_thai_datetime

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()


def _titles_in(html: str) -> set[str]:
    return {t for t in NewsPage.objects.live().values_list("title", flat=True) if t in html}


def _get(client, url, django_assert_max_num_queries, limit):
    # Render twice: the first request makes image renditions, the second is what a
    # visitor meets once the site is warm.
    client.get(url)
    with django_assert_max_num_queries(limit):
        response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_home_page(client, django_assert_max_num_queries):
    html = _get(client, "/", django_assert_max_num_queries, 30)
    assert '<html lang="th"' in html
    assert "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1" in html
    urgent = NewsPage.objects.live().filter(kind=NewsKind.URGENT).order_by("-first_published_at")
    assert urgent.first().title in html
    # Every department that has news shows its latest headline.
    for department_page in DepartmentPage.objects.select_related("department"):
        latest = (
            NewsPage.objects.live()
            .filter(department=department_page.department)
            .order_by("-first_published_at")
            .first()
        )
        if latest:
            assert latest.title in html
    assert 'property="og:title"' in html
    assert "fonts/sarabun/Sarabun-Regular.ttf" in html or "/static/css/site.css" in html


def test_home_page_shows_upcoming_activities_in_buddhist_era(client):
    # Relative to the real today, so the test does not age with the demo's fixed dates.
    item = NewsPage.objects.live().filter(department__key="ict").first()
    index = item.get_parent()
    soon = timezone.localdate() + datetime.timedelta(days=3)
    activity = NewsPage(
        title="อบรมการใช้งานระบบสารบรรณอิเล็กทรอนิกส์ รุ่นพิเศษ",
        slug="saraban-training-special",
        lead="อบรมเจ้าหน้าที่ธุรการโรงเรียน",
        department=item.department,
        kind="activity",
        activity_date=soon,
        activity_time=datetime.time(9, 0),
        activity_place="ห้องประชุมราชพฤกษ์",
    )
    index.add_child(instance=activity)
    activity.save_revision().publish()
    html = client.get("/").content.decode()
    section = html.split('aria-labelledby="activities-title"', 1)[1].split("</section>", 1)[0]
    assert activity.title in section
    assert format_thai_date(soon) in section
    assert "เวลา 9.00 น." in section
    past = NewsPage.objects.live().filter(activity_date__lt=timezone.localdate()).first()
    assert past.title not in section


def test_news_index_lists_and_pages(client, django_assert_max_num_queries):
    index = NewsIndexPage.objects.get(department__isnull=True)
    html = _get(client, index.url, django_assert_max_num_queries, 25)
    newest = NewsPage.objects.live().order_by("-first_published_at").first()
    assert newest.title in html
    page2 = client.get(index.url + "?page=2")
    assert page2.status_code == 200


@pytest.mark.parametrize(
    "query",
    ["kind=announcement", "fiscal_year=2570", "information_type=5", "department=ict"],
)
def test_news_index_filters(client, query, django_assert_max_num_queries):
    index = NewsIndexPage.objects.get(department__isnull=True)
    html = _get(client, f"{index.url}?{query}", django_assert_max_num_queries, 25)
    titles = _titles_in(html)
    assert titles, "the filter should find demo items"
    key, value = query.split("=")
    items = NewsPage.objects.live().filter(title__in=titles)
    for item in items:
        if key == "kind":
            assert item.kind == value
        elif key == "information_type":
            assert item.information_type.number == int(value)
        elif key == "department":
            assert item.department.key == value
        elif key == "fiscal_year":
            local = item.first_published_at.astimezone()
            assert (local.year + 543 + (1 if local.month >= 10 else 0)) == int(value)


def test_news_index_ignores_bad_filters(client):
    index = NewsIndexPage.objects.get(department__isnull=True)
    response = client.get(index.url + "?fiscal_year=abc&kind=nonsense&page=999")
    assert response.status_code == 200


def test_department_news_index_shows_only_that_department(client):
    index = NewsIndexPage.objects.get(department__key="finance")
    html = client.get(index.url).content.decode()
    titles = _titles_in(html)
    assert titles
    assert set(
        NewsPage.objects.filter(title__in=titles).values_list("department__key", flat=True)
    ) == {"finance"}


def test_news_detail(client, django_assert_max_num_queries):
    item = NewsPage.objects.live().exclude(attachments=None).order_by("-first_published_at")[0]
    html = _get(client, item.url, django_assert_max_num_queries, 30)
    assert item.title in html
    assert item.lead in html
    attachment = item.attachments.first()
    assert attachment.document.url in html
    assert "social-plugins.line.me/lineit/share" in html
    assert 'property="og:image"' in html
    assert format_thai_datetime(item.first_published_at) in html


def test_news_detail_with_thai_slug_url(client):
    item = NewsPage.objects.live().first()
    index = item.get_parent()
    index.add_child(
        instance=NewsPage(
            title="ทดสอบข่าว", slug="ทดสอบข่าว", lead="ทดสอบ", department=item.department
        )
    ).save_revision().publish()
    response = client.get(index.url + "ทดสอบข่าว/")
    assert response.status_code == 200


def test_department_page(client, django_assert_max_num_queries):
    page = DepartmentPage.objects.get(department__key="ict")
    html = _get(client, page.url, django_assert_max_num_queries, 25)
    assert page.department.name in html
    director = page.department.people.filter(rank="department_director").first()
    assert director.last_name in html


def test_staff_directory_shows_only_what_people_allow(client, django_assert_max_num_queries):
    from prachasan.offices.models import Person

    html = _get(client, "/staff/", django_assert_max_num_queries, 20)
    hidden = Person.objects.filter(show_phone_mobile=False).exclude(phone_mobile="").first()
    shown = Person.objects.filter(show_phone_mobile=True).exclude(phone_mobile="").first()
    assert hidden.last_name in html
    assert hidden.phone_mobile not in html
    assert shown.phone_mobile in html
    hidden_email = Person.objects.filter(show_email=False).exclude(email="").first()
    assert hidden_email.email not in html


@pytest.mark.parametrize("url", ["/downloads/", "/contact/", "/about/"])
def test_other_pages(client, url, django_assert_max_num_queries):
    html = _get(client, url, django_assert_max_num_queries, 20)
    assert "<h1" in html


def test_sitemap_lists_news(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    item = NewsPage.objects.live().first()
    assert item.full_url.split("://", 1)[1] in response.content.decode()


def test_404_is_thai(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404


def _query_count(client, url) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/", "/news/", "/ict/", "/ict/news/"])
def test_more_news_does_not_mean_more_queries(client, url):
    """No query per item: the count stays the same when items are added."""
    from wagtail.images import get_image_model

    before = _query_count(client, url)
    index = NewsIndexPage.objects.get(department__key="ict")
    images = list(get_image_model().objects.all()[:6])
    for number, image in enumerate(images):
        item = NewsPage(
            title=f"ข่าวทดสอบจำนวนคำสั่ง {number}",
            slug=f"query-count-{number}",
            lead="ทดสอบ",
            department=index.department,
            kind=NewsKind.URGENT if number % 2 else NewsKind.ACTIVITY,
            cover_image=image,
            photo_consent=True,
            activity_date=timezone.localdate() + datetime.timedelta(days=number + 1),
        )
        index.add_child(instance=item)
        item.save_revision().publish()
    cache.clear()
    assert _query_count(client, url) == before


def test_menu_children_are_found_by_the_page_index_not_a_scan():
    """The menu's pages are the site root's children, found by seeking the path index
    once per child (Wagtail's child_of reads every page of the site on SQLite)."""
    from django.db import connection
    from wagtail.models import Page, Site

    from prachasan.site.selectors import children_paths, site_navigation

    site = Site.objects.get(is_default_site=True)
    root = site.root_page
    expected = list(root.get_children().values_list("path", flat=True))
    assert len(expected) > 3
    found = list(Page.objects.filter(path__in=children_paths(root)).values_list("path", flat=True))
    assert sorted(found) == sorted(expected)
    # A page deeper down is not a child; a page with no children has none.
    leaf = NewsPage.objects.live().first()
    assert not Page.objects.filter(path__in=children_paths(leaf)).exists()
    grand = Page.objects.filter(path__in=children_paths(leaf.get_parent()))
    assert set(grand.values_list("pk", flat=True)) == set(
        leaf.get_parent().get_children().values_list("pk", flat=True)
    )
    navigation = site_navigation(site=site)
    assert [p.pk for p in navigation["sections"]] == list(
        root.get_children().live().in_menu().order_by("path").values_list("pk", flat=True)
    )
    assert {p.pk for p in navigation["departments"]} == set(
        DepartmentPage.objects.live().child_of(root).values_list("pk", flat=True)
    )
    if connection.vendor == "sqlite":
        sql, params = Page.objects.filter(path__in=children_paths(root)).query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            plan = [str(row[-1]) for row in cursor.fetchall()]
        assert not [step for step in plan if step.startswith("SCAN") and step != "SCAN child"]
