"""Thai text for search: normalised and cut into words the same way when a document is
indexed and when a query is asked, so that a word inside a compound ("งบประมาณ" in
"...ใช้งบประมาณ") is found.

The one entry point for the rest of the project is ``search_text(text)``: the normalised
words joined by single spaces, ready for any full-text engine that splits on spaces
(SQLite FTS5, PostgreSQL's tsvector, OpenSearch's whitespace tokenizer).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# Zero-width space, zero-width (non-)joiner, word joiner, soft hyphen, BOM.
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\u00ad\ufeff]")
# Nikhahit + sara aa typed as two characters instead of sara am (ํา → ำ), with or without
# a tone mark between them (่ํา → ่ำ).
SARA_AM = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")
THAI = re.compile("[\u0e00-\u0e7f]")
SPACES = re.compile(r"\s+")


def search_normalize(text: str) -> str:
    """The text as search sees it: NFC, Thai digits as Arabic, invisible characters
    removed, a decomposed sara am composed, Latin case folded, runs of space as one."""
    text = unicodedata.normalize("NFC", text or "")
    text = INVISIBLE.sub("", text)
    text = SARA_AM.sub(lambda m: m.group(1) + "\u0e33", text)
    text = text.translate(THAI_DIGITS).casefold()
    return SPACES.sub(" ", text).strip()


@lru_cache(maxsize=1)
def _tokenizer():
    from pythainlp.tokenize import Tokenizer

    return Tokenizer(engine="newmm", keep_whitespace=False)


def search_tokens(text: str) -> list[str]:
    """The normalised text cut into words (Thai by the dictionary, other scripts at
    spaces and punctuation); punctuation-only pieces are dropped."""
    text = search_normalize(text)
    if not text:
        return []
    words = _tokenizer().word_tokenize(text) if THAI.search(text) else text.split(" ")
    return [word for word in (w.strip() for w in words) if word and any(c.isalnum() for c in word)]


def search_text(text: str) -> str:
    """The words of ``text`` joined by spaces: what is indexed and what is queried."""
    return " ".join(search_tokens(text))
