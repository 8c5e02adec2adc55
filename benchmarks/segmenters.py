"""Thai segmentation for search: speed and quality of the candidate engines.

    .venv/bin/python benchmarks/segmenters.py               # figures as JSON
    PYTHONPATH=/path/to/pyicu .venv/bin/python benchmarks/segmenters.py   # with ICU too

Speed is chars/s over real Thai text: the five seeds (../shared/seeds/*.txt) and the demo
office's news (title, lead, body paragraphs), each document cut whole, best of three runs.
Quality is the office vocabulary below: each phrase with the split search needs, scored as
exact matches and as word-boundary F1. Every engine sees the same prepared text (the
normaliser's output with the dots of Thai abbreviations, ๆ and ฯ dropped) and its words are
compared after dropping spaces and punctuation, so the scores are about cutting Thai only.

Engines: PyThaiNLP's newmm and nlpO3 with PyThaiNLP's word list as it ships, ICU's word
break iterator (PyICU, when importable), and the project's pipeline (``search_tokens``,
office dictionary) on nlpO3 and on newmm. The long-input figure runs ``search_tokens`` on
about 500,000 characters (a 200-page PDF's text) and gives the peak memory it allocated.
"""

from __future__ import annotations

import json
import os
import platform
import re
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from prachasan.demo import content  # noqa: E402
from prachasan.search import text as search  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"

# Phrase, and the words search needs from it (the project's policy: see text.py and
# vocabulary.py; nominalised compounds are cut after การ / ความ / ผู้, abbreviations
# lose their dots, names are cut into their parts).
CASES: list[tuple[str, list[str]]] = [
    ("กลุ่มส่งเสริมการศึกษาทางไกล", ["กลุ่ม", "ส่งเสริม", "การ", "ศึกษา", "ทางไกล"]),
    (
        "เทคโนโลยีสารสนเทศและการสื่อสาร",
        ["เทคโนโลยี", "สารสนเทศ", "และ", "การ", "สื่อสาร"],
    ),
    ("กลุ่มบริหารงานการเงินและสินทรัพย์", ["กลุ่ม", "บริหาร", "งาน", "การ", "เงิน", "และ", "สินทรัพย์"]),
    ("กลุ่มบริหารงานบุคคล", ["กลุ่ม", "บริหาร", "งาน", "บุคคล"]),
    ("กลุ่มนโยบายและแผน", ["กลุ่ม", "นโยบาย", "และ", "แผน"]),
    ("กลุ่มกฎหมายและคดี", ["กลุ่ม", "กฎหมาย", "และ", "คดี"]),
    ("หน่วยตรวจสอบภายใน", ["หน่วย", "ตรวจสอบ", "ภายใน"]),
    ("กลุ่มอำนวยการ", ["กลุ่ม", "อำนวยการ"]),
    (
        "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา",
        ["กลุ่ม", "นิเทศ", "ติดตาม", "และ", "ประเมินผล", "การ", "จัดการ", "ศึกษา"],
    ),
    (
        "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา",
        ["กลุ่ม", "พัฒนา", "ครู", "และ", "บุคลากร", "ทาง", "การ", "ศึกษา"],
    ),
    ("สพป.ตัวอย่าง เขต 1", ["สพป", "ตัวอย่าง", "เขต", "1"]),
    ("สพป.พัทลุง เขต 2", ["สพป", "พัทลุง", "เขต", "2"]),
    ("สพม.ชุมพร", ["สพม", "ชุมพร"]),
    ("สพฐ.", ["สพฐ"]),
    ("ผอ.สพป.", ["ผอ", "สพป"]),
    ("รอง ผอ.สพป.", ["รอง", "ผอ", "สพป"]),
    ("ผอ.กลุ่มนโยบายและแผน", ["ผอ", "กลุ่ม", "นโยบาย", "และ", "แผน"]),
    ("อ.ก.ค.ศ.", ["อกคศ"]),
    ("ก.ต.ป.น.", ["กตปน"]),
    ("ปีงบประมาณ พ.ศ. 2569", ["ปี", "งบประมาณ", "พศ", "2569"]),
    ("ใช้งบประมาณ", ["ใช้", "งบประมาณ"]),
    ("ปีการศึกษา 2568", ["ปี", "การ", "ศึกษา", "2568"]),
    (
        "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา",
        ["รอง", "ผู้", "อำนวยการ", "สำนักงาน", "เขต", "พื้นที่", "การ", "ศึกษา"],
    ),
    ("ศึกษานิเทศก์", ["ศึกษานิเทศก์"]),
    ("กระทรวงศึกษาธิการ", ["กระทรวง", "ศึกษาธิการ"]),
    ("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", ["สำนักงาน", "คณะกรรมการ", "การ", "ศึกษา", "ขั้น", "พื้นฐาน"]),
    ("การประเมินคุณธรรมและความโปร่งใส", ["การ", "ประเมิน", "คุณธรรม", "และ", "ความ", "โปร่งใส"]),
    ("ข้อมูลข่าวสารของราชการ", ["ข้อมูลข่าวสาร", "ของ", "ราชการ"]),
    ("ศูนย์ข้อมูลข่าวสาร", ["ศูนย์", "ข้อมูลข่าวสาร"]),
    ("ห้องประชุมราชพฤกษ์", ["ห้อง", "ประชุม", "ราชพฤกษ์"]),
    ("การทดสอบ O-NET", ["การ", "ทดสอบ", "onet"]),
    ("ระบบ DMC", ["ระบบ", "dmc"]),
    ("การประเมิน ITA", ["การ", "ประเมิน", "ita"]),
    ("โครงการลูกเสือ เนตรนารี", ["โครงการ", "ลูกเสือ", "เนตรนารี"]),
    ("นโยบายไม่รับของขวัญ", ["นโยบาย", "ไม่", "รับ", "ของขวัญ"]),
    ("โรงเรียนบ้านหนองบัว", ["โรงเรียน", "บ้าน", "หนอง", "บัว"]),
    ("โรงเรียนอนุบาลตัวอย่าง", ["โรงเรียน", "อนุบาล", "ตัวอย่าง"]),
    ("โรงเรียนวัดป่าเลไลย์", ["โรงเรียน", "วัด", "ป่าเลไลย์"]),
    ("โรงเรียนบ้านดงมะไฟ", ["โรงเรียน", "บ้าน", "ดงมะไฟ"]),
    ("ศูนย์เครือข่ายสถานศึกษาหนองน้ำใส", ["ศูนย์", "เครือข่าย", "สถานศึกษา", "หนอง", "น้ำใส"]),
    ("จัดซื้อจัดจ้าง", ["จัดซื้อ", "จัดจ้าง"]),
    ("คำสั่งที่ 62/2565", ["คำสั่ง", "ที่", "62", "2565"]),
    ("ความปลอดภัยในสถานศึกษา", ["ความ", "ปลอดภัย", "ใน", "สถานศึกษา"]),
    ("ข่าวประชาสัมพันธ์", ["ข่าว", "ประชาสัมพันธ์"]),
]


def corpus() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    for item in content.NEWS:
        body = item["body"] if isinstance(item["body"], list) else [item["body"]]
        texts.append("\n".join([item["title"], item["lead"], *map(str, body)]))
    return texts


def words_of(tokens: list[str]) -> list[str]:
    return [t for t in (t.strip() for t in tokens) if t and re.search(r"\w", t)]


def engine_cutters() -> dict[str, object]:
    """name -> function(prepared text) -> words."""
    from pythainlp.corpus import corpus_path
    from pythainlp.tokenize.newmm import segment as newmm_segment

    cutters = {"newmm (PyThaiNLP list)": lambda t: words_of(newmm_segment(t, safe_mode=True))}
    try:
        import nlpo3

        nlpo3.load_dict(os.path.join(corpus_path(), "words_th.txt"), "bench-pythainlp")
        cutters["nlpo3 (PyThaiNLP list)"] = lambda t: words_of(
            nlpo3.segment(t, "bench-pythainlp", False)
        )
    except ImportError:
        pass
    try:
        import icu

        breaker = icu.BreakIterator.createWordInstance(icu.Locale("th"))

        def icu_cut(t: str) -> list[str]:
            breaker.setText(t)
            out, start = [], 0
            for end in breaker:
                out.append(t[start:end])
                start = end
            return words_of(out)

        cutters["ICU " + icu.ICU_VERSION] = icu_cut
    except ImportError:
        pass
    for engine in search.ENGINES:
        if engine == "nlpo3" and search.search_engine() != "nlpo3":
            continue
        cutters[f"prachasan {engine} (office list)"] = lambda t, e=engine: words_of(
            search.search_tokens(t, engine=e)
        )
    return cutters


def boundaries(words: list[str]) -> set[int]:
    out, position = set(), 0
    for word in words:
        position += len(word)
        out.add(position)
    return out


def quality(cut) -> dict:
    exact, tp, fp, fn, misses = 0, 0, 0, 0, []
    for phrase, expected in CASES:
        prepared = search._prepare(search.search_normalize(phrase))
        got = cut(prepared)
        if got == expected:
            exact += 1
        else:
            misses.append(f"{phrase} → {' | '.join(got)}")
        g, e = boundaries(got), boundaries(expected)
        tp, fp, fn = tp + len(g & e), fp + len(g - e), fn + len(e - g)
    f1 = 2 * tp / (2 * tp + fp + fn)
    return {"exact": f"{exact}/{len(CASES)}", "boundary_f1": round(f1, 3), "misses": misses}


def speed(cut, texts: list[str]) -> float:
    prepared = [search._prepare(search.search_normalize(t)) for t in texts]
    chars = sum(map(len, prepared))
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for t in prepared:
            cut(t)
        best = min(best, time.perf_counter() - start)
    return chars / best


def long_input(texts: list[str]) -> dict:
    text = "\n".join(texts)
    text = (text * (500_000 // len(text) + 1))[:500_000]
    search.search_tokens("อุ่นเครื่อง")  # the dictionary is built once per process
    seconds = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        words = search.search_tokens(text)
        seconds = min(seconds, time.perf_counter() - start)
    tracemalloc.start()  # a second run for memory: tracing slows Python down
    search.search_tokens(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "engine": search.search_engine(),
        "chars": len(text),
        "words": len(words),
        "seconds": round(seconds, 2),
        "peak_MiB": round(peak / 2**20, 1),
    }


def main() -> None:
    texts = corpus()
    start = time.perf_counter()
    search.search_tokens("สพป.")
    build = time.perf_counter() - start
    results = {
        "machine": f"{platform.machine()} {os.cpu_count()} CPU, load {os.getloadavg()[0]:.1f}",
        "corpus": {"documents": len(texts), "chars": sum(map(len, texts))},
        "dictionary": {"words": len(search.search_dictionary()), "build_seconds": round(build, 2)},
        "engines": {},
    }
    for name, cut in engine_cutters().items():
        results["engines"][name] = {
            "chars_per_s": round(speed(cut, texts)),
            **quality(cut),
        }
    results["long_input"] = long_input(texts)
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
