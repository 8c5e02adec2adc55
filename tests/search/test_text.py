"""Thai text for search: normalising and cutting, the same for documents and queries."""

import sys
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from prachasan.search import text as search_module
from prachasan.search.text import (
    search_dictionary,
    search_engine,
    search_normalize,
    search_text,
    search_tokens,
)
from prachasan.search.vocabulary import search_vocabulary_extra

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
ENGINES = ["nlpo3", "newmm"] if search_engine() == "nlpo3" else ["newmm"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ปีงบประมาณ ๒๕๖๙", "ปีงบประมาณ 2569"),
        ("คำสั่งที่ ๖๒/๒๕๖๕", "คำสั่งที่ 62/2565"),
        ("งบ\u200bประมาณ", "งบประมาณ"),  # zero-width space
        ("ประชา\u00adสัมพันธ์", "ประชาสัมพันธ์"),  # soft hyphen
        ("\ufeffข่าว\u200c\u200d\u2060ด่วน", "ข่าวด่วน"),
        ("ก\u0e4d\u0e32หนด", "กำหนด"),  # nikhahit + sara aa → sara am
        ("น\u0e49\u0e4d\u0e32", "น้ำ"),  # with the tone mark typed between them
        ("O-NET ITA DMC", "o-net ita dmc"),
        ("  สพป.\tตัวอย่าง \n เขต 1  ", "สพป. ตัวอย่าง เขต 1"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize(text, expected):
    assert search_normalize(text) == expected


def test_normalize_composes_decomposed_thai_like_typed_text():
    decomposed = "สำนักงาน".replace("\u0e33", "\u0e4d\u0e32")
    assert decomposed != "สำนักงาน"
    assert search_tokens(decomposed) == search_tokens("สำนักงาน") == ["สำนักงาน"]


OFFICE_SPLITS = [
    ("กลุ่มส่งเสริมการศึกษาทางไกล", "กลุ่ม ส่งเสริม การ ศึกษา ทางไกล"),
    ("เทคโนโลยีสารสนเทศและการสื่อสาร", "เทคโนโลยี สารสนเทศ และ การ สื่อสาร"),
    ("กลุ่มบริหารงานการเงินและสินทรัพย์", "กลุ่ม บริหาร งาน การ เงิน และ สินทรัพย์"),
    ("หน่วยตรวจสอบภายใน", "หน่วย ตรวจสอบ ภายใน"),
    ("กลุ่มนโยบายและแผน", "กลุ่ม นโยบาย และ แผน"),
    ("สพป.ตัวอย่าง เขต 1", "สพป ตัวอย่าง เขต 1"),
    ("ผอ.สพป.", "ผอ สพป"),
    ("รอง ผอ.สพป.", "รอง ผอ สพป"),
    ("ผอ.กลุ่มนโยบายและแผน", "ผอ กลุ่ม นโยบาย และ แผน"),
    ("อ.ก.ค.ศ.", "อกคศ"),
    ("ปีงบประมาณ พ.ศ. 2569", "ปี งบประมาณ พศ 2569"),
    ("ใช้งบประมาณ", "ใช้ งบประมาณ"),
    ("รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", "รอง ผู้ อำนวยการ สำนักงาน เขต พื้นที่ การ ศึกษา"),
    ("กระทรวงศึกษาธิการ", "กระทรวง ศึกษาธิการ"),
    ("การประเมินคุณธรรมและความโปร่งใส", "การ ประเมิน คุณธรรม และ ความ โปร่งใส"),
    ("ห้องประชุมราชพฤกษ์", "ห้อง ประชุม ราชพฤกษ์"),
    ("การทดสอบ O-NET", "การ ทดสอบ onet"),
    ("การประเมิน ITA ผ่านระบบ DMC", "การ ประเมิน ita ผ่าน ระบบ dmc"),
    ("โรงเรียนบ้านหนองบัว", "โรงเรียน บ้าน หนอง บัว"),
    ("โรงเรียนวัดป่าเลไลย์", "โรงเรียน วัด ป่าเลไลย์"),
    ("ศูนย์เครือข่ายสถานศึกษาหนองน้ำใส", "ศูนย์ เครือข่าย สถานศึกษา หนอง น้ำใส"),
    ("จัดซื้อจัดจ้าง", "จัดซื้อ จัดจ้าง"),
    ("ข่าวประชาสัมพันธ์", "ข่าว ประชาสัมพันธ์"),
    ("กิจกรรมต่างๆ ของ กรุงเทพฯ", "กิจกรรม ต่าง ของ กรุงเทพ"),
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text, words", OFFICE_SPLITS)
def test_office_vocabulary_splits(engine, text, words):
    assert search_tokens(text, engine=engine) == words.split()


@pytest.mark.parametrize(
    "variants",
    [
        ("สพป.", "สพป", "สพป. ", "สพป.\u200b"),
        ("ผอ.", "ผอ"),
        ("สพม.", "สพม"),
        ("O-NET", "ONET", "o-net", "onet"),
        ("e-office", "eoffice", "E-Office"),
        ("อ.ก.ค.ศ.", "อกคศ"),
        ("พ.ศ. ๒๕๖๙", "พศ 2569", "พ.ศ.2569"),
        ("๑/๒๕๖๙", "1/2569"),
        ("230,250 บาท", "230250 บาท", "๒๓๐,๒๕๐ บาท"),
    ],
)
def test_acronym_and_number_variants_give_the_same_words(variants):
    first = search_tokens(variants[0])
    assert first
    for variant in variants[1:]:
        assert search_tokens(variant) == first, variant


def test_numbers_stay_searchable():
    assert search_tokens("คำสั่งที่ 62/2565") == ["คำสั่ง", "ที่", "62", "2565"]
    assert search_tokens("ปีงบประมาณ 2566-2570") == ["ปี", "งบประมาณ", "2566", "2570"]
    assert search_tokens("เวลา 08.30 น.") == ["เวลา", "08", "30", "น"]
    assert search_tokens("covid-19") == ["covid", "19"]


def test_a_word_inside_a_compound_is_a_word_of_the_document():
    document = set(search_tokens("สพป.ตัวอย่าง ใช้งบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๙"))
    for query in ("งบประมาณ", "ปีงบประมาณ", "2569", "สพป", "ตัวอย่าง"):
        assert set(search_tokens(query)) <= document, query
    assert "ประชุม" not in document


def test_words_are_letters_and_digits_only():
    text = (SEEDS / "002_a6774f6eb6c6a180.txt").read_text(encoding="utf-8")
    words = search_tokens(text)
    assert len(words) > 2_000
    for word in words:
        assert all(c.isalnum() or unicodedata.category(c).startswith("M") for c in word), word
    assert search_text(text) == " ".join(words)
    assert "  " not in search_text(text)


def test_the_same_text_always_gives_the_same_words_across_threads():
    text = (SEEDS / "003_6a1fb18ba35f728f.txt").read_text(encoding="utf-8")
    expected = search_tokens(text)
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(search_tokens, [text] * 16))
    assert all(result == expected for result in results)


def test_long_text_in_bounded_time():
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    text = (seeds * (500_000 // len(seeds) + 1))[:500_000] + " ปิดท้ายเอกสาร"
    search_tokens("อุ่นเครื่อง")
    start = time.perf_counter()
    words = search_tokens(text)
    assert time.perf_counter() - start < 30  # about 1 s measured; generous for a busy CI
    assert len(words) > 50_000
    assert words[-2:] == ["ปิดท้าย", "เอกสาร"]


def test_batches_join_back_in_order(monkeypatch):
    text = (SEEDS / "000_8d6bf925aec0abe8.txt").read_text(encoding="utf-8")
    whole = search_tokens(text)
    monkeypatch.setattr(search_module, "BATCH_CHARS", 500)
    assert search_tokens(text) == whole


def test_newmm_is_the_fallback_without_nlpo3(monkeypatch):
    monkeypatch.delenv("PRACHASAN_SEARCH_SEGMENTER", raising=False)
    monkeypatch.setitem(sys.modules, "nlpo3", None)
    assert search_engine() == "newmm"
    assert search_tokens("ผอ.สพป.ใช้งบประมาณ") == ["ผอ", "สพป", "ใช้", "งบประมาณ"]


def test_a_forced_engine_must_exist(monkeypatch):
    monkeypatch.setenv("PRACHASAN_SEARCH_SEGMENTER", "deepcut")
    with pytest.raises(ValueError):
        search_engine()


def test_dictionary_holds_the_office_words_and_not_the_split_compounds():
    words = set(search_dictionary())
    assert {"สพป", "สพม", "ผอ", "อกคศ", "ราชพฤกษ์"} <= words
    assert not {"ปีงบประมาณ", "เทคโนโลยีสารสนเทศ", "การศึกษา", "ผอ."} & words
    assert all(" " not in word and "." not in word for word in words)


def test_extra_vocabulary_changes_the_cut_once_added():
    word = "ม้าฟ้าหมอกควัน"  # no Thai word: cut into pieces until it is in the dictionary
    assert search_tokens(word) != [word]
    assert word in search_vocabulary_extra([word, "ก", "มี ช่อง", "ผอ."])
    assert search_vocabulary_extra() == search_vocabulary_extra([word])
    assert not {"ก", "มี ช่อง", "ผอ."} & search_vocabulary_extra()
    assert search_tokens(f"ข่าว{word}ด่วน") == ["ข่าว", word, "ด่วน"]
