"""Thai full-text search at scale: segmented FTS against LIKE and unsegmented FTS.

    python benchmarks/bench_search.py --docs 1000000 --backend sqlite
    python benchmarks/bench_search.py --docs 1000000 --backend postgres \\
        --database-url postgres://postgres@127.0.0.1:5432/prachasan_bench

Builds, from the generated corpus (``search_corpus.py``), the index the way the product
does: every document's title and lead + body cut into words by
``prachasan.search.text.search_text`` (in ``--processes`` worker processes), then

- SQLite: an FTS5 table ``seg(title, body)`` of the segmented text (tokenizer ``unicode61``
  with marks kept as token characters, so a space is the only word break in Thai), the raw
  documents in ``docs`` and, for comparison, an FTS5 table ``raw(title, body)`` of the raw
  text with FTS5's default ``unicode61``; each table in its own file so its size is its
  file's size;
- PostgreSQL: ``bench_seg.vector`` (``to_tsvector('simple', …)`` of the segmented title,
  weight A, and body) with a GIN index, ``bench_doc`` with the raw text and, for comparison,
  ``bench_raw.vector`` (``to_tsvector('simple', raw)``) with a GIN index.

Then it asks a mixed set of Thai queries (single words, compounds, two-word AND queries,
acronyms with and without dots, Thai and Arabic digits, department names, a typed-apart
sara am) of each method: top 10 by rank (bm25 on SQLite, ts_rank on PostgreSQL) for
segmented and unsegmented FTS, the first 10 ``LIKE '%…%'`` matches on the raw text. Each
term of a query (the query split at spaces) must match as a phrase; the terms are ANDed.

Ground truth (what a reader would call a hit): a document is relevant to a query when
``search_normalize`` of its text contains every ``search_normalize``d term of the query as
a substring. It is exact, not sampled, for recall@10 = |top 10 ∩ relevant| / min(10,
|relevant|): each document returned is checked, and min(10, |relevant|) is found by reading
the corpus (regenerated, in worker processes) until 10 relevant documents are found, or to
its end. The full match sets are compared on a sample (every k-th document, about 10,000):
recall = |matched ∩ relevant| / |relevant| and precision = |matched ∩ relevant| / |matched|
there, so a method that finds fragments of words (LIKE "ตา" inside "ตาราง") shows as
imprecise rather than perfect.

The index is built in batches committed one at a time: a stopped run resumes where it
stopped (``--workdir``; PostgreSQL builds its GIN indexes after the last batch). Figures go
to stdout as JSON and to ``<workdir>/report-<backend>-<docs>.{json,md}``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import statistics
import sys
import time
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_corpus import ACRONYMS, DEPARTMENTS, document, documents, vocabulary  # noqa: E402

from prachasan.search.text import search_normalize, search_text  # noqa: E402

SEG_TOKENIZER = "unicode61 categories 'L* N* Co M*'"

# ---------------------------------------------------------------------------------------
# Segmenting the corpus (in worker processes)


def segment_range(task: tuple[int, int, int]) -> tuple[list[tuple], dict]:
    """Documents start..stop-1 generated and segmented: rows and the CPU each step took."""
    start, stop, seed = task
    rows = []
    generate = segment = 0.0
    chars = 0
    for number in range(start, stop):
        t0 = time.process_time()
        doc = document(number, seed=seed)
        t1 = time.process_time()
        title = search_text(doc.title)
        body = search_text(f"{doc.lead}\n{doc.body}")
        t2 = time.process_time()
        generate += t1 - t0
        segment += t2 - t1
        chars += len(doc.text)
        rows.append(
            (number, doc.department, doc.kind, doc.published, doc.title, doc.text, title, body)
        )
    return rows, {"generate_cpu": generate, "segment_cpu": segment, "chars": chars}


def segmented_batches(start: int, stop: int, *, seed: int, batch: int, processes: int):
    tasks = [(s, min(s + batch, stop), seed) for s in range(start, stop, batch)]
    if processes <= 1:
        yield from map(segment_range, tasks)
        return
    with Pool(processes) as pool:
        yield from pool.imap(segment_range, tasks)


# ---------------------------------------------------------------------------------------
# Queries


def query_set(seed: int = 1) -> list[dict]:
    """The mixed query set: deterministic, drawn from the corpus's own vocabulary."""
    import random

    rng = random.Random(f"prachasan-search-queries-{seed}")
    phrases, words, _, dictionary = vocabulary()
    queries: list[dict] = []

    def add(kind: str, text: str) -> None:
        if text not in {q["text"] for q in queries}:
            queries.append({"kind": kind, "text": text})

    plain = [w for w in words if len(w) >= 3 and not any(c.isdigit() for c in w)]
    # Single words over the whole frequency range, from the seeds' words.
    for index in range(0, min(len(plain), 1200), 24):
        add("word", plain[index])
    # Rare words: PyThaiNLP's dictionary, mixed into the corpus at random.
    for word in rng.sample([w for w in dictionary if len(w) >= 4], 30):
        add("rare word", word)
    # Compounds: a run of several words of the seeds, found inside longer runs.
    compounds = [
        p for p in phrases if 8 <= len(p) <= 24 and " " not in p and not any(c.isdigit() for c in p)
    ]
    for phrase in rng.sample(compounds, 40):
        add("compound", phrase)
    # Two-word AND queries.
    for _ in range(40):
        add("two words", f"{rng.choice(plain[:600])} {rng.choice(plain[:1500])}")
    # Acronyms with and without dots.
    for acronym in ACRONYMS:
        add("acronym", acronym)
        add("acronym", acronym.replace(".", ""))
    add("acronym", "สพป.ตัวอย่าง")
    add("acronym", "ผอ.สพป.")
    # Digits, Thai and Arabic.
    for year in rng.sample(range(2559, 2572), 6):
        add("digits", f"ปีงบประมาณ {year}")
        add("digits", str(year).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")))
    for number in rng.sample(range(2, 500), 6):
        add("digits", f"จำนวน {number}")
    add("digits", "เขต ๒")
    # Department names, and words typed with a decomposed sara am.
    for _, name in DEPARTMENTS:
        add("department", name)
    for word in [w for w in plain if "ำ" in w][:8]:
        add("spelling variant", word.replace("ำ", "\u0e4d\u0e32", 1))
    return queries


def query_terms(text: str) -> list[str]:
    """The normalised terms of a query: the user's own spaces separate terms."""
    return [term for term in search_normalize(text).split(" ") if term]


def fts5_phrase(words: str) -> str:
    return '"' + words.replace('"', '""') + '"'


def fts5_query(text: str, *, segment: bool) -> str | None:
    """An FTS5 MATCH expression: each term a phrase (segmented or raw), terms ANDed."""
    parts = []
    for term in text.split(" ") if not segment else query_terms(text):
        term = search_text(term) if segment else term
        if term:
            parts.append(fts5_phrase(term))
    return " AND ".join(parts) or None


def ground_truth_range(task: tuple[int, int, int, list[list[str]], list[int]]) -> dict:
    """For each query, the first (up to 10) relevant documents in start..stop-1."""
    start, stop, seed, all_terms, open_queries = task
    found: dict[int, list[int]] = {q: [] for q in open_queries}
    for doc in documents(start, stop, seed=seed):
        text = search_normalize(doc.text)
        for q in list(found):
            hits = found[q]
            if len(hits) < 10 and all(term in text for term in all_terms[q]):
                hits.append(doc.number)
    return found


def ground_truth(
    queries: list[dict], *, docs: int, seed: int, processes: int, cache: Path
) -> list[int]:
    """min(10, number of relevant documents) for each query, read from the whole corpus."""
    key = hashlib.sha256(
        json.dumps([docs, seed, [q["text"] for q in queries]]).encode()
    ).hexdigest()[:16]
    path = cache / f"truth-{docs}-{seed}-{key}.json"
    if path.exists():
        return json.loads(path.read_text())
    all_terms = [query_terms(q["text"]) for q in queries]
    counts = [0] * len(queries)
    step = max(1000, docs // 200)
    with Pool(processes) as pool:
        position = 0
        while position < docs and any(c < 10 for c in counts):
            open_queries = [i for i, c in enumerate(counts) if c < 10]
            chunk = [
                (s, min(s + step, docs), seed, all_terms, open_queries)
                for s in range(position, min(docs, position + step * processes * 4), step)
            ]
            for found in pool.map(ground_truth_range, chunk):
                for q, hits in found.items():
                    counts[q] = min(10, counts[q] + len(hits))
            position = chunk[-1][1]
    path.write_text(json.dumps(counts))
    return counts


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)]


# ---------------------------------------------------------------------------------------
# SQLite


class SQLiteBench:
    methods = ("segmented FTS", "unsegmented FTS", "LIKE")

    def __init__(self, workdir: Path, docs: int):
        import sqlite3

        self.dir = workdir / f"sqlite-{docs}"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.files = {name: self.dir / f"{name}.sqlite3" for name in ("docs", "seg", "raw")}
        self.db = sqlite3.connect(self.files["docs"], isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA cache_size=-200000")
        for name in ("seg", "raw"):
            self.db.execute(f"ATTACH DATABASE ? AS {name}db", (str(self.files[name]),))
            self.db.execute(f"PRAGMA {name}db.journal_mode=WAL")
            self.db.execute(f"PRAGMA {name}db.synchronous=NORMAL")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS docs (id INTEGER PRIMARY KEY, department TEXT, kind TEXT,"
            " published TEXT, title TEXT, raw TEXT)"
        )
        self.db.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS segdb.seg USING fts5(title, body,"
            f' tokenize="{SEG_TOKENIZER}")'
        )
        self.db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS rawdb.raw USING fts5(title, body)")

    def indexed(self) -> int:
        """Documents already in every table (a stopped run resumes after them)."""
        done = [
            self.db.execute(f"SELECT coalesce(max(rowid) + 1, 0) FROM {table}").fetchone()[0]
            for table in ("docs", "seg", "raw")
        ]
        return min(done)

    def insert(self, rows: list[tuple]) -> dict:
        timings = {}
        first = rows[0][0]
        for table, sql, values in (
            ("docs", "INSERT OR IGNORE INTO docs VALUES (?, ?, ?, ?, ?, ?)", lambda r: r[:6]),
            (
                "seg",
                "INSERT INTO seg (rowid, title, body) VALUES (?, ?, ?)",
                lambda r: (r[0], r[6], r[7]),
            ),
            (
                "raw",
                "INSERT INTO raw (rowid, title, body) VALUES (?, ?, ?)",
                lambda r: (r[0], r[4], r[5][len(r[4]) + 1 :]),
            ),
        ):
            t0 = time.perf_counter()
            have = self.db.execute(f"SELECT coalesce(max(rowid) + 1, 0) FROM {table}").fetchone()[0]
            if have < first + len(rows):
                self.db.execute("BEGIN")
                self.db.executemany(sql, [values(r) for r in rows if r[0] >= have])
                self.db.execute("COMMIT")
            timings[table] = time.perf_counter() - t0
        return timings

    def finish(self) -> dict:
        timings = {}
        for table in ("seg", "raw"):
            t0 = time.perf_counter()
            self.db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
            timings[f"{table}_s"] = time.perf_counter() - t0
        for name in ("main", "segdb", "rawdb"):
            self.db.execute(f"PRAGMA {name}.wal_checkpoint(TRUNCATE)")
        return timings

    def sizes(self) -> dict:
        return {f"{name}_bytes": path.stat().st_size for name, path in self.files.items()}

    def search(self, method: str, text: str, *, sample: int = 0) -> list[int]:
        """Top 10 ids, or with ``sample`` every match among the ids divisible by it."""
        if method == "LIKE":
            terms = [t for t in text.split(" ") if t]
            where = " AND ".join("raw LIKE ?" for _ in terms)
            args = [f"%{t}%" for t in terms]
            if sample:  # a join, not a scan: LIKE reads only the sample's rows
                sql = (
                    f"SELECT d.id FROM temp.sample s CROSS JOIN docs d ON d.id = s.id WHERE {where}"
                )
            else:
                sql = f"SELECT id FROM docs WHERE {where} LIMIT 10"
            return [r[0] for r in self.db.execute(sql, args)]
        table = "seg" if method == "segmented FTS" else "raw"
        expression = fts5_query(text, segment=method == "segmented FTS")
        if expression is None:
            return []
        if sample:  # FTS5 finds the matches, then they are filtered (not one lookup per id)
            sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid % {int(sample)} = 0"
        else:
            sql = (
                f"SELECT rowid FROM {table} WHERE {table} MATCH ?"
                f" ORDER BY bm25({table}, 2.0, 1.0) LIMIT 10"
            )
        return [r[0] for r in self.db.execute(sql, (expression,))]

    def sample_load(self, ids: list[int]) -> None:
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS sample (id INTEGER PRIMARY KEY)")
        self.db.execute("DELETE FROM temp.sample")
        self.db.executemany("INSERT INTO temp.sample VALUES (?)", [(i,) for i in ids])


# ---------------------------------------------------------------------------------------
# PostgreSQL


class PostgresBench:
    methods = ("segmented FTS", "unsegmented FTS", "LIKE")

    def __init__(self, database_url: str, docs: int):
        import psycopg

        self.db = psycopg.connect(database_url, autocommit=True)
        # A schema per corpus size: a run never resumes into another size's tables.
        self.db.execute(f"CREATE SCHEMA IF NOT EXISTS bench_{int(docs)}")
        self.db.execute(f"SET search_path TO bench_{int(docs)}, public")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS bench_doc (id integer PRIMARY KEY, department text,"
            " kind text, published date, title text, raw text)"
        )
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS bench_seg (id integer PRIMARY KEY, vector tsvector)"
        )
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS bench_raw (id integer PRIMARY KEY, vector tsvector)"
        )
        self.db.execute(
            "CREATE UNLOGGED TABLE IF NOT EXISTS bench_stage (id integer, title text, body text)"
        )

    def indexed(self) -> int:
        return min(
            self.db.execute(f"SELECT coalesce(max(id) + 1, 0) FROM {table}").fetchone()[0]
            for table in ("bench_doc", "bench_seg", "bench_raw")
        )

    def insert(self, rows: list[tuple]) -> dict:
        timings = {}
        with self.db.transaction():
            t0 = time.perf_counter()
            self.db.execute("DELETE FROM bench_doc WHERE id >= %s", (rows[0][0],))
            with self.db.cursor().copy("COPY bench_doc FROM STDIN") as copy:
                for r in rows:
                    copy.write_row(r[:6])
            timings["docs"] = time.perf_counter() - t0
            t0 = time.perf_counter()
            self.db.execute("TRUNCATE bench_stage")
            with self.db.cursor().copy("COPY bench_stage FROM STDIN") as copy:
                for r in rows:
                    copy.write_row((r[0], r[6], r[7]))
            self.db.execute("DELETE FROM bench_seg WHERE id >= %s", (rows[0][0],))
            self.db.execute(
                "INSERT INTO bench_seg SELECT id, setweight(to_tsvector('simple', title), 'A')"
                " || to_tsvector('simple', body) FROM bench_stage"
            )
            timings["seg"] = time.perf_counter() - t0
            t0 = time.perf_counter()
            self.db.execute("DELETE FROM bench_raw WHERE id >= %s", (rows[0][0],))
            self.db.execute(
                "INSERT INTO bench_raw SELECT id, setweight(to_tsvector('simple', title), 'A')"
                " || to_tsvector('simple', substr(raw, length(title) + 2))"
                " FROM bench_doc WHERE id >= %s",
                (rows[0][0],),
            )
            timings["raw"] = time.perf_counter() - t0
        return timings

    def finish(self) -> dict:
        timings = {}
        self.db.execute("SET maintenance_work_mem = '1GB'")
        for table in ("bench_seg", "bench_raw"):
            t0 = time.perf_counter()
            self.db.execute(
                f"CREATE INDEX IF NOT EXISTS {table}_vector ON {table} USING gin (vector)"
            )
            timings[f"{table.removeprefix('bench_')}_s"] = time.perf_counter() - t0
        self.db.execute("DROP TABLE IF EXISTS bench_stage")
        self.db.execute("VACUUM ANALYZE bench_doc")
        self.db.execute("VACUUM ANALYZE bench_seg")
        self.db.execute("VACUUM ANALYZE bench_raw")
        return timings

    def sizes(self) -> dict:
        sizes = {}
        for table in ("bench_doc", "bench_seg", "bench_raw"):
            sizes[f"{table}_total_bytes"] = self.db.execute(
                "SELECT pg_total_relation_size(%s)", (table,)
            ).fetchone()[0]
        for index in ("bench_seg_vector", "bench_raw_vector"):
            row = self.db.execute("SELECT pg_relation_size(to_regclass(%s))", (index,)).fetchone()
            sizes[f"{index}_bytes"] = row[0]
        return sizes

    def search(self, method: str, text: str, *, sample: int = 0) -> list[int]:
        """Top 10 ids, or with ``sample`` every match among the ids divisible by it."""
        if method == "LIKE":
            terms = [t for t in text.split(" ") if t]
            where = " AND ".join("raw LIKE %s" for _ in terms)
            args = [f"%{t}%" for t in terms]
            if sample:
                sql = (
                    f"SELECT d.id FROM bench_sample s JOIN bench_doc d ON d.id = s.id WHERE {where}"
                )
            else:
                sql = f"SELECT id FROM bench_doc WHERE {where} LIMIT 10"
            return [r[0] for r in self.db.execute(sql, args)]
        if method == "segmented FTS":
            terms = [search_text(term) for term in query_terms(text)]
            table = "bench_seg"
        else:
            terms = [t for t in text.split(" ") if t]
            table = "bench_raw"
        terms = [t for t in terms if t]
        if not terms:
            return []
        query = " && ".join("phraseto_tsquery('simple', %s)" for _ in terms)
        if sample:
            sql = f"SELECT id FROM {table} WHERE vector @@ ({query}) AND id %% {int(sample)} = 0"
        else:
            sql = (
                f"SELECT id FROM {table}, (SELECT {query} AS q) AS query WHERE vector @@ q"
                " ORDER BY ts_rank(vector, q) DESC LIMIT 10"
            )
        return [r[0] for r in self.db.execute(sql, terms)]

    def sample_load(self, ids: list[int]) -> None:
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS bench_sample (id integer PRIMARY KEY)")
        self.db.execute("TRUNCATE bench_sample")
        with self.db.cursor().copy("COPY bench_sample FROM STDIN") as copy:
            for i in ids:
                copy.write_row((i,))
        self.db.execute("ANALYZE bench_sample")


# ---------------------------------------------------------------------------------------
# The run


def build(bench, args) -> dict:
    """Index what is not indexed yet; the figures add up over resumed runs."""
    start = bench.indexed()
    progress = args.workdir / f"build-{args.backend}-{args.docs}.json"
    if start and progress.exists():
        totals = json.loads(progress.read_text())
        totals.setdefault("built", totals["docs"])  # files written before "built" was counted
    else:
        totals = dict.fromkeys(
            (
                "docs",
                "built",
                "chars",
                "generate_cpu",
                "segment_cpu",
                "docs_s",
                "seg_s",
                "raw_s",
                "wall_s",
            ),
            0,
        )
        totals["finish"] = {}
    totals["docs"] = start  # what a stopped run committed, whatever it last saved
    last = time.perf_counter()
    batches = segmented_batches(
        start, args.docs, seed=args.seed, batch=args.batch, processes=args.processes
    )
    for rows, cpu in batches:
        timings = bench.insert(rows)
        totals["docs"] += len(rows)
        totals["built"] += len(rows)
        for key in ("chars", "generate_cpu", "segment_cpu"):
            totals[key] += cpu[key]
        for table in ("docs", "seg", "raw"):
            totals[f"{table}_s"] += timings[table]
        now = time.perf_counter()
        totals["wall_s"] += now - last
        last = now
        progress.write_text(json.dumps(totals))
        if rows[-1][0] // args.batch % 25 == 0:
            rate = totals["docs"] / totals["wall_s"]
            print(f"  {rows[-1][0] + 1:,} docs, {rate:,.0f} docs/s", file=sys.stderr, flush=True)
    if start < args.docs or args.finish:
        totals["finish"] = bench.finish()
        progress.write_text(json.dumps(totals))
    done = totals["built"]  # documents this build (over resumed runs) segmented and inserted
    finish_s = sum(totals["finish"].values())
    return {
        "resumed_at": start,
        "wall_s": round(totals["wall_s"], 1),
        "finish_s": {k: round(v, 1) for k, v in totals["finish"].items()},
        "docs_per_s_total": round(done / (totals["wall_s"] + finish_s), 1),
        # The product's index without the baseline's (the raw FTS table is only for comparison):
        # the main process inserts while the workers segment, so its time comes off the wall.
        "docs_per_s_product_tables": round(
            done
            / (totals["wall_s"] + finish_s - totals["raw_s"] - totals["finish"].get("raw_s", 0)),
            1,
        ),
        "chars_per_doc": round(totals["chars"] / done),
        "segment_cpu_s": round(totals["segment_cpu"], 1),
        "segment_chars_per_cpu_s": round(totals["chars"] / totals["segment_cpu"]),
        "segment_docs_per_cpu_s": round(done / totals["segment_cpu"], 1),
        "generate_cpu_s": round(totals["generate_cpu"], 1),
        "insert_s": {t: round(totals[f"{t}_s"], 1) for t in ("docs", "seg", "raw")},
    }


def evaluate(bench, args, queries: list[dict]) -> dict:
    truth = ground_truth(
        queries, docs=args.docs, seed=args.seed, processes=args.processes, cache=args.workdir
    )
    texts = {}

    def relevant(number: int, terms: list[str]) -> bool:
        if number not in texts:
            texts[number] = search_normalize(document(number, seed=args.seed).text)
        return all(term in texts[number] for term in terms)

    like_every = max(1, len(queries) // args.like_queries) if args.like_queries else 0
    results: dict[str, dict] = {}
    per_query = []
    for method in bench.methods:
        chosen = [
            i
            for i in range(len(queries))
            if method != "LIKE" or (like_every and i % like_every == 0)
        ]
        for i in chosen[:10]:  # warm the caches
            bench.search(method, queries[i]["text"])
        latencies, recalls = [], []
        for i in chosen:
            q = queries[i]
            t0 = time.perf_counter()
            top = bench.search(method, q["text"])
            latency = (time.perf_counter() - t0) * 1000
            latencies.append(latency)
            terms = query_terms(q["text"])
            hits = sum(relevant(n, terms) for n in top)
            recall = hits / truth[i] if truth[i] else None
            if recall is not None:
                recalls.append(recall)
            per_query.append(
                {
                    "method": method,
                    **q,
                    "ms": round(latency, 2),
                    "found": len(top),
                    "relevant_in_top10": hits,
                    "recall@10": recall,
                }
            )
        results[method] = {
            "queries": len(chosen),
            "p50_ms": round(statistics.median(latencies), 2),
            "p95_ms": round(percentile(latencies, 0.95), 2),
            "max_ms": round(max(latencies), 2),
            "recall@10": round(statistics.mean(recalls), 4) if recalls else None,
        }
    # Full match sets on a sample of the corpus.
    every = max(1, math.ceil(args.docs / args.sample))
    ids = list(range(0, args.docs, every))
    bench.sample_load(ids)
    sample_texts = {
        n: search_normalize(d.text) for n, d in ((n, document(n, seed=args.seed)) for n in ids)
    }
    relevant_sets = [
        {
            n
            for n, text in sample_texts.items()
            if all(term in text for term in query_terms(q["text"]))
        }
        for q in queries
    ]
    # Averaged over queries (each query counts once, however many documents it has).
    for method in bench.methods:
        recalls, precisions = [], []
        for q, rel in zip(queries, relevant_sets, strict=True):
            matched = set(bench.search(method, q["text"], sample=every))
            if rel:
                recalls.append(len(matched & rel) / len(rel))
            if matched:
                precisions.append(len(matched & rel) / len(matched))
        results[method]["sample_recall"] = round(statistics.mean(recalls), 4) if recalls else None
        results[method]["sample_precision"] = (
            round(statistics.mean(precisions), 4) if precisions else None
        )
    by_kind: dict[str, dict[str, list[float]]] = {}
    for row in per_query:
        if row["recall@10"] is not None:
            by_kind.setdefault(row["kind"], {}).setdefault(row["method"], []).append(
                row["recall@10"]
            )
    return {
        "queries": len(queries),
        "queries_with_relevant_documents": sum(1 for c in truth if c),
        "sample_docs": len(ids),
        "methods": results,
        "recall@10_by_kind": {
            kind: {m: round(statistics.mean(v), 3) for m, v in methods.items()}
            for kind, methods in by_kind.items()
        },
        "per_query": per_query,
    }


def markdown(report: dict) -> str:
    b = report["build"]
    lines = [
        f"### {report['backend']}, {report['docs']:,} documents",
        "",
        f"Indexing: {b['docs_per_s_total']} docs/s overall"
        f" ({b['chars_per_doc']} characters a document); segmentation"
        f" {b['segment_chars_per_cpu_s']:,} chars per CPU second"
        f" ({b['segment_docs_per_cpu_s']} docs per CPU s);"
        f" insert seconds {b['insert_s']}; finish {b['finish_s']}.",
        f"Sizes: {report['sizes']}.",
        "",
        "| method | queries | p50 ms | p95 ms | max ms | recall@10 | sample recall |"
        " sample precision |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for method, m in report["evaluation"]["methods"].items():
        cells = [method, m["queries"], m["p50_ms"], m["p95_ms"], m["max_ms"], m["recall@10"]]
        cells += [m["sample_recall"], m["sample_precision"]]
        lines.append("| " + " | ".join(map(str, cells)) + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--backend", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/prachasan_bench"
    )
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/prachasan-bench-search"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=2000)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--like-queries", type=int, default=40, help="LIKE scans the table: ask it this many"
    )
    parser.add_argument(
        "--sample", type=int, default=10_000, help="documents in the match-set sample"
    )
    parser.add_argument(
        "--finish", action="store_true", help="optimize / build indexes even if nothing new"
    )
    parser.add_argument("--skip-evaluation", action="store_true")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)

    bench = (
        SQLiteBench(args.workdir, args.docs)
        if args.backend == "sqlite"
        else PostgresBench(args.database_url, args.docs)
    )
    load = os.getloadavg()
    build_report = build(bench, args)
    report = {
        "backend": args.backend,
        "docs": args.docs,
        "seed": args.seed,
        "processes": args.processes,
        "load_before": [round(x, 2) for x in load],
        "build": build_report,
        "sizes": bench.sizes(),
    }
    if not args.skip_evaluation:
        queries = query_set(args.seed)
        t0 = time.perf_counter()
        report["evaluation"] = evaluate(bench, args, queries)
        report["evaluation_s"] = round(time.perf_counter() - t0, 1)
    report["load_after"] = [round(x, 2) for x in os.getloadavg()]
    stem = args.workdir / f"report-{args.backend}-{args.docs}"
    stem.with_suffix(".json").write_text(json.dumps(report, ensure_ascii=False, indent=1))
    summary = {k: v for k, v in report.items() if k != "evaluation"}
    if "evaluation" in report:
        summary["evaluation"] = {k: v for k, v in report["evaluation"].items() if k != "per_query"}
        stem.with_suffix(".md").write_text(markdown(report))
    print(json.dumps(summary, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
