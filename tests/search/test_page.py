"""The public search page (/search/), read as a visitor would through the test client."""

import datetime
import re
from html import unescape

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.models import Page, Site

from prachasan.network.models import School
from prachasan.news.models import NewsIndexPage, NewsKind, NewsPage
from prachasan.offices.models import Department, Person
from prachasan.thai.dates import format_thai_date

from .news import news_publish

pytestmark = pytest.mark.django_db

# A word no demo item uses, written as a word of its own so that any backend finds it.
WORD = "มะยงชิด"
OTHER_HOST = "search-other.example.go.th"
TZ = datetime.timezone(datetime.timedelta(hours=7))


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    """Twelve items with WORD in two departments and two fiscal years, and one whose
    text holds HTML; removed after the module."""
    with django_db_blocker.unblock():
        site = Site.objects.get(is_default_site=True)
        office_index = NewsIndexPage.objects.descendant_of(site.root_page).get(
            department__isnull=True
        )
        ict = Department.objects.get(office__site=site, key="ict")
        finance = Department.objects.get(office__site=site, key="finance")
        items = []
        for n in range(12):
            in_2570 = n % 2 == 0
            when = (
                datetime.datetime(2026, 10, 5 + n, 10, 0, tzinfo=TZ)
                if in_2570
                else datetime.datetime(2026, 1, 5 + n, 10, 0, tzinfo=TZ)
            )
            items.append(
                news_publish(
                    office_index,
                    title=f"แปลงสาธิต {WORD} ของโรงเรียน ครั้งที่ {n + 1}",
                    lead=f"เกษตรกรและนักเรียนร่วมกันดูแล {WORD} ในแปลงสาธิต รุ่นที่ {n + 1}",
                    department=ict if n < 6 else finance,
                    kind=NewsKind.ANNOUNCEMENT if n % 3 == 0 else NewsKind.ACTIVITY,
                    when=when,
                )
            )
        escaped = news_publish(
            office_index,
            title="ผลการทดลอง <script>alert(1)</script> ปลูก ทุเรียนเทศ",
            lead="บันทึก <b>ทุเรียนเทศ</b> & <img src=x onerror=alert(2)> ของโรงเรียน",
            department=ict,
            kind=NewsKind.ACTIVITY,
            when=datetime.datetime(2026, 2, 1, 9, 0, tzinfo=TZ),
        )
    yield {"items": items, "escaped": escaped, "ict": ict, "finance": finance}
    with django_db_blocker.unblock():
        for page in [*items, escaped]:
            Page.objects.get(pk=page.pk).delete()


def _results(html: str) -> list[str]:
    """The result titles in order, without their <mark>s."""
    found = re.findall(r'<h2 class="search-result__title">(.*?)</h2>', html, re.S)
    return [unescape(re.sub(r"<[^>]+>", "", title)).strip() for title in found]


def _get(client, params) -> tuple[int, str]:
    response = client.get("/search/", params)
    return response.status_code, response.content.decode()


def test_every_public_page_has_the_search_box(client, corpus):
    for url in ["/", corpus["items"][0].url, "/staff/"]:
        html = client.get(url).content.decode()
        box = html.split('class="site-search"', 1)[1].split("</form>", 1)[0]
        assert 'role="search"' in box
        assert 'action="/search/"' in box
        assert (
            f'<label class="visually-hidden" for="site-search-q">{gettext("Search this website")}'
            in box
        )
        assert 'name="q"' in box


def test_the_query_stays_in_the_header_box(client, corpus):
    _, html = _get(client, {"q": WORD})
    box = html.split('class="site-search"', 1)[1].split("</form>", 1)[0]
    assert f'value="{WORD}"' in box


def test_results_with_marked_words_kind_department_and_be_date(client, corpus):
    status, html = _get(client, {"q": WORD})
    assert status == 200
    titles = _results(html)
    assert len(titles) == 10  # the first page of 12
    assert all(WORD in title for title in titles)
    assert f"<mark>{WORD}</mark>" in html
    assert html.count('class="search-result__snippet"') == 10
    snippet = html.split('class="search-result__snippet">', 1)[1].split("</p>", 1)[0]
    assert f"<mark>{WORD}</mark>" in snippet
    heading = html.split('<h1 class="page-title">', 1)[1].split("</h1>", 1)[0]
    assert WORD in heading
    assert corpus["ict"].name in html and corpus["finance"].name in html
    assert str(NewsKind.ANNOUNCEMENT.label) in html
    for item in corpus["items"]:
        if item.title in titles:
            assert format_thai_date(item.first_published_at) in html
    # 12 results, said in Thai digits or Arabic as the catalogue has it.
    assert re.search(r"\b12\b", html.split('class="result-count"', 1)[1].split("</p>", 1)[0])


def test_pagination_keeps_the_query_filters_and_order(client, corpus):
    _, html = _get(client, {"q": WORD, "sort": "newest"})
    assert 'rel="next"' in html
    link = re.search(r'rel="next" href="\?([^"]+)"', html).group(1).replace("&amp;", "&")
    assert "sort=newest" in link and "page=2" in link and "q=" in link
    _, second = _get(client, {"q": WORD, "sort": "newest", "page": 2})
    assert len(_results(second)) == 2
    assert 'rel="prev"' in second
    # A page past the end shows the last page; a page that is not a number, the first.
    assert len(_results(_get(client, {"q": WORD, "page": 99})[1])) == 2
    assert len(_results(_get(client, {"q": WORD, "page": "x"})[1])) == 10


def test_newest_first(client, corpus):
    _, html = _get(client, {"q": WORD, "sort": "newest"})
    by_date = sorted(corpus["items"], key=lambda item: item.first_published_at, reverse=True)
    assert _results(html) == [item.title for item in by_date[:10]]


def test_filters(client, corpus):
    items = corpus["items"]
    _, html = _get(client, {"q": WORD, "department": "finance"})
    assert sorted(_results(html)) == sorted(i.title for i in items if i.department.key == "finance")

    _, html = _get(client, {"q": WORD, "fiscal_year": "2570"})
    expected = [
        i.title
        for i in items
        if i.first_published_at.year == 2026 and i.first_published_at.month >= 10
    ]
    assert sorted(_results(html)) == sorted(expected)
    assert len(expected) == 6

    _, html = _get(client, {"q": WORD, "kind": "announcement", "department": "ict"})
    expected = [i.title for i in items if i.kind == "announcement" and i.department.key == "ict"]
    assert sorted(_results(html)) == sorted(expected) and expected

    _, html = _get(client, {"q": WORD, "date_from": "2026-01-06", "date_to": "2026-01-10"})
    expected = [
        i.title
        for i in items
        if datetime.date(2026, 1, 6)
        <= timezone.localtime(i.first_published_at).date()
        <= datetime.date(2026, 1, 10)
    ]
    assert sorted(_results(html)) == sorted(expected) and expected
    # The same range typed the Thai way, day/month/BE year.
    _, typed = _get(client, {"q": WORD, "date_from": "6/1/2569", "date_to": "๑๐/๑/๒๕๖๙"})
    assert sorted(_results(typed)) == sorted(expected)

    # The information type filter narrows to news of that type: none of ours has one.
    _, html = _get(client, {"q": WORD, "information_type": "1"})
    assert _results(html) == []


def test_nothing_found_says_what_was_searched_and_shows_the_latest(client, corpus):
    status, html = _get(client, {"q": "ซานตาคลอสขี่อูฐ"})
    assert status == 200
    assert _results(html) == []
    assert "ซานตาคลอสขี่อูฐ" in html
    latest = NewsPage.objects.live().descendant_of(Site.objects.get(is_default_site=True).root_page)
    assert latest.order_by("-first_published_at").first().title in html
    assert gettext("search again without filters") not in html

    _, html = _get(
        client, {"q": WORD, "department": "finance", "fiscal_year": "2569", "kind": "urgent"}
    )
    assert _results(html) == []
    assert gettext("search again without filters") in html
    assert (
        f'href="/search/?q={WORD}"'.replace(
            WORD, "%E0%B8%A1%E0%B8%B0%E0%B8%A2%E0%B8%87%E0%B8%8A%E0%B8%B4%E0%B8%94"
        )
        in html
    )


@pytest.mark.parametrize(
    "params,field,message",
    [
        (
            {"date_from": "2026-03-01", "date_to": "2026-01-01"},
            "date_to",
            "The end date is before the start date.",
        ),
        ({"department": "no-such-department"}, "department", "This office has no such department."),
        ({"kind": "gossip"}, "kind", "There is no such kind of news."),
        ({"information_type": "99"}, "information_type", "There is no such information type."),
        ({"fiscal_year": "abc"}, "fiscal_year", "There is no news in that fiscal year."),
        ({"date_from": "31/2/2569"}, "date_from", "Enter a date such as 15/3/2569."),
        ({"sort": "random"}, "sort", "Results can be ordered by relevance or date."),
    ],
)
def test_bad_input_is_a_clear_message_not_an_error(client, corpus, params, field, message):
    status, html = _get(client, {"q": WORD, **params})
    assert status == 200
    assert 'role="alert"' in html
    assert gettext(message) in html
    assert f'aria-invalid="true" aria-describedby="id_{field}-error"' in html or (
        f'id="id_{field}"' in html and 'aria-invalid="true"' in html
    )
    assert _results(html) == []


def test_a_too_long_query_is_refused_politely(client, corpus):
    status, html = _get(client, {"q": "ก" * 201})
    assert status == 200
    assert (
        gettext("Please search with at most %(limit_value)d characters.") % {"limit_value": 200}
        in html
    )


@pytest.mark.parametrize(
    "query",
    ['"', "*", "(", 'NEAR("', "AND OR NOT", "-", "'; DROP TABLE", "ส.พ.ป.", "๒๕๖๙", "\u200b"],
)
def test_odd_queries_never_fail(client, corpus, query):
    status, _ = _get(client, {"q": query})
    assert status == 200


def test_only_the_current_sites_items(client, corpus):
    # Another office on the same install, with an item that has the same word (made in
    # this test's transaction, so no other test meets a second office).
    call_command(
        "create_office",
        OTHER_HOST,
        name="สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาค้นหา",
        short_name="สพม.ค้นหา",
    )
    other_site = Site.objects.get(hostname=OTHER_HOST)
    other_index = NewsIndexPage.objects.descendant_of(other_site.root_page).get(
        department__isnull=True
    )
    other = news_publish(
        other_index,
        title=f"ข่าวของอีกสำนักงาน {WORD} เขตอื่น",
        lead=f"{WORD} ของสำนักงานอื่น",
        department=None,
        kind=NewsKind.ACTIVITY,
        when=datetime.datetime(2026, 3, 1, 9, 0, tzinfo=TZ),
    )
    _, html = _get(client, {"q": WORD})
    _, second = _get(client, {"q": WORD, "page": 2})
    assert len(_results(html) + _results(second)) == 12
    assert other.title not in html + second
    response = Client(HTTP_HOST=OTHER_HOST).get("/search/", {"q": WORD})
    assert response.status_code == 200
    assert _results(response.content.decode()) == [other.title]


def test_html_in_the_text_is_escaped_around_the_marks(client, corpus):
    _, html = _get(client, {"q": "ทุเรียนเทศ"})
    main = html.split('<main id="main"', 1)[1]
    assert "<script>alert(1)" not in main
    assert "<img src=x" not in main
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in main
    assert (
        "&lt;b&gt;<mark>ทุเรียนเทศ</mark>&lt;/b&gt; &amp; &lt;img src=x onerror=alert(2)&gt;" in main
    )
    assert _results(html) == [corpus["escaped"].title]


def test_staff_and_schools_are_found_too(client, corpus):
    person = (
        Person.objects.filter(office__site__is_default_site=True, is_listed=True)
        .exclude(department=None)
        .first()
    )
    _, html = _get(client, {"q": person.last_name})
    section = html.split('id="other-results-title"', 1)[1]
    assert person.full_name in re.sub(r"</?mark>", "", section)
    assert f"#department-{person.department.key}" in section

    school = School.objects.filter(office__site__is_default_site=True, is_active=True).first()
    _, html = _get(client, {"q": school.name})
    section = html.split('id="other-results-title"', 1)[1]
    assert school.name in re.sub(r"</?mark>", "", section)


def test_an_empty_search_invites_a_query(client, corpus):
    status, html = _get(client, {})
    assert status == 200
    assert (
        gettext(
            "Type a word or a name to search the news, pages, staff and schools of this office."
        )
        in html
    )
    assert _results(html) == []


def test_query_count_does_not_grow_with_results(client, corpus, django_assert_max_num_queries):
    client.get("/search/", {"q": WORD})
    with django_assert_max_num_queries(40):
        client.get("/search/", {"q": WORD})


def test_snippet_marks_words_as_search_sees_them():
    from prachasan.search.highlight import highlight_all, highlight_snippet

    # Acronyms with or without dots, Thai digits for Arabic, a zero-width space inside.
    marked = highlight_all("ผอ.สพป.ตัวอย่าง ผล O-NET ปี ๒๕๖๙ งบ\u200bประมาณ", "สพป onet 2569 งบประมาณ")
    assert marked == (
        "ผอ.<mark>สพป.</mark>ตัวอย่าง ผล <mark>O-NET</mark> ปี <mark>๒๕๖๙</mark> "
        "<mark>งบ\u200bประมาณ</mark>"
    )
    # A word inside a compound is marked, and only the word.
    assert "การใช้<mark>งบประมาณ</mark>ประจำปี" in highlight_snippet(
        "ชี้แจงการใช้งบประมาณประจำปี", "งบประมาณ"
    )


def test_snippet_chooses_the_window_with_the_most_query_words():
    from prachasan.search.highlight import highlight_snippet

    filler = "ครูและนักเรียนร่วมกิจกรรมหน้าเสาธง " * 20
    text = f"โครงการ {filler} โครงการอาหารกลางวัน ได้รับงบประมาณ เพิ่มเติม {filler}"
    snippet = highlight_snippet(text, "อาหารกลางวัน งบประมาณ", width=120)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "<mark>อาหารกลางวัน</mark>" in snippet and "<mark>งบประมาณ</mark>" in snippet
    assert len(re.sub(r"</?mark>", "", snippet)) <= 125
    # Nothing matches: the start of the text, cut at a word, never mid-word.
    start = highlight_snippet(text, "ซานตาคลอส", width=40)
    assert start.startswith("โครงการ ") and start.endswith("…")
    assert text.startswith(start[:-1].rstrip())


def test_more_matches_than_ranked_says_so(client, corpus, settings):
    """Past the backend's cap (1,000 in the product, 5 here) the page says the count is a
    floor and pages through the newest matches; under it the count is exact."""
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "RANK_CANDIDATES": 5}
    }
    floor = gettext(
        "More than %(counter)s results. The %(counter)s newest are shown;"
        " add words or filters to narrow the search."
    ) % {"counter": 5}
    _, html = _get(client, {"q": WORD})
    assert floor in unescape(html)
    newest = sorted(corpus["items"], key=lambda item: item.pk, reverse=True)[:5]
    assert sorted(_results(html)) == sorted(item.title for item in newest)
    _, by_date = _get(client, {"q": WORD, "sort": "newest"})
    assert floor in unescape(by_date)
    assert len(_results(by_date)) == 5
    # A filter that leaves five or fewer: exact.
    _, narrow = _get(client, {"q": WORD, "department": "finance", "kind": "announcement"})
    assert floor not in unescape(narrow)
    assert len(_results(narrow)) == 2
