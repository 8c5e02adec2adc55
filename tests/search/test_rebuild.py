"""``search_rebuild --processes N``: worker processes index the chunks and the index ends
as after a rebuild in one process, on the database of the run (SQLite or PostgreSQL).

The workers are separate processes with their own connections, so these tests work on
committed data (the session's demo office) rather than inside a test transaction, which
the workers could not see."""

import io
import os

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from prachasan.network.models import School
from prachasan.news.models import NewsAttachment, NewsPage
from prachasan.search import scopes
from prachasan.search.rebuild import indexed_objects
from prachasan.search.scopes import site_roots_forget

# Words of the demo office's news, schools and staff.
WORDS = ["อุทกภัย", "งบประมาณ", "โรงเรียน", "ครูผู้ช่วย", "ประชาสัมพันธ์", "ITA"]


@pytest.fixture
def committed(django_db_setup, django_db_blocker, settings):
    """Database access outside a test transaction, and a backend that may rebuild in
    several processes (modelsearch's database backends rebuild in one transaction unless
    ATOMIC_REBUILD is off)."""
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "prachasan.search.backends", "ATOMIC_REBUILD": False}
    }
    with django_db_blocker.unblock():
        yield


def _rebuild(*args):
    out = io.StringIO()
    call_command("search_rebuild", "--skip-files", *args, stdout=out)
    return out.getvalue()


def _entries():
    rows = IndexEntry.objects.values_list(
        "content_type_id", "object_id", "title", "body", "autocomplete", "title_norm"
    )
    return sorted((*row[:5], round(row[5], 6)) for row in rows)


def _found():
    return {word: sorted(page.pk for page in NewsPage.objects.search(word)) for word in WORDS}


def test_two_processes_index_what_one_process_does(committed):
    # Small chunks: many concurrent writes, none may fail on SQLite's lock. The same in
    # both runs: PostgreSQL may give a chunk's related records (tags, attachments) in
    # another order for another number of keys, and the words' positions with them.
    output = _rebuild("--processes", "1", "--chunk-size", "20")
    assert "processes" not in output  # update_index, as before
    entries, found = _entries(), _found()
    assert len(entries) > 300
    assert all(found.values())
    # The news items' entries gone (inserted again), the rest there (updated in place).
    news_type = ContentType.objects.get_for_model(NewsPage)
    IndexEntry.objects.filter(content_type=news_type).delete()
    assert not NewsPage.objects.search(WORDS[0])

    output = _rebuild("--processes", "2", "--chunk-size", "20")

    assert "in 2 processes" in output
    assert f"indexed {IndexEntry.objects.count():,} objects" in output
    assert _entries() == entries
    assert _found() == found


def test_stale_entries_are_removed(committed):
    school = School.objects.order_by("pk").first()
    school_type = ContentType.objects.get_for_model(School)
    entry = IndexEntry.objects.get(content_type=school_type, object_id=str(school.pk))
    IndexEntry.objects.filter(pk=entry.pk).update(object_id="987654321")

    _rebuild("--processes", "2")

    assert not IndexEntry.objects.filter(content_type=school_type, object_id="987654321")
    assert IndexEntry.objects.filter(content_type=school_type, object_id=str(school.pk))
    assert school in get_search_backend().search(school.name, School)


def _failing_on_schools(monkeypatch, fail):
    index_class = get_search_backend().index_class
    add_items = index_class.add_items

    def add_items_or_fail(self, model, objs):
        if model is School:
            fail()
        return add_items(self, model, objs)

    # Set before the workers are forked, so they index with it.
    monkeypatch.setattr(index_class, "add_items", add_items_or_fail)


def test_an_error_in_a_worker_stops_the_command(committed, monkeypatch):
    def fail():
        raise RuntimeError("no words for this school")

    _failing_on_schools(monkeypatch, fail)
    with pytest.raises(CommandError) as error:
        _rebuild("--processes", "2", "--chunk-size", "50")
    message = str(error.value)
    assert "Indexing network.School (keys" in message
    assert "RuntimeError: no words for this school" in message
    assert "Traceback" in message


def test_a_worker_that_dies_stops_the_command(committed, monkeypatch):
    _failing_on_schools(monkeypatch, lambda: os._exit(3))
    with pytest.raises(CommandError, match="worker process stopped unexpectedly"):
        _rebuild("--processes", "2", "--chunk-size", "50")


def test_a_rebuild_in_one_transaction_stays_in_one_process(committed, settings):
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "prachasan.search.backends"}}
    _rebuild("--processes", "1")
    entries = _entries()
    output = _rebuild("--processes", "2")
    assert "indexing in one process (ATOMIC_REBUILD" in output
    assert _entries() == entries


@pytest.mark.django_db
def test_inside_a_transaction_it_stays_in_one_process(settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "prachasan.search.backends", "ATOMIC_REBUILD": False}
    }
    output = _rebuild("--processes", "2")
    assert "indexing in one process (called inside a transaction" in output


@pytest.mark.django_db
def test_a_workers_chunk_reads_the_related_records_once_per_relation(monkeypatch):
    """A worker's news items with their tags and attachments (and the attachments'
    documents and texts): indexed as from ``get_indexed_objects``, read in one query per
    relation instead of one per object and attachment."""
    pks = list(NewsPage.objects.order_by("pk").values_list("pk", flat=True))
    attached = NewsPage.objects.filter(attachments__isnull=False).distinct().count()
    tagged = NewsPage.objects.filter(tags__isnull=False).distinct().count()
    assert attached >= 2 and tagged >= 10  # the demo office's news
    index = get_search_backend().get_index_for_model(NewsPage)
    news_type = ContentType.objects.get_for_model(NewsPage)

    IndexEntry.objects.filter(content_type=news_type).delete()
    # Each way looks up the site's root page for the scope words once.
    monkeypatch.setattr(scopes, "SITE_ROOT_SECONDS", 3600)
    site_roots_forget()
    with CaptureQueriesContext(connection) as wagtails:
        index.add_items(NewsPage, NewsPage.get_indexed_objects().filter(pk__in=pks).order_by("pk"))
    expected = _entries()
    IndexEntry.objects.filter(content_type=news_type).delete()
    site_roots_forget()
    with CaptureQueriesContext(connection) as ours:
        objects = indexed_objects(NewsPage, pks)
        index.add_items(NewsPage, objects)

    assert [obj.pk for obj in objects] == pks
    assert _entries() == expected
    assert NewsPage.objects.search("ITA")  # a tag's word
    queries = [query["sql"] for query in ours.captured_queries]
    assert len([sql for sql in queries if "news_newsattachment" in sql]) == 1
    # Wagtail's: a query for each attachment's document and one for its text.
    attachments = NewsAttachment.objects.filter(page__in=pks).count()
    assert len(queries) == len(wagtails.captured_queries) - 2 * attachments
