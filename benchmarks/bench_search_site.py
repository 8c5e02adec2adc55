"""Search through the product at scale: a site with a million news items, indexed by
``manage.py search_rebuild`` and asked through the search page's own code.

    python benchmarks/bench_search_site.py --docs 1000000
    python benchmarks/bench_search_site.py --docs 1000000 \\
        --database-url postgres://postgres@127.0.0.1:5432/prachasan_bench_site

``bench_search.py`` compares methods (segmented FTS, unsegmented FTS, LIKE) on tables of
its own. This one measures what a visitor and an administrator meet:

1. **The site**: an office made by ``office_site_create`` (its departments and their news
   sections), on its own SQLite file in ``--workdir`` or on ``--database-url``, with
   ``--docs`` published news items of the generated corpus (``search_corpus.py``: title,
   lead, body paragraphs, department, kind, publication date). The pages are written in
   bulk (rows of ``wagtailcore_page`` and ``news_newspage`` with their tree paths), not one
   ``add_child`` at a time, which would take hours; the index is not touched.
2. **Indexing**: the index emptied, then ``search_rebuild --skip-files`` (the product's
   rebuild, in as many processes as CPUs: every item's values read by Wagtail's indexer,
   cut by ``search_text`` and written to the index tables), timed from start to end.
3. **Queries**: the mixed query set of ``bench_search.py``, each asked as the search page
   asks it: ``search_pages`` (the live news and pages of the site, relevance order) then a
   ``Paginator`` of ten, its count and its first page. Also, for every fifth query, the
   whole page (``GET /search/?q=…`` through Django's test client: form, counts, snippets,
   staff and schools, template); a sample with a department filter, one with a fiscal year
   and one sorted by date.
4. **Recall@10**: as in ``bench_search.py``, against the substring truth over the whole
   corpus (the results' slugs give the documents' numbers).

Resumable: the pages are added after the last one written; ``--skip-rebuild`` keeps the
index of an earlier run. ``--offices N`` spreads the items over N offices' sites on the
one server (item ``n`` in office ``n % N``) and asks the first (recall is then not
measured; ``results_of_other_offices`` must be 0); ``--no-scope-words`` asks without the
filters' scope words (``prachasan.search.scopes``), as an index not yet rebuilt is asked;
``--warm`` asks everything once before the timed run. Figures go to stdout and
``<workdir>/site-<backend>-<docs>.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import logging
import os
import statistics
import sys
import time
import uuid
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

HOST = "bench-search.example"
SLUG = "bench-"
TZ = dt.timezone(dt.timedelta(hours=7))


def django_start(*, workdir: Path, database_url: str | None) -> str:
    workdir.mkdir(parents=True, exist_ok=True)
    var = workdir / ("var-postgres" if database_url else "var-sqlite")
    os.environ["PRACHASAN_VAR_DIR"] = str(var)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prachasan.settings.dev")
    for name in ("REDIS_URL", "EMAIL_HOST", "OPENSEARCH_URL"):
        os.environ.pop(name, None)
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    else:
        os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    settings.DEBUG = False  # no query log per statement
    settings.ALLOWED_HOSTS = ["*"]
    logging.getLogger("wagtail").setLevel(logging.WARNING)
    call_command("migrate", verbosity=0, interactive=False)
    return connection.vendor


# The pages ----------------------------------------------------------------------------


def rows_make(task):
    """Documents start..stop-1 as (number, title, lead, body JSON, department, kind, date)."""
    from search_corpus import document

    start, stop, seed = task
    rows = []
    for number in range(start, stop):
        doc = document(number, seed=seed)
        body = [
            {"type": "paragraph", "value": f"<p>{paragraph}</p>", "id": str(uuid.uuid4())}
            for paragraph in doc.body.split("\n\n")
        ]
        # A page title holds 255 characters (PostgreSQL refuses more; 0.04 % of the
        # corpus): the rest opens the lead, so every word is still there.
        title, lead = doc.title, doc.lead
        if len(title) > 255:
            title, lead = title[:255], f"{title[255:]} {lead}"
        rows.append((number, title, lead, body, doc.department, doc.kind, doc.published))
    return rows


def site_build(*, docs: int, seed: int, batch: int, processes: int, offices: int = 1) -> dict:
    """The offices, their sites and ``docs`` news items spread over them (item ``n`` in
    office ``n % offices``; the first office's site is ``HOST``, the one asked) and over
    their departments' sections."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from wagtail.models import Locale, Page

    from prachasan.news.models import NewsIndexPage, NewsPage
    from prachasan.site.services import office_site_create

    sections = {}
    for number in range(offices):
        site, office, _ = office_site_create(
            hostname=HOST if not number else f"office{number + 1}.{HOST}",
            name_th=f"สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบการค้นหา เขต {number + 1}",
            short_name_th=f"สพป.ทดสอบการค้นหา เขต {number + 1}",
            email="pr@bench-search.example",
            phone="0 7400 0002",
        )
        sections.update(
            ((number, index.department.key), index)
            for index in NewsIndexPage.objects.descendant_of(site.root_page).select_related(
                "department"
            )
            if index.department
        )
    have = NewsPage.objects.filter(slug__startswith=SLUG).count()
    if have >= docs:
        return {"pages_written": 0, "pages": have}
    content_type = ContentType.objects.get_for_model(NewsPage)
    locale = Locale.get_default()
    news_fields = [
        f for f in NewsPage._meta.local_concrete_fields if f.name != "page_ptr"
    ]  # the child table's columns, page_ptr first below
    children = {
        key: index.get_children_count() for key, index in sections.items()
    }  # counted once: the tree paths follow on from there
    t0 = time.perf_counter()
    tasks = [(s, min(s + batch, docs), seed) for s in range(have, docs, batch)]
    with Pool(processes) as pool:
        for rows in pool.imap(rows_make, tasks):
            pages, news = [], []
            for number, title, lead, body, department_key, kind, published in rows:
                department = (number % offices, department_key)
                parent = sections[department]
                children[department] += 1
                when = dt.datetime.fromisoformat(published).replace(hour=9, tzinfo=TZ)
                slug = f"{SLUG}{number}"
                pages.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        content_type=content_type,
                        live=True,
                        has_unpublished_changes=False,
                        url_path=f"{parent.url_path}{slug}/",
                        path=NewsPage._get_path(
                            parent.path, parent.depth + 1, children[department]
                        ),
                        depth=parent.depth + 1,
                        numchild=0,
                        first_published_at=when,
                        last_published_at=when,
                        locale=locale,
                        translation_key=uuid.uuid4(),
                    )
                )
                news.append(
                    NewsPage(
                        lead=lead,
                        body=body,
                        kind=kind,
                        department_id=parent.department_id,
                    )
                )
            with transaction.atomic():
                Page.objects.bulk_create(pages)
                for page, item in zip(pages, news, strict=True):
                    item.page_ptr_id = item.pk = page.pk
                NewsPage._base_manager._insert(
                    news, fields=[NewsPage._meta.pk, *news_fields], using="default"
                )
                for key, count in children.items():
                    Page.objects.filter(pk=sections[key].pk).update(numchild=count)
            done = rows[-1][0] + 1
            if done // batch % 25 == 0:
                rate = (done - have) / (time.perf_counter() - t0)
                print(f"  pages: {done:,} ({rate:,.0f}/s)", file=sys.stderr, flush=True)
    seconds = time.perf_counter() - t0
    tables_analyse()
    return {
        "pages_written": docs - have,
        "pages_s": round(seconds, 1),
        "pages": docs,
        "offices": offices,
    }


def tables_analyse() -> None:
    """The planner's statistics of the pages written in bulk, as a live site's autovacuum
    keeps them. This machine's PostgreSQL runs with ``autovacuum = off``: without them the
    planner took the site's 100,000 pages for 14 and hashed them all for every search."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


# Indexing ------------------------------------------------------------------------------


def index_empty(vendor: str) -> None:
    """No entries, so that every rebuild starts from the same place (a rebuild over an
    index updates each entry in place instead). On SQLite the FTS table is dropped and made
    again rather than emptied row by row through Wagtail's triggers."""
    from django.db import connection

    with connection.cursor() as cursor:
        if vendor == "postgresql":
            cursor.execute("TRUNCATE wagtailsearch_indexentry")
            return
        cursor.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
            " AND tbl_name = 'wagtailsearch_indexentry'"
        )
        triggers = cursor.fetchall()
        cursor.execute("SELECT sql FROM sqlite_master WHERE name = 'wagtailsearch_indexentry_fts'")
        fts = cursor.fetchone()[0]
        for name, _ in triggers:
            cursor.execute(f"DROP TRIGGER {name}")
        cursor.execute("DROP TABLE wagtailsearch_indexentry_fts")
        cursor.execute("DELETE FROM wagtailsearch_indexentry")
        cursor.execute(fts)
        for _, sql in triggers:
            cursor.execute(sql)


def index_rebuild(processes: int | None) -> dict:
    from django.core.management import call_command

    from prachasan.news.models import NewsPage

    args = ["search_rebuild", "--skip-files", "--verbosity", "0"]
    if processes:
        args += ["--processes", str(processes)]
    t0 = time.perf_counter()
    call_command(*args)
    seconds = time.perf_counter() - t0
    items = NewsPage.objects.count()
    return {
        "rebuild_s": round(seconds, 1),
        "news_items": items,
        "items_per_s": round(items / seconds),
    }


def index_size(vendor: str) -> dict:
    from django.db import connection

    with connection.cursor() as cursor:
        if vendor == "postgresql":
            cursor.execute("SELECT pg_total_relation_size('wagtailsearch_indexentry')")
            return {"index_bytes": cursor.fetchone()[0]}
        cursor.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'modelsearch_indexentry%'"
            " OR name LIKE 'wagtailsearch_indexentry%'"
        )
        found = cursor.fetchone()[0]
        return {"index_bytes": found}


# Queries -------------------------------------------------------------------------------


def numbers(pages) -> list[int]:
    return [int(p.slug[len(SLUG) :]) for p in pages if p.slug.startswith(SLUG)]


def queries_run(
    *, docs: int, seed: int, processes: int, workdir: Path, page_every: int, offices: int = 1
) -> dict:
    from bench_search import ground_truth, percentile, query_set, query_terms
    from django.core.paginator import Paginator
    from django.test import Client
    from search_corpus import document
    from wagtail.models import Site

    from prachasan.offices.models import Office
    from prachasan.search.text import search_normalize
    from prachasan.search.views import search_pages

    site = Site.objects.get(hostname=HOST)
    office = Office.for_site(site)
    root = site.root_page
    start_month = office.fiscal_year_start_month
    queries = query_set(seed)
    # The truth is over the whole corpus: with several offices, the first one's share of
    # it is not known, and recall is not measured.
    truth = (
        ground_truth(queries, docs=docs, seed=seed, processes=processes, cache=workdir)
        if offices == 1
        else [0] * len(queries)
    )
    texts: dict[int, str] = {}

    def relevant(number: int, terms: list[str]) -> bool:
        if number not in texts:
            texts[number] = search_normalize(document(number, seed=seed).text)
        return all(term in texts[number] for term in terms)

    def ask(text: str, *, filters=None, sort="relevance"):
        results = search_pages(
            root=root, query=text, filters=filters or {}, sort=sort, start_month=start_month
        )
        page = Paginator(results, 10).get_page(1)
        found = list(page.object_list)
        return found, page.paginator.count, getattr(results, "capped", False)

    for q in queries[:10]:  # warm caches
        ask(q["text"])
    rows, latencies, recalls = [], [], []
    for i, q in enumerate(queries):
        t0 = time.perf_counter()
        found, count, capped = ask(q["text"])
        ms = (time.perf_counter() - t0) * 1000
        latencies.append(ms)
        top = numbers(found)
        terms = query_terms(q["text"])
        hits = sum(relevant(n, terms) for n in top)
        recall = hits / truth[i] if truth[i] else None
        if recall is not None:
            recalls.append(recall)
        rows.append(
            {
                **q,
                "ms": round(ms, 2),
                "count": count,
                "capped": capped,
                "recall@10": recall,
                # Items of another office's site (never: the site's filter holds).
                "other_offices": sum(1 for n in top if n % offices),
            }
        )

    def timed(label, calls):
        values = []
        for call in calls:
            t0 = time.perf_counter()
            call()
            values.append((time.perf_counter() - t0) * 1000)
        return {
            "what": label,
            "queries": len(values),
            "p50_ms": round(statistics.median(values), 1),
            "p95_ms": round(percentile(values, 0.95), 1),
            "max_ms": round(max(values), 1),
        }

    sample = queries[::page_every]
    client = Client(HTTP_HOST=HOST)
    client.get("/search/", {"q": sample[0]["text"]})
    extra = [
        timed(
            "whole page GET /search/?q=…",
            [lambda t=q["text"]: client.get("/search/", {"q": t}) for q in sample],
        ),
        timed(
            "department filter",
            [lambda t=q["text"]: ask(t, filters={"department": _department()}) for q in sample],
        ),
        timed(
            "fiscal year 2567 filter",
            [lambda t=q["text"]: ask(t, filters={"fiscal_year": 2567}) for q in sample],
        ),
        timed("sorted by date", [lambda t=q["text"]: ask(t, sort="newest") for q in sample]),
    ]
    statuses = {client.get("/search/", {"q": q["text"]}).status_code for q in sample[:5]}
    by_kind: dict[str, list[float]] = {}
    for row in rows:
        by_kind.setdefault(row["kind"], []).append(row["ms"])
    return {
        "queries": len(queries),
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(percentile(latencies, 0.95), 1),
        "max_ms": round(max(latencies), 1),
        "recall@10": round(statistics.mean(recalls), 4) if recalls else None,
        "capped_queries": sum(1 for r in rows if r["capped"]),
        "results_of_other_offices": sum(r["other_offices"] for r in rows),
        "by_kind_p50_p95_ms": {
            kind: [round(statistics.median(v), 1), round(percentile(v, 0.95), 1)]
            for kind, v in by_kind.items()
        },
        "others": extra,
        "page_statuses": sorted(statuses),
        "per_query": rows,
    }


@contextlib.contextmanager
def scope_words(*, enabled: bool):
    """The filters' scope words asked for or not (``prachasan.search.scopes``): not, as
    for an index marked by migration 0006 until it is rebuilt."""
    from django.core.cache import cache

    from prachasan.search.models import IndexUpgrade
    from prachasan.search.scopes import UPGRADE

    if enabled:
        IndexUpgrade.objects.filter(name=UPGRADE).delete()
    else:
        IndexUpgrade.objects.get_or_create(name=UPGRADE)
    cache.clear()
    try:
        yield
    finally:
        IndexUpgrade.objects.filter(name=UPGRADE).delete()
        cache.clear()


_DEPARTMENT = {}


def _department():
    if not _DEPARTMENT:
        from prachasan.offices.models import Department

        department = Department.objects.filter(office__site__hostname=HOST, key="personnel").get()
        _DEPARTMENT["value"] = department
    return _DEPARTMENT["value"]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/prachasan-bench-site"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=2000)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--rebuild-processes",
        type=int,
        default=0,
        help="search_rebuild --processes (default: its own)",
    )
    parser.add_argument("--skip-rebuild", action="store_true")
    parser.add_argument("--pages-only", action="store_true", help="write the pages and stop")
    parser.add_argument("--index-only", action="store_true", help="write and index, then stop")
    parser.add_argument("--page-every", type=int, default=5)
    parser.add_argument(
        "--offices",
        type=int,
        default=1,
        help="offices on the server, the items spread over them; the first is asked"
        " (recall is then not measured)",
    )
    parser.add_argument(
        "--warm",
        action="store_true",
        help="ask everything once before the timed run (the OS may have dropped the"
        " database's pages from its cache since they were last read)",
    )
    parser.add_argument(
        "--no-scope-words",
        action="store_true",
        help="ask without the filters' scope words (as an index not yet rebuilt is asked)",
    )
    args = parser.parse_args()
    name = f"{'postgres' if args.database_url else 'sqlite'}-{args.docs}"
    if args.offices > 1:
        name += f"-{args.offices}-offices"
    workdir = args.workdir / name
    vendor = django_start(workdir=workdir, database_url=args.database_url or None)
    report = {
        "backend": vendor,
        "docs": args.docs,
        "load_before": [round(x, 2) for x in os.getloadavg()],
    }
    report["site"] = site_build(
        docs=args.docs,
        seed=args.seed,
        batch=args.batch,
        processes=args.processes,
        offices=args.offices,
    )
    if args.pages_only:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    if not args.skip_rebuild:
        index_empty(vendor)
        report["load_before_index"] = [round(x, 2) for x in os.getloadavg()]
        report["index"] = index_rebuild(args.rebuild_processes or None)
    report["size"] = index_size(vendor)
    if args.index_only:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    report["load_before_queries"] = [round(x, 2) for x in os.getloadavg()]
    from prachasan.runtime import process_warm

    process_warm()  # as prachasan.wsgi readies a web process: what a visitor meets
    report["scope_words"] = not args.no_scope_words
    report["warm"] = args.warm
    with scope_words(enabled=report["scope_words"]):
        for _ in range(2 if args.warm else 1):
            report["search"] = queries_run(
                docs=args.docs,
                seed=args.seed,
                processes=args.processes,
                workdir=args.workdir,
                page_every=args.page_every,
                offices=args.offices,
            )
    report["load_after"] = [round(x, 2) for x in os.getloadavg()]
    suffix = "" if report["scope_words"] else "-no-scope-words"
    if args.offices > 1:
        suffix = f"-{args.offices}-offices{suffix}"
    if args.warm:
        suffix += "-warm"
    out = args.workdir / f"site-{vendor}-{args.docs}{suffix}.json"
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1))
    summary = {**report, "search": {k: v for k, v in report["search"].items() if k != "per_query"}}
    print(json.dumps(summary, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
