"""Snippets of a found document with the query's words marked.

Thai has no spaces, so the words of the query are found the way search finds them: the
query and the document are both cut with ``search_tokens``, and a document word is marked
when the query has the same word. The marks go on the document's own text (its Thai
digits, its case), which is why each word is located back in the original string.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .text import search_tokens

# Enough of a long document (an attached 200-page PDF) to find a good window quickly.
MAX_TEXT = 30_000
ELLIPSIS = "…"
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
INVISIBLE = set("\u200b\u200c\u200d\u2060\u00ad\ufeff")
NIKHAHIT, SARA_AA, SARA_AM = "\u0e4d", "\u0e32", "\u0e33"
TONE_MARKS = set("\u0e48\u0e49\u0e4a\u0e4b")
SPACES = re.compile(r"\s+")
THAI_LETTER = re.compile("[\u0e01-\u0e2e]")
# Acronyms match with or without their dots and hyphens (ผอ. and ผอ, O-NET and ONET).
JOINERS = re.compile(r"[.\-]")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    word: str


def _normalized_with_origin(text: str) -> tuple[str, list[int]]:
    """The text as ``search_normalize`` sees it, character by character, with the index
    in ``text`` each character came from (whitespace is kept, one for one)."""
    out: list[str] = []
    origin: list[int] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char in INVISIBLE:
            i += 1
            continue
        if char == NIKHAHIT:
            # ํา (or ํ่า) typed in two keystrokes reads as ำ.
            tone = i + 1 < n and text[i + 1] in TONE_MARKS
            after = i + 2 if tone else i + 1
            if after < n and text[after] == SARA_AA:
                if tone:
                    out.append(text[i + 1])
                    origin.append(i + 1)
                out.append(SARA_AM)
                origin.append(i)
                i = after + 1
                continue
        folded = unicodedata.normalize("NFC", char).translate(THAI_DIGITS).casefold()
        for piece in folded:
            out.append(" " if piece.isspace() else piece)
            origin.append(i)
        i += 1
    return "".join(out), origin


def _flexible(word: str) -> re.Pattern:
    """The word allowing the dots, hyphens and spaces a segmenter may have dropped
    (สพป. indexed as สพป, O-NET as onet)."""
    return re.compile(r"[.\-\s]?".join(re.escape(c) for c in word))


def _key(word: str) -> str:
    return JOINERS.sub("", word)


def _words(text: str) -> tuple[list[Span], str, list[int]]:
    """Every word of ``text`` with its place in ``text``."""
    normalized, origin = _normalized_with_origin(text)
    spans: list[Span] = []
    cursor = 0
    for word in search_tokens(text):
        at = normalized.find(word, cursor)
        if at >= 0 and at - cursor <= 200:
            length = len(word)
        else:
            # The segmenter may have rewritten the word (dropped an acronym's dots):
            # look for it nearby only, so a word it invented never costs a full scan.
            match = _flexible(word).search(normalized, cursor, cursor + 4 * len(word) + 200)
            if match is None:
                continue
            at, length = match.start(), match.end() - match.start()
        end = at + length
        if end < len(normalized) and normalized[end] == "." and THAI_LETTER.search(word):
            # A Thai abbreviation's dot (สพป. ผอ.) was dropped from the word: mark it too.
            length += 1
        spans.append(Span(origin[at], origin[at + length - 1] + 1, word))
        cursor = at + length
    return spans, normalized, origin


def _matches(text: str, query_words: set[str]) -> tuple[list[Span], list[Span]]:
    """The document's words, and those of them the query asks for."""
    spans, normalized, origin = _words(text)
    keys = {_key(word) for word in query_words} - {""}
    marked = [span for span in spans if _key(span.word) in keys]
    if not marked:
        # The document and the query were cut differently here: mark the query's words
        # where they occur as they are (three characters or more, to avoid noise).
        for word in query_words:
            if len(word) < 3:
                continue
            start = normalized.find(word)
            while start >= 0 and len(marked) < 50:
                end = start + len(word)
                marked.append(Span(origin[start], origin[end - 1] + 1, word))
                start = normalized.find(word, end)
        marked.sort(key=lambda span: span.start)
    return spans, marked


def _best_window(marked: list[Span], width: int, lead_in: int) -> tuple[int, int]:
    """The window of ``width`` characters that shows the most different query words,
    then the most marks; the earliest such window."""
    best, best_score = (0, width), (-1, -1)
    for first in marked:
        start = max(0, first.start - lead_in)
        end = start + width
        inside = [span for span in marked if span.start >= start and span.end <= end]
        score = (len({span.word for span in inside}), len(inside))
        if score > best_score:
            best, best_score = (start, end), score
    return best


def _snap(spans: list[Span], start: int, end: int, length: int) -> tuple[int, int]:
    """Move the window's edges onto word boundaries, so no Thai word is cut in half."""
    starts = [span.start for span in spans]
    ends = [span.end for span in spans]
    if start > 0:
        i = bisect.bisect_left(starts, start)
        start = starts[i] if i < len(starts) else start
    if end < length:
        i = bisect.bisect_right(ends, end) - 1
        end = ends[i] if i >= 0 and ends[i] > start else end
    return start, min(end, length)


def _render(text: str, start: int, end: int, marked: list[Span]) -> str:
    parts: list[str] = []
    cursor = start
    for span in marked:
        if span.start < cursor or span.end > end:
            continue
        parts.append(escape(SPACES.sub(" ", text[cursor : span.start])))
        parts.append(f"<mark>{escape(text[span.start : span.end])}</mark>")
        cursor = span.end
    parts.append(escape(SPACES.sub(" ", text[cursor:end])))
    return "".join(parts).strip()


def query_words(query: str) -> set[str]:
    """The words of a query as search sees them."""
    return set(search_tokens(query))


def highlight_snippet(
    text: str, query: str | set[str], *, width: int = 220, lead_in: int = 60
) -> SafeString:
    """About ``width`` characters of ``text`` around the query's words, escaped, with each
    matched word in ``<mark>``; the start of the text when nothing matches."""
    text = (text or "")[:MAX_TEXT]
    if not text.strip():
        return mark_safe("")
    words = query if isinstance(query, set) else query_words(query)
    spans, marked = _matches(text, words)
    if marked:
        start, end = _best_window(marked, width, lead_in)
    else:
        start, end = 0, width
    if len(text) <= width:
        start, end = 0, len(text)
    start, end = _snap(spans, start, end, len(text))
    html = _render(text, start, end, marked)
    if start > 0:
        html = ELLIPSIS + html
    if end < len(text):
        html += ELLIPSIS
    return mark_safe(html)


def highlight_all(text: str, query: str | set[str]) -> SafeString:
    """The whole of a short text (a title), escaped, with the query's words marked."""
    text = text or ""
    words = query if isinstance(query, set) else query_words(query)
    _, marked = _matches(text, words)
    return mark_safe(_render(text, 0, len(text), marked))
