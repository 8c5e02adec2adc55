"""Demo registries of สพป.ตัวอย่าง เขต 1: schools and clusters, media, the PR network and
its applications, two appointment orders with their committees, recipient groups.

Plain data first, then `demo_registries_load`. Every person, school, outlet, number and
address is invented. Records are keyed by school code, e-mail or order number, so a
second load creates nothing.
"""

import datetime

from django.utils import timezone

from prachasan.network.models import (
    Committee,
    CommitteeMember,
    CommitteeRole,
    MediaContact,
    MediaKind,
    NetworkApplication,
    NetworkKind,
    NetworkMember,
    NetworkScope,
    Order,
    RecipientGroup,
    RecipientRule,
    RecipientSource,
    School,
    SchoolCluster,
)
from prachasan.network.personal_data import LegalBasis

from . import content

PROVINCE = "จังหวัดตัวอย่าง"
EMAIL_DOMAIN = "tuayang1.example.go.th"

PURPOSE_SCHOOL = "ประสานงานราชการและส่งข่าวสารของสำนักงานถึงสถานศึกษา"
PURPOSE_STAFF = "ปฏิบัติหน้าที่ตามคำสั่งแต่งตั้งและประสานงานภายในสำนักงาน"
PURPOSE_MEDIA = "ส่งข่าวแจก เชิญร่วมทำข่าว และประสานการเผยแพร่ข่าวสารของสำนักงาน"
PURPOSE_NETWORK = "ส่งข่าวสารและเชิญร่วมกิจกรรมของเครือข่ายประชาสัมพันธ์"

# --- Schools ----------------------------------------------------------------------------

# (cluster name, district, postcode, the cluster's schools). The first school of each
# cluster is the cluster's lead school: its director chairs the cluster.
CLUSTERS = [
    (
        "ศูนย์เครือข่ายสถานศึกษาเมืองตัวอย่าง 1",
        "อำเภอเมืองตัวอย่าง",
        "99000",
        [
            "อนุบาลตัวอย่าง",
            "บ้านในเมือง",
            "วัดศรีสว่าง",
            "บ้านหนองบัว",
            "บ้านท่าข้าม",
            "บ้านโคกกลาง",
            "ชุมชนบ้านดอนยาง",
            "วัดโพธิ์ทอง",
            "บ้านทุ่งยาว",
            "บ้านคลองขุด",
            "บ้านนาโพธิ์",
            "บ้านหัวสะพาน",
            "บ้านป่าตาล",
            "วัดป่าเลไลย์",
            "บ้านสวนหมาก",
        ],
    ),
    (
        "ศูนย์เครือข่ายสถานศึกษาเมืองตัวอย่าง 2",
        "อำเภอเมืองตัวอย่าง",
        "99000",
        [
            "บ้านควนลัง",
            "บ้านหนองแค",
            "วัดใหม่สามัคคี",
            "บ้านท่าช้าง",
            "บ้านโพธิ์งาม",
            "บ้านคูเมือง",
            "บ้านดอนตะโก",
            "บ้านสระแก้ว",
            "วัดบางปลา",
            "บ้านหนองไผ่",
            "บ้านนาเกลือ",
            "บ้านทุ่งหญ้าคา",
            "บ้านบ่อทอง",
            "บ้านเกาะแก้ว",
            "บ้านห้วยทราย",
        ],
    ),
    (
        "ศูนย์เครือข่ายสถานศึกษาหนองน้ำใส",
        "อำเภอหนองน้ำใส",
        "99110",
        [
            "อนุบาลหนองน้ำใส",
            "บ้านหนองน้ำใส",
            "บ้านโนนสูง",
            "บ้านหนองตะเคียน",
            "วัดสว่างอารมณ์",
            "บ้านดงมะไฟ",
            "บ้านโคกสำราญ",
            "บ้านหนองเม็ก",
            "บ้านนาดี",
            "บ้านหัวหนอง",
            "บ้านโนนสะอาด",
            "บ้านกุดจิก",
            "บ้านหนองหว้า",
            "บ้านสร้างแก้ว",
            "บ้านท่าลาด",
        ],
    ),
    (
        "ศูนย์เครือข่ายสถานศึกษาเขาแก้ว",
        "อำเภอเขาแก้ว",
        "99120",
        [
            "อนุบาลเขาแก้ว",
            "บ้านเขาแก้ว",
            "บ้านเชิงเขา",
            "บ้านห้วยน้ำใส",
            "บ้านไร่ใหม่",
            "บ้านวังหิน",
            "บ้านถ้ำเสือ",
            "บ้านคลองทราย",
            "วัดเขาน้อย",
            "บ้านลำพญา",
            "บ้านปากช่อง",
            "บ้านยางงาม",
            "บ้านหินลาด",
            "บ้านน้ำตก",
            "บ้านสวนป่า",
        ],
    ),
    (
        "ศูนย์เครือข่ายสถานศึกษาบางสายทอง",
        "อำเภอบางสายทอง",
        "99130",
        [
            "อนุบาลบางสายทอง",
            "บ้านบางสายทอง",
            "วัดบางพระ",
            "บ้านปากคลอง",
            "บ้านท่าเรือ",
            "บ้านบางกล้วย",
            "บ้านคลองวาฬ",
            "บ้านหาดทรายขาว",
            "บ้านแหลมสน",
            "บ้านบางเหรียง",
            "วัดท่าโพธิ์",
            "บ้านคลองบางแก้ว",
            "บ้านบ่อน้ำร้อน",
            "บ้านท่าไทร",
            "บ้านบางมะพร้าว",
        ],
    ),
    (
        "ศูนย์เครือข่ายสถานศึกษาทุ่งสว่าง",
        "อำเภอทุ่งสว่าง",
        "99140",
        [
            "อนุบาลทุ่งสว่าง",
            "บ้านทุ่งสว่าง",
            "บ้านหนองปลาไหล",
            "บ้านนาเหนือ",
            "บ้านนาใต้",
            "บ้านดอนแก้ว",
            "บ้านทุ่งใหญ่",
            "วัดทุ่งโพธิ์",
            "บ้านโคกเจริญ",
            "บ้านหนองสองห้อง",
            "บ้านหัวทุ่ง",
            "บ้านไผ่ล้อม",
            "บ้านสามแยก",
            "บ้านตลิ่งชัน",
            "บ้านหนองจอก",
        ],
    ),
    (
        "ศูนย์เครือข่ายสถานศึกษานาคำ",
        "อำเภอนาคำ",
        "99150",
        [
            "อนุบาลนาคำ",
            "บ้านนาคำ",
            "บ้านคำเจริญ",
            "บ้านโนนคำ",
            "บ้านห้วยคำ",
            "บ้านดงเย็น",
            "บ้านป่าหวาย",
            "บ้านนาแก",
            "วัดศรีนาคำ",
            "บ้านหนองคู",
            "บ้านโพนทอง",
            "บ้านคำแคน",
            "บ้านนาหว้า",
            "บ้านสามขา",
            "บ้านดอนหัน",
        ],
    ),
    (
        "ศูนย์เครือข่ายสถานศึกษาคลองใหญ่",
        "อำเภอคลองใหญ่",
        "99160",
        [
            "อนุบาลคลองใหญ่",
            "บ้านคลองใหญ่",
            "บ้านคลองเล็ก",
            "บ้านท่าแพ",
            "วัดคลองสวน",
            "บ้านสะพานหิน",
            "บ้านบางน้ำจืด",
            "บ้านคลองมะพร้าว",
            "บ้านท่ากระท่อม",
            "บ้านวังตะเคียน",
            "บ้านหนองกระทุ่ม",
            "บ้านปากน้ำ",
            "บ้านนาท่อม",
            "บ้านควนสูง",
            "บ้านทุ่งคา",
        ],
    ),
]

# School directors' names are drawn from these, so that 120 schools need no 120 lines.
DIRECTOR_MEN = [
    "สมชาย",
    "ประเสริฐ",
    "วิชัย",
    "สุริยา",
    "ธนพล",
    "อำนาจ",
    "ไพโรจน์",
    "บุญเลิศ",
    "เกรียงไกร",
    "ชาตรี",
    "ณรงค์ศักดิ์",
    "สมบัติ",
    "ปรีชา",
    "วิรัตน์",
    "อนันต์",
]
DIRECTOR_WOMEN = [
    "สุนีย์",
    "มาลัย",
    "พรรณี",
    "วาสนา",
    "ศิริรัตน์",
    "นันทนา",
    "อัมพร",
    "จารุวรรณ",
    "ดวงใจ",
    "สายสุนีย์",
    "รุ่งทิพย์",
    "กาญจนา",
    "เพ็ญศรี",
    "ลำดวน",
    "ปราณี",
]
DIRECTOR_SURNAMES = [
    "ใจดีงาม",
    "ศรีสุวรรณ",
    "ทองคำแท้",
    "บุญประคอง",
    "แสงจันทร์ฉาย",
    "พูลสวัสดิ์",
    "รักษ์ทองดี",
    "มั่นคงศิลป์",
    "เกิดผลดี",
    "ชัยมงคลศักดิ์",
    "สุขเกษมสันต์",
    "นาคประเสริฐ",
    "แก้วกาญจนา",
    "ปัญญาวงศ์ดี",
    "ศรีเมืองทอง",
    "เพชรน้ำหนึ่ง",
    "วงศ์ประทีป",
    "อินทรสุวรรณ",
    "บัวทองคำ",
    "ธรรมสุนทร",
    "พรหมมาศรี",
    "สิทธิโชคชัย",
    "ทิพย์มณีรัตน์",
    "คงเจริญสุข",
    "หอมกลิ่นดี",
    "มณีวรรณกุล",
    "สายสุวรรณ",
    "ปานประดิษฐ์",
    "ชูศรีทอง",
    "เรืองฤทธิ์ไกร",
    "อ่อนละมัย",
]


def _tambon(school: str) -> str:
    for prefix in ("ชุมชนบ้าน", "อนุบาล", "บ้าน", "วัด"):
        if school.startswith(prefix):
            return school[len(prefix) :]
    return school


def _schools() -> list[dict]:
    schools = []
    for cluster_number, (cluster, district, postcode, names) in enumerate(CLUSTERS, start=1):
        for number, name in enumerate(names, start=1):
            serial = (cluster_number - 1) * len(names) + number
            woman = serial % 5 in (1, 3)
            first = (DIRECTOR_WOMEN if woman else DIRECTOR_MEN)[(serial * 7) % 15]
            title = ("นางสาว" if serial % 10 == 3 else "นาง") if woman else "นาย"
            if serial % 9 == 0:
                title = "ดร."
            surname = DIRECTOR_SURNAMES[(serial * 11) % len(DIRECTOR_SURNAMES)]
            code = f"1099{cluster_number:02d}{number:04d}"
            tambon = district.removeprefix("อำเภอ") if name.startswith("อนุบาล") else _tambon(name)
            schools.append(
                {
                    "code": code,
                    "name": f"โรงเรียน{name}",
                    "cluster": cluster,
                    "district": district,
                    "address": (
                        f"หมู่ที่ {(serial * 3) % 12 + 1} ตำบล{tambon} {district} {PROVINCE} {postcode}"
                    ),
                    "director_name": f"{title}{first} {surname}",
                    "phone": f"0 7460 {cluster_number}{number:03d}",
                    "director_phone": f"08{cluster_number}-000-6{number:03d}",
                    "email": f"s{code}@school.{EMAIL_DOMAIN}",
                    "line_id": f"@tysch{code[-6:]}" if number % 3 == 1 else "",
                }
            )
    return schools


SCHOOLS = _schools()


# --- Media registry ---------------------------------------------------------------------

# kind, outlet, contact, position, phone, e-mail, LINE, province, coverage, consent
MEDIA = [
    (
        MediaKind.NEWSPAPER,
        "หนังสือพิมพ์ตัวอย่างรายวัน",
        "นายเกษม รุ่งอรุณศรี",
        "ผู้สื่อข่าวประจำจังหวัด",
        "081-000-7101",
        "kasem.news@daily.example.co.th",
        "kasem.news",
        PROVINCE,
        "ข่าวการศึกษาและข่าวท้องถิ่นทั้งจังหวัด",
        "2026-05-12 10:30",
    ),
    (
        MediaKind.NEWSPAPER,
        "หนังสือพิมพ์ข่าวเมืองตัวอย่าง",
        "นางสาวพัชรินทร์ ทองนพคุณ",
        "บรรณาธิการข่าว",
        "089-000-7102",
        "editor@khaomueang.example.co.th",
        "",
        PROVINCE,
        "รายสัปดาห์ ฉบับพิมพ์และเว็บไซต์",
        "2026-05-12 11:00",
    ),
    (
        MediaKind.NEWSPAPER,
        "หนังสือพิมพ์ภาคใต้สัมพันธ์",
        "นายอดิศักดิ์ แก้วพรหม",
        "หัวหน้าศูนย์ข่าวจังหวัดตัวอย่าง",
        "092-000-7103",
        "adisak@pak-tai.example.co.th",
        "adisak.pt",
        PROVINCE,
        "ข่าวภูมิภาค",
        "2026-05-13 09:15",
    ),
    (
        MediaKind.NEWSPAPER,
        "หนังสือพิมพ์ชุมชนคนตัวอย่าง",
        "นางจิราภรณ์ เพ็ชรสุข",
        "ผู้จัดการ",
        "086-000-7104",
        "chumchon@khontuayang.example.co.th",
        "",
        PROVINCE,
        "รายปักษ์ แจกฟรีในตลาดและร้านค้า",
        "2026-05-20 14:00",
    ),
    (
        MediaKind.NEWSPAPER,
        "หนังสือพิมพ์การศึกษาภูมิภาค",
        "นายธีรศักดิ์ สมบุญ",
        "ผู้สื่อข่าว",
        "095-000-7105",
        "theerasak@edu-region.example.co.th",
        "",
        "จังหวัดนครตัวอย่าง",
        "ข่าวการศึกษาระดับภาค",
        "2026-06-02 10:00",
    ),
    (
        MediaKind.TV,
        "สถานีโทรทัศน์ทีวีท้องถิ่นตัวอย่าง",
        "นายวรพงษ์ ศรีเพชร",
        "ผู้สื่อข่าวภาคสนาม",
        "081-000-7201",
        "worapong@localtv.example.co.th",
        "worapong.tv",
        PROVINCE,
        "เคเบิลทีวีและช่องออนไลน์ในจังหวัด",
        "2026-05-14 13:30",
    ),
    (
        MediaKind.TV,
        "สถานีโทรทัศน์ข่าวภาคใต้ (ศูนย์ข่าวจังหวัดตัวอย่าง)",
        "นางสาวกัลยา มีชัย",
        "ผู้สื่อข่าวประจำศูนย์",
        "098-000-7202",
        "kanlaya@southnews.example.co.th",
        "",
        PROVINCE,
        "ข่าวภาคใต้ทางโทรทัศน์ดิจิทัล",
        "2026-05-14 15:00",
    ),
    (
        MediaKind.TV,
        "สถานีโทรทัศน์เพื่อการศึกษา (ผู้ประสานงานภาค)",
        "นายภูมิพัฒน์ อินทองคำ",
        "ผู้ประสานงานข่าวภูมิภาค",
        "063-000-7203",
        "phumiphat@edtv.example.or.th",
        "",
        "จังหวัดนครตัวอย่าง",
        "ข่าวการศึกษาทั่วประเทศ",
        "2026-06-10 10:45",
    ),
    (
        MediaKind.RADIO,
        "สถานีวิทยุกระจายเสียงจังหวัดตัวอย่าง FM 95.25",
        "นางวันเพ็ญ ชูทอง",
        "ผู้ประกาศข่าว",
        "084-000-7301",
        "wanpen@radio-tuayang.example.or.th",
        "wanpen.fm95",
        PROVINCE,
        "ทั้งจังหวัด รายการข่าวเช้าและข่าวเที่ยง",
        "2026-05-15 09:00",
    ),
    (
        MediaKind.RADIO,
        "สถานีวิทยุเพื่อการเกษตรและการศึกษา FM 102.0",
        "นายสมพงษ์ ขวัญทอง",
        "หัวหน้าฝ่ายรายการ",
        "087-000-7302",
        "sompong@fm102.example.or.th",
        "",
        PROVINCE,
        "อำเภอเมืองตัวอย่างและอำเภอใกล้เคียง",
        "2026-05-15 10:30",
    ),
    (
        MediaKind.RADIO,
        "สถานีวิทยุ มอ.ตัวอย่าง FM 89.75",
        "นางสาวอรวรรณ จันทร์แก้ว",
        "ผู้จัดรายการ",
        "091-000-7303",
        "orawan@fm8975.example.ac.th",
        "orawan.radio",
        PROVINCE,
        "รายการ “การศึกษาใกล้ตัว” ทุกวันเสาร์",
        "2026-06-05 16:00",
    ),
    (
        MediaKind.COMMUNITY_RADIO,
        "วิทยุชุมชนคนหนองน้ำใส FM 99.5",
        "นายประยูร บุญล้อม",
        "ประธานสถานี",
        "085-000-7401",
        "prayoon@nongnamsai-radio.example.org",
        "",
        PROVINCE,
        "อำเภอหนองน้ำใส",
        "2026-05-21 10:00",
    ),
    (
        MediaKind.COMMUNITY_RADIO,
        "วิทยุชุมชนเสียงเขาแก้ว FM 105.25",
        "นางสาวนิตยา ขุนทอง",
        "ผู้ดำเนินรายการ",
        "093-000-7402",
        "nittaya@khaokaew-radio.example.org",
        "nittaya.khaokaew",
        PROVINCE,
        "อำเภอเขาแก้วและอำเภอนาคำ",
        "2026-05-21 11:30",
    ),
    (
        MediaKind.COMMUNITY_RADIO,
        "วิทยุชุมชนบางสายทองเรดิโอ FM 92.0",
        "นายอนุวัฒน์ ทะเลงาม",
        "ผู้จัดการสถานี",
        "061-000-7403",
        "anuwat@bangsaithong-radio.example.org",
        "",
        PROVINCE,
        "อำเภอบางสายทองและชายฝั่ง",
        "2026-05-22 09:30",
    ),
    (
        MediaKind.ONLINE,
        "เพจข่าวตัวอย่างวันนี้",
        "นายศุภชัย ดีประเสริฐ",
        "แอดมินเพจ",
        "096-000-7501",
        "admin@tuayang-today.example.com",
        "tuayangtoday",
        PROVINCE,
        "เฟซบุ๊กเพจ ผู้ติดตามประมาณ 85,000 คน",
        "2026-05-16 20:00",
    ),
    (
        MediaKind.ONLINE,
        "สำนักข่าวออนไลน์ตัวอย่างนิวส์",
        "นางสาวพิมพ์ลดา ศรีวงศ์",
        "ผู้สื่อข่าวออนไลน์",
        "082-000-7502",
        "pimlada@tuayangnews.example.com",
        "",
        PROVINCE,
        "เว็บไซต์ข่าวและยูทูบ",
        "2026-05-16 21:15",
    ),
    (
        MediaKind.ONLINE,
        "ช่องยูทูบ ครูเล่าข่าว",
        "นายกฤษดา เย็นใจ",
        "ผู้ผลิตรายการ",
        "097-000-7503",
        "kritsada@kru-news.example.com",
        "kru.laonews",
        PROVINCE,
        "คลิปข่าวการศึกษาและกิจกรรมโรงเรียน",
        "2026-07-01 18:30",
    ),
    (
        MediaKind.ONLINE,
        "เพจชาวใต้รักการศึกษา",
        "นางรัชนี หอมสมบัติ",
        "บรรณาธิการเพจ",
        "064-000-7504",
        "ratchanee@southedu.example.com",
        "",
        "จังหวัดนครตัวอย่าง",
        "เฟซบุ๊กเพจข่าวการศึกษาภาคใต้",
        "2026-07-03 19:00",
    ),
    (
        MediaKind.PA_SYSTEM,
        "หอกระจายข่าวเทศบาลเมืองตัวอย่าง",
        "นายสุเทพ แสงทอง",
        "เจ้าหน้าที่ประชาสัมพันธ์เทศบาล",
        "0 7461 2200",
        "pr@tuayang-city.example.go.th",
        "",
        PROVINCE,
        "เสียงตามสาย 24 ชุมชนในเขตเทศบาล",
        "2026-05-19 10:00",
    ),
    (
        MediaKind.PA_SYSTEM,
        "หอกระจายข่าวองค์การบริหารส่วนตำบลทุ่งสว่าง",
        "นายบุญส่ง ไชยศรี",
        "ผู้ประกาศประจำหอกระจายข่าว",
        "0 7465 3310",
        "pr@thungsawang-sao.example.go.th",
        "",
        PROVINCE,
        "ทุกหมู่บ้านในตำบลทุ่งสว่าง",
        "2026-05-19 14:30",
    ),
]


# --- PR network -------------------------------------------------------------------------

# Internal members: schools (the teacher in charge of PR) and office staff.
# (school code, contact, position, phone, e-mail, LINE, accepts e-mail/SMS/LINE, joined)
NETWORK_SCHOOLS = [
    (
        "1099010002",
        "นางสาวธิดารัตน์ ใจงาม",
        "ครูผู้รับผิดชอบงานประชาสัมพันธ์",
        "081-000-8101",
        "thidarat.j@school.tuayang1.example.go.th",
        "thidarat.pr",
        (True, False, True),
        "2026-06-01",
    ),
    (
        "1099020004",
        "นายวีรยุทธ ศรีทอง",
        "ครูผู้รับผิดชอบงานประชาสัมพันธ์",
        "089-000-8102",
        "weerayut.s@school.tuayang1.example.go.th",
        "",
        (True, True, False),
        "2026-06-01",
    ),
    (
        "1099030002",
        "นางกนกวรรณ พึ่งบุญ",
        "ครูชำนาญการพิเศษ",
        "092-000-8103",
        "kanokwan.p@school.tuayang1.example.go.th",
        "kanokwan.nns",
        (True, False, True),
        "2026-06-03",
    ),
    (
        "1099040003",
        "นายชัยวัฒน์ ดำรงค์",
        "ครูผู้รับผิดชอบงานประชาสัมพันธ์",
        "086-000-8104",
        "chaiwat.d@school.tuayang1.example.go.th",
        "",
        (False, True, True),
        "2026-06-05",
    ),
    (
        "1099050002",
        "นางสาวเบญจมาศ ทะเลใส",
        "ครูผู้ช่วย",
        "095-000-8105",
        "benjamas.t@school.tuayang1.example.go.th",
        "benjamas.bst",
        (True, False, True),
        "2026-06-08",
    ),
    (
        "1099060005",
        "นางอรพิน สุขสวัสดิ์",
        "ครูชำนาญการ",
        "063-000-8106",
        "orapin.s@school.tuayang1.example.go.th",
        "",
        (True, True, False),
        "2026-06-10",
    ),
    (
        "1099070002",
        "นายสิทธิชัย คำแสน",
        "ครูผู้รับผิดชอบงานประชาสัมพันธ์",
        "084-000-8107",
        "sitthichai.k@school.tuayang1.example.go.th",
        "sitthichai.nk",
        (False, False, True),
        "2026-06-12",
    ),
    (
        "1099080002",
        "นางสาวสุดารัตน์ ปากน้ำ",
        "ครูชำนาญการ",
        "087-000-8108",
        "sudarat.p@school.tuayang1.example.go.th",
        "",
        (True, False, True),
        "2026-06-15",
    ),
]

# Office staff who relay news in their own groups: (staff key, accepts e-mail/SMS/LINE).
NETWORK_STAFF = [
    ("sutthiphong", (True, False, True)),
    ("waraphon", (True, False, True)),
    ("chiraphon", (True, True, True)),
    ("nattaphon", (True, False, False)),
]

# External members: kind, organisation, contact, position, phone, e-mail, LINE,
# accepts e-mail/SMS/LINE, how they would like to take part, joined, consent.
NETWORK_EXTERNAL = [
    (
        NetworkKind.AGENCY,
        "สำนักงานประชาสัมพันธ์จังหวัดตัวอย่าง",
        "นางสาวศศิธร วงศ์ไทย",
        "นักประชาสัมพันธ์ชำนาญการ",
        "0 7461 1500",
        "sasithorn@prd-tuayang.example.go.th",
        "sasithorn.prd",
        (True, False, True),
        "เผยแพร่ข่าวของสำนักงานผ่านสถานีวิทยุและเพจของจังหวัด",
        "2026-06-20",
        "2026-06-20 10:00",
    ),
    (
        NetworkKind.AGENCY,
        "สำนักงานศึกษาธิการจังหวัดตัวอย่าง",
        "นายปิยพงษ์ ศรีอักษร",
        "นักวิชาการศึกษาชำนาญการพิเศษ",
        "0 7461 1820",
        "piyaphong@moe-tuayang.example.go.th",
        "",
        (True, False, False),
        "แลกเปลี่ยนข่าวและปฏิทินกิจกรรมการศึกษาของจังหวัด",
        "2026-06-20",
        "2026-06-20 11:30",
    ),
    (
        NetworkKind.AGENCY,
        "โรงพยาบาลตัวอย่าง",
        "นางมยุรี ใจเย็น",
        "พยาบาลวิชาชีพชำนาญการ งานส่งเสริมสุขภาพ",
        "0 7461 3000 ต่อ 215",
        "mayuree@hospital-tuayang.example.go.th",
        "",
        (True, True, False),
        "ร่วมกิจกรรมสุขภาพในโรงเรียนและส่งข่าวเตือนโรคระบาด",
        "2026-07-02",
        "2026-07-02 09:00",
    ),
    (
        NetworkKind.AGENCY,
        "สถานีตำรวจภูธรเมืองตัวอย่าง",
        "ร.ต.อ.ณัฐวุฒิ กล้าหาญ",
        "รองสารวัตรป้องกันปราบปราม",
        "0 7461 1191",
        "nattawut@police-tuayang.example.go.th",
        "",
        (False, True, True),
        "ดูแลความปลอดภัยหน้าโรงเรียนและกิจกรรมต่อต้านยาเสพติด",
        "2026-07-10",
        "2026-07-10 14:00",
    ),
    (
        NetworkKind.LOCAL_GOVERNMENT,
        "องค์การบริหารส่วนจังหวัดตัวอย่าง",
        "นางสาวชุติมา บุญเรือง",
        "นักประชาสัมพันธ์ปฏิบัติการ",
        "0 7461 4400",
        "chutima@pao-tuayang.example.go.th",
        "chutima.pao",
        (True, False, True),
        "เผยแพร่ข่าวผ่านเพจและจอแอลอีดีขององค์การบริหารส่วนจังหวัด",
        "2026-07-15",
        "2026-07-15 10:30",
    ),
    (
        NetworkKind.LOCAL_GOVERNMENT,
        "เทศบาลเมืองตัวอย่าง",
        "นายวิทยา สุขใจ",
        "หัวหน้าฝ่ายประชาสัมพันธ์",
        "0 7461 2200",
        "witthaya@tuayang-city.example.go.th",
        "",
        (True, False, False),
        "ประกาศข่าวทางหอกระจายข่าวและรถประชาสัมพันธ์",
        "2026-07-15",
        "2026-07-15 13:00",
    ),
    (
        NetworkKind.LOCAL_GOVERNMENT,
        "องค์การบริหารส่วนตำบลหนองน้ำใส",
        "นางบุษบา พรมดี",
        "นักวิชาการศึกษา",
        "0 7465 1100",
        "busaba@nongnamsai-sao.example.go.th",
        "busaba.sao",
        (False, True, True),
        "ประสานงานศูนย์พัฒนาเด็กเล็กและกิจกรรมวันเด็ก",
        "2026-08-01",
        "2026-08-01 09:30",
    ),
    (
        NetworkKind.COMMUNITY,
        "ชมรมผู้ปกครองนักเรียนอำเภอเมืองตัวอย่าง",
        "นายสมศักดิ์ ทองแท้",
        "ประธานชมรม",
        "081-000-8301",
        "somsak.parents@example.com",
        "somsak.tt",
        (False, True, True),
        "ส่งต่อข่าวถึงผู้ปกครองในกลุ่มไลน์ของชมรม",
        "2026-08-05",
        "2026-08-05 19:00",
    ),
    (
        NetworkKind.COMMUNITY,
        "สภาเด็กและเยาวชนจังหวัดตัวอย่าง",
        "นางสาวปวีณา แสงเดือน",
        "ประธานสภาเด็กและเยาวชน",
        "094-000-8302",
        "paweena.youth@example.com",
        "paweena.yc",
        (True, False, True),
        "ร่วมจัดกิจกรรมและผลิตคลิปสั้นเกี่ยวกับโรงเรียน",
        "2026-08-12",
        "2026-08-12 17:30",
    ),
    (
        NetworkKind.COMMUNITY,
        "ศูนย์การเรียนรู้ชุมชนบ้านควนลัง",
        "นายเจริญ รักถิ่น",
        "ประธานศูนย์",
        "089-000-8303",
        "charoen.khuanlang@example.com",
        "",
        (False, True, False),
        "เปิดศูนย์ให้โรงเรียนพานักเรียนมาเรียนรู้ภูมิปัญญาท้องถิ่น",
        "2026-08-20",
        "2026-08-20 10:00",
    ),
    (
        NetworkKind.BUSINESS,
        "หอการค้าจังหวัดตัวอย่าง",
        "นางสาวณัฐนันท์ ชัยชนะ",
        "ผู้จัดการหอการค้า",
        "0 7461 5522",
        "natthanan@chamber-tuayang.example.or.th",
        "",
        (True, False, False),
        "สนับสนุนทุนการศึกษาและรางวัลการประกวดของนักเรียน",
        "2026-09-01",
        "2026-09-01 11:00",
    ),
    (
        NetworkKind.BUSINESS,
        "สหกรณ์ออมทรัพย์ครูตัวอย่าง จำกัด",
        "นายประพันธ์ ศรีสมบูรณ์",
        "ผู้จัดการสหกรณ์",
        "0 7461 6600",
        "praphan@coop-kru.example.co.th",
        "coop.kru",
        (True, True, True),
        "ส่งข่าวถึงสมาชิกที่เป็นครูและร่วมสนับสนุนกิจกรรมวันครู",
        "2026-09-01",
        "2026-09-01 14:00",
    ),
    (
        NetworkKind.MEDIA,
        "เพจข่าวตัวอย่างวันนี้",
        "นายศุภชัย ดีประเสริฐ",
        "แอดมินเพจ",
        "096-000-7501",
        "admin@tuayang-today.example.com",
        "tuayangtoday",
        (True, False, True),
        "แชร์ข่าวของสำนักงานและโรงเรียนให้ผู้ติดตามในจังหวัด",
        "2026-09-10",
        "2026-09-10 20:00",
    ),
]

# Sent through the public survey form: four wait for the PR officer, one was declined.
# kind, organisation, contact, position, phone, e-mail, LINE, accepts, interests,
# submitted, status, decline reason
NETWORK_APPLICATIONS = [
    (
        NetworkKind.COMMUNITY,
        "กลุ่มอาสาสมัครสาธารณสุขประจำหมู่บ้าน ตำบลนาคำ",
        "นางสมใจ บุญมาก",
        "ประธาน อสม.",
        "085-000-8401",
        "somjai.osm@example.com",
        "somjai.osm",
        (False, True, True),
        "ช่วยประกาศข่าวการรับสมัครนักเรียนและกิจกรรมของโรงเรียนในหมู่บ้าน",
        "2026-11-12 19:45",
        NetworkApplication.Status.PENDING,
        "",
    ),
    (
        NetworkKind.MEDIA,
        "วิทยุชุมชนคลองใหญ่สัมพันธ์ FM 100.75",
        "นายธนวัฒน์ ชายทะเล",
        "ผู้จัดรายการ",
        "093-000-8402",
        "thanawat.radio@example.com",
        "",
        (True, False, True),
        "อ่านข่าวการศึกษาในรายการช่วงเช้าวันจันทร์ถึงศุกร์",
        "2026-11-16 08:20",
        NetworkApplication.Status.PENDING,
        "",
    ),
    (
        NetworkKind.LOCAL_GOVERNMENT,
        "องค์การบริหารส่วนตำบลเขาแก้ว",
        "นางสาวอัญชลี ภูผา",
        "นักประชาสัมพันธ์",
        "0 7466 2200",
        "anchalee@khaokaew-sao.example.go.th",
        "",
        (True, False, False),
        "ร่วมประชาสัมพันธ์กิจกรรมวันเด็กและการรับนักเรียน",
        "2026-11-18 10:05",
        NetworkApplication.Status.PENDING,
        "",
    ),
    (
        NetworkKind.COMMUNITY,
        "เครือข่ายศิษย์เก่าโรงเรียนบ้านทุ่งสว่าง",
        "นายณัฐวัฒน์ ทุ่งทอง",
        "ผู้ประสานงานเครือข่าย",
        "062-000-8404",
        "natthawat.alumni@example.com",
        "natthawat.tt",
        (True, False, True),
        "ระดมทุนซ่อมแซมอาคารเรียนและแชร์ข่าวโรงเรียนในกลุ่มศิษย์เก่า",
        "2026-11-20 21:30",
        NetworkApplication.Status.PENDING,
        "",
    ),
    (
        NetworkKind.BUSINESS,
        "ร้านโทรศัพท์มือถือสมาร์ตโฟนช็อป",
        "นายเอกชัย ค้าขายดี",
        "เจ้าของร้าน",
        "080-000-8405",
        "ekkachai.shop@example.com",
        "",
        (True, True, True),
        "ขอส่งโปรโมชันโทรศัพท์มือถือให้ครูและผู้ปกครองผ่านเครือข่าย",
        "2026-10-28 15:10",
        NetworkApplication.Status.DECLINED,
        "เป็นการขอใช้ช่องทางของเครือข่ายเพื่อโฆษณาสินค้า ซึ่งไม่ตรงกับวัตถุประสงค์ของ"
        "เครือข่ายประชาสัมพันธ์ที่มุ่งเผยแพร่ข่าวสารด้านการศึกษา",
    ),
]


# --- Appointment orders and their committees --------------------------------------------

OFFICE_NAME = content.OFFICE["name_th"]

NETWORK_ORDER = {
    "number": 295,
    "be_year": 2569,
    "date": "2026-08-20",
    "subject": f"แต่งตั้งคณะกรรมการเครือข่ายประชาสัมพันธ์{OFFICE_NAME}",
    "preamble": (
        f"ด้วย{OFFICE_NAME} มีภารกิจในการเผยแพร่ข้อมูลข่าวสาร ผลการดำเนินงาน "
        "และกิจกรรมของสำนักงานและสถานศึกษาในสังกัด ให้ครู ผู้ปกครอง ชุมชน "
        "และประชาชนทั่วไปได้รับทราบอย่างถูกต้อง รวดเร็ว และทั่วถึง "
        "เพื่อให้การประชาสัมพันธ์เป็นไปอย่างมีประสิทธิภาพและทุกภาคส่วนมีส่วนร่วม\n\n"
        "อาศัยอำนาจตามความในมาตรา 37 แห่งพระราชบัญญัติระเบียบบริหารราชการ"
        "กระทรวงศึกษาธิการ พ.ศ. 2546 และที่แก้ไขเพิ่มเติม "
        "จึงแต่งตั้งคณะกรรมการเครือข่ายประชาสัมพันธ์ ประกอบด้วย"
    ),
    "closing": (
        "ให้คณะกรรมการที่ได้รับการแต่งตั้งปฏิบัติหน้าที่ด้วยความรับผิดชอบ "
        "เพื่อให้เกิดประโยชน์สูงสุดต่อทางราชการ\n\nทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"
    ),
}
NETWORK_COMMITTEE = {
    "name": "คณะกรรมการเครือข่ายประชาสัมพันธ์ สพป.ตัวอย่าง เขต 1",
    "duties": (
        "1. เก็บรวบรวมข้อมูลและผลงานของสถานศึกษาและสำนักงานเขตพื้นที่การศึกษา "
        "เพื่อการประชาสัมพันธ์\n"
        "2. วิเคราะห์และสรุปประเด็นข่าวสาร ผลงาน และเหตุการณ์สำคัญ "
        "เพื่อการประชาสัมพันธ์เชิงรุก\n"
        "3. เป็นสื่อกลางสร้างความเข้าใจระหว่างหน่วยงานกับประชาชน\n"
        "4. สร้างความสัมพันธ์อันดีและส่งเสริมให้ทุกภาคส่วนมีส่วนร่วมสนับสนุนการจัดการศึกษา\n"
        "5. แจ้งกิจกรรมของสถานศึกษาและของกลุ่มให้นักประชาสัมพันธ์ทราบล่วงหน้าอย่างน้อย 3 วัน"
    ),
}
# Two staff of each department sit on the committee (fewer where a department has
# fewer); the PR officer is its secretary and the Director's Office web editor assists.
NETWORK_COMMITTEE_STAFF = [
    "natthida",
    "uraiwan",
    "phimchanok",
    "phongsakon",
    "kittisak",
    "yuphadi",
    "pakon",
    "thanakon",
    "chiraphon",
    "rattanaphon",
    "thawatchai",
    "onuma",
    "nattaphon",
    "chanida",
    "wilaiwan",
]

WEB_EDITORS_ORDER = {
    "number": 62,
    "be_year": 2569,
    "date": "2026-04-21",
    "subject": f"แต่งตั้งเจ้าหน้าที่ผู้ดูแลเว็บไซต์ประจำกลุ่ม{OFFICE_NAME}",
    "preamble": (
        f"ด้วย{OFFICE_NAME} ได้ปรับปรุงเว็บไซต์ของสำนักงาน "
        "เพื่อให้ข้อมูลบนเว็บไซต์ถูกต้อง ทันสมัย และเป็นประโยชน์ต่อผู้เข้าชม "
        "ตลอดจนเผยแพร่ข่าวสารและผลการดำเนินงานตามภารกิจของทุกกลุ่มผ่านช่องทางออนไลน์"
        "อย่างต่อเนื่อง จึงเห็นสมควรให้แต่ละกลุ่มมีเจ้าหน้าที่รับผิดชอบดูแลเว็บไซต์ประจำกลุ่ม\n\n"
        "อาศัยอำนาจตามความในมาตรา 37 แห่งพระราชบัญญัติระเบียบบริหารราชการ"
        "กระทรวงศึกษาธิการ พ.ศ. 2546 และที่แก้ไขเพิ่มเติม จึงแต่งตั้งบุคคลต่อไปนี้"
    ),
    "closing": (
        "ให้ผู้ที่ได้รับแต่งตั้งปฏิบัติหน้าที่ที่ได้รับมอบหมายโดยคำนึงถึงประโยชน์ของทางราชการ "
        "หากมีปัญหาหรืออุปสรรคให้รายงานผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาทราบ\n\n"
        "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"
    ),
}
WEB_EDITORS_COMMITTEE = {
    "name": "คณะทำงานดูแลเว็บไซต์ประจำกลุ่ม สพป.ตัวอย่าง เขต 1",
    "duties": (
        "ปรับปรุงข้อมูล เผยแพร่ข่าวสารและกิจกรรมของกลุ่มบนเว็บไซต์ให้เป็นปัจจุบันอยู่เสมอ "
        "เสนอขออนุญาตเผยแพร่ตามขั้นตอน รายงานผลการปรับปรุงข้อมูลของกลุ่ม "
        "และประสานงานด้านอื่นที่เกี่ยวข้องกับเว็บไซต์ตามที่ได้รับมอบหมาย"
    ),
    "adviser_duties": ("ควบคุม กำกับ ดูแล ให้คำปรึกษา และช่วยแก้ไขปัญหาในการพัฒนาเว็บไซต์ของสำนักงาน"),
    "member_duties": "ดูแลเว็บไซต์และเผยแพร่ข่าวสารของ{department}",
}


# --- Recipient groups -------------------------------------------------------------------

RECIPIENT_GROUPS = [
    {
        "name": "ผู้อำนวยการโรงเรียนทุกแห่ง",
        "description": "ผู้อำนวยการโรงเรียนในสังกัดทุกแห่ง สำหรับหนังสือแจ้งและข่าวด่วน",
        "rules": [{"source": RecipientSource.SCHOOL_DIRECTORS}],
    },
    {
        "name": "สื่อมวลชนจังหวัด",
        "description": "สื่อมวลชนทุกแขนงในทะเบียนสื่อมวลชนของจังหวัดตัวอย่าง สำหรับข่าวแจก",
        "rules": [{"source": RecipientSource.MEDIA, "province": PROVINCE}],
    },
    {
        "name": "เครือข่ายภายนอกที่รับข่าวทางอีเมล",
        "description": "หน่วยงาน ท้องถิ่น ชุมชน และภาคเอกชนในเครือข่ายที่ขอรับข่าวทางอีเมล",
        "rules": [{"source": RecipientSource.NETWORK, "network_scope": NetworkScope.EXTERNAL}],
    },
]


# --- Loader -----------------------------------------------------------------------------


def _moment(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text).replace(tzinfo=timezone.get_current_timezone())


def _staff_contact(person) -> dict:
    return {
        "contact_name": person.full_name,
        "position": person.position,
        "phone": person.phone_mobile,
        "email": person.email,
    }


def _schools_load(office) -> tuple[dict, int]:
    clusters = {}
    for order, (name, *_rest) in enumerate(CLUSTERS, start=1):
        clusters[name], _created = SchoolCluster.objects.get_or_create(
            office=office, name=name, defaults={"sort_order": order}
        )
    existing = {s.code: s for s in School.objects.filter(office=office)}
    created = 0
    for data in SCHOOLS:
        if data["code"] in existing:
            continue
        fields = {**data, "cluster": clusters[data["cluster"]]}
        existing[data["code"]] = School.objects.create(office=office, **fields)
        created += 1
    return existing, created


def _media_load(office) -> int:
    existing = set(MediaContact.objects.filter(office=office).values_list("email", flat=True))
    created = 0
    for row in MEDIA:
        kind, outlet, contact, position, phone, email, line_id, province, coverage, consent = row
        if email in existing:
            continue
        MediaContact.objects.create(
            office=office,
            outlet=outlet,
            kind=kind,
            contact_name=contact,
            position=position,
            phone=phone,
            email=email,
            line_id=line_id,
            province=province,
            coverage=coverage,
            pdpa_purpose=PURPOSE_MEDIA,
            pdpa_legal_basis=LegalBasis.CONSENT,
            pdpa_consent_at=_moment(consent),
        )
        created += 1
    return created


def _network_load(office, schools: dict, people: dict) -> int:
    existing = set(NetworkMember.objects.filter(office=office).values_list("email", flat=True))
    rows = []
    for code, contact, position, phone, email, line_id, accepts, joined in NETWORK_SCHOOLS:
        school = schools[code]
        rows.append(
            {
                "kind": NetworkKind.SCHOOL,
                "organisation": school.name,
                "school": school,
                "contact_name": contact,
                "position": position,
                "phone": phone,
                "email": email,
                "line_id": line_id,
                "address": school.address,
                "accepts": accepts,
                "interests": "ส่งข่าวกิจกรรมและผลงานของโรงเรียนให้สำนักงานเผยแพร่",
                "joined_on": joined,
                "pdpa_purpose": PURPOSE_SCHOOL,
                "pdpa_legal_basis": LegalBasis.PUBLIC_TASK,
            }
        )
    for key, accepts in NETWORK_STAFF:
        person = people[key]
        rows.append(
            {
                "kind": NetworkKind.STAFF,
                "organisation": person.department.name if person.department_id else OFFICE_NAME,
                "person": person,
                **_staff_contact(person),
                "accepts": accepts,
                "interests": "ส่งต่อข่าวของสำนักงานในกลุ่มไลน์ของกลุ่มงานและเครือข่ายครู",
                "joined_on": "2026-06-01",
                "pdpa_purpose": PURPOSE_STAFF,
                "pdpa_legal_basis": LegalBasis.PUBLIC_TASK,
            }
        )
    for row in NETWORK_EXTERNAL:
        kind, organisation, contact, position, phone, email, line_id = row[:7]
        accepts, interests, joined, consent = row[7:]
        rows.append(
            {
                "kind": kind,
                "organisation": organisation,
                "contact_name": contact,
                "position": position,
                "phone": phone,
                "email": email,
                "line_id": line_id,
                "accepts": accepts,
                "interests": interests,
                "joined_on": joined,
                "pdpa_purpose": PURPOSE_NETWORK,
                "pdpa_legal_basis": LegalBasis.CONSENT,
                "pdpa_consent_at": _moment(consent),
            }
        )
    created = 0
    for row in rows:
        if row["email"] in existing:
            continue
        accepts_email, accepts_sms, accepts_line = row.pop("accepts")
        row["joined_on"] = datetime.date.fromisoformat(row["joined_on"])
        NetworkMember.objects.create(
            office=office,
            accepts_email=accepts_email,
            accepts_sms=accepts_sms,
            accepts_line=accepts_line,
            **row,
        )
        created += 1
    return created


def _applications_load(office, users: dict) -> int:
    existing = set(NetworkApplication.objects.filter(office=office).values_list("email", flat=True))
    reviewer = users.get(next(u["staff_key"] for u in content.DEMO_USERS if u["username"] == "pr"))
    created = 0
    for row in NETWORK_APPLICATIONS:
        kind, organisation, contact, position, phone, email, line_id = row[:7]
        accepts, interests, submitted, status, reason = row[7:]
        if email in existing:
            continue
        decided = status != NetworkApplication.Status.PENDING
        application = NetworkApplication.objects.create(
            office=office,
            kind=kind,
            organisation=organisation,
            contact_name=contact,
            position=position,
            phone=phone,
            email=email,
            line_id=line_id,
            accepts_email=accepts[0],
            accepts_sms=accepts[1],
            accepts_line=accepts[2],
            interests=interests,
            status=status,
            decline_reason=reason,
            decided_by=reviewer if decided else None,
            decided_at=_moment(submitted) + datetime.timedelta(days=2) if decided else None,
            pdpa_purpose=PURPOSE_NETWORK,
            pdpa_legal_basis=LegalBasis.CONSENT,
            pdpa_consent_at=_moment(submitted),
        )
        # submitted_at is set on creation; the demo backdates it to when it was "sent".
        NetworkApplication.objects.filter(pk=application.pk).update(submitted_at=_moment(submitted))
        created += 1
    return created


def _staff_seat(person, role: str, duties: str = "") -> CommitteeMember:
    return CommitteeMember(
        role=role,
        person=person,
        duties=duties,
        pdpa_purpose=PURPOSE_STAFF,
        pdpa_legal_basis=LegalBasis.PUBLIC_TASK,
    )


def _keys_of_role(role: str) -> list[str]:
    return [s["key"] for s in content.STAFF if s["role"] == role]


def _network_committee_seats(people: dict, schools: dict) -> list[CommitteeMember]:
    seats = [
        _staff_seat(people[key], CommitteeRole.CHAIR) for key in _keys_of_role("area_director")
    ]
    seats += [
        _staff_seat(people[key], CommitteeRole.VICE_CHAIR)
        for key in _keys_of_role("deputy_director")
    ]
    seats += [
        _staff_seat(people[key], CommitteeRole.MEMBER)
        for key in _keys_of_role("department_director")
    ]
    for cluster, _district, _postcode, _names in CLUSTERS:
        lead = next(s for s in SCHOOLS if s["cluster"] == cluster)
        seats.append(
            CommitteeMember(
                role=CommitteeRole.MEMBER,
                school=schools[lead["code"]],
                name=lead["director_name"],
                position=f"ผู้อำนวยการ{lead['name']} ประธาน{cluster}",
                phone=lead["director_phone"],
                pdpa_purpose=PURPOSE_SCHOOL,
                pdpa_legal_basis=LegalBasis.PUBLIC_TASK,
            )
        )
    seats += [_staff_seat(people[key], CommitteeRole.MEMBER) for key in NETWORK_COMMITTEE_STAFF]
    seats += [
        _staff_seat(people[key], CommitteeRole.MEMBER_SECRETARY)
        for key in _keys_of_role("pr_officer")
    ]
    seats.append(_staff_seat(people["suphaphon"], CommitteeRole.ASSISTANT_SECRETARY))
    return seats


def _web_editors_seats(people: dict) -> list[CommitteeMember]:
    data = WEB_EDITORS_COMMITTEE
    seats = [
        _staff_seat(people[key], CommitteeRole.ADVISER, data["adviser_duties"])
        for key in _keys_of_role("area_director")
    ]
    ict_director = next(
        s["key"]
        for s in content.STAFF
        if s["role"] == "department_director" and s["department"] == "ict"
    )
    seats.append(_staff_seat(people[ict_director], CommitteeRole.CHAIR, data["adviser_duties"]))
    for key in _keys_of_role("web_editor"):
        person = people[key]
        duties = data["member_duties"].format(department=person.department.name)
        seats.append(_staff_seat(person, CommitteeRole.MEMBER, duties))
    seats += [
        _staff_seat(people[key], CommitteeRole.MEMBER_SECRETARY)
        for key in _keys_of_role("pr_officer")
    ]
    return seats


def _order_load(office, signer, order_data: dict, committee_data: dict, seats) -> tuple[int, int]:
    """The order and the committee it appoints; returns how many of each were created."""
    order, order_created = Order.objects.get_or_create(
        office=office,
        be_year=order_data["be_year"],
        number=order_data["number"],
        defaults={
            "date": datetime.date.fromisoformat(order_data["date"]),
            "subject": order_data["subject"],
            "preamble": order_data["preamble"],
            "closing": order_data["closing"],
            "signer_name": signer.full_name,
            "signer_position": signer.position,
        },
    )
    if Committee.objects.filter(office=office, order=order).exists():
        return int(order_created), 0
    committee = Committee(
        office=office, name=committee_data["name"], order=order, duties=committee_data["duties"]
    )
    for position, seat in enumerate(seats):
        seat.sort_order = position
    committee.members = seats
    committee.save()
    return int(order_created), 1


def _recipient_groups_load(office) -> int:
    created = 0
    for data in RECIPIENT_GROUPS:
        if RecipientGroup.objects.filter(office=office, name=data["name"]).exists():
            continue
        group = RecipientGroup(office=office, name=data["name"], description=data["description"])
        group.rules = [RecipientRule(sort_order=i, **rule) for i, rule in enumerate(data["rules"])]
        group.save()
        created += 1
    return created


def demo_registries_load(*, office, people: dict, users: dict) -> dict[str, int]:
    """Fill the office's registries with the demo data; returns how many of each it created."""
    schools, schools_created = _schools_load(office)
    signer = people[_keys_of_role("area_director")[0]]
    network_order = _order_load(
        office,
        signer,
        NETWORK_ORDER,
        NETWORK_COMMITTEE,
        _network_committee_seats(people, schools),
    )
    web_editors_order = _order_load(
        office, signer, WEB_EDITORS_ORDER, WEB_EDITORS_COMMITTEE, _web_editors_seats(people)
    )
    return {
        "schools": schools_created,
        "media": _media_load(office),
        "network_members": _network_load(office, schools, people),
        "network_applications": _applications_load(office, users),
        "orders": network_order[0] + web_editors_order[0],
        "committees": network_order[1] + web_editors_order[1],
        "recipient_groups": _recipient_groups_load(office),
    }
