"""Scope words (``prachasan.search.scopes``): every index entry holds a word for its
department, kind, information type, office, month and site, and a search asks for the
words of its queryset's filters, so that FTS5 or the GIN index finds the matches inside
the filters. On the database of the run (SQLite, or PostgreSQL with DATABASE_URL)."""

import datetime

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import F, Q
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site
from wagtail.search.backends import get_search_backend

from prachasan.news.models import NewsIndexPage, NewsKind, NewsPage
from prachasan.offices.models import Department, Office, Person
from prachasan.search import scopes
from prachasan.search.models import IndexUpgrade
from prachasan.search.views import search_pages

from .news import news_publish

pytestmark = pytest.mark.django_db

WORD = "ส้มจี๊ด"
TZ = datetime.timezone(datetime.timedelta(hours=7))
OTHER_HOST = "search-scope.example.go.th"


@pytest.fixture(autouse=True)
def every_scope_word(monkeypatch):
    """Every filter's words asked for, however common (the demo office is the only site,
    and most of its news is recent)."""
    from prachasan.search import backends

    monkeypatch.setattr(backends, "SCOPE_USEFUL_SHARE", 1.01)


@pytest.fixture(autouse=True)
def fresh_caches():
    scopes.site_roots_forget()
    from django.core.cache import cache

    cache.clear()
    yield
    scopes.site_roots_forget()
    cache.clear()


def _entry(obj):
    """(the words the entry's body matches, the body's text as ranked) of an object."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.search.models import IndexEntry

    entry = IndexEntry.objects.get(
        content_type=ContentType.objects.get_for_model(type(obj)), object_id=str(obj.pk)
    )
    if connection.vendor == "postgresql":
        return str(entry.body), entry.body_text
    return entry.body, entry.body


def _publish(parent, *, title, when, kind=NewsKind.ACTIVITY):
    return news_publish(
        parent,
        title=title,
        lead=f"{WORD} {title}",
        department=parent.department,
        kind=kind,
        when=when,
    )


@pytest.fixture
def site():
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def news(site):
    """Six items with WORD: ICT and finance, two kinds, fiscal years 2569 and 2570."""
    ict = NewsIndexPage.objects.get(department__key="ict", department__office__site=site)
    finance = NewsIndexPage.objects.get(department__key="finance", department__office__site=site)
    items = []
    for n in range(6):
        items.append(
            _publish(
                ict if n < 3 else finance,
                title=f"ข่าวทดสอบขอบเขต ที่ {n}",
                kind=NewsKind.ANNOUNCEMENT if n % 2 else NewsKind.ACTIVITY,
                when=datetime.datetime(2026, 9 if n < 2 else 11, 1 + n, 9, 0, tzinfo=TZ),
            )
        )
    return items


def _search(site, filters, query=WORD):
    office = Office.for_site(site)
    with CaptureQueriesContext(connection) as queries:
        results = search_pages(
            root=site.root_page,
            query=query,
            filters=filters,
            sort="relevance",
            start_month=office.fiscal_year_start_month,
        )
        found = list(results[:20])
    return found, " ".join(q["sql"] for q in queries)


def test_an_entry_holds_its_scope_words_not_in_the_ranked_text(site, news):
    item = news[1]
    words, text = _entry(item)
    expected = [
        scopes.value_word("department_id", item.department_id),
        scopes.value_word("kind", "announcement"),
        scopes.month_word("first_published_at", datetime.date(2026, 9, 1)),
        scopes.site_word(site.root_page_id),
    ]
    assert expected == [
        f"{scopes.PREFIX}departmentid{item.department_id}",
        f"{scopes.PREFIX}kindannouncement",
        f"{scopes.PREFIX}firstpublishedat202609",
        f"{scopes.PREFIX}site{site.root_page_id}",
    ]
    for word in expected:
        assert word in words
    # No information type: no word for it.
    assert f"{scopes.PREFIX}informationtypeid" not in words
    if connection.vendor == "postgresql":
        # PostgreSQL's text for ranking and phrases is the page's alone.
        assert scopes.PREFIX not in text


def test_a_month_is_the_offices_local_month():
    # 1 October 2026 00:30 in Bangkok is still September in UTC.
    moment = datetime.datetime(2026, 9, 30, 17, 30, tzinfo=datetime.UTC)
    assert scopes.month_word("first_published_at", moment).endswith("202610")


def test_filters_are_asked_as_scope_words(site, news):
    ict = news[0].department
    found, sql = _search(site, {"department": ict, "kind": NewsKind.ANNOUNCEMENT})
    assert [page.pk for page in found] == [news[1].pk]
    assert scopes.value_word("department_id", ict.pk) in sql
    assert scopes.value_word("kind", "announcement") in sql
    assert scopes.site_word(site.root_page_id) in sql

    # A fiscal year: its twelve months, October to September, any of them.
    found, sql = _search(site, {"fiscal_year": 2570})
    assert sorted(page.pk for page in found) == sorted(page.pk for page in news[2:])
    months = [f"{scopes.PREFIX}firstpublishedat2026{m:02d}" for m in (10, 11, 12)] + [
        f"{scopes.PREFIX}firstpublishedat2027{m:02d}" for m in range(1, 10)
    ]
    assert all(month in sql for month in months)
    assert f"{scopes.PREFIX}firstpublishedat202609" not in sql
    assert f"{scopes.PREFIX}firstpublishedat202710" not in sql


def test_the_words_narrow_what_is_read(site, news):
    """The search relies on the words: an entry without its department's word is not
    found in that department (the queryset still checks every match, so a word never
    lets through what the filters exclude)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.search.models import IndexEntry

    item = news[0]
    word = scopes.value_word("department_id", item.department_id)
    entries = IndexEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(NewsPage), object_id=str(item.pk)
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE wagtailsearch_indexentry SET body = ts_delete(body, %s) WHERE id = %s",
                [word, entries.get().pk],
            )
    else:
        entry = entries.get()
        entries.update(body=entry.body.replace(word, ""))
    found, _ = _search(site, {"department": item.department})
    assert item.pk not in [page.pk for page in found]
    assert {page.pk for page in found} == {news[1].pk, news[2].pk}
    # Another department's word does not let the item into that department.
    other = Department.objects.get(office__site=site, key="finance")
    found, _ = _search(site, {"department": other})
    assert {page.pk for page in found} == {page.pk for page in news[3:]}


def test_an_index_written_before_is_not_asked_for_the_words_until_rebuilt(site, news):
    IndexUpgrade.objects.create(name=scopes.UPGRADE)
    from django.core.cache import cache

    cache.clear()
    ict = news[0].department
    found, sql = _search(site, {"department": ict})
    assert sorted(page.pk for page in found) == sorted(page.pk for page in news[:3])
    assert scopes.PREFIX not in sql
    call_command("search_rebuild", "--skip-files", "--processes", "1", verbosity=0)
    assert not IndexUpgrade.objects.exists()
    found, sql = _search(site, {"department": ict})
    assert sorted(page.pk for page in found) == sorted(page.pk for page in news[:3])
    assert scopes.value_word("department_id", ict.pk) in sql


def test_the_migration_marks_an_index_that_has_entries(news):
    import importlib

    from django.apps import apps

    migration = importlib.import_module("prachasan.search.migrations.0006_indexupgrade")

    class Editor:
        pass

    editor = Editor()
    editor.connection = connection
    assert migration.UPGRADE == scopes.UPGRADE
    migration.mark_if_indexed(apps, editor)
    assert IndexUpgrade.objects.filter(name=scopes.UPGRADE).exists()
    assert not scopes.scope_ready()


def test_lookups_that_do_not_hold_for_every_row_give_no_words(site, news):
    backend = get_search_backend()
    ict = news[0].department

    def groups(queryset):
        return scopes.scope_groups(backend.search(WORD, queryset).query_compiler)

    department = scopes.value_word("department_id", ict.pk)
    assert groups(NewsPage.objects.filter(department=ict)) == [[department]]
    assert groups(NewsPage.objects.filter(department_id__in=[ict.pk])) == [[department]]
    # Under OR or NOT, or on an expression: nothing.
    assert groups(NewsPage.objects.filter(Q(department=ict) | Q(kind="urgent"))) == []
    assert groups(NewsPage.objects.exclude(department=ict)) == []
    assert groups(NewsPage.objects.filter(department=F("information_type"))) == []
    # A range of dates: its months, up to three years.
    day = datetime.datetime(2026, 1, 15, tzinfo=TZ)
    assert groups(
        NewsPage.objects.filter(
            first_published_at__gte=day, first_published_at__lt=day.replace(month=3)
        )
    ) == [[f"{scopes.PREFIX}firstpublishedat2026{m:02d}" for m in (1, 2, 3)]]
    assert (
        groups(
            NewsPage.objects.filter(
                first_published_at__gte=day, first_published_at__lt=day.replace(year=2030)
            )
        )
        == []
    )
    assert groups(NewsPage.objects.filter(first_published_at__gte=day)) == []
    # A site's pages (descendant_of its root) and an office's people.
    assert groups(Page.objects.descendant_of(site.root_page)) == [
        [scopes.site_word(site.root_page_id)]
    ]
    office = Office.for_site(site)
    assert groups(Person.objects.filter(office=office)) == [
        [scopes.value_word("office_id", office.pk)]
    ]


def test_people_of_an_office_are_found_by_its_word(site):
    office = Office.for_site(site)
    person = Person.objects.filter(office=office).exclude(first_name="").first()
    words, _ = _entry(person)
    assert scopes.value_word("office_id", office.pk) in words
    with CaptureQueriesContext(connection) as queries:
        found = list(
            get_search_backend().search(person.first_name, Person.objects.filter(office=office))
        )
    assert person in found
    assert any(scopes.value_word("office_id", office.pk) in q["sql"] for q in queries)


def test_a_section_moved_to_another_site_takes_its_news_along(
    site, django_capture_on_commit_callbacks
):
    call_command("create_office", OTHER_HOST, name="สำนักงานเขตทดสอบขอบเขต", short_name="สพท.ขอบเขต")
    other = Site.objects.get(hostname=OTHER_HOST)
    section = NewsIndexPage(title="ข่าวที่จะย้าย", slug="scope-moving-news")
    site.root_page.add_child(instance=section)
    item = _publish(section, title="ข่าวย้ายเขต", when=datetime.datetime(2026, 11, 2, tzinfo=TZ))
    words, _ = _entry(item)
    assert scopes.site_word(site.root_page_id) in words
    with django_capture_on_commit_callbacks(execute=True):
        section.move(other.root_page, pos="last-child")
    words, _ = _entry(item)
    assert scopes.site_word(other.root_page_id) in words
    assert scopes.site_word(site.root_page_id) not in words
    found, _ = _search(other, {}, query="ข่าวย้ายเขต")
    assert [page.pk for page in found] == [item.pk]
    found, _ = _search(site, {}, query="ข่าวย้ายเขต")
    assert found == []


def test_a_word_in_most_entries_is_not_asked_for(site, news, monkeypatch):
    """A word in most entries (the site of the only office, when pages are most of the
    index) would narrow nothing, so it is left out; a department's is asked for."""
    from prachasan.search import backends

    monkeypatch.setattr(backends, "SCOPE_USEFUL_SHARE", 0.5)
    ict = news[0].department
    site_word = scopes.site_word(site.root_page_id)
    compiler_class = type(get_search_backend().search(WORD, NewsPage.objects.all()).query_compiler)
    monkeypatch.setattr(
        compiler_class,
        "scope_word_frequency",
        lambda self, word, span, config: 0.9 if word == site_word else 0.1,
    )
    found, sql = _search(site, {"department": ict})
    assert sorted(page.pk for page in found) == sorted(page.pk for page in news[:3])
    assert scopes.value_word("department_id", ict.pk) in sql
    assert site_word not in sql


def test_migrate_rebuilds_a_small_index_that_lacks_the_words(site, news, monkeypatch):
    """An office's index, marked by migration 0006, is rebuilt by ``migrate`` itself; a
    larger one is left marked, with the command to run."""
    import io

    from prachasan.search import indexing

    IndexUpgrade.objects.create(name=scopes.UPGRADE)
    monkeypatch.setattr(indexing, "UPGRADE_REBUILD_ENTRIES", 1)
    out = io.StringIO()
    call_command("migrate", verbosity=1, stdout=out)
    assert "manage.py search_rebuild" in out.getvalue()
    assert IndexUpgrade.objects.filter(name=scopes.UPGRADE).exists()

    monkeypatch.setattr(indexing, "UPGRADE_REBUILD_ENTRIES", 20_000)
    out = io.StringIO()
    call_command("migrate", verbosity=1, stdout=out)
    assert "rebuilt with the filters' scope words" in out.getvalue()
    assert not IndexUpgrade.objects.exists()
    ict = news[0].department
    found, sql = _search(site, {"department": ict})
    assert sorted(page.pk for page in found) == sorted(page.pk for page in news[:3])
    assert scopes.value_word("department_id", ict.pk) in sql
