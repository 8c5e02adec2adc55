"""The search benchmark's corpus: the same documents every time, Thai office news."""

import hashlib
import importlib.util
import re
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def corpus():
    spec = importlib.util.spec_from_file_location("search_corpus", BENCHMARKS / "search_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["search_corpus"] = module
    spec.loader.exec_module(module)
    return module


def test_a_document_is_the_same_whatever_order_it_is_made_in(corpus):
    forwards = list(corpus.documents(0, 50))
    backwards = [corpus.document(n) for n in reversed(range(50))][::-1]
    assert forwards == backwards
    assert list(corpus.documents(20, 30)) == forwards[20:30]


def test_the_seed_changes_the_corpus_and_documents_differ(corpus):
    assert corpus.document(7, seed=1) != corpus.document(7, seed=2)
    assert len({doc.text for doc in corpus.documents(0, 200)}) == 200


def test_the_corpus_is_pinned_to_its_data_not_to_the_segmenter(corpus):
    # Regenerating documents must give the texts the benchmark's figures were taken on.
    first = corpus.document(0)
    assert first.department == "director_office"
    assert first.published == "2016-11-02"
    assert first.title.startswith("และการอ่านสารเนื่องในวันครู")
    texts = "\x00".join(doc.text for doc in corpus.documents(0, 100))
    assert hashlib.sha256(texts.encode()).hexdigest() == (
        "576492bb2c9f7eea13deb3c860d4fb584c09b26ae47387dfd689c71195b9e32d"
    )


def test_documents_are_thai_office_news(corpus):
    docs = list(corpus.documents(0, 500))
    thai = re.compile("[\u0e00-\u0e7f]")
    for doc in docs:
        letters = [c for c in doc.text if c.isalpha()]
        assert sum(bool(thai.match(c)) for c in letters) / len(letters) > 0.9
        assert doc.title and doc.lead and doc.body
        assert doc.department in {code for code, _ in corpus.DEPARTMENTS}
        assert "2015-10-01" <= doc.published < "2026-10-01"
    text = "\n".join(doc.text for doc in docs)
    # What office text carries and search has to cope with.
    assert "สพป." in text and "ผอ." in text
    assert re.search("ปีงบประมาณ พ.ศ. [๐-๙]{4}", text) and re.search("ปีงบประมาณ พ.ศ. [0-9]{4}", text)
    assert "\u200b" in text and "\u0e4d\u0e32" in text
    assert "กลุ่มนโยบายและแผน" in text
    lengths = sorted(len(doc.text) for doc in docs)
    assert 400 < lengths[len(lengths) // 2] < 1500
