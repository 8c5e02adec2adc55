"""The phone directory: the staff's printed A5 booklet and the public page, each showing
what its readers may see."""

import datetime
import re
import subprocess

import pytest
from django.core.cache import cache

from prachasan.documents.phone_directory import phone_directory_booklet_pdf
from prachasan.network.models import (
    Committee,
    CommitteeMember,
    CommitteeRole,
    PhoneDirectoryPage,
    School,
    SchoolCluster,
)
from prachasan.network.phone_directory import phone_directory
from prachasan.offices.models import Department, Person

from .conftest import STACKED_NAME, assert_in_order, pdf_fonts, pdf_text, skeleton

pytestmark = pytest.mark.django_db

ISSUED_ON = datetime.date(2026, 11, 21)


@pytest.fixture
def directory(office):
    """People, a school and a committee member with everything a person can hide."""
    department = Department.objects.filter(office=office).order_by("sort_order").first()
    shy = Person.objects.create(
        office=office,
        department=department,
        title="นางสาว",
        first_name="ปี่",
        last_name="ที่เยิ้ม",
        position="นักประชาสัมพันธ์ชำนาญการ",
        phone_office="0 7400 0001 ต่อ 188",
        phone_mobile="0861110001",
        email="pee.t@tuayang1.example.go.th",
        show_phone_office=True,
        show_phone_mobile=False,
        show_email=False,
    )
    open_ = Person.objects.create(
        office=office,
        department=department,
        title="นาย",
        first_name="ลิ้น",
        last_name="ฝั่งป่า",
        position="เจ้าพนักงานธุรการ",
        phone_mobile="0861110002",
        email="lin.f@tuayang1.example.go.th",
        show_phone_mobile=True,
        show_email=True,
    )
    unlisted = Person.objects.create(
        office=office,
        department=department,
        first_name="ญุ่น",
        last_name="ฐูฎู",
        position="ลูกจ้างชั่วคราว",
        phone_mobile="0861110003",
        is_listed=False,
    )
    cluster = SchoolCluster.objects.create(office=office, name="ศูนย์เครือข่ายริมฝั่งน้ำ")
    school = School.objects.create(
        office=office,
        code="1099990001",
        name="โรงเรียนบ้านป่าฝั่งลิ้น",
        cluster=cluster,
        director_name="นายเยิ้ม ปี้ฝั่ง",
        phone="074111222",
        director_phone="0811112222",
    )
    committee = Committee.objects.create(office=office, name="คณะทำงานสมุดโทรศัพท์")
    seat = CommitteeMember.objects.create(
        committee=committee,
        name="นางฎู ป่าฝั่ง",
        position="ครูชำนาญการพิเศษ",
        role=CommitteeRole.MEMBER_SECRETARY,
        phone="0822223333",
    )
    return {
        "department": department,
        "shy": shy,
        "open": open_,
        "unlisted": unlisted,
        "school": school,
        "seat": seat,
    }


def test_booklet_is_a5_with_cover_contents_and_every_department(office, directory, tmp_path):
    data = phone_directory_booklet_pdf(office=office, issued_on=ISSUED_ON)
    path = tmp_path / "booklet.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    width, height = map(
        float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info.stdout).groups()
    )
    assert (round(width), round(height)) == (420, 595)  # A5: 148 x 210 mm
    pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))
    assert pages >= 4
    assert pdf_fonts(data, tmp_path) == {"Sarabun", "Sarabun-Bold"}

    cover = pdf_text(data, tmp_path, "-layout", "-f", "1", "-l", "1")
    assert_in_order(
        cover,
        [
            "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต ๑",
            "สมุดโทรศัพท์",
            "ฉบับวันที่ ๒๑ พฤศจิกายน พ.ศ. ๒๕๖๙",
            "ใช้ภายในสำนักงาน",
        ],
    )
    contents = pdf_text(data, tmp_path, "-layout", "-f", "2", "-l", "2")
    assert "สารบัญ" in contents
    text = pdf_text(data, tmp_path)
    departments = list(Department.objects.filter(office=office).order_by("sort_order", "name"))
    assert len(departments) == 10
    # Every department in the contents and then as a section, in the office's order.
    assert_in_order(contents, [d.name for d in departments])
    body = text.split("\f", 2)[2]
    assert_in_order(body, ["ผู้บริหารสำนักงาน", *[d.name for d in departments]])
    assert_in_order(body, ["ผู้บริหารสถานศึกษา", "ศูนย์เครือข่ายริมฝั่งน้ำ", "คณะกรรมการ"])

    # For staff: everyone, with mobiles, and the school directors' mobiles.
    letters = skeleton(text)
    for number in ("0861110001", "0861110002", "0861110003", "0811112222", "0822223333"):
        assert number in letters
    assert skeleton(STACKED_NAME) in letters
    assert skeleton("นายญุ่น") not in letters  # no title typed: none made up
    assert skeleton("ญุ่นฐูฎู") in letters


def test_booklet_never_runs_off_the_page(office, directory, tmp_path):
    # A name far longer than a column: it wraps inside its cell instead of overflowing.
    # (at most 100 characters: the column is varchar(100) on PostgreSQL)
    directory["open"].last_name = "ฝั่งป่าเยิ้มลิ้นปี่ที่" * 4
    directory["open"].email = f"{'very.long.name' * 4}@tuayang1.example.go.th"
    directory["open"].save(update_fields=["last_name", "email"])
    data = phone_directory_booklet_pdf(office=office, issued_on=ISSUED_ON)
    path = tmp_path / "booklet.pdf"
    path.write_bytes(data)
    # Every word pdftotext finds lies inside the page (A5 is 419.5 x 595.3 pt).
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    right_edges = [
        float(x) for x in re.findall(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"', boxes)
    ]
    assert right_edges and max(right_edges) < 419.5 - 30  # inside the outer margin


def test_phone_directory_reads_in_five_queries(office, directory, django_assert_num_queries):
    with django_assert_num_queries(5):
        public = phone_directory(office=office)
        [p.full_name for d in public["departments"] for p in d.directory_people]
        [s.cluster for g in public["school_groups"] for s in g.schools]
        [m.display_name for c in public["committees"] for m in c.directory_members]
    people = [p for d in public["departments"] for p in d.directory_people]
    assert directory["shy"] in people and directory["unlisted"] not in people
    internal = phone_directory(office=office, internal=True)
    assert directory["unlisted"] in [p for d in internal["departments"] for p in d.directory_people]


def test_public_page_shows_only_what_each_person_allows(client, office, directory):
    cache.clear()
    page = PhoneDirectoryPage.objects.descendant_of(office.site.root_page).get()
    assert page.slug == "phone-directory" and page.live and not page.show_in_menus
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()

    shy, open_ = directory["shy"], directory["open"]
    assert shy.full_name in html and open_.full_name in html
    assert "tel:074000001,188" in html  # office line, dialled with its extension
    assert shy.phone_mobile not in html and shy.email not in html
    assert open_.phone_mobile in html and open_.email in html
    assert directory["unlisted"].last_name not in html
    assert directory["unlisted"].phone_mobile not in html
    # A school: its own number, its director's name, never the director's mobile.
    school = directory["school"]
    assert school.name in html and school.director_name in html and school.phone in html
    assert school.director_phone not in html
    # A committee member: name, position and role only.
    seat = directory["seat"]
    assert seat.name in html and "กรรมการและเลขานุการ" in html
    assert seat.phone not in html
    assert 'id="phone-search-input"' in html


def test_public_page_in_bounded_queries(client, office, directory, django_assert_max_num_queries):
    cache.clear()
    url = PhoneDirectoryPage.objects.descendant_of(office.site.root_page).get().url
    client.get(url)
    with django_assert_max_num_queries(20):
        assert client.get(url).status_code == 200
