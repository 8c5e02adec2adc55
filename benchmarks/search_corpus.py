"""Thai news-like documents for the search benchmark: deterministic, generated one at a time.

Each document is drawn from its own random generator, seeded by ``(seed, number)``, so
document 731,204 is the same whatever order, process or run produces it: the benchmark can
segment in several processes and resume after a stop, and never holds the corpus in memory.

The vocabulary is real office Thai: phrases (the space-separated runs of Thai text) and
words of the five source documents (``../shared/seeds``) and of the demo office's news,
snapshotted in ``benchmarks/data/`` (so CI and other checkouts do not need ``../shared``,
and a change of segmenter does not change the corpus), plus PyThaiNLP's word list
(``pythainlp.corpus.thai_words()``, about 62,000 words) for the long tail. Documents also
carry what office text has and search must cope with: department names, acronyms with and
without dots (สพป., ผอ.), Buddhist Era years and numbers in Thai or Arabic digits, and, now
and then, a zero-width space or a sara am typed as two characters (ํ + า).

    python benchmarks/search_corpus.py --docs 3          # print three documents as JSON lines
    python benchmarks/search_corpus.py --extract-seeds ../shared/seeds   # rebuild data/
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
DATA = Path(__file__).resolve().parent / "data"
PHRASES_FILE = DATA / "search_phrases.txt"
WORDS_FILE = DATA / "search_words.txt"
THAI = re.compile("[\u0e00-\u0e7f]")
EDGE_PUNCTUATION = re.compile("^[^0-9a-zA-Z\u0e00-\u0e7f]+|[^0-9a-zA-Z\u0e00-\u0e7f.]+$")

DEPARTMENTS = [
    ("director_office", "กลุ่มอำนวยการ"),
    ("finance", "กลุ่มบริหารงานการเงินและสินทรัพย์"),
    ("personnel", "กลุ่มบริหารงานบุคคล"),
    ("teacher_dev", "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา"),
    ("supervision", "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา"),
    ("promotion", "กลุ่มส่งเสริมการจัดการศึกษา"),
    ("policy", "กลุ่มนโยบายและแผน"),
    ("ict", "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร"),
    ("legal", "กลุ่มกฎหมายและคดี"),
    ("audit", "หน่วยตรวจสอบภายใน"),
]
KINDS = ["activity", "activity", "activity", "pr", "pr", "announcement", "school", "urgent"]
# Office acronyms as officers type them: with dots, without, and the spaced variants.
ACRONYMS = [
    "สพป.",
    "สพป",
    "สพม.",
    "สพฐ.",
    "ผอ.",
    "ผอ.สพป.",
    "รอง ผอ.",
    "ศธ.",
    "ก.ค.ศ.",
    "อ.ก.ค.ศ.",
    "ITA",
    "O-NET",
    "DMC",
    "EMIS",
]
PLACES = ["ตัวอย่าง", "ทดลอง", "สาธิต", "นาดี", "บ้านใหม่", "หนองบัว", "ท่าช้าง", "เขาทอง"]
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
FIRST_DATE = dt.date(2015, 10, 1)  # fiscal year 2559 BE
DAYS = 11 * 365


@dataclass(frozen=True)
class Document:
    number: int
    title: str
    lead: str
    body: str
    department: str
    kind: str
    published: str  # ISO date (Christian Era), as stored

    @property
    def text(self) -> str:
        """Everything search indexes, in the order the product indexes it."""
        return f"{self.title}\n{self.lead}\n{self.body}"


@lru_cache(maxsize=1)
def vocabulary() -> tuple[list[str], list[str], list[int], list[str]]:
    """(phrases, seed words, their cumulative weights, PyThaiNLP words), all sorted."""
    from pythainlp.corpus import thai_words

    phrases = PHRASES_FILE.read_text(encoding="utf-8").split("\n")
    phrases = [p for p in phrases if p]
    words, cumulative, total = [], [], 0
    for line in WORDS_FILE.read_text(encoding="utf-8").split("\n"):
        if not line:
            continue
        word, count = line.split("\t")
        words.append(word)
        # Damped frequency: common office words stay common without drowning the rest.
        total += int(count) ** 0.5 * 10 // 1 + 1
        cumulative.append(int(total))
    # One-word entries of plain Thai only (no spaces, dots or Latin) make the long tail.
    dictionary = sorted(
        w for w in thai_words() if " " not in w and THAI.fullmatch(w[0]) and "." not in w
    )
    return phrases, words, cumulative, dictionary


def _digits(rng: random.Random, number: int | str) -> str:
    text = str(number)
    return text.translate(THAI_DIGITS) if rng.random() < 0.3 else text


def _words(rng: random.Random, count: int) -> str:
    """A run of words with no spaces between them, as Thai is written."""
    _, words, cumulative, dictionary = vocabulary()
    picked = []
    for _ in range(count):
        if rng.random() < 0.75:
            picked.append(rng.choices(words, cum_weights=cumulative)[0])
        else:
            picked.append(rng.choice(dictionary))
    return "".join(picked)


def _chunk(rng: random.Random, year_be: int, department: str) -> str:
    phrases = vocabulary()[0]
    roll = rng.random()
    if roll < 0.55:
        return rng.choice(phrases)
    if roll < 0.85:
        return _words(rng, rng.randint(2, 6))
    if roll < 0.90:
        return f"{rng.choice(ACRONYMS)}{rng.choice(PLACES)} เขต {_digits(rng, rng.randint(1, 3))}"
    if roll < 0.94:
        return f"ปีงบประมาณ พ.ศ. {_digits(rng, year_be + rng.choice((0, 0, 1)))}"
    if roll < 0.97:
        count = _digits(rng, rng.randint(2, 500))  # drawn before the unit: keeps the corpus
        return f"จำนวน {count} {rng.choice(('คน', 'โรงเรียน', 'แห่ง', 'บาท'))}"
    return department


def _sentence(rng: random.Random, chunks: int, year_be: int, department: str) -> str:
    return " ".join(_chunk(rng, year_be, department) for _ in range(chunks))


def _blemish(rng: random.Random, text: str) -> str:
    """Now and then what pasted office text carries: a zero-width space, a split sara am."""
    if rng.random() < 0.05 and len(text) > 2:
        cut = rng.randrange(1, len(text) - 1)
        text = text[:cut] + "\u200b" + text[cut:]
    if rng.random() < 0.05 and "ำ" in text:
        text = text.replace("ำ", "\u0e4d\u0e32", 1)
    return text


def document(number: int, *, seed: int = 1) -> Document:
    """Document ``number`` of the corpus ``seed``: the same for the same arguments."""
    rng = random.Random(f"prachasan-search-{seed}-{number}")
    code, department = rng.choice(DEPARTMENTS)
    published = FIRST_DATE + dt.timedelta(days=rng.randrange(DAYS))
    year_be = published.year + 543 + (1 if published.month >= 10 else 0)  # fiscal year
    title = _sentence(rng, rng.randint(2, 4), year_be, department)
    lead = _sentence(rng, rng.randint(3, 6), year_be, department)
    paragraphs = [
        _sentence(rng, rng.randint(4, 9), year_be, department) for _ in range(rng.randint(2, 4))
    ]
    return Document(
        number=number,
        title=_blemish(rng, title),
        lead=_blemish(rng, lead),
        body=_blemish(rng, "\n\n".join(paragraphs)),
        department=code,
        kind=rng.choice(KINDS),
        published=published.isoformat(),
    )


def documents(start: int, stop: int, *, seed: int = 1):
    """Documents ``start`` to ``stop - 1``, one at a time."""
    for number in range(start, stop):
        yield document(number, seed=seed)


def seeds_extract(seeds: Path) -> None:
    """Snapshot the phrases and words of the source documents and the demo's news into data/."""
    from prachasan.demo import content
    from prachasan.search.text import search_normalize, search_tokens

    texts = [path.read_text(encoding="utf-8") for path in sorted(seeds.glob("*.txt"))]
    for item in content.NEWS:
        texts += [item.get("title", ""), item.get("lead", ""), *map(str, item.get("body", []))]
    for item in content.DOWNLOADS:
        texts += [item.get("title", ""), item.get("description", "")]
    texts += [name for _, name in content.INFORMATION_TYPES]
    phrases: set[str] = set()
    words: Counter[str] = Counter()
    for text in texts:
        for chunk in re.split(r"\s+", text):
            chunk = EDGE_PUNCTUATION.sub("", chunk)
            if THAI.search(chunk) and 4 <= len(chunk) <= 120 and "\ufffd" not in chunk:
                phrases.add(chunk)
        for word in search_tokens(text):
            if THAI.fullmatch(word[0]) and len(word) >= 2 and word == search_normalize(word):
                words[word] += 1
    DATA.mkdir(exist_ok=True)
    PHRASES_FILE.write_text("\n".join(sorted(phrases)) + "\n", encoding="utf-8")
    ranked = sorted(words.items(), key=lambda item: (-item[1], item[0]))
    WORDS_FILE.write_text("".join(f"{w}\t{n}\n" for w, n in ranked), encoding="utf-8")
    print(f"{len(phrases)} phrases, {len(ranked)} words", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=3)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--extract-seeds", type=Path, metavar="DIR")
    args = parser.parse_args()
    if args.extract_seeds:
        seeds_extract(args.extract_seeds)
        return
    for doc in documents(args.start, args.start + args.docs, seed=args.seed):
        print(json.dumps(asdict(doc), ensure_ascii=False))


if __name__ == "__main__":
    main()
