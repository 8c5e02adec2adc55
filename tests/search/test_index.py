"""The search index holds segmented Thai and queries are segmented the same way: on the
database of the run (SQLite FTS5, or PostgreSQL when DATABASE_URL is set), for pages,
records and the text of attached files, and in the admin's page search."""

import datetime
import io
import random
import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.search.backends import get_search_backend

from prachasan.demo.documents import make_pdf
from prachasan.news.models import NewsIndexPage, NewsKind, NewsPage
from prachasan.offices.models import Department, Office, Person
from prachasan.search import backends
from prachasan.search.extract import ExtractionError, docx_text, pdf_text
from prachasan.search.indexing import document_text_extract, documents_without_text
from prachasan.search.models import DocumentText
from prachasan.search.text import search_text

pytestmark = pytest.mark.django_db


Document = get_document_model()


@pytest.fixture
def news_index():
    return NewsIndexPage.objects.get(department__key="ict")


def _news(parent, *, title, lead="รายละเอียด", body="", kind=NewsKind.ACTIVITY, slug=None):
    page = NewsPage(
        title=title,
        slug=slug or f"search-test-{abs(hash(title)) % 10**8}",
        lead=lead,
        body=[{"type": "paragraph", "value": f"<p>{body}</p>"}] if body else [],
        kind=kind,
        department=parent.department,
    )
    parent.add_child(instance=page)
    return page


def _ids(results):
    return [obj.pk for obj in results]


def _docx(paragraphs):
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "ตารางสรุป"
    table.rows[0].cells[1].text = "เครื่องคอมพิวเตอร์พกพา"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _document(name, data, capture):
    with capture(execute=True):
        document = Document(title=name.rsplit(".", 1)[0])
        document.file = SimpleUploadedFile(name, data)
        document._set_document_file_metadata()
        document.save()
    return document


def test_backend_is_ours_on_this_database():
    backend = get_search_backend()
    expected = {
        "postgresql": backends.postgres_backend_class,
        "sqlite": backends.sqlite_backend_class,
    }[connection.vendor]()
    assert isinstance(backend, expected)


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 table only")
def test_sqlite_fts_table_keeps_thai_marks():
    with connection.cursor() as cursor:
        cursor.execute("SELECT sql FROM sqlite_master WHERE name = 'wagtailsearch_indexentry_fts'")
        assert backends.SQLITE_FTS_TOKENIZER in cursor.fetchone()[0]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS table only")
def test_title_norms_do_not_rewrite_the_fts_rows(news_index):
    """Setting title norms (every chunk, and the whole index after a rebuild) must not
    copy the entries into FTS again: only a change of the indexed text does."""
    page = _news(news_index, title="ข่าวทดสอบค่าปกติ")
    entry = page.index_entries.get()
    with connection.cursor() as cursor:
        cursor.execute("SELECT total_changes()")
        before = cursor.fetchone()[0]
        cursor.execute(
            "UPDATE wagtailsearch_indexentry SET title_norm = 0.5 WHERE id = %s", [entry.pk]
        )
        cursor.execute("SELECT total_changes()")
        assert cursor.fetchone()[0] - before == 1  # the entry only, no FTS row
        cursor.execute(
            "UPDATE wagtailsearch_indexentry SET title = %s WHERE id = %s",
            [search_text("ข่าวเปลี่ยนชื่อ"), entry.pk],
        )
        cursor.execute("SELECT total_changes()")
        assert cursor.fetchone()[0] - before > 2  # the entry, its FTS row and shadow tables
    assert page.pk in _ids(NewsPage.objects.search("เปลี่ยนชื่อ"))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's index only")
def test_postgres_matches_through_an_index(news_index):
    """Every search matches the entries' ``body``, which holds the title's words too, so
    Wagtail's GIN index on it finds them; the old index on ``title || body`` is gone."""
    from wagtail.search.backends import get_search_backend as backend

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes"
            " WHERE tablename = 'wagtailsearch_indexentry' AND indexdef LIKE '%%USING gin%%'"
        )
        indexes = dict(cursor.fetchall())
    assert "prachasan_search_entry_vector" not in indexes
    assert any(d.endswith("USING gin (body)") for d in indexes.values()), indexes
    page = _news(news_index, title="ประกาศรับสมัครลูกเสือ", body="รายละเอียดการสมัคร")
    results = backend().search("ลูกเสือ", NewsPage)
    assert page.pk in _ids(results)
    compiler = results.query_compiler
    config = compiler.get_config(results.backend)
    body_match = '"wagtailsearch_indexentry"."body" @@'
    # Wagtail's own query and ours.
    assert body_match in str(compiler.search(config, 0, 10).query)
    assert body_match in str(compiler.word_matches(config).query)
    assert '"title" ||' not in str(compiler.word_matches(config).query)
    # A search Wagtail answers itself ("not …") finds the title's words in the body too.
    from modelsearch.query import Not, PlainText

    others = backend().search(Not(PlainText("ลูกเสือ")), NewsPage)
    assert page.pk not in _ids(others)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's vectors")
def test_postgres_entries_written_before_get_the_titles_words_in_body(news_index):
    """Migration 0005 brings the entries written before (``body`` without the title's
    words) to the new form: a search for a word of the title alone finds them again."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module(
        "prachasan.search.migrations.0005_indexentry_body_holds_title"
    )
    page = _news(news_index, title="ประกาศรับสมัครลูกเสือ", body="รายละเอียดการสมัคร")
    entry = page.index_entries.get()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE wagtailsearch_indexentry SET body = to_tsvector('simple', %s) WHERE id = %s",
            [search_text("รายละเอียดการสมัคร"), entry.pk],
        )
    assert page.pk not in _ids(NewsPage.objects.search("ลูกเสือ"))
    with connection.schema_editor() as schema_editor:
        migration.body_with_title(apps, schema_editor)
    assert page.pk in _ids(NewsPage.objects.search("ลูกเสือ"))
    assert page.pk in _ids(NewsPage.objects.search("รายละเอียด"))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's vectors")
def test_postgres_writes_the_vectors_wagtails_expressions_give():
    """The rows are written as text SQL, not Wagtail's expressions: the same vectors,
    weights and positions, for news with tags and attachments and for a school."""
    from modelsearch.backends.database.postgres import postgres as pg

    from prachasan.network.models import School

    backend = get_search_backend()
    objects = [
        *NewsPage.get_indexed_objects().filter(attachments__isnull=False).distinct(),
        *NewsPage.get_indexed_objects().filter(tags__isnull=False).distinct()[:3],
        School.objects.order_by("pk").first(),
    ]
    assert len(objects) >= 5
    compiler = pg.InsertQuery(pg.IndexEntry).get_compiler(connection=connection)
    indexer_class = type("Indexer", (backends.ThaiIndexerMixin, pg.ObjectIndexer), {})
    for obj in objects:
        backend.add(obj)
        indexer = indexer_class(obj, backend)
        vectors = {}
        for name in ("title", "autocomplete", "body"):
            value = compiler.prepare_value(
                pg.IndexEntry._meta.get_field(name), getattr(indexer, name)
            )
            vectors[name] = value.as_sql(compiler, connection)
        expected = []
        # The body holds the title's words too, and the scope words after its own:
        # title || body || scope.
        assert indexer.scope_text
        vectors["body"] = (
            f"({vectors['title'][0]}) || ({vectors['body'][0]})"
            " || setweight(to_tsvector('simple'::regconfig, %s), 'D')",
            [*vectors["title"][1], *vectors["body"][1], indexer.scope_text],
        )
        for sql, params in vectors.values():
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT ({sql})::text", params)  # noqa: S608
                expected.append(cursor.fetchone()[0])
        expected += [indexer.title_text, indexer.body_text]
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT title::text, autocomplete::text, body::text, title_text, body_text"
                " FROM wagtailsearch_indexentry WHERE content_type_id = %s AND object_id = %s",
                [ContentType.objects.get_for_model(obj).pk, str(obj.pk)],
            )
            assert list(cursor.fetchone()) == expected, obj


def test_index_holds_segmented_words(news_index):
    page = _news(news_index, title="โครงการใช้งบประมาณปี ๒๕๖๙", lead="ทดสอบ")
    entry = page.index_entries.get()
    title = entry.title if connection.vendor == "sqlite" else entry.title_text
    assert title == search_text("โครงการใช้งบประมาณปี ๒๕๖๙")
    assert "งบประมาณ" in title.split(" ")
    assert "2569" in title.split(" ")


def test_each_field_is_read_once_per_item(news_index, monkeypatch):
    """Wagtail's indexer reads every search field again for each column it fills; the
    body (rich text turned into text) is read once per item here."""
    from wagtail.fields import StreamField

    page = _news(news_index, title="อบรมครู", body="เนื้อหาการอบรมเชิงปฏิบัติการ")
    reads = []
    searchable_content = StreamField.get_searchable_content

    def counted(self, value):
        reads.append(self.name)
        return searchable_content(self, value)

    monkeypatch.setattr(StreamField, "get_searchable_content", counted)
    get_search_backend().add(page)

    assert reads == ["body"]
    entry = page.index_entries.get()
    body = entry.body if connection.vendor == "sqlite" else entry.body_text
    assert "อบรม" in body.split()


def test_word_inside_a_compound_is_found(news_index):
    inside = _news(news_index, title="ประชุมครู", body="โรงเรียนขออนุมัติใช้งบประมาณซ่อมหลังคา")
    other = _news(news_index, title="ประชุมผู้ปกครอง", body="โรงเรียนซ่อมหลังคาด้วยเงินบริจาค")
    results = _ids(NewsPage.objects.search("งบประมาณ"))
    assert inside.pk in results
    assert other.pk not in results
    # Thai digits and a decomposed sara am are the same words as Arabic digits and ำ.
    digits = _news(news_index, title="แผนปฏิบัติการ ๒๕๗๐", body="กำหนดการทำงาน")
    assert digits.pk in _ids(NewsPage.objects.search("แผนปฏิบัติการ 2570"))
    assert digits.pk in _ids(NewsPage.objects.search("กําหนดการ"))


def test_a_fragment_of_a_word_is_not_a_word(news_index):
    """The tokenizer keeps vowel and tone marks: "สร" is not found in "สร้าง"."""
    page = _news(news_index, title="สร้างห้องสมุด")
    assert page.pk in _ids(NewsPage.objects.search("สร้าง"))
    assert page.pk not in _ids(NewsPage.objects.search("สร"))


def test_phrase_filters_and_order(news_index):
    from wagtail.search.query import Phrase

    near = _news(
        news_index,
        title="รายงานผลการใช้งบประมาณ",
        body="การใช้งบประมาณของโรงเรียน",
        kind=NewsKind.ANNOUNCEMENT,
    )
    apart = _news(news_index, title="รายงานงบ", body="ครูใช้ ห้องประชุม ส่วน งบประมาณ มาจากเขต")
    phrase = _ids(NewsPage.objects.search(Phrase("ใช้งบประมาณ")))
    assert near.pk in phrase
    assert apart.pk not in phrase
    words = _ids(NewsPage.objects.search("ใช้งบประมาณ"))
    assert {near.pk, apart.pk} <= set(words)
    filtered = _ids(NewsPage.objects.filter(kind=NewsKind.ANNOUNCEMENT).search("งบประมาณ"))
    assert near.pk in filtered
    assert apart.pk not in filtered
    # The title weighs more than the body.
    ranked = _ids(NewsPage.objects.filter(pk__in=[near.pk, apart.pk]).search("รายงานผล"))
    assert ranked[0] == near.pk


def test_pages_of_results_count_and_scores(news_index):
    for number in range(5):
        _news(news_index, title=f"ประกาศงบประมาณ ฉบับที่ {number}", body="งบประมาณ " * number)
    results = NewsPage.objects.filter(depth__gte=2).search("งบประมาณ").annotate_score("_score")
    everything = list(results)
    assert results.count() == len(everything) >= 5
    assert [p.pk for p in results[0:2]] + [p.pk for p in results[2:4]] == _ids(everything[:4])
    scores = [page._score for page in everything]
    assert scores == sorted(
        scores, key=lambda score: score if connection.vendor == "sqlite" else -score
    )
    by_date = NewsPage.objects.order_by("-id").search("งบประมาณ", order_by_relevance=False)
    assert _ids(by_date) == sorted(_ids(everything), reverse=True)


def test_nothing_left_after_segmentation_finds_nothing(news_index):
    page = _news(news_index, title="ข่าวทดสอบ")
    assert list(NewsPage.objects.search("... ---")) == []
    # The engines' own syntax is only text: no error, the words are still found.
    for text in ['"ข่าว"ทดสอบ', "ข่าว* (ทดสอบ)", "^ข่าว: {ทดสอบ}", "ข่าว' -ทดสอบ"]:
        assert page.pk in _ids(NewsPage.objects.search(text)), text


def test_downloads_page_finds_its_files_text(django_capture_on_commit_callbacks):
    from prachasan.site.models import DownloadsPage

    downloads = DownloadsPage.objects.first()
    docx = _document(
        "form.docx", _docx(["แบบคำร้องขอใช้สนามฟุตบอลของโรงเรียน"]), django_capture_on_commit_callbacks
    )
    assert downloads.pk not in _ids(DownloadsPage.objects.search("สนามฟุตบอล"))
    with django_capture_on_commit_callbacks(execute=True):
        downloads.items.create(document=docx, title="แบบฟอร์มงานบุคคล")
        downloads.save()
    assert downloads.pk in _ids(DownloadsPage.objects.search("สนามฟุตบอล"))
    assert downloads.pk in _ids(DownloadsPage.objects.search("แบบฟอร์มงานบุคคล"))


def test_indexing_one_page_does_not_scan_the_whole_index(news_index):
    """Wagtail's index averages every title's length on each write (seconds at a million
    entries) and rewrites the title norms; ours writes the one entry and nothing else."""
    from django.test.utils import CaptureQueriesContext

    _news(news_index, title="ข่าวแรก")
    with CaptureQueriesContext(connection) as queries:
        page = _news(news_index, title="ข่าวที่สอง")
    assert page.pk in _ids(NewsPage.objects.search("ข่าวที่สอง"))
    assert not [q["sql"] for q in queries if "AVG(" in q["sql"].upper()]
    updates = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith("UPDATE")]
    assert not [sql for sql in updates if "title_norm" in sql]
    assert page.index_entries.get().title_norm == 1.0


def test_a_rebuild_refreshes_the_index_statistics(news_index):
    """After a rebuild the planner knows the new table (see IndexStatisticsMixin)."""
    from django.test.utils import CaptureQueriesContext

    _news(news_index, title="ข่าวสถิติดัชนี")
    with CaptureQueriesContext(connection) as queries:
        call_command("search_rebuild", processes=1, stdout=io.StringIO())
    assert [q["sql"] for q in queries if q["sql"].startswith("ANALYZE")]
    assert NewsPage.objects.search("ข่าวสถิติดัชนี").count() == 1


def test_people_by_name_position_and_department():
    office = Office.objects.first()
    department = Department.objects.filter(office=office, key="finance").get()
    person = Person.objects.create(
        office=office,
        department=department,
        first_name="ประภาพรรณ",
        last_name="ทดสอบค้นหา",
        position="นักวิชาการเงินและบัญชีชำนาญการ",
    )
    backend = get_search_backend()
    assert person.pk in _ids(backend.search("ประภาพรรณ", Person))
    assert person.pk in _ids(backend.search("ทดสอบค้นหา", Person))
    assert person.pk in _ids(backend.search("นักวิชาการ เงิน บัญชี", Person))
    assert person.pk in _ids(backend.search(department.name, Person))
    assert person.pk in _ids(backend.autocomplete("ประภา", Person))


def test_a_model_with_few_entries_is_searched_within_their_ids(news_index, monkeypatch):
    """On SQLite a search of the people looks for the words only among the rowids that
    hold the people's entries, not through every news item that has the word."""
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL filters the content type through its own indexes")
    from django.test.utils import CaptureQueriesContext

    monkeypatch.setattr(backends, "ENTRY_RANGES", 2)
    office = Office.objects.first()
    people = []
    for number in range(3):
        # News with the same words between the people's entries.
        _news(news_index, title=f"ข่าวนักวิชาการมะยงชิด {number}")
        people.append(
            Person.objects.create(
                office=office,
                first_name=f"มะยงชิด{number}",
                last_name="ทดสอบช่วง",
                position="นักวิชาการมะยงชิด",
            )
        )
    backend = get_search_backend()
    results = backend.search("นักวิชาการมะยงชิด", Person.objects.all(), operator="and")
    compiler = results.query_compiler
    ranges = compiler.entry_ranges()
    assert len(ranges) == 2
    entries = [person.index_entries.get().pk for person in people]
    assert all(any(low <= e <= high for low, high in ranges) for e in entries)
    with CaptureQueriesContext(connection) as queries:
        found = _ids(results)
    assert set(found) == {person.pk for person in people}
    (fts,) = [q["sql"] for q in queries if "MATCH" in q["sql"] and "EXISTS" in q["sql"]]
    assert fts.count('"wagtailsearch_indexentry_fts"."rowid" >=') == 2, fts
    # A model with many entries is read without ranges.
    monkeypatch.setattr(backends, "FEW_ENTRIES", 1)
    assert compiler.entry_ranges() == [(None, None)]
    assert set(_ids(backend.search("นักวิชาการมะยงชิด", Person.objects.all()))) == set(found)


def test_pdf_and_docx_text_extracted_and_indexed(news_index, django_capture_on_commit_callbacks):
    pdf = _document(
        "plan.pdf",
        make_pdf(
            title="แผนจัดซื้อ",
            # SARA AM before SARA AA: the PDF must give both back as typed.
            paragraphs=["จัดซื้อเครื่องพิมพ์ให้ห้องสมุดมีชีวิต", "ประจำสำนักงานกลุ่มนโยบายและแผน"],
        ),
        django_capture_on_commit_callbacks,
    )
    docx = _document(
        "order.docx", _docx(["คำสั่งแต่งตั้งคณะกรรมการตรวจรับพัสดุ"]), django_capture_on_commit_callbacks
    )
    # Extracted by the task queue when the files were saved.
    assert "ห้องสมุดมีชีวิต" in DocumentText.objects.get(document=pdf).text
    assert "ตรวจรับพัสดุ" in DocumentText.objects.get(document=docx).text
    assert "เครื่องคอมพิวเตอร์พกพา" in DocumentText.objects.get(document=docx).text
    with django_capture_on_commit_callbacks(execute=True):
        page = _news(news_index, title="ประกาศจัดซื้อ")
        page.attachments.create(document=pdf)
        page.attachments.create(document=docx)
        page.save_revision().publish()
    assert page.pk in _ids(NewsPage.objects.search("ห้องสมุด"))
    assert page.pk in _ids(NewsPage.objects.search("สำนักงาน"))
    assert page.pk in _ids(NewsPage.objects.search("นโยบายและแผน"))
    assert page.pk in _ids(NewsPage.objects.search("ตรวจรับพัสดุ"))
    assert page.pk in _ids(NewsPage.objects.search("เครื่องคอมพิวเตอร์พกพา"))
    # The word inside the compound: "เครื่องคอมพิวเตอร์" is cut into its two words.
    assert page.pk in _ids(NewsPage.objects.search("คอมพิวเตอร์"))
    # The attachment's title is body text, not the page's title.
    entry = page.index_entries.get()
    title = entry.title if connection.vendor == "sqlite" else entry.title_text
    assert "แผน" not in title.split(" ")


def test_text_arriving_later_reindexes_the_pages(news_index, django_capture_on_commit_callbacks):
    pdf = _document(
        "late.pdf",
        make_pdf(title="ประกาศ", paragraphs=["รับสมัครครูผู้สอนวิชาดนตรีไทย"]),
        django_capture_on_commit_callbacks,
    )
    DocumentText.objects.filter(document=pdf).delete()
    page = _news(news_index, title="ประกาศรับสมัคร")
    page.attachments.create(document=pdf)
    page.save()
    assert page.pk not in _ids(NewsPage.objects.search("ดนตรีไทย"))
    assert pdf in documents_without_text()
    with django_capture_on_commit_callbacks(execute=True):
        document_text_extract(document_id=pdf.pk)
    assert page.pk in _ids(NewsPage.objects.search("ดนตรีไทย"))
    assert pdf not in documents_without_text()


def test_broken_and_unreadable_files(tmp_path, monkeypatch, django_capture_on_commit_callbacks):
    broken = _document("broken.pdf", b"not a pdf", django_capture_on_commit_callbacks)
    record = DocumentText.objects.get(document=broken)
    assert record.text == ""
    assert record.error
    with pytest.raises(ExtractionError):
        docx_text(io.BytesIO(b"not a zip"))
    monkeypatch.setattr("shutil.which", lambda name: None)
    with pytest.raises(ExtractionError, match="pdftotext"):
        pdf_text(io.BytesIO(b"%PDF-1.4"))
    other = _document("notes.txt", "ข้อความธรรมดา".encode(), django_capture_on_commit_callbacks)
    assert not DocumentText.objects.filter(document=other).exists()


def test_search_rebuild_extracts_then_indexes(news_index, django_capture_on_commit_callbacks):
    pdf = _document(
        "rebuild.pdf",
        make_pdf(title="สรุป", paragraphs=["นิเทศชั้นเรียน เรื่องฟิสิกส์ คลื่นเสียง"]),
        django_capture_on_commit_callbacks,
    )
    page = _news(news_index, title="สรุปผลนิเทศ")
    page.attachments.create(document=pdf)
    page.save()
    DocumentText.objects.all().delete()
    page.index_entries.all().delete()
    assert page.pk not in _ids(NewsPage.objects.search("สรุปผลนิเทศ"))
    call_command("search_rebuild", verbosity=0)
    assert DocumentText.objects.filter(document=pdf).exists()
    assert page.pk in _ids(NewsPage.objects.search("สรุปผลนิเทศ"))
    assert page.pk in _ids(NewsPage.objects.search("ฟิสิกส์"))


def test_admin_page_search_finds_a_word_inside_a_compound(client, login, news_index):
    page = _news(news_index, title="ขออนุมัติใช้งบประมาณจัดอบรมครูแกนนำ")
    login("admin")
    response = client.get("/admin/pages/search/", {"q": "งบประมาณ"})
    assert response.status_code == 200
    assert page.title in response.content.decode()
    response = client.get("/admin/pages/search/", {"q": "ครูแกนนำ"})
    assert page.title in response.content.decode()


def test_query_rewriting_keeps_the_query_shape():
    from wagtail.search.query import And, Not, Or, Phrase, PlainText

    query = backends.thai_query(And([PlainText("ใช้งบประมาณ"), Not(Phrase("ผอ.โรงเรียน"))]))
    assert isinstance(query, And)
    # A typed term of several words: the words side by side, or apart.
    typed = query.subqueries[0]
    assert isinstance(typed, Or)
    assert isinstance(typed.subqueries[0], Phrase)
    assert typed.subqueries[0].query_string == search_text("ใช้งบประมาณ")
    assert typed.subqueries[1].query_string == search_text("ใช้งบประมาณ")
    assert typed.subqueries[1].operator == "and"
    assert isinstance(query.subqueries[1], Not)
    assert query.subqueries[1].subquery.query_string == search_text("ผอ.โรงเรียน")
    assert backends.thai_query("  ") is None
    assert backends.thai_query(PlainText("!!")) is None
    # Terms the person separated must each be found; one word is a word.
    two = backends.thai_query("ครู งบประมาณ")
    assert isinstance(two, And)
    assert [q.query_string for q in two.subqueries] == ["ครู", "งบประมาณ"]
    assert backends.thai_query("ครู งบประมาณ", "or").operator == "or"


def test_a_compound_typed_whole_ranks_its_phrase_first(news_index):
    """ "ข้าราชการครู" finds an item with the two words apart too, below the one that has
    them together, whatever their other words."""
    apart = _news(
        news_index,
        title="ข่าวสำนักงาน",
        lead="ข้าราชการ ของสำนักงานพบ ครู ของโรงเรียน ครู และ ข้าราชการ",
        slug="phrase-apart",
    )
    together = _news(
        news_index, title="ข่าวประชุม", lead="การประชุมข้าราชการครูของโรงเรียน", slug="phrase-together"
    )
    found = _ids(NewsPage.objects.filter(pk__in=[apart.pk, together.pk]).search("ข้าราชการครู"))
    assert set(found) == {apart.pk, together.pk}
    assert found[0] == together.pk


def test_opensearch_documents_and_analysis(news_index):
    page = _news(news_index, title="ประชุมผู้บริหารสถานศึกษา", lead="สพป.ตัวอย่างจัดประชุม")
    mapping = backends.ThaiElasticsearchMapping(NewsPage)
    document = mapping.get_document(page)
    columns = {
        field.field_name: mapping.get_field_column_name(field)
        for field in NewsPage.get_searchable_search_fields()
    }
    assert document[columns["title"]] == search_text(page.title)
    assert document[columns["lead"]] == search_text(page.lead)
    assert search_text(page.title) in document["_edgengrams"]
    properties = mapping.get_mapping()["properties"]
    assert properties["_edgengrams"]["search_analyzer"] == "default"
    settings = backends.thai_index_settings({"settings": {"analysis": {"analyzer": {}}}})
    analyzers = settings["settings"]["analysis"]["analyzer"]
    assert analyzers["default"] == {
        "type": "custom",
        "tokenizer": "whitespace",
        "filter": ["lowercase"],
    }
    assert analyzers["edgengram_analyzer"]["tokenizer"] == "whitespace"


@pytest.fixture
def rank_three(settings):
    """The backend ranks at most three matches (1,000 in the product)."""
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "RANK_CANDIDATES": 3}
    }


def test_more_matches_than_ranked_are_capped_newest_first(news_index, rank_three):
    """Past the cap, relevance ranks the newest matches and the count is a floor; sorting
    by date still reads every match; under the cap everything is exact."""
    pages = [
        _news(news_index, title=f"ข่าวทุเรียนเทศ ฉบับที่ {n}", body="ทุเรียนเทศ " * (5 - n))
        for n in range(5)
    ]
    ids = [page.pk for page in pages]
    results = NewsPage.objects.filter(pk__in=ids).search("ทุเรียนเทศ")
    assert results.count() == 3
    assert results.capped
    ranked = _ids(results)
    # The three newest, best first: the oldest two rank higher but are not read.
    assert set(ranked) == set(ids[2:])
    assert ranked[0] == ids[2]
    assert _ids(results[1:3]) == ranked[1:3]
    by_date = NewsPage.objects.filter(pk__in=ids).order_by("-id")
    assert _ids(by_date.search("ทุเรียนเทศ", order_by_relevance=False)) == ids[::-1]
    # Filters narrow the matches before the cap: two left, both ranked, counted exactly.
    narrow = NewsPage.objects.filter(pk__in=ids[:2]).search("ทุเรียนเทศ")
    assert narrow.count() == 2
    assert not narrow.capped
    assert _ids(narrow) == ids[:2]
    assert _ids(by_date.filter(pk__in=ids[:2]).search("ทุเรียนเทศ", order_by_relevance=False)) == [
        ids[1],
        ids[0],
    ]


@pytest.fixture
def matching_keys_asked(monkeypatch):
    """The keys the search compiler is asked about (``matching_keys``), in batches of
    at most two."""
    monkeypatch.setattr(backends, "MATCH_BATCH", 2)
    compiler_class = type(get_search_backend().search("ลำไย", NewsPage).query_compiler)
    asked = []
    matching_keys = compiler_class.matching_keys

    def spy(self, keys, config):
        asked.append(list(keys))
        return matching_keys(self, keys, config)

    monkeypatch.setattr(compiler_class, "matching_keys", spy)
    return asked


def _walk_cost(monkeypatch, cost):
    """Testing an item for a match costs ``cost`` times reading one, whatever the words."""
    results_class = get_search_backend().results_class
    monkeypatch.setattr(results_class, "walk_cost", cost)
    monkeypatch.setattr(results_class, "walk_word_cost", 0.0)


def _dated(pages, days):
    start = timezone.now() - datetime.timedelta(days=100)
    for page, day in zip(pages, days, strict=True):
        NewsPage.objects.filter(pk=page.pk).update(
            first_published_at=start + datetime.timedelta(days=day)
        )


def test_sorted_by_date_past_the_cap_reads_the_queryset_in_its_order(
    news_index, rank_three, monkeypatch, matching_keys_asked
):
    """Past the cap, a page sorted by date is found by reading the queryset in its order
    and asking which items match, when that costs less than reading every match (a word
    in most items, the first pages); otherwise every match is read. Both give the
    queryset's order, the same items on every page."""
    pages = [_news(news_index, title=f"ข่าวลำไยอบแห้ง ฉบับที่ {n}") for n in range(36)]
    others = [_news(news_index, title=f"ข่าวอื่น ฉบับที่ {n}") for n in range(4)]
    days = list(range(40))
    random.Random(6).shuffle(days)  # the dates in another order than the index's
    _dated(pages + others, days)
    allowed = [page.pk for page in pages + others if page.pk % 4]
    queryset = NewsPage.objects.filter(pk__in=allowed).order_by("-first_published_at")
    matching = {page.pk for page in pages}
    expected = [page.pk for page in queryset if page.pk in matching]  # newest first
    word = search_text("ลำไยอบแห้ง").split()[0]
    for cost, walks in ((0.001, True), (1000.0, False)):
        _walk_cost(monkeypatch, cost)
        for first in range(0, len(expected), 3):
            matching_keys_asked.clear()
            results = queryset.search(word, order_by_relevance=False)
            assert results.count() == 3 and results.capped  # as the paginator asks
            assert _ids(results[first : first + 3]) == expected[first : first + 3]
            assert bool(matching_keys_asked) == walks
            assert all(len(keys) <= 2 for keys in matching_keys_asked)


def test_sorted_by_date_the_walk_gives_up_when_the_matches_are_elsewhere(
    news_index, rank_three, monkeypatch, matching_keys_asked
):
    """The newest entries are nearly all matches, but by date the newest items are not:
    the walk stops once it has tested as many items as reading every match would cost,
    and every match is read instead."""
    others = [_news(news_index, title=f"ข่าวอื่น ฉบับที่ {n}") for n in range(30)]
    pages = [_news(news_index, title=f"ข่าวลำไยอบแห้ง ฉบับที่ {n}") for n in range(8)]
    _dated(pages + others, range(38))  # the others are the newest by date
    queryset = NewsPage.objects.filter(pk__in=[p.pk for p in pages + others]).order_by(
        "-first_published_at"
    )
    word = search_text("ลำไยอบแห้ง").split()[0]
    results = queryset.search(word, order_by_relevance=False)
    assert results.count() == 3 and results.capped
    # The walk may test 10 items, where 3 matches are expected in the first 3 or 4.
    rows, _ = results._candidates()
    span = backends.entry_id_span()
    density = len(rows) / (span[1] - min(row.entry for row in rows) + 1)
    _walk_cost(monkeypatch, density * (span[1] - span[0] + 1) / 10)
    results = queryset.search(word, order_by_relevance=False)
    assert results.count() == 3
    assert _ids(results[0:3]) == [page.pk for page in pages[::-1][:3]]
    tested = [key for keys in matching_keys_asked for key in keys]
    assert 3 <= len(tested) <= 10
    assert set(tested) <= {page.pk for page in others}


def test_candidates_are_read_in_index_order_not_sorted(news_index, monkeypatch):
    """The cap only saves time if the database stops after it: the candidates' query must
    read the matches in the index's order (no sort of every match first)."""
    monkeypatch.setattr(backends, "FEW_ENTRIES", 0)  # as for news at scale
    _news(news_index, title="ข่าวทุเรียนเทศ")
    backend = get_search_backend()
    results = backend.search("ทุเรียนเทศ", NewsPage.objects.live(), operator="and")
    compiler = results.query_compiler
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        compiler.candidates(compiler.get_config(backend), 11)
    # The candidates' query (the others estimate how common each word is).
    (sql,) = [q["sql"] for q in queries if "EXISTS" in q["sql"]]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
            plan = " | ".join(str(row[-1]) for row in cursor.fetchall())
            assert "TEMP B-TREE" not in plan, plan
        else:  # PostgreSQL chooses the plan by its statistics: checked at scale by the
            # benchmark; here, that it may stop early (a LIMIT over newest first).
            # (In the primary key's order, or sorted after the GIN index's matches.)
            assert re.search(
                r'ORDER BY (2|\(?"wagtailsearch_indexentry"."id"( \+ 0\))?) DESC LIMIT 11$', sql
            ), sql


def test_bm25_scores_weigh_title_frequency_and_rarity():
    frequency = {"ทุเรียน": 0.001, "และ": 0.9}.get
    title, body, twice, rare, common = backends.bm25_scores(
        words=["ทุเรียน", "และ"],
        texts=[
            ("ทุเรียน เทศ", "ข่าว และ งาน"),
            ("ข่าว งาน", "ทุเรียน เทศ และ งาน"),
            ("ข่าว งาน", "ทุเรียน ทุเรียน และ งาน"),
            ("ข่าว งาน", "ทุเรียน ทุเรียน และ"),
            ("ข่าว งาน", "ทุเรียน และ และ"),
        ],
        frequency=frequency,
    )
    assert title > body  # in the title counts more
    assert twice > body  # twice counts more than once
    assert rare > common  # the rare word weighs more than the common one
    assert backends.bm25_scores(words=["x"], texts=[], frequency=frequency) == []


def test_word_frequency_counts_rare_words_and_estimates_common_ones(news_index):
    for number in range(3):
        _news(news_index, title=f"ข่าวมังคุดคัด ฉบับ {number}")
    backend = get_search_backend()
    compiler = backend.search("มังคุดคัด", NewsPage.objects.all()).query_compiler
    config = compiler.get_config(backend)
    span = backends.entry_id_span()
    assert span == (IndexEntry_first(), IndexEntry_count())
    size = span[1] - span[0] + 1

    def frequency(word):
        return compiler.word_frequency(word, span, config)

    assert frequency(search_text("มังคุดคัด").split()[0]) == pytest.approx(3 / size, rel=0.5)
    assert frequency("ไม่มีคำนี้ในดัชนี") == 0.0


def test_postgresql_takes_common_words_shares_from_its_statistics(news_index, monkeypatch, request):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's statistics")
    from django.core.cache import cache

    for number in range(30):
        _news(news_index, title=f"ข่าวลำไยอบแห้ง ฉบับ {number}")
    monkeypatch.setattr(backends, "STATISTICS_MIN_ENTRIES", 0)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE wagtailsearch_indexentry")
    key = backends.word_statistics_key(connection.alias)
    cache.delete(key)
    # The statistics of this index are not left for the tests after it.
    request.addfinalizer(lambda: cache.delete(key))
    common, floor = backends.word_statistics(connection.alias)
    word = search_text("ลำไยอบแห้ง").split()[0]
    assert word in common
    assert floor is not None and floor <= common[word]
    backend = get_search_backend()
    compiler = backend.search("ลำไยอบแห้ง", NewsPage.objects.all()).query_compiler
    share = compiler.word_frequency(word, backends.entry_id_span(), compiler.get_config(backend))
    assert share == common[word]
    # A word that is not among the common ones is counted, never above the least common.
    config = compiler.get_config(backend)
    assert compiler.word_frequency("ไม่มีคำนี้ในดัชนี", backends.entry_id_span(), config) == 0.0


def test_postgresql_counts_a_rarer_word_among_the_newest_entries(news_index, monkeypatch):
    """A word rarer than the statistics' least common is counted among the newest entries
    that should hold ``FREQUENCY_WINDOW`` matches at that share; with fewer than
    ``FREQUENCY_SAMPLE`` there, among all of them."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's statistics")
    from django.test.utils import CaptureQueriesContext

    old = [_news(news_index, title=f"ข่าวเงาะโรงเรียน ฉบับ {n}") for n in range(6)]
    new = [_news(news_index, title=f"ข่าวเงาะโรงเรียน ใหม่ {n}") for n in range(4)]
    for n in range(6):
        _news(news_index, title=f"ข่าวอื่น ลำดับ {n}")
    word = search_text("เงาะโรงเรียน").split()[0]
    span = backends.entry_id_span()
    newest = span[1] - new[0].index_entries.get().id + 1  # the entries from the first new one
    backend = get_search_backend()
    compiler = backend.search("เงาะโรงเรียน", NewsPage.objects.all()).query_compiler
    config = compiler.get_config(backend)
    # The least common word of the statistics in one entry of two: a window of
    # FREQUENCY_WINDOW / 0.5 ids.
    monkeypatch.setattr(backends, "word_statistics", lambda alias: ({}, 0.5))
    monkeypatch.setattr(backends, "FREQUENCY_WINDOW", newest // 2)
    monkeypatch.setattr(backends, "FREQUENCY_SAMPLE", 4)
    with CaptureQueriesContext(connection) as queries:
        share = compiler.word_frequency(word, span, config)
    assert share == pytest.approx(4 / newest)
    assert len([q for q in queries if "COUNT(*)" in q["sql"]]) == 1
    # Fewer than FREQUENCY_SAMPLE in the window: every entry counted.
    monkeypatch.setattr(backends, "FREQUENCY_SAMPLE", 5)
    with CaptureQueriesContext(connection) as queries:
        share = compiler.word_frequency(word, span, config)
    assert share == pytest.approx((len(old) + len(new)) / (span[1] - span[0] + 1))
    assert len([q for q in queries if "COUNT(*)" in q["sql"]]) == 2
    # Never above the statistics' least common.
    monkeypatch.setattr(backends, "word_statistics", lambda alias: ({}, 0.01))
    assert compiler.word_frequency(word, span, config) == 0.01
    # Without statistics (a small index): from how far back its FREQUENCY_SAMPLE-th
    # newest match lies.
    monkeypatch.setattr(backends, "word_statistics", lambda alias: ({}, None))
    monkeypatch.setattr(backends, "FREQUENCY_SAMPLE", 2)
    second_newest = new[-2].index_entries.get().id
    assert compiler.word_frequency(word, span, config) == pytest.approx(
        2 / (span[1] - second_newest + 1)
    )


def test_word_count_counts_whole_words_side_by_side_too():
    assert backends.word_count("", "ครู") == 0
    assert backends.word_count("ครู", "ครู") == 1
    assert backends.word_count("ครู ประชุม ครู", "ครู") == 2
    assert backends.word_count("ข้าราชการครู ครูใหญ่", "ครู") == 0
    assert backends.word_count("ทุเรียน ทุเรียน ทุเรียน เทศ ทุเรียน", "ทุเรียน") == 4


def test_share_estimate_counts_few_and_estimates_many(monkeypatch):
    monkeypatch.setattr(backends, "FREQUENCY_SAMPLE", 10)
    # Fewer than the sample: counted, over the ids the index spans.
    assert backends.share_estimate(span=(1, 100), nth_newest=None, count=lambda: 5) == 0.05
    assert backends.share_estimate(span=(201, 300), nth_newest=None, count=lambda: 5) == 0.05
    # The 10th newest match 20 entries back: about half of the entries hold the word.
    assert backends.share_estimate(span=(1, 100), nth_newest=81, count=None) == 0.5
    assert backends.share_estimate(span=(1, 100), nth_newest=95, count=None) == 1.0
    assert backends.share_estimate(span=None, nth_newest=None, count=None) == 0.0


def test_typed_phrases_rank_first_only_side_by_side():
    query = backends.typed_terms_query("ข้าราชการครู ประชุม")
    phrases = backends.typed_phrases(query)
    assert phrases == [search_text("ข้าราชการครู")]
    assert backends.has_phrases(phrases, "ประชุม", f"เรื่อง {search_text('ข้าราชการครู')} ดี")
    apart = " ".join(search_text("ข้าราชการ ประชุม ครู").split())
    assert not backends.has_phrases(phrases, apart, "")
    assert not backends.has_phrases([], "ประชุม", "")


def test_match_share_bounds_the_share_of_entries_a_query_matches():
    shares = {"ก": 0.5, "ข": 0.1, "ค": 0.3}
    share = backends.match_share
    assert share(backends.PlainText("ก ข", operator="and"), shares) == 0.1
    assert share(backends.PlainText("ก ค", operator="or"), shares) == pytest.approx(0.8)
    assert share(backends.PlainText("ก ค ไม่รู้จัก", operator="or"), shares) == 1.0
    assert share(backends.And([backends.PlainText("ก"), backends.Phrase("ค ก")]), shares) == 0.3
    assert share(backends.Boost(backends.PlainText("ข"), 2.0), shares) == 0.1
    assert share(
        backends.Or([backends.PlainText("ข"), backends.PlainText("ค")]), shares
    ) == pytest.approx(0.4)
    assert share(backends.PlainText("ไม่รู้จัก"), shares) == 1.0
    # As if the words came together by chance: all of them, the product of the shares.
    assert share(
        backends.And([backends.PlainText("ก ข"), backends.Phrase("ค")]), shares, independent=True
    ) == pytest.approx(0.3 * 0.1 * 0.5)
    assert share(backends.PlainText("ก ค", operator="or"), shares, independent=True) == (
        pytest.approx(0.8)
    )


def test_entry_windows_grow_from_the_newest_to_find_what_is_wanted():
    def walk(span, share, limit, per_id, walked=None):
        """The windows taken when ``per_id`` of each window's ids are matches."""
        found, windows = [0], []
        for low, high in backends.entry_windows(
            span, share, limit, lambda: found[0], walked=walked
        ):
            windows.append((low, high))
            width = (high - low) if low is not None else span[1] - span[0] + 1
            found[0] = min(limit, found[0] + int(width * per_id))
        return windows, found[0]

    # A rare word: the whole index at once.
    assert walk((1, 100_000), 0.001, 1000, 0.001) == ([(None, None)], 100)
    # A common one, as common as expected: one window of 1.3 × limit / share ids.
    assert walk((1, 100_000), 0.5, 1000, 0.5) == ([(97_400, 100_000)], 1000)
    # A filter keeps a tenth: the next window is sized from what the first one found
    # (1.3 × 870 wanted / 0.05 a id: 22,620 ids), growing at most eightfold.
    assert walk((1, 100_000), 0.5, 1000, 0.05) == ([(97_400, 100_000), (76_600, 97_400)], 1000)
    # Nothing found: each window eight times the last, down to the oldest entry.
    assert walk((501, 100_000), 0.5, 1000, 0.0) == (
        [(97_400, 100_000), (76_600, 97_400), (500, 76_600)],
        0,
    )
    # Windows of more than 10,000 ids read from an index that costs as much for any
    # width: the next as wide as the matches found say (1.3 × 995 wanted / 0.002 a id),
    # however much wider...
    gin = lambda width: width <= 10_000  # noqa: E731
    assert walk((1, 1_000_000), 0.5, 1000, 0.002, gin) == (
        [(997_400, 1_000_000), (324_780, 997_400)],
        1000,
    )
    # ... and, when none were found, the rest at once.
    assert walk((1, 1_000_000), 0.5, 1000, 0.0, gin) == ([(997_400, 1_000_000), (0, 997_400)], 0)
    # Walked: eight times at most, as before.
    assert walk((1, 1_000_000), 0.5, 1000, 0.0, lambda width: True)[0][:2] == [
        (997_400, 1_000_000),
        (976_600, 997_400),
    ]


@pytest.mark.parametrize("walk", [True, False])
def test_postgresql_reads_windows_of_the_newest_allowed_matches(news_index, monkeypatch, walk):
    """PostgreSQL reads the matches window by window from the newest entry: the candidates
    are the newest matches the queryset allows, whatever the windows and the plan."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's windows")
    pages = [_news(news_index, title=f"ข่าวส้มโอหวาน ฉบับที่ {n}") for n in range(12)]
    for n in range(8):
        _news(news_index, title=f"ข่าวอื่น ฉบับที่ {n}")
    allowed = [page.pk for page in pages if page.pk % 3]
    # Every word in every entry, as far as the windows know: the first window holds 5 ids.
    monkeypatch.setattr(backends, "match_share", lambda query, shares, independent=False: 1.0)
    # Walking an entry free, or dearer than any bitmap.
    monkeypatch.setattr(backends, "WALK_ENTRY_MS", 0.0 if walk else 1e9)
    backend = get_search_backend()
    results = backend.search("ส้มโอหวาน", NewsPage.objects.filter(pk__in=allowed))
    compiler = results.query_compiler
    from django.db import transaction
    from django.test.utils import CaptureQueriesContext

    with transaction.atomic(), CaptureQueriesContext(connection) as queries:
        rows = compiler.candidates(compiler.get_config(backend), 4)
        with connection.cursor() as cursor:
            cursor.execute("SHOW enable_indexscan")
            assert cursor.fetchone()[0] == "on"  # put back for the rest of the transaction
    assert [row.pk for row in rows] == sorted(allowed, reverse=True)[:4]
    windows = [q["sql"] for q in queries if "EXISTS" in q["sql"]]
    assert len(windows) > 1
    # Each window walked (no bitmaps) or read from the GIN index (no plain index scans).
    settings = [q["sql"] for q in queries if "current_setting" in q["sql"]]
    assert len(settings) == len(windows)
    off = "'enable_bitmapscan'" if walk else "'enable_indexscan'"
    assert all(off in sql and "'enable_hashjoin'" in sql for sql in settings)


@pytest.mark.parametrize(("walk", "width"), [(True, 6), (False, 8)])
def test_postgresql_reads_a_wider_first_window_from_the_gin_index(
    news_index, monkeypatch, walk, width
):
    """The GIN index's bitmap costs as much for any window: read from it, the first window
    is sized for all the words together between the rarest's share and chance's."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's windows")
    for n in range(24):
        _news(news_index, title=f"ข่าวส้มโอหวาน ฉบับที่ {n}")
    from django.test.utils import CaptureQueriesContext

    monkeypatch.setattr(backends, "WALK_ENTRY_MS", 0.0 if walk else 1e9)
    backend = get_search_backend()
    compiler = backend.search("ส้มโอ หวาน", NewsPage.objects.all()).query_compiler
    words = backends.query_words(compiler.query)
    assert len(words) == 2
    span = backends.entry_id_span()
    compiler._prachasan_shares = (dict.fromkeys(words, 0.5), span)
    with CaptureQueriesContext(connection) as queries:
        compiler.candidates(compiler.get_config(backend), 2)
    first = next(q["sql"] for q in queries if "EXISTS" in q["sql"])
    low, high = map(int, re.search(r'"id" > (\d+) AND "[^"]+"\."id" <= (\d+)', first).groups())
    # 1.3 × 2 wanted / 0.5, or / √(0.5 × 0.25)
    assert (high, high - low) == (span[1], width)


def test_postgresql_sizes_the_windows_of_a_filter_by_its_words_share(news_index, monkeypatch):
    """A filter's scope word comes with the query's words about as by chance: the first
    window holds the wanted matches at the product of their shares, not the rarest's."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's windows")
    from django.test.utils import CaptureQueriesContext

    from prachasan.search import scopes

    for n in range(24):
        _news(news_index, title=f"ข่าวส้มโอหวาน ฉบับที่ {n}")
    monkeypatch.setattr(backends, "WALK_ENTRY_MS", 0.0)
    monkeypatch.setattr(backends, "SCOPE_USEFUL_SHARE", 1.01)
    backend = get_search_backend()
    queryset = NewsPage.objects.filter(department=news_index.department)
    compiler = backend.search("ส้มโอหวาน", queryset).query_compiler
    config = compiler.get_config(backend)
    words = backends.query_words(backends.words_only(compiler.query))
    department = scopes.value_word("department_id", news_index.department_id)
    assert backends.query_words(compiler.scoped_query(config)) == [*words, department]
    span = backends.entry_id_span()
    compiler._prachasan_shares = ({**dict.fromkeys(words, 0.5), department: 0.25}, span)
    with CaptureQueriesContext(connection) as queries:
        compiler.candidates(config, 2)
    first = next(q["sql"] for q in queries if "EXISTS" in q["sql"])
    assert department in first
    low, high = map(int, re.search(r'"id" > (\d+) AND "[^"]+"\."id" <= (\d+)', first).groups())
    # 1.3 × 2 wanted / (0.5 × 0.25); the rarest's share alone would give 11.
    assert (high, high - low) == (span[1], 21)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's TOAST")
def test_postgresql_compresses_the_index_with_lz4():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attname, attcompression FROM pg_attribute"
            " WHERE attrelid = 'wagtailsearch_indexentry'::regclass"
            " AND attname IN ('title', 'body', 'autocomplete', 'title_text', 'body_text')"
        )
        assert dict(cursor.fetchall()) == dict.fromkeys(
            ["title", "body", "autocomplete", "title_text", "body_text"], "l"
        )


def IndexEntry_first():  # noqa: N802
    from wagtail.search.models import IndexEntry

    return IndexEntry.objects.order_by("id").values_list("id", flat=True).first()


def IndexEntry_count():  # noqa: N802
    from wagtail.search.models import IndexEntry

    return IndexEntry.objects.order_by("-id").values_list("id", flat=True).first()
