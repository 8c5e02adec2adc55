import datetime
import re
import subprocess
import unicodedata

import pytest

from prachasan.network.models import Committee, CommitteeMember, CommitteeRole, Order
from prachasan.offices.models import Office, Person

# Thai vowel signs above and below the line, tone marks and other combining marks.
# `pdftotext -layout` places each where it sits on the page, which for a mark moved by
# the font (GPOS) can be a line away from its letter; the letters keep their order.
THAI_MARKS = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")

STACKED_NAME = "นางสาวปี่ ที่เยิ้ม"  # marks stacked two high, from thai-documents.md


def pdf_text(data: bytes, tmp_path, *options: str) -> str:
    """The text of a PDF as poppler's pdftotext reads it (``-layout`` unless told)."""
    path = tmp_path / "document.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", *(options or ("-layout",)), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def pdf_fonts(data: bytes, tmp_path) -> set[str]:
    """The fonts embedded in a PDF, without their subset prefixes ("Sarabun-Bold")."""
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return {line.split()[0].split("+")[-1] for line in listing if line.strip()}


def skeleton(text: str) -> str:
    """The letters of ``text`` in order: no spaces or marks, ำ as า (NFKC)."""
    return THAI_MARKS.sub("", "".join(unicodedata.normalize("NFKC", text).split()))


def assert_in_order(text: str, expected: list[str]) -> None:
    """Each of ``expected`` appears in ``text``, one after another (compared as skeletons)."""
    haystack, position = skeleton(text), 0
    for item in expected:
        found = haystack.find(skeleton(item), position)
        assert found >= 0, f"{item!r} missing after position {position}"
        position = found + len(skeleton(item))


@pytest.fixture
def office(db) -> Office:
    """The demo office."""
    return Office.objects.get(site__is_default_site=True)


@pytest.fixture
def order(office) -> Order:
    """An order appointing two committees, one of staff and one of outsiders, in the
    style of seed 003's order 62/2565."""
    order = Order.objects.create(
        office=office,
        number=501,
        be_year=2569,
        date=datetime.date(2026, 11, 20),
        subject="แต่งตั้งคณะทำงานจัดทำสมุดโทรศัพท์ของสำนักงาน",
        preamble=(
            "ด้วยสำนักงานจะจัดทำสมุดโทรศัพท์ของผู้บริหาร บุคลากร และผู้บริหารสถานศึกษา "
            "เพื่อใช้ติดต่อประสานงานภายใน จึงแต่งตั้งคณะทำงาน ดังนี้"
        ),
        signer_name="ดร.ธีรวัฒน์ พงษ์ไพบูลย์",
        signer_position="ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1",
    )
    staff = list(Person.objects.filter(office=office).order_by("sort_order")[:3])
    advisers = Committee.objects.create(
        office=office,
        name="คณะที่ปรึกษา",
        order=order,
        duties="ให้คำปรึกษาและกำกับการจัดทำสมุดโทรศัพท์ให้แล้วเสร็จภายใน 30 วัน",
    )
    for index, (person, role) in enumerate(
        zip(
            staff,
            [CommitteeRole.CHAIR, CommitteeRole.VICE_CHAIR, CommitteeRole.MEMBER],
            strict=True,
        )
    ):
        CommitteeMember.objects.create(
            committee=advisers, person=person, role=role, sort_order=index
        )
    workers = Committee.objects.create(
        office=office,
        name="คณะทำงาน",
        order=order,
        duties="รวบรวมหมายเลขโทรศัพท์ ตรวจสอบความถูกต้อง และจัดพิมพ์เป็นรูปเล่ม",
    )
    CommitteeMember.objects.create(
        committee=workers,
        name=STACKED_NAME,
        position="นักประชาสัมพันธ์ชำนาญการ",
        role=CommitteeRole.MEMBER_SECRETARY,
        sort_order=0,
    )
    CommitteeMember.objects.create(
        committee=workers,
        name="นายลิ้น ฝั่งป่า",
        position="เจ้าพนักงานธุรการ",
        role=CommitteeRole.ASSISTANT_SECRETARY,
        sort_order=1,
    )
    return order
