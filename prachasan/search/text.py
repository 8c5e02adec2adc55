"""Thai text for search: normalised and cut into words the same way when a document is
indexed and when a query is asked, so that a word inside a compound ("งบประมาณ" in
"...ใช้งบประมาณ") is found.

The one entry point for the rest of the project is ``search_text(text)``: the normalised
words joined by single spaces, ready for any full-text engine that splits on spaces
(SQLite FTS5, PostgreSQL's tsvector, OpenSearch's whitespace tokenizer).

How text is cut (benchmarks/README.md, "Thai segmentation", has the figures behind it):

* Thai is cut by dictionary (the newmm algorithm) with PyThaiNLP's word list plus the
  office's vocabulary and without the compounds whose parts are searched for alone
  (``vocabulary.py``, ``data/``), through nlpO3 (newmm in Rust, 3 to 4 times faster than
  PyThaiNLP's Python newmm and cutting the same way); PyThaiNLP's newmm with the same
  dictionary when nlpO3 is not installed.
* The dots of a Thai abbreviation are dropped: "สพป." and "สพป" are the same word, and
  "ผอ.สพป." is "ผอ" "สพป".
* A single Latin letter joined by a hyphen stays one word without it: "O-NET" and "ONET"
  are "onet", "e-office" is "eoffice". Other hyphens separate words ("covid-19").
* Numbers are runs of digits: thousands separators are dropped ("230,250" is "230250"),
  any other sign separates ("1/2569" is "1" "2569", next to each other, so a phrase query
  finds the order number; "08.30" is "08" "30"). Every word is letters and digits only, so
  each search engine's own tokenizer keeps it whole.
* ๆ and ฯ are dropped, and so is punctuation.

The functions are thread-safe: the dictionary is built once per process (and again when
extra words are added, see ``vocabulary.search_vocabulary_extra``) under a lock; both
engines only read it afterwards.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .vocabulary import search_vocabulary, search_vocabulary_version

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
THAI_DIGIT = re.compile("[๐-๙]")
# Zero-width space, zero-width (non-)joiner, word joiner, soft hyphen, BOM.
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\u00ad\ufeff]")
# Nikhahit + sara aa typed as two characters instead of sara am (ํา → ำ), with or without
# a tone mark between them (่ํา → ่ำ).
SARA_AM = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")
THAI = re.compile("[\u0e00-\u0e7f]")
SPACES = re.compile(r"\s+")

# Thai letters, vowels and marks (not Thai digits, which normalising turned Arabic, nor
# the Thai punctuation ๏ ๚ ๛ or the baht sign).
_THAI_LETTERS = "\u0e01-\u0e3a\u0e40-\u0e4e"
# A Thai abbreviation: groups of at most five Thai letters each closed by a dot, starting
# a word ("สพป.", "ผอ.สพป.", "อ.ก.ค.ศ.", "พ.ศ.2569", "ดร.สมชาย").
THAI_ABBREVIATION = re.compile(rf"(?<![{_THAI_LETTERS}])(?:[ก-ฮ][{_THAI_LETTERS}]{{0,4}}\.)+")
# ๆ (repeat the word) and ฯ (abbreviation) carry no word of their own.
THAI_SIGNS = re.compile("[\u0e46\u0e2f]")
# A single Latin letter before a hyphen: "o-net", "e-office".
LATIN_PREFIX = re.compile(r"(?<![a-z0-9])([a-z])-(?=[a-z0-9])")
THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# A piece of text: a run of Thai letters (first group) or of other letters and digits.
PIECE = re.compile(rf"([{_THAI_LETTERS}]+)|([^\W_\u0e00-\u0e7f]+)")

NOMINAL_PREFIXES = ("การ", "ความ", "ผู้")

# Thai pieces are cut in batches of about this many characters: one call into the engine
# for most documents, bounded memory for a 200-page PDF.
BATCH_CHARS = 50_000


def search_normalize(text: str) -> str:
    """The text as search sees it: NFC, Thai digits as Arabic, invisible characters
    removed, a decomposed sara am composed, Latin case folded, runs of space as one."""
    # Each step only where the text needs it (a rebuild normalises every item's text).
    text = text or ""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = INVISIBLE.sub("", text)
    if "\u0e4d" in text:
        text = SARA_AM.sub(lambda m: m.group(1) + "\u0e33", text)
    if THAI_DIGIT.search(text):
        text = text.translate(THAI_DIGITS)
    return SPACES.sub(" ", text.casefold()).strip()


@dataclass(frozen=True)
class Segmenter:
    engine: str
    version: int
    cut: Callable[[str], list[str]]


_lock = threading.Lock()
_segmenters: dict[str, Segmenter] = {}


def search_dictionary() -> list[str]:
    """PyThaiNLP's word list with the office's vocabulary added and the split compounds
    removed, sorted: the dictionary both engines cut Thai with."""
    from pythainlp.corpus import thai_words

    _, added, removed = search_vocabulary()
    words = set()
    for word in thai_words():
        # Dots are dropped before cutting and ๆ ฯ spaces are separators, so entries
        # carrying them are kept in the form the text takes.
        word = THAI_SIGNS.sub("", word.replace(".", ""))
        if len(word) >= 2 and re.fullmatch(f"[{_THAI_LETTERS}]+", word):
            words.add(word)
    # A nominalised compound ("การสื่อสาร", "ความปลอดภัย", "ผู้บริหาร") is cut into the
    # prefix and its word, so that the word alone finds it.
    words -= {w for w in words if w.startswith(NOMINAL_PREFIXES) and _rest(w) in words}
    words -= removed
    words |= added
    return sorted(words)


def _rest(word: str) -> str:
    for prefix in NOMINAL_PREFIXES:
        if word.startswith(prefix):
            rest = word[len(prefix) :]
            return rest if len(rest) >= 2 else ""
    return ""


def _nlpo3_cut(words: list[str]) -> Callable[[str], list[str]]:
    import nlpo3

    content = "\n".join(words) + "\n"
    name = "prachasan-" + hashlib.sha256(content.encode()).hexdigest()[:16]
    # nlpO3 loads dictionaries from files only, and never replaces a loaded name.
    with tempfile.TemporaryDirectory(prefix="prachasan-words-") as directory:
        path = os.path.join(directory, "words.txt")
        with open(path, "w", encoding="utf-8") as file:
            file.write(content)
        message, loaded = nlpo3.load_dict(path, name)
    if not loaded and "already" not in message.lower():
        raise RuntimeError(f"nlpO3 could not load the search dictionary: {message}")

    def cut(text: str) -> list[str]:
        # Not nlpO3's "safe" mode: in 1.4.0 it returns words that are not in the text
        # once the text is a few thousand characters long; the plain mode stays linear
        # (200,000 characters without a space in 0.05 s).
        return nlpo3.segment(text, name, False)

    return cut


def _newmm_cut(words: list[str]) -> Callable[[str], list[str]]:
    from pythainlp.tokenize.newmm import segment
    from pythainlp.util import dict_trie

    trie = dict_trie(words)

    def cut(text: str) -> list[str]:
        return segment(text, custom_dict=trie, safe_mode=True)

    return cut


ENGINES: dict[str, Callable[[list[str]], Callable[[str], list[str]]]] = {
    "nlpo3": _nlpo3_cut,
    "newmm": _newmm_cut,
}


def search_engine() -> str:
    """The engine this process cuts Thai with: nlpO3 when installed, else newmm.
    ``PRACHASAN_SEARCH_SEGMENTER`` forces one (the benchmark compares them)."""
    forced = os.environ.get("PRACHASAN_SEARCH_SEGMENTER")
    if forced:
        if forced not in ENGINES:
            raise ValueError(f"PRACHASAN_SEARCH_SEGMENTER must be one of {sorted(ENGINES)}")
        return forced
    try:
        import nlpo3  # noqa: F401
    except ImportError:
        return "newmm"
    return "nlpo3"


@cache
def _default_engine() -> str:
    # Read once per process: the environment lookup cost more than a short text's cut.
    return search_engine()


def _segmenter(engine: str | None = None) -> Segmenter:
    engine = engine or _default_engine()
    version = search_vocabulary_version()
    segmenter = _segmenters.get(engine)
    if segmenter is None or segmenter.version != version:
        with _lock:
            segmenter = _segmenters.get(engine)
            if segmenter is None or segmenter.version != version:
                cut = ENGINES[engine](search_dictionary())
                segmenter = _segmenters[engine] = Segmenter(engine, version, cut)
    return segmenter


def _prepare(text: str) -> str:
    if "." in text:
        text = THAI_ABBREVIATION.sub(lambda m: m.group(0).replace(".", "") + " ", text)
    text = THAI_SIGNS.sub(" ", text)
    if "-" in text:
        text = LATIN_PREFIX.sub(r"\1", text)
    if "," in text:
        text = THOUSANDS.sub("", text)
    return text


def _cut_thai(pieces: list[str], cut: Callable[[str], list[str]]) -> list[list[str]]:
    """Each Thai piece cut into words, the pieces sent to the engine in batches joined by
    spaces (no dictionary word holds a space, so no word crosses two pieces)."""
    result: list[list[str]] = []
    start = 0
    while start < len(pieces):
        end, size = start, 0
        while end < len(pieces) and (end == start or size + len(pieces[end]) < BATCH_CHARS):
            size += len(pieces[end]) + 1
            end += 1
        batch = pieces[start:end]
        text = " ".join(batch)
        # The words joined by NUL (in no piece), then parted where a space stood alone
        # between two pieces: string operations instead of a loop over the words.
        joined = "\0".join(cut(text))
        groups = joined.split("\0 \0")
        if (
            len(groups) == len(batch)
            and joined.replace("\0", "") == text
            and "\0\0" not in joined  # no empty word
        ):
            result.extend(group.split("\0") for group in groups)
        else:  # never seen; stay correct if an engine cuts across a space
            result.extend([w for w in cut(piece) if w.strip()] for piece in batch)
        start = end
    return result


def search_tokens(text: str, *, engine: str | None = None) -> list[str]:
    """The normalised text cut into words (Thai by the dictionary, other scripts at
    spaces and punctuation); punctuation-only pieces are dropped."""
    text = _prepare(search_normalize(text))
    if not text:
        return []
    pieces = PIECE.findall(text)
    thai = [piece for piece, _ in pieces if piece]
    if not thai:
        return [other for _, other in pieces]
    cut = iter(_cut_thai(thai, _segmenter(engine).cut))
    tokens: list[str] = []
    for piece, other in pieces:
        if piece:
            tokens.extend(next(cut))
        else:
            tokens.append(other)
    return tokens


def search_text(text: str) -> str:
    """The words of ``text`` joined by spaces: what is indexed and what is queried."""
    return " ".join(search_tokens(text))
