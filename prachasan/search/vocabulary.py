"""The office's own words, added to the segmentation dictionary (PyThaiNLP's word list).

Two lists in ``data/`` shape how search cuts Thai text, both drawn from the seeds and the
glossary, read once per process at the first search:

* ``office_words.txt`` are added: acronyms written without their dots (the dots are dropped
  before segmenting, so "สพป." and "สพป" are one word), programme and system names, and
  place words of the demo office's schools that the word list lacks. A word the dictionary
  knows is cut the same way wherever it stands; an unknown one is cut into syllable-like
  pieces that can depend on its neighbours.
* ``split_words.txt`` are removed: compounds of the word list that office text uses and
  whose parts people search for on their own ("งบประมาณ" must find "ปีงบประมาณ 2569",
  "สารสนเทศ" must find "เทคโนโลยีสารสนเทศ"). Without them the segmenter cuts these into
  their parts.

Full names (departments, schools) are deliberately not added as single words: a name
indexed as one word could only be found by the whole name, never by "หนองบัว" alone.

Changing either list changes how text is cut: rebuild the search index afterwards
(``manage.py update_index``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def _read_words(name: str) -> frozenset[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


@cache
def office_words() -> frozenset[str]:
    """Words added to PyThaiNLP's list: acronyms without dots, office terms, place words."""
    return _read_words("office_words.txt")


@cache
def split_compounds() -> frozenset[str]:
    """Words removed from PyThaiNLP's list, so that the segmenter cuts them into parts."""
    return _read_words("split_words.txt")


_extra: set[str] = set()
_extra_lock = threading.Lock()
_extra_version = 0


def _acceptable(word: str) -> bool:
    word = word.strip()
    return len(word) >= 2 and not any(c.isspace() or c == "." for c in word)


def search_vocabulary_extra(words: Iterable[str] = ()) -> frozenset[str]:
    """Add words (say the office's department or place names, cut into their parts) to the
    segmentation dictionary of this process and return every extra word so far.

    Called with nothing, it only returns the current extra words. The dictionary is rebuilt
    on the next segmentation after a change; text indexed before it was cut with the old
    dictionary, so call this in every process (web and worker) before the first search or
    index update, and rebuild the index when the words change.
    """
    global _extra_version
    with _extra_lock:
        added = {w.strip() for w in words if _acceptable(w)} - office_words() - _extra
        if added:
            _extra.update(added)
            _extra_version += 1
        return frozenset(_extra)


def search_vocabulary() -> tuple[int, frozenset[str], frozenset[str]]:
    """The vocabulary's version in this process (it changes when extra words are added),
    the words to add to PyThaiNLP's list (extra words included) and those to remove."""
    with _extra_lock:
        return _extra_version, office_words() | frozenset(_extra), split_compounds()


def search_vocabulary_version() -> int:
    """Changes whenever extra words are added: the segmenter rebuilds its dictionary."""
    return _extra_version
