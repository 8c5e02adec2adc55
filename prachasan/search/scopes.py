"""Scope words: a search's filters as words of the index, so the full-text engine finds
the matches inside the filters rather than the database checking the filters on every
match.

A search's queryset keeps the pages of one site (``descendant_of`` the site's root page),
and may keep one department, kind or information type, one office's people and schools,
or the items of a fiscal year or a range of dates. The database backends read a query's
matches newest first and check the queryset on each one by key (``CappedResultsMixin``),
so a filter that keeps few of the matches made the search read most of them: at a million
items, "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา" in one department took 1 to 3 s, and on
a server of many offices every search of one office reads the others' matches too.

So every index entry also holds a word for each value of these fields of its object
(``object_scope_words``: ``zqxdepartmentid12``, ``zqxfirstpublishedat202611``,
``zqxsite3``…), and a search adds the words of the filters it finds at the top of its
queryset's conditions (``scope_groups``): FTS5 and PostgreSQL's GIN index then intersect
them with the query's words, and the words' shares size PostgreSQL's windows. The
queryset's own conditions are still checked on every match: the words only narrow what is
read, so a word that is missing makes a match be missed, never one be shown that the
filters exclude.

The words are those of letters and digits only that no Thai or English word is, written
after the text of the entry's body; the ranking and the snippets never count them.
Entries written before this module existed lack them: migration ``0006`` marks such an
index (``IndexUpgrade``) and the words are not asked for until ``search_rebuild`` has
written every entry again (``scope_ready``).
"""

from __future__ import annotations

import datetime
import hashlib
import re
import time

from django.core.cache import cache as cache_backend
from django.db.models.expressions import Col
from django.db.models.lookups import Lookup
from django.db.models.sql.where import AND, WhereNode
from django.utils import timezone
from modelsearch.backends.base import FilterFieldError

PREFIX = "zqx"
# Fields whose value is a word of its own (a key or a short code).
VALUE_FIELDS = ("department_id", "information_type_id", "office_id", "kind")
# Date fields, a word per month: a range of dates asks for the months it covers, up to
# MAX_MONTHS (a fiscal year is twelve); a longer range is checked by the database alone.
MONTH_FIELDS = ("first_published_at",)
MAX_MONTHS = 36
# An ``in`` lookup of more values than this is checked by the database alone.
MAX_VALUES = 20
SCOPE_FIELDS = frozenset((*VALUE_FIELDS, *MONTH_FIELDS, "path"))
# A page's site: the page at this depth above it (a site's root page; Wagtail's own root is
# at depth 1), by its id, which moving pages among their siblings does not change.
SITE_DEPTH = 2
STEP = 4  # the length of each level of a page's path (treebeard's steplen)

# The name of ``IndexUpgrade``'s row while entries lack the scope words, and the cache key
# and seconds of ``scope_ready``.
UPGRADE = "scope-words"
READY_KEY = "prachasan-search-scope-ready"
READY_SECONDS = 60
# A site's root page by its path, kept this long in a process (``site_root_id``).
SITE_ROOT_SECONDS = 5

_TOKEN = re.compile(r"[a-z0-9]+")


def _token(value) -> str:
    text = str(value).lower()
    if _TOKEN.fullmatch(text):
        return text
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()[:16]


def value_word(attname: str, value) -> str:
    return f"{PREFIX}{attname.replace('_', '')}{_token(value)}"


def month_word(attname: str, moment) -> str:
    moment = _local(moment)
    return f"{PREFIX}{attname.replace('_', '')}{moment.year:04d}{moment.month:02d}"


def site_word(root_id: int) -> str:
    return f"{PREFIX}site{root_id}"


def site_root_id(path: str) -> int | None:
    """The id of the page at ``SITE_DEPTH`` whose path begins ``path``. Kept for
    ``SITE_ROOT_SECONDS`` in the process (a rebuild indexes thousands of pages a second):
    only moving a site's root page among its siblings changes it, and a move forgets
    them (``site_roots_forget``)."""
    prefix = path[: STEP * SITE_DEPTH]
    if len(prefix) < STEP * SITE_DEPTH:
        return None
    now = time.monotonic()
    found = _site_roots.get(prefix)
    if found is None or found[1] < now:
        from wagtail.models import Page

        root = Page.objects.filter(path=prefix).values_list("pk", flat=True).first()
        found = _site_roots[prefix] = (root, now + SITE_ROOT_SECONDS)
    return found[0]


def site_roots_forget() -> None:
    _site_roots.clear()


_site_roots: dict[str, tuple[int | None, float]] = {}


def object_scope_words(obj) -> list[str]:
    """The scope words of an object's entry: one per value field it has, one for the month
    of each date field, and its site's for a page."""
    fields = {field.attname for field in obj._meta.concrete_fields}
    words = []
    for attname in VALUE_FIELDS:
        if attname in fields:
            value = getattr(obj, attname)
            if value is not None and value != "":
                words.append(value_word(attname, value))
    for attname in MONTH_FIELDS:
        if attname in fields:
            value = getattr(obj, attname)
            if value is not None:
                words.append(month_word(attname, value))
    if "path" in fields and "depth" in fields:
        root = site_root_id(obj.path or "")
        if root is not None:
            words.append(site_word(root))
    return words


def _and_lookups(node):
    """The lookups that every row of the queryset satisfies: those under AND nodes only."""
    if isinstance(node, Lookup):
        yield node
    elif isinstance(node, WhereNode) and node.connector == AND and not node.negated:
        for child in node.children:
            yield from _and_lookups(child)


def _local(moment):
    if isinstance(moment, datetime.datetime) and timezone.is_aware(moment):
        return timezone.localtime(moment)
    return moment


def _month_before_start(moment):
    """An exclusive upper bound at the very start of a month as a moment of the month
    before (an inclusive bound of the same months)."""
    local = _local(moment)
    if local.day == 1 and (
        not isinstance(local, datetime.datetime) or local.time() == datetime.time.min
    ):
        return local - datetime.timedelta(days=1)
    return moment


def _months(low, high) -> list:
    low, high = _local(low), _local(high)
    if high < low:
        return []
    count = (high.year - low.year) * 12 + high.month - low.month + 1
    if count > MAX_MONTHS:
        return []
    months, year, month = [], low.year, low.month
    for _ in range(count):
        months.append(datetime.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def scope_groups(compiler) -> list[list[str]]:
    """The scope words a search's queryset implies, as groups of which each match holds
    one word at least: the lookups on its own fields (or its parents', as a page's path)
    found under AND at the top of its conditions, on fields that are ``FilterField``s of
    its model. Lookups through relations, under OR or NOT, or on expressions give none."""
    if not scope_ready(compiler.queryset.db):
        return []
    groups: list[list[str]] = []
    bounds: dict[str, list] = {}
    for lookup in _and_lookups(compiler.queryset.query.where):
        column = lookup.lhs
        if not isinstance(column, Col) or column.target.attname not in SCOPE_FIELDS:
            continue
        try:
            path = compiler._get_filter_field_path_for_column(column)
        except FilterFieldError:
            continue
        if len(path) != 1:
            continue
        attname, name, value = column.target.attname, lookup.lookup_name, lookup.rhs
        if hasattr(value, "resolve_expression"):
            continue
        if attname in VALUE_FIELDS:
            values = value if name == "in" else [value] if name == "exact" else None
            if values is None or not 0 < len(values) <= MAX_VALUES:
                continue
            values = [getattr(v, "pk", v) for v in values]
            if all(v is not None and v != "" for v in values):
                groups.append(sorted({value_word(attname, v) for v in values}))
        elif attname in MONTH_FIELDS:
            low_high = bounds.setdefault(attname, [None, None])
            if name in ("gt", "gte"):
                low_high[0] = value if low_high[0] is None else max(low_high[0], value)
            elif name in ("lt", "lte"):
                if name == "lt":  # up to the moment before: the month before a month's start
                    value = _month_before_start(value)
                low_high[1] = value if low_high[1] is None else min(low_high[1], value)
            elif name == "range":
                low_high[0] = value[0] if low_high[0] is None else max(low_high[0], value[0])
                low_high[1] = value[1] if low_high[1] is None else min(low_high[1], value[1])
        elif attname == "path" and name == "startswith" and isinstance(value, str):
            root = site_root_id(value)
            if root is not None:
                groups.append([site_word(root)])
    for attname, (low, high) in bounds.items():
        if low is not None and high is not None:
            months = _months(low, high)
            if months:
                groups.append([month_word(attname, month) for month in months])
    return groups


def scope_ready(alias: str = "default") -> bool:
    """Every index entry holds its scope words: no ``IndexUpgrade`` row says otherwise
    (asked again after ``READY_SECONDS``)."""
    key = f"{READY_KEY}-{alias}"
    ready = cache_backend.get(key)
    if ready is None:
        from .models import IndexUpgrade

        ready = not IndexUpgrade.objects.using(alias).filter(name=UPGRADE).exists()
        cache_backend.set(key, ready, READY_SECONDS)
    return ready


def scope_rebuilt(alias: str = "default") -> None:
    """After a rebuild that wrote every entry: the scope words may be asked for."""
    from .models import IndexUpgrade

    IndexUpgrade.objects.using(alias).filter(name=UPGRADE).delete()
    cache_backend.delete(f"{READY_KEY}-{alias}")


def moved_site_changed(*, page, parent_before, parent_after) -> bool:
    """Whether moving ``page`` from under ``parent_before`` to under ``parent_after``
    changed its site, and so its and its descendants' scope words."""

    def site(parent):
        return site_root_id(parent.path) if parent.depth >= SITE_DEPTH else page.pk

    site_roots_forget()
    return site(parent_before) != site(parent_after)
