"""Wagtail's search backends fed segmented Thai on both sides.

Thai has no spaces between words, so every text value that goes into the index and every
query string that comes out of a search box pass through ``search_text`` (normalised words
joined by single spaces). The engines then only split at spaces:

- SQLite FTS5: the index table is re-created with a tokenizer that keeps Thai vowel and
  tone marks inside a word (migration ``prachasan_search.0001_initial``); FTS5's default
  ``unicode61`` would split "ใช้" into "ใช".
- PostgreSQL: the ``simple`` configuration (no English stemming, so every backend ranks
  the same words); its parser keeps a run of Thai letters as one token.
- OpenSearch: a whitespace tokenizer with lowercase as the index's default analyzer.

``WAGTAILSEARCH_BACKENDS`` points at ``prachasan.search.backends`` (the database backend
of the current database, like ``wagtail.search.backends.database``) or at
``prachasan.search.backends.OpenSearchBackend``.
"""

from __future__ import annotations

import copy
import json
import math
import re
from contextlib import contextmanager, suppress
from functools import cache, cached_property
from typing import NamedTuple

from django.core.cache import cache as cache_backend
from django.db import DatabaseError, connection, connections, transaction
from django.db.models import Exists, F, IntegerField, OrderBy, OuterRef
from django.db.models.functions import Cast, Coalesce
from modelsearch.backends.base import EmptySearchResults
from modelsearch.backends.database.fallback import DatabaseSearchBackend
from modelsearch.backends.database.postgres.weights import WEIGHTS
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseMapping
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText
from modelsearch.utils import balanced_reduce, get_content_type_pk

from .scopes import object_scope_words, scope_groups
from .text import search_normalize, search_text

# The FTS5 tokenizer of the index table: unicode61 with marks (M*) counted as letters, so
# a Thai word keeps its vowels and tone marks; the text is already cut at spaces.
SQLITE_FTS_TOKENIZER = "unicode61 categories 'L* N* Co M*'"


# Queries ---------------------------------------------------------------------------------


class TypedTerm(Or):
    """One term a person typed, of several words: the words side by side (the phrase) or
    apart (all of them). Ranking puts the items with the phrase first."""

    def __init__(self, words: str):
        super().__init__([Phrase(words), PlainText(words, operator="and")])


def words_only(query):
    """The query with each typed term as its words alone (apart or not): what finds the
    candidates, whose phrases are then checked among them only."""
    if isinstance(query, TypedTerm):
        return query.subqueries[1]
    if isinstance(query, Boost):
        return Boost(words_only(query.subquery), query.boost)
    if isinstance(query, And):
        return And([words_only(q) for q in query.subqueries])
    return query


def query_words(query) -> list[str]:
    """The words a query looks for (not those it excludes), once each."""
    words: list[str] = []
    if isinstance(query, (PlainText, Phrase)):
        words = query.query_string.split()
    elif isinstance(query, Boost):
        words = query_words(query.subquery)
    elif isinstance(query, (And, Or)):
        words = [w for q in query.subqueries for w in query_words(q)]
    return list(dict.fromkeys(words))


# BM25 as FTS5 computes it (k1 1.2, b 0.75), the title counting twice the body.
BM25_K1 = 1.2
BM25_B = 0.75
TITLE_WEIGHT = 2.0
# A word's share of the index is estimated from its 100th newest match when it has more
# (``share_estimate``): within about 10 %, enough for a logarithm, and reading back to it
# costs little even for a word in one item of ten.
FREQUENCY_SAMPLE = 100
# PostgreSQL counts a word rarer than its statistics' most common among the newest entries
# that should hold this many of its matches (``word_frequency``).
FREQUENCY_WINDOW = 1000
# A model with at most FEW_ENTRIES index entries (people, schools) is searched on SQLite
# within at most ENTRY_RANGES ranges of entry ids that hold them all (``entry_ranges``).
FEW_ENTRIES = 5000
ENTRY_RANGES = 8
# PostgreSQL reads a query's matches in windows of the newest entry ids
# (``entry_windows``), the first sized to hold WINDOW_MARGIN times the matches wanted,
# each next at most WINDOW_GROWTH times the last. A window's matches come either from
# walking its ids, testing each entry, or from the GIN index, whichever should cost less
# (``gin_cost``): walking costs WALK_ENTRY_MS an entry; the GIN index's bitmap costs
# GIN_POSTING_MS for each entry holding the rarest word, plus GIN_WORD_MS per entry of
# the index for each other word (measured at a million entries on 2 cores: an entry
# walked in 5 µs; "พัฒนา", in 325,000 entries, 53 ms; "รณรงค์", in 31,000, 11 ms, and
# 26 ms with "การ" besides, 43 ms with three common words).
WINDOW_MARGIN = 1.3
WINDOW_GROWTH = 8
WALK_ENTRY_MS = 0.005
GIN_POSTING_MS = 0.0003
GIN_WORD_MS = 0.00001
# Sorted by date past the cap, the items are checked for a match this many at a time
# (``CappedResultsMixin._in_order``).
MATCH_BATCH = 1000
# A window wider than any index (``window_sizes``): the rest of it.
RANGE_REST = 2**62
# PostgreSQL's statistics of the words (``word_statistics``) change only when the table is
# analysed: read again after this long.
WORD_STATISTICS_SECONDS = 600
STATISTICS_MIN_ENTRIES = 10_000
# A search asks for its filters' scope words (``scopes``) only when they are in fewer
# than this share of the entries: the words of a site that holds most of them narrow
# nothing, and FTS5 would read their long lists besides.
SCOPE_USEFUL_SHARE = 0.5


def word_count(text: str, word: str) -> int:
    """How many times ``word`` stands between spaces in segmented ``text``."""
    return _word_count(f" {text or ''} ", f" {word} ", f" {word} {word} ")


def _word_count(padded: str, pattern: str, twice: str) -> int:
    """``word_count`` in ``padded`` (the text between two spaces) of ``pattern`` (the
    word between two spaces) and ``twice`` (the word twice, side by side, likewise)."""
    count = padded.count(pattern)
    if count and twice in padded:
        # Side by side the occurrences share a space, which count() does not see twice.
        count = padded.split().count(pattern[1:-1])
    return count


def bm25_scores(*, words, texts, frequency) -> list[float]:
    """The BM25 score (higher is better) of each (title, body) of segmented text for the
    words, the words' weights from ``frequency(word)`` (share of all entries holding it)
    and the lengths measured against the texts given (the candidates). Counted with
    ``str.count``: splitting a thousand bodies into words took longer than the query."""
    if not texts:
        return []
    weighed = []
    for word in words:
        share = min(max(frequency(word), 1e-9), 1.0)
        # FTS5's idf, per share of entries: log((N - n + 0.5) / (n + 0.5)), at least ~0.
        weight = max(1e-6, math.log((1 - share + 1e-9) / share + 1))
        weighed.append((f" {word} ", f" {word} {word} ", weight))
    lengths = [
        (title.count(" ") + 1 if title else 0, body.count(" ") + 1 if body else 0)
        for title, body in texts
    ]
    average_title = max(1.0, sum(t for t, _ in lengths) / len(lengths))
    average_body = max(1.0, sum(b for _, b in lengths) / len(lengths))
    saturation = BM25_K1 + 1
    scores = []
    for (title, body), (title_length, body_length) in zip(texts, lengths, strict=True):
        title, body = f" {title or ''} ", f" {body or ''} "
        title_norm = BM25_K1 * (1 - BM25_B + BM25_B * title_length / average_title)
        body_norm = BM25_K1 * (1 - BM25_B + BM25_B * body_length / average_body)
        score = 0.0
        for pattern, twice, weight in weighed:
            tf = _word_count(title, pattern, twice)
            if tf:
                score += TITLE_WEIGHT * weight * tf * saturation / (tf + title_norm)
            tf = _word_count(body, pattern, twice)
            if tf:
                score += weight * tf * saturation / (tf + body_norm)
        scores.append(score)
    return scores


def typed_phrases(query) -> list[str]:
    """The phrase of each typed term of several words that the query requires (its terms
    joined by "and"): an item holding all of them side by side ranks first."""
    if isinstance(query, TypedTerm):
        return [query.subqueries[0].query_string]
    if isinstance(query, Boost):
        return typed_phrases(query.subquery)
    if isinstance(query, And):
        return [phrase for q in query.subqueries for phrase in typed_phrases(q)]
    return []


def has_phrases(phrases, title: str, body: str) -> bool:
    """Whether each phrase (segmented words) is found, its words side by side, in the
    segmented title or body: as FTS5 and PostgreSQL match a phrase in a column."""
    if not phrases:
        return False
    title, body = f" {title or ''} ", f" {body or ''} "
    return all(f" {p} " in title or f" {p} " in body for p in phrases)


def share_estimate(*, span: tuple[int, int] | None, nth_newest: int | None, count) -> float:
    """A word's share of the index's entries, whose ids run over ``span`` (oldest, newest;
    dense enough, as a rebuild writes them in turn): when it has at least
    ``FREQUENCY_SAMPLE`` matches, from how far back its ``FREQUENCY_SAMPLE``-th newest match
    lies; else ``count()`` of its matches, exactly."""
    if not span:
        return 0.0
    oldest, newest = span
    if nth_newest is not None:
        return min(1.0, FREQUENCY_SAMPLE / max(1, newest - nth_newest + 1))
    return min(1.0, count() / max(1, newest - oldest + 1))


class Candidate(NamedTuple):
    """A match ranked among the candidates: its object's key, its BM25 score (higher is
    better), its index entry and whether it holds the typed terms' phrases."""

    pk: object
    score: float
    entry: int
    phrased: bool


def candidates_scored(query, rows, *, to_pk, frequency) -> list[Candidate]:
    """The candidates ``rows`` (object id, entry id, segmented title, segmented body),
    newest first, scored alike on every database: BM25 over their text and whether they
    hold the phrases the person typed."""
    rows = list(rows)
    scores = bm25_scores(
        words=query_words(query),
        texts=[(title, body) for _, _, title, body in rows],
        frequency=frequency,
    )
    phrases = typed_phrases(query)
    return [
        Candidate(to_pk(object_id), score, entry, has_phrases(phrases, title, body))
        for (object_id, entry, title, body), score in zip(rows, scores, strict=True)
    ]


def match_share(query, shares, *, independent: bool = False) -> float:
    """The share of the index's entries that a word query (``words_only``) matches, at
    most: an entry holding all the words is among those holding the rarest, one holding
    any is among the sum of them. ``shares`` gives each word's share. ``independent``:
    as if the words came together by chance (all of them: the product of their shares),
    which words of one phrase do far more often than that, so at least."""
    together = math.prod if independent else min
    if isinstance(query, (PlainText, Phrase)):
        found = [shares.get(word, 1.0) for word in query.query_string.split()] or [1.0]
        if isinstance(query, PlainText) and query.operator == "or":
            return min(1.0, sum(found))
        return together(found)
    if isinstance(query, Boost):
        return match_share(query.subquery, shares, independent=independent)
    if isinstance(query, And):
        return together([match_share(q, shares, independent=independent) for q in query.subqueries])
    if isinstance(query, Or):
        return min(
            1.0, sum(match_share(q, shares, independent=independent) for q in query.subqueries)
        )
    return 1.0


def first_window(share: float, limit: int) -> int:
    """The rows in which to look first for ``limit`` matches of a query matching about
    ``share`` of them: a little more than ``limit`` matches (``WINDOW_MARGIN``)."""
    return math.ceil(WINDOW_MARGIN * limit / max(share, 1e-9))


def window_sizes(share, limit, found, *, walked=None):
    """The sizes of successive windows (of entry ids, of a queryset's rows) in which to
    look for ``limit`` matches of a query matching about ``share`` of them; ``found()``
    tells how many have been found so far, and the sizes stop once it reaches ``limit``.
    The first window should hold a little more than ``limit`` matches
    (``WINDOW_MARGIN``); each next one is sized from the matches per row found so far (a
    filter may keep few of them), growing at most ``WINDOW_GROWTH`` times: a window
    sized from a few matches may be far too wide. Unless ``walked(size)`` says that a
    window of that size is not walked but read from an index whose cost hardly depends
    on the size (PostgreSQL's GIN index): then the next is as wide as the matches found
    say, all the rest when none were found, rather than cost that index again and again
    at eight times the width each."""
    size = first_window(share, limit)
    while limit - found() > 0:
        before = found()
        yield size
        got = found() - before
        wanted = limit - found()
        needed = WINDOW_MARGIN * wanted * size / got if got else math.inf
        if walked is not None and not walked(needed):
            size = needed if got else RANGE_REST
        else:
            grown = size * WINDOW_GROWTH
            size = grown if not got else min(grown, max(size, needed))
        size = math.ceil(size)


def gin_cost(*, span: tuple[int, int], share: float, words: int) -> float:
    """What building the GIN index's bitmap of a query's matches should cost (ms), for
    ``words`` words the rarest of which is in ``share`` of the entries spread over
    ``span``: it reads every entry holding the rarest word and skips through the others'."""
    entries = span[1] - span[0] + 1
    return GIN_POSTING_MS * share * entries + GIN_WORD_MS * entries * max(0, words - 1)


def entry_windows(span, share, limit, found, *, walked=None):
    """The windows of entry ids, newest first, ``(low, high]``, in which to look for
    ``limit`` matches of a query matching about ``share`` of the entries spread over
    ``span`` (``window_sizes``). ``(None, None)``: the rest of the index at once."""
    oldest, newest = span
    high = newest
    for size in window_sizes(share, limit, found, walked=walked):
        if high < oldest:
            return
        if high - size < oldest:
            yield (None, None) if high == newest else (oldest - 1, high)
            return
        yield high - size, high
        high -= size


def typed_terms_query(text: str, *, operator: str | None = None, boost: float = 1.0):
    """What a person typed, as a query: each term between their spaces is cut into words
    and must be found, its words preferably side by side. "ข้าราชการครู" is
    ข้าราชการ + ครู: an item with "ข้าราชการครู" matches it as a phrase and ranks above
    one with the two words apart, which still matches (the words in context may be cut
    a little differently from the query alone). With ``operator="or"`` any word will do.
    None when no word is left."""
    if operator == "or":
        words = search_text(text)
        return PlainText(words, operator="or", boost=boost) if words else None
    queries = []
    for term in search_normalize(text).split():
        words = search_text(term)
        if not words:
            continue
        if " " in words:
            queries.append(TypedTerm(words))
        else:
            queries.append(PlainText(words, operator="and"))
    if not queries:
        return None
    query = queries[0] if len(queries) == 1 else And(queries)
    return Boost(query, boost) if boost != 1.0 else query


def thai_query(query, operator: str | None = None):
    """The query with each of its strings segmented; None when no word is left."""
    if isinstance(query, str):
        return typed_terms_query(query, operator=operator)
    if isinstance(query, PlainText):
        return typed_terms_query(query.query_string, operator=query.operator, boost=query.boost)
    if isinstance(query, Phrase):
        text = search_text(query.query_string)
        return Phrase(text) if text else None
    if isinstance(query, Fuzzy):
        text = search_text(query.query_string)
        if not text:
            return None
        return Fuzzy(text, operator=query.operator, unaccent=query.unaccent)
    if isinstance(query, Boost):
        subquery = thai_query(query.subquery, operator)
        return Boost(subquery, query.boost) if subquery is not None else None
    if isinstance(query, (And, Or)):
        subqueries = [
            q for q in (thai_query(s, operator) for s in query.subqueries) if q is not None
        ]
        if not subqueries:
            return None
        return subqueries[0] if len(subqueries) == 1 else type(query)(subqueries)
    if isinstance(query, Not):
        subquery = thai_query(query.subquery, operator)
        # "not <nothing>" excludes nothing.
        return Not(subquery) if subquery is not None else MatchAll()
    return query


# How many matches a query ranks at most (the backend's RANK_CANDIDATES): enough for a
# hundred pages of ten, few enough that a word found in most of a million items is answered
# in milliseconds; see ``CappedResultsMixin``.
RANK_CANDIDATES = 1000

_INTEGER_KEYS = {
    "AutoField",
    "BigAutoField",
    "SmallAutoField",
    "IntegerField",
    "BigIntegerField",
    "SmallIntegerField",
    "PositiveIntegerField",
    "PositiveBigIntegerField",
    "PositiveSmallIntegerField",
}


def object_key(model, object_id):
    """An index entry's text ``object_id`` (an expression) as ``model``'s primary key, so
    the model's rows are looked up by key from the entry, not the other way round."""
    pk = model._meta.pk
    while pk.is_relation:
        pk = pk.target_field
    if pk.get_internal_type() in _INTEGER_KEYS:
        return Cast(object_id, output_field=IntegerField())
    return object_id


def allowed_by(queryset, object_id):
    """EXISTS: the object of the outer index entry is in ``queryset`` (its filters: site,
    live, department, dates…), one lookup by key per entry."""
    return Exists(queryset.order_by().filter(pk=object_key(queryset.model, object_id)))


def walk_ordering(queryset) -> list:
    """The queryset's order, made total by its key: the same order for every window."""
    ordering = list(queryset.query.order_by or queryset.model._meta.ordering)
    if not {"pk", "-pk"} & {str(field) for field in ordering}:
        ordering.append("-pk")
    return ordering


def unindexed_order(field):
    """An item of ``order_by`` as an expression of the same value that no index gives
    (``COALESCE(x, x)``): the database then finds the rows first and sorts them, rather
    than walk an index in that order hoping to meet them soon."""
    if field == "?":
        return field
    if isinstance(field, str):
        descending = field.startswith("-")
        name = field.removeprefix("-")
        return OrderBy(Coalesce(F(name), F(name)), descending=descending)
    if isinstance(field, OrderBy):
        return OrderBy(
            Coalesce(field.expression, field.expression),
            descending=field.descending,
            nulls_first=field.nulls_first,
            nulls_last=field.nulls_last,
        )
    return OrderBy(Coalesce(field, field))


class CappedResultsMixin:
    """Results that rank at most ``backend.rank_candidates`` matches.

    Ranking every match costs in proportion to the number of matches: a word found in most
    of a million items took a second. So the matches are read newest first (the most
    recently indexed index entries, which is publication order for news) through the
    queryset's filters, stopping after ``rank_candidates`` + 1:

    - at most ``rank_candidates`` matches: every match is ranked, sorted by date or
      counted exactly, as without a cap;
    - more: relevance ranks the newest ``rank_candidates`` matches, the count is
      ``rank_candidates`` and ``capped`` is set (the page says "more than …"), sorting by
      date still reads every match.

    The compiler's ``candidates(config, limit)`` gives ``[Candidate, …]``, newest first,
    found by the query's words (``words_only``) and scored from their own text by
    ``candidates_scored``, the same on every database; it is asked once per search,
    whatever the slices and counts of its results. Relevance puts the candidates holding
    the typed terms' phrases first, then the best BM25 score, then the newest.
    """

    capped = False
    # Testing whether one item matches (``matching_keys``), in the cost of reading one
    # match and sorting it (``_every_match``), and more for each word of the query.
    walk_cost = 1.0
    walk_word_cost = 0.0
    # The sign of the score given to ``annotate_score``, as the backend's own: SQLite's
    # bm25() is lower for better matches, PostgreSQL's ts_rank higher.
    score_sign = 1.0

    def _candidates(self):
        """(rows, more), or None when the query is not a word search (match all, not)."""
        compiler = self.query_compiler
        if not compiler.cappable():
            return None
        cached = compiler.__dict__.get("_prachasan_candidates")
        if cached is None:
            limit = self.backend.rank_candidates
            rows = compiler.candidates(compiler.get_config(self.backend), limit + 1)
            cached = rows[:limit], len(rows) > limit
            compiler._prachasan_candidates = cached
        return cached

    def _do_search(self):
        candidates = self._candidates()
        compiler = self.query_compiler
        if candidates is None or (not compiler.order_by_relevance and self._score_field):
            return super()._do_search()
        rows, more = candidates
        if compiler.order_by_relevance:
            return self._ranked(rows)
        if more:  # sorted by the queryset's own order: every match counts
            return self._in_order(rows)
        pks = [row[0] for row in rows]
        return list(compiler.queryset.filter(pk__in=pks)[self.start : self.stop])

    def _in_order(self, rows):
        """The matches in the queryset's own order (a date), more than are ranked.

        Wagtail's own query reads every match and sorts them (2.7 s on SQLite and 24 s on
        PostgreSQL for a word in nearly every item of a million). Instead the queryset's
        items may be read in its order, a window at a time (``window_sizes``), the
        compiler telling which of them match (``matching_keys``), until the slice's last
        is found: about ``stop / density`` items, where ``density`` is the matches the
        queryset allows per index entry, as the candidates found them among the newest
        entries. Testing an item costs ``walk_cost`` times reading a match, plus
        ``walk_word_cost`` times for each word of the query, so the walk
        is taken when it should cost less than reading the ``density × entries`` matches
        (a common word, the first pages), and given up for them once it has cost as much
        (the matches lie elsewhere in the queryset's order: "2563" is mostly in old
        news): at worst twice the cost of reading every match."""
        compiler = self.query_compiler
        config = compiler.get_config(self.backend)
        _, span = compiler.word_shares(config)
        stop = self.stop
        if stop is None or not rows or not span:
            return self._every_match()
        density = len(rows) / (span[1] - min(row.entry for row in rows) + 1)
        # The items the walk may test for what reading every match would cost.
        cost = self.walk_cost + self.walk_word_cost * len(query_words(compiler.query))
        budget = math.floor(density * (span[1] - span[0] + 1) / cost)
        if stop / density > budget:
            return self._every_match()
        queryset = compiler.queryset
        keys = queryset.order_by(*walk_ordering(queryset)).values_list("pk", flat=True)
        found, read = [], 0
        for size in window_sizes(density, stop, lambda: len(found)):
            size = min(size, budget - read)
            if size <= 0:  # the matches lie elsewhere in the queryset's order
                return self._every_match()
            window = list(keys[read : read + size])
            for start in range(0, len(window), MATCH_BATCH):
                batch = window[start : start + MATCH_BATCH]
                matched = compiler.matching_keys(batch, config)
                found.extend(key for key in batch if key in matched)
                if len(found) >= stop:
                    break
            if len(window) < size:
                break
            read += size
        pks = found[self.start : stop]
        objects = queryset.in_bulk(pks)
        return [objects[pk] for pk in pks if pk in objects]

    def _every_match(self):
        """The slice of every match in the queryset's order: Wagtail's own query."""
        return super()._do_search()

    def _do_count(self):
        candidates = self._candidates()
        if candidates is None:
            return super()._do_count()
        rows, more = candidates
        self.capped = more
        total = len(rows)
        stop = total if self.stop is None else min(total, self.stop)
        return max(0, stop - self.start)

    def _ranked(self, rows):
        ranked = sorted(rows, key=lambda row: (not row.phrased, -row.score))
        ranked = ranked[self.start : self.stop]
        objects = self.query_compiler.queryset.in_bulk([row.pk for row in ranked])
        results = []
        for row in ranked:
            if row.pk in objects:
                if self._score_field:
                    setattr(objects[row.pk], self._score_field, self.score_sign * row.score)
                results.append(objects[row.pk])
        return results


class WordSharesMixin:
    """A compiler's query of the matches (its words and its queryset's scope words), and
    the estimates of how common their words are, each made once."""

    def scoped_query(self, config):
        """What finds the candidates: the query's words (``words_only``) and, for each
        filter of the queryset that has scope words, one of them at least
        (``scopes.scope_groups``)."""
        cached = self.__dict__.get("_prachasan_scoped")
        if cached is None:
            cached = words_only(self.query)
            self.scope_queries = []
            groups = scope_groups(self)
            if groups:
                shares, _ = self._scope_shares(groups, config)
                scope = []
                for group in groups:
                    # A word in most entries (one office's site) would only cost more.
                    if sum(shares[word] for word in group) > SCOPE_USEFUL_SHARE:
                        continue
                    words = [PlainText(word) for word in group]
                    scope.append(Or(words) if len(words) > 1 else words[0])
                if scope:
                    cached = And([cached, *scope])
                    self.scope_queries = scope
            self._prachasan_scoped = cached
        return cached

    def _scope_shares(self, groups, config):
        """The scope words' shares (those of ``groups`` added) and the span of the
        entries' ids. A share is kept for ``WORD_STATISTICS_SECONDS`` (a department's or
        a month's share changes slowly, and a search would ask for a site's, a fiscal
        year's twelve months' every time)."""
        if "_prachasan_scope_shares" not in self.__dict__:
            self._prachasan_scope_shares = ({}, entry_id_span())
        shares, span = self._prachasan_scope_shares
        alias = self.queryset.db
        keys = {
            f"prachasan-search-scope-share-{alias}-{word}": word
            for group in groups
            for word in group
            if word not in shares
        }
        if not keys:
            return shares, span
        kept = cache_backend.get_many(keys)
        found = {}
        for key, word in keys.items():
            if key in kept:
                shares[word] = kept[key]
            else:
                shares[word] = found[key] = (
                    self.scope_word_frequency(word, span, config) if span else 0.0
                )
        if found:  # only the shares just found: the others keep their time
            cache_backend.set_many(found, WORD_STATISTICS_SECONDS)
        return shares, span

    def word_shares(self, config) -> tuple[dict[str, float], tuple[int, int] | None]:
        """Each word's share of the index's entries (``word_frequency``), the scope
        words' too (``scope_word_frequency``), and the span of the entries' ids
        (``entry_id_span``)."""
        cached = self.__dict__.get("_prachasan_shares")
        if cached is None:
            scoped = self.scoped_query(config)
            scope_shares, span = self._scope_shares([], config)
            words = query_words(words_only(self.query)) if span else []
            shares = {word: self.word_frequency(word, span, config) for word in words}
            for word in query_words(scoped) if span else []:
                if word not in shares:
                    shares[word] = scope_shares[word]
            cached = self._prachasan_shares = (shares, span)
        return cached

    def scope_word_frequency(self, word: str, span, config) -> float:
        """A scope word's share of the index's entries, which only sizes the windows."""
        return self.word_frequency(word, span, config)


def word_statistics_key(alias: str) -> str:
    """The cache key of PostgreSQL's word statistics (``word_statistics``)."""
    return f"prachasan-search-word-statistics-{alias}"


def word_statistics(alias: str) -> tuple[dict[str, float], float | None]:
    """PostgreSQL's most common words of the index (the entries' ``body``, which holds
    the title's words too, as ANALYZE sampled them) with the share of entries holding
    each, and the least of those shares (None without statistics, or for a small index,
    where counting is quick and exact); kept for ``WORD_STATISTICS_SECONDS``."""
    from modelsearch.conf import get_app_config

    entries_table = get_app_config().get_model("IndexEntry")._meta.db_table
    key = word_statistics_key(alias)
    found = cache_backend.get(key)
    if found is None:
        with connections[alias].cursor() as cursor:
            cursor.execute(
                "SELECT most_common_elems::text::text[], most_common_elem_freqs,"
                " (SELECT reltuples FROM pg_class WHERE oid = %s::regclass)"
                " FROM pg_stats WHERE schemaname = current_schema() AND tablename = %s"
                " AND attname = 'body'",
                [entries_table, entries_table],
            )
            row = cursor.fetchone()
        if row is None or not row[0] or row[2] < STATISTICS_MIN_ENTRIES:
            found = ({}, None)
        else:
            words, shares = row[0], row[1][: len(row[0])]
            found = (dict(zip(words, shares, strict=True)), min(shares))
        cache_backend.set(key, found, WORD_STATISTICS_SECONDS)
    return found


def entry_id_span() -> tuple[int, int] | None:
    """The ids of the oldest and the newest index entries (the index's size, for the
    words' shares), by the primary key; None when the index is empty."""
    from modelsearch.conf import get_app_config

    entries = get_app_config().get_model("IndexEntry").objects.values_list("id", flat=True)
    newest = entries.order_by("-id").first()
    if newest is None:
        return None
    return entries.order_by("id").first(), newest


# PostgreSQL's planner settings for the windows' queries (``planner_settings``). Nested
# loops: the page's filters are checked by key on the window's matches, not by hashing
# every page the filters allow (a department's 10,000 pages at 100,000 items, 97 ms, for
# every window). Then the window is either walked (no bitmaps: the planner took the GIN
# index's bitmap of eight common words, 116 ms at a million entries, for a window of
# 4,000 ids walked in 20 ms) or read from the GIN index (no plain index scans: the planner
# counts testing an entry as almost free, and walked 9,500 entries for a rare word, 220
# ms, rather than intersect the GIN index's matches with the window's ids, 12 ms).
NESTED_LOOPS = {"enable_hashjoin": "off", "enable_mergejoin": "off"}
WALK_ONLY = {**NESTED_LOOPS, "enable_bitmapscan": "off"}
GIN_ONLY = {**NESTED_LOOPS, "enable_indexscan": "off"}
# The entries of given objects, by their key: not the GIN index's matches (``matching_keys``).
KEY_LOOKUPS = {"enable_bitmapscan": "off"}


@contextmanager
def planner_settings(alias: str, settings: dict[str, str]):
    """PostgreSQL's planner ``settings`` for the queries inside, put back after them."""
    names = list(settings)
    with connections[alias].cursor() as cursor:
        cursor.execute(
            "SELECT " + ", ".join(["current_setting(%s), set_config(%s, %s, false)"] * len(names)),
            [part for name in names for part in (name, name, settings[name])],
        )
        before = cursor.fetchone()[::2]
        try:
            yield
        finally:
            # After an error that aborted a transaction, its rollback puts them back.
            with suppress(DatabaseError):
                cursor.execute(
                    "SELECT " + ", ".join(["set_config(%s, %s, false)"] * len(names)),
                    [part for pair in zip(names, before, strict=True) for part in pair],
                )


class ThaiQueryMixin:
    """Segments the query before the backend compiles it; every word must match unless the
    caller asks for "or", on every backend alike."""

    def __init__(self, params):
        params = dict(params)
        self.rank_candidates = int(params.pop("RANK_CANDIDATES", RANK_CANDIDATES))
        super().__init__(params)

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        if kwargs.get("operator") is None:
            kwargs["operator"] = "and"
        query = thai_query(query, kwargs["operator"])
        if query is None:
            return EmptySearchResults()
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)


# Indexed text ----------------------------------------------------------------------------


class ThaiIndexerMixin:
    """Segments every searchable text value of an object (title, body, autocomplete and,
    through RelatedFields, the text of related records); each value once per object.

    Wagtail's indexer reads every search field again for each column it fills (three on
    SQLite, five on PostgreSQL): a news item's body, rich text in a StreamField, was
    turned into text three to five times. Each field of the object is read once here."""

    def prepare_field(self, obj, field):
        if obj is self.obj:
            prepared = self.__dict__.setdefault("_prepared", {})
            items = prepared.get(id(field))
            if items is None:
                items = prepared[id(field)] = list(self._field_prepare(obj, field))
            yield from items
        else:
            yield from self._field_prepare(obj, field)

    def _field_prepare(self, obj, field):
        if isinstance(field, RelatedFields):
            # The sub-fields come back through this method and are segmented there. A
            # related record's "title" (an attachment's) is body text, not the title.
            for item in super().prepare_field(obj, field):
                if isinstance(item[0], SearchField) and item[0].field_name == "title":
                    item = (SearchField(f"{field.field_name}__title"), *item[1:])
                yield item
            return
        for item in super().prepare_field(obj, field):
            if isinstance(item[0], (SearchField, AutocompleteField)):
                yield (*item[:-1], self.segmented(item[-1]))
            else:
                yield item

    @cached_property
    def scope_text(self) -> str:
        """The entry's scope words (``scopes.object_scope_words``), written after the
        body's text."""
        return " ".join(object_scope_words(self.obj))

    def segmented(self, text: str) -> str:
        cache = self.__dict__.setdefault("_segmented", {})
        if text not in cache:
            cache[text] = search_text(text)
        return cache[text]


class IndexStatisticsMixin:
    """No title norms, and fresh statistics after a rebuild.

    Wagtail's index averages every title's length after each write and rewrites the
    entries' ``title_norm`` (seconds at a million entries, and every row written twice
    on PostgreSQL). Our ranking (``candidates_scored``) measures each title against the
    candidates' own, so the column stays 1.0, neutral for Wagtail's own ranking (fuzzy
    search, a search of named fields).

    Where Wagtail's rebuild refreshed the norms over the whole index, the table's
    statistics are refreshed instead: a rebuild rewrites the whole table, and the
    planner's old statistics then choose to read every match of a common word
    (PostgreSQL, 100,000 items: 0.8 s for "และ" against 49 ms once analysed). PostgreSQL
    also vacuums the table when the rebuild is not inside a transaction."""

    def _refresh_title_norms(self, full=False):
        if not full:
            return
        connection = self.write_connection
        table = connection.ops.quote_name(self.entries.model._meta.db_table)
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                cursor.execute("PRAGMA analysis_limit = 1000")
                cursor.execute(f"ANALYZE {table}")
            elif connection.in_atomic_block:
                cursor.execute(f"ANALYZE {table}")
            else:
                # Also marks the rewritten pages all-visible: the first searches after
                # a rebuild otherwise visit the table for every index match.
                cursor.execute(f"VACUUM (ANALYZE) {table}")
        cache_backend.delete(word_statistics_key(connection.alias))


def _regconfig_sql(config) -> str:
    """A text search configuration's name as an SQL literal (a name from the settings)."""
    if not isinstance(config, str) or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", config):
        raise ValueError(f"Not a text search configuration's name: {config!r}")
    return f"'{config}'::regconfig"


def _vector_sql(parts, config_sql: str, params: list) -> str:
    """The SQL of a tsvector of (text, weight) pairs, the texts added to ``params``."""
    if not parts:
        return "''::tsvector"
    vectors = []
    for text, weight in parts:
        if weight not in WEIGHTS:
            raise ValueError(f"Not a tsvector weight: {weight!r}")
        params.append(text)
        vectors.append(f"setweight(to_tsvector({config_sql}, %s), '{weight}')")
    return balanced_reduce(lambda left, right: f"({left} || {right})", vectors)


# The database backends' modules can only be imported on their own database (the SQLite
# one looks up an FTS model that exists only there), hence classes made on first use.


@cache
def sqlite_backend_class():
    """Wagtail's SQLite FTS5 backend with segmented Thai."""
    from modelsearch.backends.database.sqlite import sqlite as lite

    class ThaiSQLiteIndexer(ThaiIndexerMixin, lite.ObjectIndexer):
        pass

    class ThaiSQLiteIndex(IndexStatisticsMixin, lite.SQLiteIndex):
        def add_items(self, model, objs):
            # As SQLiteIndex.add_items, with our indexer: one UPDATE per already indexed
            # object and one bulk INSERT for the new ones.
            if not model.get_search_fields():
                return
            indexers = [ThaiSQLiteIndexer(obj, self.backend) for obj in objs]
            if not indexers:
                return
            content_type_pk = get_content_type_pk(model)
            # The words are cut first, outside the transaction; then one write lock for
            # the whole chunk, not one per object (several processes index at once).
            data = {
                i.id: (i.title, i.autocomplete, f"{i.body} {i.scope_text}".strip())
                for i in indexers
            }
            entries = self.entries.filter(content_type_id=content_type_pk)
            with transaction.atomic(using=self.write_connection.alias):
                indexed = frozenset(
                    entries.filter(object_id__in=data.keys()).values_list("object_id", flat=True)
                )
                for object_id in indexed:
                    title, autocomplete, body = data[object_id]
                    entries.filter(object_id=object_id).update(
                        title=title, autocomplete=autocomplete, body=body
                    )
                self.entries.bulk_create(
                    [
                        lite.IndexEntry(
                            content_type_id=content_type_pk,
                            object_id=object_id,
                            title=title,
                            autocomplete=autocomplete,
                            body=body,
                        )
                        for object_id, (title, autocomplete, body) in data.items()
                        if object_id not in indexed
                    ]
                )

    def ranked_compiler(base):
        class RankedCompiler(WordSharesMixin, base):
            """Ranks in one pass over the candidates (``CappedResultsMixin``). Wagtail's
            compiler orders by a correlated subquery that runs the whole FTS query again
            for every matching row (46 s for a common word among 20,000 records); here
            the matches are scored as FTS5 reads them and sorted in Python."""

            def _index_query(self, config):
                """(negated, FTS query of the matches with their score), or None when
                the query matches everything (negated: nothing)."""
                query = lite.normalize(self.query)
                if isinstance(query, lite.MatchAll):
                    return False, None
                if isinstance(query, lite.Not) and isinstance(query.subquery, lite.MatchAll):
                    return True, None
                negated = isinstance(query, lite.Not)
                if negated:
                    query = query.subquery
                match = self._match(query, config)
                content_types = lite.get_descendants_content_types_pks(self.queryset.model)
                index_query = lite.SQLiteFTSIndexEntry.objects.filter(match).filter(
                    index_entry__content_type__in=content_types
                )
                return negated, index_query

            def cappable(self) -> bool:
                """A word search (not "everything" or "not …")."""
                return not isinstance(lite.normalize(self.query), (lite.MatchAll, lite.Not))

            def candidates(self, config, limit):
                """Up to ``limit`` matches the queryset allows, newest first, scored
                (``candidates_scored``): FTS5 reads the matches of the query's words in
                descending rowid order and each one is looked up in the queryset by key,
                so it stops after ``limit`` whatever the number of matches. FTS5's bm25()
                is not used: it first counts every match of each word in the whole index
                (0.1 s for a word in every item of a million)."""
                _, index_query = self._words_query(config)
                matches = (
                    index_query.filter(
                        allowed_by(self.queryset, OuterRef("index_entry__object_id"))
                    )
                    .order_by("-index_entry_id")
                    .values_list(
                        "index_entry__object_id",
                        "index_entry_id",
                        "index_entry__title",
                        "index_entry__body",
                    )
                )
                ranges = self.entry_ranges()
                if not ranges:
                    return []
                if ranges[0][0] is not None:
                    # One query: the ranges' matches (few) merged newest first.
                    parts = [
                        matches.order_by().filter(index_entry_id__gte=low, index_entry_id__lte=high)
                        for low, high in ranges
                    ]
                    merged = parts[0].union(*parts[1:], all=True) if parts[1:] else parts[0]
                    matches = merged.order_by("-index_entry_id")
                rows = list(matches[:limit])
                shares, _ = self.word_shares(config) if rows else ({}, None)
                return candidates_scored(
                    self.query,
                    rows,
                    to_pk=self.queryset.model._meta.pk.to_python,
                    frequency=shares.__getitem__,
                )

            def _words_query(self, config):
                """``_index_query`` of the query's words alone and the queryset's scope
                words (``scoped_query``)."""
                loose = copy.copy(self)
                loose.query = self.scoped_query(config)
                return loose._index_query(config)

            def _match(self, query, config):
                """FTS5's MATCH of a normalised query."""
                search_query = self.build_search_query(query, config=config)
                return lite.MatchExpression(self.fields or self.FTS_TABLE_FIELDS, search_query)

            def matching_keys(self, keys, config) -> set:
                """Those of the queryset's ``keys`` whose index entries match the query:
                each key's entry looked up by key, then FTS5 asked about that entry's
                rowid (about 60 µs a word at a million entries). Written out so that SQLite
                takes the keys in turn: on its own it read every entry of the content
                types, or every match of the words, and picked the keys among them."""
                content_types = lite.get_descendants_content_types_pks(self.queryset.model)
                match = lite.SQLiteFTSIndexEntry.objects.filter(
                    self._match(lite.normalize(words_only(self.query)), config)
                )
                _, (match_query,) = match.query.sql_with_params()
                fts = lite.SQLiteFTSIndexEntry._meta.db_table
                entries = lite.IndexEntry._meta.db_table
                in_types = ", ".join(["%s"] * len(content_types))
                with connection.cursor() as cursor:
                    cursor.execute(
                        f"SELECT e.object_id FROM json_each(%s) AS k"  # noqa: S608 (names)
                        f" CROSS JOIN {entries} AS e CROSS JOIN {fts} AS f"
                        f" WHERE e.content_type_id IN ({in_types}) AND e.object_id = k.value"
                        f" AND f.rowid = e.id AND f.{fts} MATCH %s",
                        [json.dumps([str(key) for key in keys]), *content_types, match_query],
                    )
                    object_ids = [row[0] for row in cursor.fetchall()]
                to_pk = self.queryset.model._meta.pk.to_python
                return {to_pk(object_id) for object_id in object_ids}

            def entry_ranges(self) -> list[tuple[int | None, int | None]]:
                """The ranges of index entry ids (newest first) that hold every entry of
                the queryset's model when it has few (people, schools), else one range
                without bounds. FTS5 knows no content types: a search of the people read
                every match of a common word among a million news items to find the few
                people's (260 ms), while a range of rowids is a seek in each word's list.
                At most ``ENTRY_RANGES`` ranges, cut at the widest gaps between ids."""
                content_types = lite.get_descendants_content_types_pks(self.queryset.model)
                entries = (
                    lite.IndexEntry.objects.filter(content_type_id__in=content_types)
                    .order_by()
                    .values_list("id", flat=True)
                )
                # One step past the few: the index steps over them without handing
                # them to Python (0.9 ms where reading them took 4.5 ms for the news).
                if list(entries[FEW_ENTRIES : FEW_ENTRIES + 1]):
                    return [(None, None)]
                ids = sorted(entries)
                if not ids:
                    return []
                widest = sorted(range(1, len(ids)), key=lambda i: ids[i] - ids[i - 1], reverse=True)
                cuts = sorted(widest[: ENTRY_RANGES - 1]) + [len(ids)]
                ranges, start = [], 0
                for cut in cuts:
                    ranges.append((ids[start], ids[cut - 1]))
                    start = cut
                return ranges[::-1]

            def word_frequency(self, word: str, span, config=None) -> float:
                """The share of the index's entries that hold ``word``
                (``share_estimate``)."""
                table = lite.SQLiteFTSIndexEntry._meta.db_table
                expression = '"' + word.replace('"', '""') + '"'

                def count():
                    with connection.cursor() as cursor:
                        cursor.execute(
                            f"SELECT count(*) FROM {table} WHERE {table} MATCH %s",  # noqa: S608
                            [expression],
                        )
                        return cursor.fetchone()[0]

                if not span:
                    return 0.0
                with connection.cursor() as cursor:
                    cursor.execute(
                        f"SELECT rowid FROM {table} WHERE {table} MATCH %s"  # noqa: S608
                        f" ORDER BY rowid DESC LIMIT 1 OFFSET {FREQUENCY_SAMPLE - 1}",
                        [expression],
                    )
                    found = cursor.fetchone()
                return share_estimate(
                    span=span, nth_newest=found[0] if found else None, count=count
                )

        return RankedCompiler

    class ThaiSQLiteSearchResults(CappedResultsMixin, lite.SQLiteSearchResults):
        score_sign = -1.0
        # FTS5 tests an entry in about 60 µs a word (``matching_keys``: 1,000 entries in
        # 61 ms for "และ", 183 ms for three words); Wagtail's date order reads a match in
        # 3 to 4 µs ("และ", 972,000 matches: 2.7 s).
        walk_cost = 0.0
        walk_word_cost = 20.0

    class ThaiSQLiteSearchBackend(ThaiQueryMixin, lite.SQLiteSearchBackend):
        index_class = ThaiSQLiteIndex
        query_compiler_class = ranked_compiler(lite.SQLiteSearchQueryCompiler)
        autocomplete_query_compiler_class = ranked_compiler(lite.SQLiteAutocompleteQueryCompiler)
        results_class = ThaiSQLiteSearchResults

    return ThaiSQLiteSearchBackend


@cache
def postgres_backend_class():
    """Wagtail's PostgreSQL backend with segmented Thai and the ``simple`` configuration."""
    from modelsearch.backends.database.postgres import postgres as pg

    class ThaiPostgresIndexer(ThaiIndexerMixin, pg.ObjectIndexer):
        def columns(self) -> tuple[list, list, list]:
            """The (text, weight) pairs of the title, autocomplete and body vectors, as
            Wagtail's ``title``, ``autocomplete`` and ``body`` gather them (stripped, the
            empty ones left out, as ``as_vector`` does)."""
            title, autocomplete, body = [], [], []
            for field in self.search_fields:
                for current, weight, value in self.prepare_field(self.obj, field):
                    value = value.strip()
                    if not value:
                        continue
                    if isinstance(current, SearchField):
                        (title if current.field_name == "title" else body).append((value, weight))
                    elif isinstance(current, AutocompleteField):
                        autocomplete.append((value, weight))
            return title, autocomplete, body

    class ThaiPostgresIndex(IndexStatisticsMixin, pg.PostgresIndex):
        def add_items(self, model, objs):
            """As PostgresIndex.add_items, with our indexer, in one INSERT … ON CONFLICT.

            The vectors are the SQL Wagtail's ``as_vector`` expressions compile to
            (``setweight(to_tsvector(config, text), weight)`` joined by ``||`` as
            ``balanced_reduce`` pairs them), written here as text: compiling Django's
            expressions three times per item cost a rebuild more than PostgreSQL's
            own work on the row.

            ``body`` holds the title's words too (``title || body``), so that a search
            tests one stored vector: joining the two for every entry it walked took
            more than half the time of testing it (11.4 against 5.0 µs an entry at a
            million entries), and Wagtail's GIN index on ``body`` finds the matches
            (migration ``prachasan_search.0005``)."""
            if not model.get_search_fields():
                return
            indexers = [ThaiPostgresIndexer(obj, self.backend) for obj in objs]
            if not indexers:
                return
            content_type_pk = get_content_type_pk(model)
            configs = (
                _regconfig_sql(self.backend.config),
                _regconfig_sql(self.backend.autocomplete_config),
                _regconfig_sql(self.backend.config),
            )
            rows_sql = []
            params = []
            for indexer in indexers:
                title, autocomplete, body = indexer.columns()
                params.extend((content_type_pk, indexer.id))
                # The scope words in the body's vector, not in its text (ranked, shown).
                scope = [(indexer.scope_text, "D")] if indexer.scope_text else []
                vectors_sql = [
                    _vector_sql(parts, config, params)
                    for parts, config in zip(
                        (title, autocomplete, body + scope), configs, strict=True
                    )
                ]
                params.extend((" ".join(t for t, _ in title), " ".join(t for t, _ in body)))
                rows_sql.append("(%s, %s, {}, {}, {}, %s, %s)".format(*vectors_sql))
            table = pg.IndexEntry._meta.db_table
            with self.write_connection.cursor() as cursor:
                # The body written as title || body, each row's title vector made once.
                cursor.execute(
                    f"""
                    INSERT INTO {table} (content_type_id, object_id, title, autocomplete,
                                         body, title_norm, title_text, body_text)
                    SELECT content_type_id, object_id, title, autocomplete, title || body,
                           1.0, title_text, body_text
                    FROM (VALUES {", ".join(rows_sql)})
                         AS item (content_type_id, object_id, title, autocomplete, body,
                                  title_text, body_text)
                    ON CONFLICT (content_type_id, object_id)
                    DO UPDATE SET title = EXCLUDED.title,
                                  title_norm = 1.0,
                                  autocomplete = EXCLUDED.autocomplete,
                                  body = EXCLUDED.body,
                                  title_text = EXCLUDED.title_text,
                                  body_text = EXCLUDED.body_text
                    """,  # noqa: S608 (the table name is Wagtail's, the values parameters)
                    params,
                )

    class ThaiPostgresCompiler(WordSharesMixin, pg.PostgresSearchQueryCompiler):
        def cappable(self) -> bool:
            """A word search over the index entries (not "everything", "not …", fuzzy or
            a search of named fields, which Wagtail reads from the model's columns)."""
            return self.fields is None and not isinstance(
                self.query, (pg.MatchAll, pg.Not, pg.Fuzzy)
            )

        def get_index_vectors(self, search_query):
            """Wagtail's own query (a search that is not capped, such as "not …")
            matches and ranks ``body`` alone, which holds the title's words too, with
            their own weight (``ThaiPostgresIndex.add_items``), by its GIN index."""
            return [(F("index_entries__body"), 1.0)]

        def matching_entries(self, query, config):
            """The index entries that match ``query`` by their ``body``, which holds the
            title's words too (``ThaiPostgresIndex.add_items``): by its GIN index or by
            the primary key backwards, as the planner settings let PostgreSQL choose."""
            return pg.IndexEntry.objects.filter(
                body=self.build_tsquery(query, config=config)
            ).order_by("-id")

        def candidates(self, config, limit):
            """Up to ``limit`` matches the queryset allows, newest index entry first, each
            looked up in the queryset by key, scored from the entries' segmented text
            (``candidates_scored``) as on SQLite. ``ts_rank`` is not used: it ignores
            the words' positions and Wagtail's query joins every page to its entry
            through a text cast (23.5 s for a common word at 100,000 items).

            The matches are read in windows of the newest entry ids (``entry_windows``),
            each sized from the words' shares so that it holds about as many matches as
            are still wanted: PostgreSQL cannot read a GIN index in id order, and left
            to itself it either reads every match (the bitmap) or walks the primary key
            backwards testing each entry (360 ms for a word in one entry of thirty at
            100,000, 116 ms for the bitmap of eight common words at a million). Each
            window is walked or read from the GIN index, whichever should cost less
            (``gin_cost``)."""
            model = self.queryset.model
            shares, span = self.word_shares(config)
            if not span:
                return []
            words = words_only(self.query)
            self.scoped_query(config)
            # A filter's words (a department, a fiscal year's months) come with the
            # query's words about as by chance.
            words_share = match_share(words, shares)
            scope_shares = [match_share(q, shares) for q in self.scope_queries]
            share = words_share * math.prod(scope_shares)
            # The bitmap reads every entry of the rarest word (or group of words).
            rarest = min([words_share, *scope_shares])
            gin = gin_cost(
                span=span, share=rarest, words=len(query_words(words)) + len(scope_shares)
            )

            def walked(entries: int) -> bool:
                return entries * WALK_ENTRY_MS < gin

            if not walked(first_window(share, limit)):
                # Read from the GIN index: its bitmap costs as much for any window, so the
                # first should not be too narrow. All the words are in fewer entries than
                # the rarest (6 times fewer for "และฉบับที่แก้ไขเพิ่มเติม" at a million), in
                # more than by chance: between the two.
                share = math.prod(scope_shares) * math.sqrt(
                    words_share * match_share(words, shares, independent=True)
                )
            matches = (
                self.word_matches(config)
                .filter(allowed_by(self.queryset, OuterRef("object_id")))
                .values_list("object_id", "id", "title_text", "body_text")
            )
            # Not in the primary key's order: the window's matches from the GIN index are
            # sorted, then the queryset's filters checked on the newest only.
            sorted_matches = matches.order_by((F("id") + 0).desc())
            rows = []
            for low, high in entry_windows(span, share, limit, lambda: len(rows), walked=walked):
                # A window of many ids (words seldom together, a filter that keeps few)
                # costs more to walk than the GIN index's bitmap.
                walk = walked(span[1] - span[0] + 1 if low is None else high - low)
                window = matches if walk else sorted_matches
                if low is not None:
                    window = window.filter(id__gt=low, id__lte=high)
                with planner_settings(self.queryset.db, WALK_ONLY if walk else GIN_ONLY):
                    rows.extend(window[: limit - len(rows)])
            return candidates_scored(
                self.query, rows, to_pk=model._meta.pk.to_python, frequency=shares.__getitem__
            )

        def word_matches(self, config, *, scoped: bool = True):
            """The index entries of the queryset's model that hold the query's words
            (``words_only``) and, ``scoped``, the queryset's scope words
            (``scoped_query``)."""
            query = self.scoped_query(config) if scoped else words_only(self.query)
            return self.matching_entries(query, config).filter(
                content_type_id__in=pg.get_descendants_content_types_pks(self.queryset.model)
            )

        def matching_keys(self, keys, config) -> set:
            """Those of the queryset's ``keys`` whose index entries match the query: each
            entry looked up by its key and tested, not the GIN index's matches (all of
            them for a common word). The keys are the queryset's: its scope words would
            only cost more to test."""
            model = self.queryset.model
            object_ids = (
                self.word_matches(config, scoped=False)
                .filter(object_id__in=[str(key) for key in keys])
                .order_by()
                .values_list("object_id", flat=True)
            )
            with planner_settings(self.queryset.db, KEY_LOOKUPS):
                return {model._meta.pk.to_python(object_id) for object_id in object_ids}

        def scope_word_frequency(self, word: str, span, config) -> float:
            """A scope word's share from PostgreSQL's statistics, or the least share in
            them when it is rarer: counting it (``word_frequency``) would cost a query
            per word (twelve months in a fiscal year) for what only sizes the windows,
            which grow to the matches found anyway."""
            common, floor = word_statistics(self.queryset.db)
            if word in common:
                return common[word]
            if floor is not None:
                return floor
            return self.word_frequency(word, span, config)

        def word_frequency(self, word: str, span, config) -> float:
            """The share of the index's entries that hold ``word``: from PostgreSQL's
            own statistics of the entries' ``body`` (``word_statistics``) when it is
            among the most common words; else it is rarer than the least common of
            them (about 2 %), and counted by the GIN index among the newest entries
            that should hold ``FREQUENCY_WINDOW`` matches at that share, or among all
            of them when it has fewer than ``FREQUENCY_SAMPLE`` there. Counting visits
            every match in the table (PostgreSQL 15 no longer counts from the bitmap
            alone): 93 ms for a word in 17,000 entries of a million, 8 ms for the 871
            of them among the newest 54,000. Without statistics, ``share_estimate``."""
            if not span:
                return 0.0
            common, floor = word_statistics(self.queryset.db)
            if word in common:
                return common[word]
            matches = self.matching_entries(PlainText(word), config)
            if floor is not None:
                entries = span[1] - span[0] + 1
                window = min(entries, math.ceil(FREQUENCY_WINDOW / max(floor, 1e-9)))
                with planner_settings(self.queryset.db, GIN_ONLY):
                    recent = matches.filter(id__gt=span[1] - window).order_by().count()
                if recent >= FREQUENCY_SAMPLE or window == entries:
                    return min(floor, recent / window)
                return min(floor, matches.order_by().count() / entries)
            nth = list(
                matches.values_list("id", flat=True)[FREQUENCY_SAMPLE - 1 : FREQUENCY_SAMPLE]
            )
            return share_estimate(
                span=span, nth_newest=nth[0] if nth else None, count=matches.count
            )

    class ThaiPostgresAutocompleteCompiler(pg.PostgresAutocompleteQueryCompiler):
        def cappable(self) -> bool:
            return False

    class ThaiPostgresSearchResults(CappedResultsMixin, pg.PostgresSearchResults):
        # Testing an entry by key takes about 60 µs whatever the words (its vectors read
        # from TOAST; 1,000 keys in 57 to 73 ms at 100,000 items), reading a match for
        # ``_every_match`` 10 to 35 µs. At 100,000 items, the date order of 44 queries:
        # 3 gave p50 104 ms, 6 gave 95 ms (Wagtail's query for all: 89 ms, the worst
        # 3.8 s).
        walk_cost = 6.0

        def _every_match(self):
            """The slice of every match in the queryset's order. Wagtail's own query
            joins every page to its entry through a text cast, and with a LIMIT the
            planner walks the pages by date testing each against every match (3.3 s
            for "ปีงบประมาณ 2563" at 100,000 items). Here the matches' keys come from
            the GIN index and the queryset's order is put on expressions no index
            gives, so the pages that match are found by key and the newest kept
            (143 ms)."""
            compiler = self.query_compiler
            model = compiler.queryset.model
            keys = (
                compiler.word_matches(compiler.get_config(self.backend))
                .order_by()
                .values(key=object_key(model, F("object_id")))
                .values("key")
            )
            queryset = compiler.queryset.filter(pk__in=keys)
            ordering = [unindexed_order(field) for field in walk_ordering(queryset)]
            return list(queryset.order_by(*ordering)[self.start : self.stop])

    class ThaiPostgresSearchBackend(ThaiQueryMixin, pg.PostgresSearchBackend):
        index_class = ThaiPostgresIndex
        query_compiler_class = ThaiPostgresCompiler
        autocomplete_query_compiler_class = ThaiPostgresAutocompleteCompiler
        results_class = ThaiPostgresSearchResults

        def __init__(self, params):
            super().__init__({"SEARCH_CONFIG": "simple", **params})

    return ThaiPostgresSearchBackend


class ThaiFallbackSearchBackend(ThaiQueryMixin, DatabaseSearchBackend):
    """Databases without full-text search: each segmented word is looked for with LIKE."""


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks for in a backend module)
    """The Thai backend of the default database, as ``wagtail.search.backends.database``."""
    if connection.vendor == "postgresql":
        return postgres_backend_class()(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

        if fts5_available() and fts_table_exists():
            return sqlite_backend_class()(params)
    return ThaiFallbackSearchBackend(params)


# OpenSearch ------------------------------------------------------------------------------

THAI_ANALYSIS = {
    # Used for every text field, when indexing and when searching: the text is already
    # segmented, so split at spaces only.
    "default": {"type": "custom", "tokenizer": "whitespace", "filter": ["lowercase"]},
    "ngram_analyzer": {
        "type": "custom",
        "tokenizer": "whitespace",
        "filter": ["lowercase", "ngram"],
    },
    "edgengram_analyzer": {
        "type": "custom",
        "tokenizer": "whitespace",
        "filter": ["lowercase", "edgengram"],
    },
}


def _segment_value(value):
    if isinstance(value, str):
        return search_text(value)
    if isinstance(value, (list, tuple)):
        return [_segment_value(item) for item in value]
    return value


class ThaiMappingMixin:
    """Documents carry segmented text; autocomplete queries are analysed like the rest."""

    edgengram_analyzer_config = {
        "analyzer": "edgengram_analyzer",
        "search_analyzer": "default",
    }

    def _get_document_field_data(self, field, obj):
        name, value, edgengrams = super()._get_document_field_data(field, obj)
        if isinstance(field, (SearchField, AutocompleteField)):
            value = _segment_value(value)
            edgengrams = [_segment_value(item) for item in edgengrams]
        return name, value, edgengrams


class ThaiElasticsearchMapping(ThaiMappingMixin, ElasticsearchBaseMapping):
    """The Thai mapping on the client-free base, for checking what would be sent."""


def thai_index_settings(settings: dict) -> dict:
    """The backend's index settings with the Thai analyzers."""
    settings = copy.deepcopy(settings)
    analysis = settings.setdefault("settings", {}).setdefault("analysis", {})
    analysis.setdefault("analyzer", {}).update(copy.deepcopy(THAI_ANALYSIS))
    return settings


def OpenSearchBackend(params):  # noqa: N802 (a backend class for Wagtail's settings)
    """Wagtail's OpenSearch 2 backend with Thai analysis (needs ``opensearch-py``)."""
    from modelsearch.backends import opensearch2 as os2

    class ThaiOpenSearchMapping(ThaiMappingMixin, os2.OpenSearch2Mapping):
        pass

    class ThaiOpenSearchQueryCompiler(os2.OpenSearch2SearchQueryCompiler):
        mapping_class = ThaiOpenSearchMapping

    class ThaiOpenSearchAutocompleteQueryCompiler(os2.OpenSearch2AutocompleteQueryCompiler):
        mapping_class = ThaiOpenSearchMapping

    class ThaiOpenSearchBackend(ThaiQueryMixin, os2.OpenSearch2SearchBackend):
        mapping_class = ThaiOpenSearchMapping
        query_compiler_class = ThaiOpenSearchQueryCompiler
        autocomplete_query_compiler_class = ThaiOpenSearchAutocompleteQueryCompiler
        settings = thai_index_settings(os2.OpenSearch2SearchBackend.settings)

    return ThaiOpenSearchBackend(params)
