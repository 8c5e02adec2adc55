"""Demo data for a fictional area office: สพป.ตัวอย่าง เขต 1 in the fictional จังหวัดตัวอย่าง.

Plain data, no Django: the loader (services.py) turns it into pages, people and users.
Every person, school and number here is invented. Dates in the prose are Buddhist Era;
`published` and activity dates are Christian Era, Bangkok time. "Today" for the demo is
21 November 2026 (21 พฤศจิกายน 2569), early in fiscal year 2570.
"""

OFFICE = {
    "name_th": "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1",
    "name_en": "Tuayang Primary Educational Service Area Office 1",
    "short_name_th": "สพป.ตัวอย่าง เขต 1",
    "short_name_en": "Tuayang PESAO 1",
    "address_th": "เลขที่ 99 หมู่ที่ 4 ถนนศึกษาพัฒนา ตำบลในเมือง อำเภอเมืองตัวอย่าง จังหวัดตัวอย่าง 99000",
    "phone": "0 7400 0000",
    "fax": "0 7400 0099",
    "email": "saraban@tuayang1.example.go.th",
    "website": "https://www.tuayang1.example.go.th",
    "facebook_url": "https://facebook.example.com/tuayang1",
    "line_url": "https://line.example.com/@tuayang1",
    "youtube_url": "https://youtube.example.com/@tuayang1",
    "document_code": "ศธ 04999",
    "external_systems": [
        ("ระบบสำนักงานอิเล็กทรอนิกส์ (MyOffice)", "https://example.go.th/myoffice/tuayang1"),
        ("ระบบข้อมูลเงินเดือน (e-Money)", "https://example.go.th/emoney/tuayang1"),
        ("ระบบนิเทศออนไลน์ (e-Supervision)", "https://example.go.th/esupervision/tuayang1"),
        ("ระบบ e-Office สพฐ.", "https://example.go.th/obec/e-office"),
        ("ระบบจัดเก็บข้อมูลนักเรียนรายบุคคล (DMC)", "https://example.go.th/obec/dmc"),
        ("ระบบสารสนเทศเพื่อการบริหารการศึกษา (EMIS)", "https://example.go.th/obec/emis"),
    ],
}


DEPARTMENTS = [
    {
        "key": "director_office",
        "name_th": "กลุ่มอำนวยการ",
        "short_name_th": "อำนวยการ",
        "name_en": "Director's Office",
        "description_th": (
            "ดูแลงานธุรการ สารบรรณ อาคารสถานที่ ยานพาหนะ และการประสานงานทั่วไปของสำนักงาน "
            "รวมทั้งงานประชาสัมพันธ์และเครือข่ายประชาสัมพันธ์ทั้งภายในและภายนอกองค์กร "
            "เป็นหน่วยกลางที่เชื่อมการทำงานของทุกกลุ่มให้เป็นไปอย่างราบรื่น"
        ),
    },
    {
        "key": "finance",
        "name_th": "กลุ่มบริหารงานการเงินและสินทรัพย์",
        "short_name_th": "การเงินและสินทรัพย์",
        "name_en": "Finance and Assets Management Group",
        "description_th": (
            "บริหารงบประมาณ การเบิกจ่าย การบัญชี และการพัสดุของสำนักงานและสถานศึกษาในสังกัด "
            "ให้ถูกต้องตามระเบียบ โปร่งใส และตรวจสอบได้ ดำเนินการจัดซื้อจัดจ้าง "
            "และเผยแพร่แผนและผลการจัดซื้อจัดจ้างต่อสาธารณะ"
        ),
    },
    {
        "key": "personnel",
        "name_th": "กลุ่มบริหารงานบุคคล",
        "short_name_th": "บริหารงานบุคคล",
        "name_en": "Personnel Administration Group",
        "description_th": (
            "ดำเนินการวางแผนอัตรากำลัง การสรรหาและบรรจุแต่งตั้ง การย้าย การเลื่อนเงินเดือน "
            "วิทยฐานะ และทะเบียนประวัติของข้าราชการครูและบุคลากรทางการศึกษา "
            "และทำหน้าที่ฝ่ายเลขานุการของ อ.ก.ค.ศ.เขตพื้นที่การศึกษา"
        ),
    },
    {
        "key": "teacher_dev",
        "name_th": "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา",
        "short_name_th": "พัฒนาครูฯ",
        "name_en": "Teacher and Educational Personnel Development Group",
        "description_th": (
            "วางแผนและส่งเสริมการพัฒนาครู ผู้บริหารสถานศึกษา และบุคลากรทางการศึกษา "
            "ให้มีสมรรถนะตามมาตรฐานวิชาชีพ ดูแลการเตรียมความพร้อมและพัฒนาอย่างเข้มของครูผู้ช่วย "
            "การยกย่องเชิดชูเกียรติ และการส่งเสริมจรรยาบรรณวิชาชีพ"
        ),
    },
    {
        "key": "supervision",
        "name_th": "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา",
        "short_name_th": "นิเทศฯ",
        "name_en": "Educational Supervision, Monitoring and Evaluation Group",
        "description_th": (
            "นิเทศ ติดตาม และประเมินผลการจัดการศึกษาของสถานศึกษา พัฒนาหลักสูตร กระบวนการเรียนรู้ "
            "และการวัดและประเมินผล ดำเนินการทดสอบระดับชาติ "
            "และใช้ผลสัมฤทธิ์ทางการเรียนวางแผนยกระดับคุณภาพผู้เรียน"
        ),
    },
    {
        "key": "promotion",
        "name_th": "กลุ่มส่งเสริมการจัดการศึกษา",
        "short_name_th": "ส่งเสริมการจัดการศึกษา",
        "name_en": "Educational Promotion Group",
        "description_th": (
            "ส่งเสริมให้เด็กทุกคนได้รับการศึกษาอย่างทั่วถึงและมีคุณภาพ ดูแลการรับนักเรียน "
            "กิจการนักเรียน ระบบดูแลช่วยเหลือนักเรียน ความปลอดภัย "
            "และการป้องกันยาเสพติดในสถานศึกษา ตลอดจนประสานความร่วมมือกับครอบครัว ชุมชน "
            "และภาคีเครือข่าย"
        ),
    },
    {
        "key": "policy",
        "name_th": "กลุ่มนโยบายและแผน",
        "short_name_th": "นโยบายและแผน",
        "name_en": "Policy and Planning Group",
        "description_th": (
            "จัดทำแผนพัฒนาการศึกษา แผนปฏิบัติการประจำปี และคำของบประมาณของสำนักงาน "
            "วิเคราะห์ข้อมูลสารสนเทศทางการศึกษาเพื่อการวางแผน และติดตาม ประเมินผล "
            "และรายงานผลการดำเนินงานตามแผนต่อผู้บริหารและสาธารณะ"
        ),
    },
    {
        "key": "ict",
        "name_th": "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร",
        "short_name_th": "ส่งเสริมการศึกษาทางไกลฯ",
        "name_en": "Distance Education and Information and Communication Technology Group",
        "description_th": (
            "พัฒนาและดูแลระบบเครือข่าย เว็บไซต์ และระบบสารสนเทศของสำนักงาน "
            "ส่งเสริมการใช้เทคโนโลยีดิจิทัลและการศึกษาทางไกลในสถานศึกษา "
            "และกำกับการรายงานข้อมูลนักเรียนรายบุคคลให้ถูกต้องและทันเวลา"
        ),
    },
    {
        "key": "legal",
        "name_th": "กลุ่มกฎหมายและคดี",
        "short_name_th": "กฎหมายและคดี",
        "name_en": "Legal Affairs Group",
        "description_th": (
            "ให้คำปรึกษาด้านกฎหมาย ดำเนินการเรื่องวินัย ความรับผิดทางละเมิด "
            "และคดีของหน่วยงานและบุคลากรในสังกัด รับและจัดการเรื่องร้องเรียน "
            "ส่งเสริมคุณธรรมและความโปร่งใส และการคุ้มครองข้อมูลส่วนบุคคลในสถานศึกษา"
        ),
    },
    {
        "key": "audit",
        "name_th": "หน่วยตรวจสอบภายใน",
        "short_name_th": "ตรวจสอบภายใน",
        "name_en": "Internal Audit Unit",
        "description_th": (
            "ตรวจสอบการเงิน การบัญชี การพัสดุ "
            "และการดำเนินงานของสำนักงานและสถานศึกษาในสังกัดอย่างเป็นอิสระ "
            "ให้คำปรึกษาเพื่อป้องกันความผิดพลาดก่อนเกิดความเสียหาย "
            "และสอบทานระบบการควบคุมภายในและการบริหารความเสี่ยง"
        ),
    },
]


STAFF = [
    # Executives sit above the departments.
    {
        "key": "thirawat",
        "title": "ดร.",
        "first_name": "ธีรวัฒน์",
        "last_name": "พงษ์ไพบูลย์",
        "first_name_en": "Thirawat",
        "last_name_en": "Phongphaibun",
        "position": "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1",
        "department": None,
        "role": "area_director",
        "phone_office": "0 7400 0001 ต่อ 101",
        "phone_mobile": "0810004101",
        "email": "thirawat.p@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 101,
    },
    {
        "key": "wannapha",
        "title": "นาง",
        "first_name": "วรรณภา",
        "last_name": "ทองประเสริฐ",
        "first_name_en": "Wannapha",
        "last_name_en": "Thongprasoet",
        "position": "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1",
        "department": None,
        "role": "deputy_director",
        "phone_office": "0 7400 0001 ต่อ 102",
        "phone_mobile": "0890004102",
        "email": "wannapha.t@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 102,
    },
    {
        "key": "chayaphon",
        "title": "นาย",
        "first_name": "ชยพล",
        "last_name": "แก้วมณีรัตน์",
        "first_name_en": "Chayaphon",
        "last_name_en": "Kaeomanirat",
        "position": "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1",
        "department": None,
        "role": "deputy_director",
        "phone_office": "0 7400 0001 ต่อ 103",
        "phone_mobile": "0920004103",
        "email": "chayaphon.k@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 103,
    },
    # กลุ่มอำนวยการ
    {
        "key": "kamonwan",
        "title": "นางสาว",
        "first_name": "กมลวรรณ",
        "last_name": "ศรีนวลจันทร์",
        "first_name_en": "Kamonwan",
        "last_name_en": "Sinuanchan",
        "position": "ผู้อำนวยการกลุ่มอำนวยการ",
        "department": "director_office",
        "role": "department_director",
        "phone_office": "0 7400 0001 ต่อ 111",
        "phone_mobile": "0860004111",
        "email": "kamonwan.s@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 104,
    },
    {
        "key": "piyanut",
        "title": "นางสาว",
        "first_name": "ปิยะนุช",
        "last_name": "แสงอรุณ",
        "first_name_en": "Piyanut",
        "last_name_en": "Saeng-arun",
        "position": "นักประชาสัมพันธ์ชำนาญการ",
        "department": "director_office",
        "role": "pr_officer",
        "phone_office": "0 7400 0001 ต่อ 112",
        "phone_mobile": "0630004112",
        "email": "piyanut.s@tuayang1.example.go.th",
        "show_phone_mobile": True,
        "show_email": True,
        "photo_seed": 105,
    },
    {
        "key": "suphaphon",
        "title": "นาง",
        "first_name": "สุภาพร",
        "last_name": "เรืองศรี",
        "first_name_en": "Suphaphon",
        "last_name_en": "Rueangsi",
        "position": "นักจัดการงานทั่วไปชำนาญการ",
        "department": "director_office",
        "role": "web_editor",
        "phone_office": "0 7400 0001 ต่อ 113",
        "phone_mobile": "0950004113",
        "email": "suphaphon.r@tuayang1.example.go.th",
        "show_phone_mobile": True,
        "show_email": True,
        "photo_seed": 106,
    },
    {
        "key": "sutthiphong",
        "title": "นาย",
        "first_name": "สุทธิพงษ์",
        "last_name": "ปานทอง",
        "first_name_en": "Sutthiphong",
        "last_name_en": "Panthong",
        "position": "เจ้าพนักงานธุรการชำนาญงาน",
        "department": "director_office",
        "role": "staff",
        "phone_office": "0 7400 0001 ต่อ 114",
        "phone_mobile": "0810004114",
        "email": "sutthiphong.p@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": False,
        "photo_seed": 107,
    },
    # กลุ่มบริหารงานการเงินและสินทรัพย์
    {
        "key": "phonthip",
        "title": "นาง",
        "first_name": "พรทิพย์",
        "last_name": "บุญยืนยง",
        "first_name_en": "Phonthip",
        "last_name_en": "Bunyuenyong",
        "position": "ผู้อำนวยการกลุ่มบริหารงานการเงินและสินทรัพย์",
        "department": "finance",
        "role": "department_director",
        "phone_office": "0 7400 0001 ต่อ 121",
        "phone_mobile": "0890004121",
        "email": "phonthip.b@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 108,
    },
    {
        "key": "natthida",
        "title": "นางสาว",
        "first_name": "ณัฐธิดา",
        "last_name": "ทองสุข",
        "first_name_en": "Natthida",
        "last_name_en": "Thongsuk",
        "position": "นักวิชาการเงินและบัญชีชำนาญการ",
        "department": "finance",
        "role": "web_editor",
        "phone_office": "0 7400 0001 ต่อ 122",
        "phone_mobile": "0980004122",
        "email": "natthida.t@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 109,
    },
    {
        "key": "uraiwan",
        "title": "นาง",
        "first_name": "อุไรวรรณ",
        "last_name": "สุขประเสริฐ",
        "first_name_en": "Uraiwan",
        "last_name_en": "Sukprasoet",
        "position": "นักวิชาการพัสดุชำนาญการ",
        "department": "finance",
        "role": "staff",
        "phone_office": "0 7400 0001 ต่อ 123",
        "phone_mobile": "0810004123",
        "email": "uraiwan.s@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 110,
    },
    # กลุ่มบริหารงานบุคคล
    {
        "key": "surachet",
        "title": "นาย",
        "first_name": "สุรเชษฐ์",
        "last_name": "อินทร์แก้ว",
        "first_name_en": "Surachet",
        "last_name_en": "Inkaeo",
        "position": "ผู้อำนวยการกลุ่มบริหารงานบุคคล",
        "department": "personnel",
        "role": "department_director",
        "phone_office": "0 7400 0001 ต่อ 131",
        "phone_mobile": "0850004131",
        "email": "surachet.i@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 111,
    },
    {
        "key": "phimchanok",
        "title": "นางสาว",
        "first_name": "พิมพ์ชนก",
        "last_name": "วิเศษศักดิ์",
        "first_name_en": "Phimchanok",
        "last_name_en": "Wisetsak",
        "position": "นักทรัพยากรบุคคลชำนาญการ",
        "department": "personnel",
        "role": "web_editor",
        "phone_office": "0 7400 0001 ต่อ 132",
        "phone_mobile": "0610004132",
        "email": "phimchanok.w@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 112,
    },
    {
        "key": "phongsakon",
        "title": "นาย",
        "first_name": "พงศกร",
        "last_name": "มณีโชติ",
        "first_name_en": "Phongsakon",
        "last_name_en": "Manichot",
        "position": "นักทรัพยากรบุคคลปฏิบัติการ",
        "department": "personnel",
        "role": "staff",
        "phone_office": "0 7400 0001 ต่อ 133",
        "phone_mobile": "0930004133",
        "email": "phongsakon.m@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 113,
    },
    # กลุ่มพัฒนาครูและบุคลากรทางการศึกษา
    {
        "key": "chanphen",
        "title": "นาง",
        "first_name": "จันทร์เพ็ญ",
        "last_name": "รักษ์ธรรม",
        "first_name_en": "Chanphen",
        "last_name_en": "Raktham",
        "position": "ผู้อำนวยการกลุ่มพัฒนาครูและบุคลากรทางการศึกษา",
        "department": "teacher_dev",
        "role": "department_director",
        "phone_office": "0 7400 0001 ต่อ 141",
        "phone_mobile": "0870004141",
        "email": "chanphen.r@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 114,
    },
    {
        "key": "kittisak",
        "title": "นาย",
        "first_name": "กิตติศักดิ์",
        "last_name": "บุญมา",
        "first_name_en": "Kittisak",
        "last_name_en": "Bunma",
        "position": "นักทรัพยากรบุคคลชำนาญการ",
        "department": "teacher_dev",
        "role": "web_editor",
        "phone_office": "0 7400 0001 ต่อ 142",
        "phone_mobile": "0960004142",
        "email": "kittisak.b@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 115,
    },
    # กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา
    {
        "key": "aruni",
        "title": "ดร.",
        "first_name": "อรุณี",
        "last_name": "วงศ์สวัสดิ์",
        "first_name_en": "Aruni",
        "last_name_en": "Wongsawat",
        "position": "ผู้อำนวยการกลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา",
        "department": "supervision",
        "role": "department_director",
        "phone_office": "0 7400 0001 ต่อ 151",
        "phone_mobile": "0880004151",
        "email": "aruni.w@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 116,
    },
    {
        "key": "yuphadi",
        "title": "นาง",
        "first_name": "ยุพดี",
        "last_name": "จันทร์หอม",
        "first_name_en": "Yuphadi",
        "last_name_en": "Chanhom",
        "position": "ศึกษานิเทศก์ชำนาญการพิเศษ",
        "department": "supervision",
        "role": "web_editor",
        "phone_office": "0 7400 0001 ต่อ 152",
        "phone_mobile": "0640004152",
        "email": "yuphadi.c@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 117,
    },
    {
        "key": "pakon",
        "title": "นาย",
        "first_name": "ปกรณ์",
        "last_name": "หอมจันทร์",
        "first_name_en": "Pakon",
        "last_name_en": "Homchan",
        "position": "ศึกษานิเทศก์ชำนาญการพิเศษ",
        "department": "supervision",
        "role": "staff",
        "phone_office": "0 7400 0001 ต่อ 153",
        "phone_mobile": "0820004153",
        "email": "pakon.h@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 118,
    },
    {
        "key": "waraphon",
        "title": "นางสาว",
        "first_name": "วราภรณ์",
        "last_name": "ดวงแก้ว",
        "first_name_en": "Waraphon",
        "last_name_en": "Duangkaeo",
        "position": "ศึกษานิเทศก์ชำนาญการ",
        "department": "supervision",
        "role": "staff",
        "phone_office": "0 7400 0001 ต่อ 154",
        "phone_mobile": "0910004154",
        "email": "waraphon.d@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 119,
    },
    # กลุ่มส่งเสริมการจัดการศึกษา
    {
        "key": "wiraphong",
        "title": "นาย",
        "first_name": "วีระพงษ์",
        "last_name": "ชูช่วย",
        "first_name_en": "Wiraphong",
        "last_name_en": "Chuchuai",
        "position": "ผู้อำนวยการกลุ่มส่งเสริมการจัดการศึกษา",
        "department": "promotion",
        "role": "department_director",
        "phone_office": "0 7400 0001 ต่อ 161",
        "phone_mobile": "0840004161",
        "email": "wiraphong.c@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 120,
    },
    {
        "key": "thanakon",
        "title": "นาย",
        "first_name": "ธนากร",
        "last_name": "สายทอง",
        "first_name_en": "Thanakon",
        "last_name_en": "Saithong",
        "position": "นักวิชาการศึกษาชำนาญการ",
        "department": "promotion",
        "role": "web_editor",
        "phone_office": "0 7400 0001 ต่อ 162",
        "phone_mobile": "0970004162",
        "email": "thanakon.s@tuayang1.example.go.th",
        "show_phone_mobile": True,
        "show_email": True,
        "photo_seed": 121,
    },
    {
        "key": "chiraphon",
        "title": "นางสาว",
        "first_name": "จิราพร",
        "last_name": "คงสวัสดิ์",
        "first_name_en": "Chiraphon",
        "last_name_en": "Khongsawat",
        "position": "นักวิชาการศึกษาปฏิบัติการ",
        "department": "promotion",
        "role": "staff",
        "phone_office": "0 7400 0001 ต่อ 163",
        "phone_mobile": "0620004163",
        "email": "chiraphon.k@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 122,
    },
    # กลุ่มนโยบายและแผน
    {
        "key": "siriphon",
        "title": "นางสาว",
        "first_name": "ศิริพร",
        "last_name": "เพชรรัตน์",
        "first_name_en": "Siriphon",
        "last_name_en": "Phetcharat",
        "position": "ผู้อำนวยการกลุ่มนโยบายและแผน",
        "department": "policy",
        "role": "department_director",
        "phone_office": "0 7400 0001 ต่อ 171",
        "phone_mobile": "0830004171",
        "email": "siriphon.p@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 123,
    },
    {
        "key": "rattanaphon",
        "title": "นางสาว",
        "first_name": "รัตนาภรณ์",
        "last_name": "ขำคม",
        "first_name_en": "Rattanaphon",
        "last_name_en": "Khamkhom",
        "position": "นักวิเคราะห์นโยบายและแผนชำนาญการ",
        "department": "policy",
        "role": "web_editor",
        "phone_office": "0 7400 0001 ต่อ 172",
        "phone_mobile": "0940004172",
        "email": "rattanaphon.k@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 124,
    },
    {
        "key": "thawatchai",
        "title": "นาย",
        "first_name": "ธวัชชัย",
        "last_name": "รุ่งเรือง",
        "first_name_en": "Thawatchai",
        "last_name_en": "Rungrueang",
        "position": "นักวิเคราะห์นโยบายและแผนปฏิบัติการ",
        "department": "policy",
        "role": "staff",
        "phone_office": "0 7400 0001 ต่อ 173",
        "phone_mobile": "0650004173",
        "email": "thawatchai.r@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": False,
        "photo_seed": 125,
    },
    # กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร
    {
        "key": "anucha",
        "title": "นาย",
        "first_name": "อนุชา",
        "last_name": "ศรีทองคำ",
        "first_name_en": "Anucha",
        "last_name_en": "Sithongkham",
        "position": "ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร",
        "department": "ict",
        "role": "department_director",
        "phone_office": "0 7400 0001 ต่อ 181",
        "phone_mobile": "0810004181",
        "email": "anucha.s@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 126,
    },
    {
        "key": "onuma",
        "title": "นางสาว",
        "first_name": "อรอุมา",
        "last_name": "ศักดิ์เจริญ",
        "first_name_en": "Onuma",
        "last_name_en": "Sakcharoen",
        "position": "นักวิชาการคอมพิวเตอร์ชำนาญการ",
        "department": "ict",
        "role": "web_editor",
        "phone_office": "0 7400 0001 ต่อ 182",
        "phone_mobile": "0990004182",
        "email": "onuma.s@tuayang1.example.go.th",
        "show_phone_mobile": True,
        "show_email": True,
        "photo_seed": 127,
    },
    {
        "key": "nattaphon",
        "title": "นาย",
        "first_name": "ณัฐพล",
        "last_name": "พรหมวิเศษ",
        "first_name_en": "Nattaphon",
        "last_name_en": "Phromwiset",
        "position": "นักวิชาการคอมพิวเตอร์ปฏิบัติการ",
        "department": "ict",
        "role": "staff",
        "phone_office": "0 7400 0001 ต่อ 183",
        "phone_mobile": "0660004183",
        "email": "nattaphon.p@tuayang1.example.go.th",
        "show_phone_mobile": True,
        "show_email": True,
        "photo_seed": 128,
    },
    # กลุ่มกฎหมายและคดี
    {
        "key": "phanuphong",
        "title": "นาย",
        "first_name": "ภาณุพงศ์",
        "last_name": "นาคสุข",
        "first_name_en": "Phanuphong",
        "last_name_en": "Naksuk",
        "position": "ผู้อำนวยการกลุ่มกฎหมายและคดี",
        "department": "legal",
        "role": "department_director",
        "phone_office": "0 7400 0001 ต่อ 191",
        "phone_mobile": "0860004191",
        "email": "phanuphong.n@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 129,
    },
    {
        "key": "chanida",
        "title": "นางสาว",
        "first_name": "ชนิดา",
        "last_name": "แก้วประดิษฐ์",
        "first_name_en": "Chanida",
        "last_name_en": "Kaeopradit",
        "position": "นิติกรชำนาญการ",
        "department": "legal",
        "role": "web_editor",
        "phone_office": "0 7400 0001 ต่อ 192",
        "phone_mobile": "0920004192",
        "email": "chanida.k@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 130,
    },
    # หน่วยตรวจสอบภายใน
    {
        "key": "nongluk",
        "title": "นาง",
        "first_name": "นงลักษณ์",
        "last_name": "มีสมบูรณ์",
        "first_name_en": "Nongluk",
        "last_name_en": "Misombun",
        "position": "ผู้อำนวยการหน่วยตรวจสอบภายใน",
        "department": "audit",
        "role": "department_director",
        "phone_office": "0 7400 0001 ต่อ 201",
        "phone_mobile": "0890004201",
        "email": "nongluk.m@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 131,
    },
    {
        "key": "wilaiwan",
        "title": "นาง",
        "first_name": "วิไลวรรณ",
        "last_name": "ธรรมรักษ์",
        "first_name_en": "Wilaiwan",
        "last_name_en": "Thammarak",
        "position": "นักวิชาการตรวจสอบภายในชำนาญการ",
        "department": "audit",
        "role": "web_editor",
        "phone_office": "0 7400 0001 ต่อ 202",
        "phone_mobile": "0950004202",
        "email": "wilaiwan.t@tuayang1.example.go.th",
        "show_phone_mobile": False,
        "show_email": True,
        "photo_seed": 132,
    },
]


# One login per role. The web editor and the department director are both in the ICT
# group, so a demo can walk one item through the whole approval path.
DEMO_USERS = [
    {"username": "admin", "staff_key": "nattaphon", "role": "administrator", "department": "ict"},
    {
        "username": "pr",
        "staff_key": "piyanut",
        "role": "pr_officer",
        "department": "director_office",
    },
    {"username": "editor", "staff_key": "onuma", "role": "web_editor", "department": "ict"},
    {
        "username": "director",
        "staff_key": "anucha",
        "role": "department_director",
        "department": "ict",
    },
    {
        "username": "deputy",
        "staff_key": "chayaphon",
        "role": "deputy_director",
        "department": None,
    },
    {
        "username": "areadirector",
        "staff_key": "thirawat",
        "role": "area_director",
        "department": None,
    },
]


# The 18 kinds of information to publish, after the measures of seed 003 (items 1.1-1.18).
INFORMATION_TYPES = [
    (1, "ข้อมูลเกี่ยวกับกฎ ระเบียบ ข้อบังคับ"),
    (2, "นโยบายและยุทธศาสตร์การศึกษา"),
    (3, "การขยายผลและพัฒนาเนื้อหาสาระนโยบาย แผนงาน กิจกรรม โครงการ"),
    (4, "การขับเคลื่อนประสิทธิภาพการบริหารจัดการสู่คุณภาพ"),
    (5, "ข้อมูลการจัดซื้อจัดจ้าง"),
    (6, "ข้อมูลพื้นฐาน โครงสร้าง ภารกิจของสำนักงานเขตพื้นที่การศึกษา"),
    (7, "แผนปฏิบัติการประจำปีและการติดตามผลการดำเนินงาน"),
    (8, "มาตรฐานหรือคู่มือการปฏิบัติงานส่วนบุคคล"),
    (9, "มาตรฐานและขั้นตอนการให้บริการของสำนักงานเขตพื้นที่การศึกษา"),
    (10, "ผลสำเร็จจากการดำเนินงาน"),
    (11, "การแลกเปลี่ยนเรียนรู้ แบ่งปันความรู้ใหม่ ๆ"),
    (12, "การจัดเก็บข้อมูลออนไลน์ของสำนักงานเขตพื้นที่การศึกษา"),
    (13, "การรายงานข้อมูลออนไลน์ของสำนักงานเขตพื้นที่การศึกษา"),
    (14, "ข้อมูลผู้บริหารสำนักงานเขตพื้นที่การศึกษา"),
    (15, "คู่มือการดำเนินงาน"),
    (16, "ข้อมูลผลสัมฤทธิ์ทางการศึกษา"),
    (17, "นวัตกรรมทางการศึกษา"),
    (18, "ข้อมูลบุคคล/หน่วยงานต้นแบบที่ประสบผลสำเร็จ"),
]


NEWS_KINDS = [
    ("urgent", "ข่าวด่วน"),
    ("activity", "ข่าวความเคลื่อนไหว"),
    ("announcement", "ประกาศ"),
    ("pr", "ข่าวประชาสัมพันธ์"),
    ("school", "ข่าวโรงเรียน"),
]


NEWS = [
    # --- Fiscal year 2569 (1 October 2025 - 30 September 2026) ---
    {
        "key": "strategy-review-fy2569",
        "title": (
            "สพป.ตัวอย่าง เขต 1 ประชุมทบทวนยุทธศาสตร์และจุดเน้นการขับเคลื่อนการศึกษา ปีงบประมาณ พ.ศ. 2569"
        ),
        "lead": (
            "ผู้บริหารและบุคลากรทุกกลุ่มร่วมทบทวนยุทธศาสตร์ของสำนักงานให้สอดคล้องกับนโยบายของ"
            "กระทรวงศึกษาธิการและสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน "
            "ก่อนเริ่มดำเนินงานในปีงบประมาณใหม่"
        ),
        "body": [
            (
                "เมื่อวันที่ 8 ตุลาคม 2568 เวลา 08.30 น. ดร.ธีรวัฒน์ พงษ์ไพบูลย์ "
                "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 เป็นประธานเปิด"
                "การประชุมเชิงปฏิบัติการทบทวนยุทธศาสตร์และจุดเน้นการขับเคลื่อนการศึกษา "
                "ประจำปีงบประมาณ พ.ศ. 2569 ณ ห้องประชุมราชพฤกษ์ "
                "โดยมีรองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา ผู้อำนวยการกลุ่ม "
                "และบุคลากรในสำนักงาน รวม 64 คน เข้าร่วมประชุม"
            ),
            (
                "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาได้มอบแนวทางให้ทุกกลุ่มยึดผู้เรียนเป็น"
                "ศูนย์กลาง ลดภาระครูและสถานศึกษา และใช้ข้อมูลสารสนเทศประกอบการตัดสินใจ พร้อมย้ำ"
                "ว่าโครงการทุกโครงการต้องมีตัวชี้วัดที่วัดผลได้จริงและรายงานความก้าวหน้าเป็นราย"
                "ไตรมาส"
            ),
            (
                "ในช่วงบ่าย ผู้เข้าประชุมแบ่งกลุ่มวิเคราะห์สภาพแวดล้อมของสำนักงาน "
                "และร่วมกันกำหนดจุดเน้น 4 ประการ ได้แก่ "
                "การยกระดับการอ่านออกเขียนได้ของนักเรียนชั้นประถมศึกษาตอนต้น "
                "ความปลอดภัยในสถานศึกษา การพัฒนาครูด้านการจัดการเรียนรู้เชิงรุก "
                "และการบริหารจัดการโรงเรียนขนาดเล็ก "
                "กลุ่มนโยบายและแผนจะนำผลการประชุมไปจัดทำแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569 "
                "ต่อไป"
            ),
        ],
        "department": "policy",
        "kind": "activity",
        "information_type": 2,
        "published": "2025-10-08 16:20",
        "activity": {
            "date": "2025-10-08",
            "time": "08:30",
            "place": "ห้องประชุมราชพฤกษ์ สพป.ตัวอย่าง เขต 1",
        },
        "tags": ["นโยบาย", "ยุทธศาสตร์", "ปีงบประมาณ 2569"],
        "author": "rattanaphon",
        "image_count": 3,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "no-gift-policy-fy2569",
        "title": (
            "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) "
            "ปีงบประมาณ พ.ศ. 2569"
        ),
        "lead": (
            "สพป.ตัวอย่าง เขต 1 ขอให้ผู้บริหารและบุคลากรทุกคนงดให้และงดรับของขวัญหรือของกำนัล"
            "ทุกชนิดจากการปฏิบัติหน้าที่ ตลอดปีงบประมาณ พ.ศ. 2569"
        ),
        "body": [
            (
                "ด้วยสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "มุ่งส่งเสริมให้บุคลากรปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต "
                "และป้องกันการมีผลประโยชน์ทับซ้อน "
                "ตามแนวทางการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                "จึงประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift "
                "Policy)"
            ),
            (
                "ผู้บริหารและบุคลากรในสังกัดต้องไม่รับ ไม่เรียกร้อง และไม่ให้ของขวัญ ของกำนัล "
                "หรือประโยชน์อื่นใด ทั้งแก่ผู้บังคับบัญชา ผู้ใต้บังคับบัญชา และผู้มาติดต่อราชการ "
                "ในทุกเทศกาลและทุกโอกาส หากต้องการแสดงความปรารถนาดี ขอให้ใช้บัตรอวยพร "
                "การลงนามในสมุดอวยพร หรือการกล่าวแสดงความยินดีแทน"
            ),
            (
                "กรณีมีความจำเป็นต้องรับตามธรรมเนียมประเพณี "
                "ให้รายงานผู้บังคับบัญชาตามแบบที่กำหนดภายใน 3 วันทำการ "
                "ประกาศนี้มีผลตั้งแต่วันที่ 15 ตุลาคม 2568 เป็นต้นไป "
                "ผู้พบเห็นการฝ่าฝืนสามารถแจ้งได้ที่กลุ่มกฎหมายและคดี "
                "หรือผ่านช่องทางร้องเรียนบนเว็บไซต์ของสำนักงาน"
            ),
        ],
        "department": "legal",
        "kind": "announcement",
        "information_type": 1,
        "published": "2025-10-15 10:30",
        "activity": None,
        "tags": ["No Gift Policy", "ITA", "คุณธรรมและความโปร่งใส"],
        "author": "chanida",
        "image_count": 0,
        "photo_consent": False,
        "attachment": "ประกาศนโยบายไม่รับของขวัญและของกำนัล (No Gift Policy) ปีงบประมาณ พ.ศ. 2569.pdf",
    },
    {
        "key": "flood-watch-nov-2568",
        "title": "ด่วนที่สุด ให้สถานศึกษาในสังกัดเฝ้าระวังสถานการณ์อุทกภัยและดูแลความปลอดภัยของนักเรียน",
        "lead": (
            "กรมอุตุนิยมวิทยาเตือนฝนตกหนักถึงหนักมากในพื้นที่จังหวัดตัวอย่างระหว่างวันที่ 24 - "
            "27 พฤศจิกายน 2568 สพป.ตัวอย่าง เขต 1 "
            "ขอให้ผู้บริหารสถานศึกษาติดตามสถานการณ์อย่างใกล้ชิด"
        ),
        "body": [
            (
                "ตามที่กรมอุตุนิยมวิทยาได้ออกประกาศเตือนภัยฝนตกหนักถึงหนักมากและคลื่นลมแรงบริเวณ"
                "ภาคใต้ฝั่งตะวันออก ซึ่งครอบคลุมพื้นที่จังหวัดตัวอย่าง ระหว่างวันที่ 24 - 27 "
                "พฤศจิกายน 2568 นั้น สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "ขอให้สถานศึกษาทุกแห่งเตรียมความพร้อมรับมือกับสถานการณ์ที่อาจเกิดขึ้น"
            ),
            (
                "ให้ผู้บริหารสถานศึกษาตรวจสอบอาคารเรียน ระบบไฟฟ้า "
                "และเส้นทางการเดินทางของนักเรียน ย้ายเอกสารสำคัญ ครุภัณฑ์ "
                "และคอมพิวเตอร์ขึ้นไว้ในที่สูง และประสานผู้ปกครองเรื่องการรับส่งนักเรียน "
                "โรงเรียนที่ตั้งอยู่ริมคลองหรือพื้นที่ลุ่มต่ำ โดยเฉพาะในอำเภอนาดี "
                "ให้ติดตามประกาศของฝ่ายปกครองในพื้นที่อย่างใกล้ชิด"
            ),
            (
                "หากสถานการณ์กระทบต่อความปลอดภัยของนักเรียน "
                "ผู้อำนวยการสถานศึกษาสามารถสั่งปิดสถานศึกษาเป็นกรณีพิเศษได้ไม่เกิน 7 วัน "
                "แล้วรายงานให้สำนักงานเขตพื้นที่การศึกษาทราบทันที ผ่านศูนย์ประสานงานเฉพาะกิจ "
                "สพป.ตัวอย่าง เขต 1 หมายเลข 0 7400 0009 ซึ่งเปิดรับแจ้งเหตุตลอดช่วงเฝ้าระวัง"
            ),
        ],
        "department": "director_office",
        "kind": "urgent",
        "information_type": None,
        "published": "2025-11-24 07:40",
        "activity": None,
        "tags": ["ข่าวด่วน", "อุทกภัย", "ความปลอดภัย"],
        "author": "piyanut",
        "image_count": 0,
        "photo_consent": False,
        "attachment": None,
    },
    {
        "key": "special-school-closure-flood-2568",
        "title": "ประกาศปิดสถานศึกษาเป็นกรณีพิเศษ 9 แห่ง ในอำเภอนาดีและอำเภอท่าทราย เนื่องจากสถานการณ์อุทกภัย",
        "lead": (
            "ผู้อำนวยการ สพป.ตัวอย่าง เขต 1 ให้ปิดสถานศึกษาเป็นกรณีพิเศษ 9 แห่ง ระหว่างวันที่ 27 "
            "- 28 พฤศจิกายน 2568 เพื่อความปลอดภัยของนักเรียนและบุคลากร"
        ),
        "body": [
            (
                "สืบเนื่องจากฝนที่ตกหนักต่อเนื่องตั้งแต่คืนวันที่ 25 พฤศจิกายน 2568 "
                "ทำให้ระดับน้ำในคลองนาดีและคลองท่าทรายเพิ่มสูงขึ้น เส้นทางคมนาคมหลายสายถูกน้ำท่วม"
                "ขังจนนักเรียนไม่สามารถเดินทางมาเรียนได้อย่างปลอดภัย "
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "จึงประกาศปิดสถานศึกษาเป็นกรณีพิเศษ ในวันที่ 27 - 28 พฤศจิกายน 2568"
            ),
            (
                "สถานศึกษาที่ปิดในอำเภอนาดี ได้แก่ โรงเรียนบ้านคลองตะเคียน โรงเรียนชุมชนบ้านนาดี "
                "โรงเรียนบ้านห้วยทราย โรงเรียนบ้านทุ่งยาว และโรงเรียนบ้านควนเจริญ "
                "ส่วนในอำเภอท่าทราย ได้แก่ โรงเรียนบ้านบางหิน โรงเรียนวัดโพธิ์ทอง "
                "โรงเรียนบ้านท่าทราย และโรงเรียนบ้านปากคลอง"
            ),
            (
                "ให้สถานศึกษาที่ปิดจัดการเรียนการสอนชดเชยให้ครบตามเวลาเรียนที่กำหนดเมื่อสถานการณ์"
                "คลี่คลาย "
                "และขอให้ผู้ปกครองติดตามข่าวสารจากโรงเรียนและช่องทางของสำนักงานอย่างต่อเนื่อง "
                "หากสถานการณ์ยังไม่ดีขึ้น สำนักงานจะพิจารณาขยายระยะเวลาและแจ้งให้ทราบอีกครั้ง"
            ),
        ],
        "department": "director_office",
        "kind": "urgent",
        "information_type": None,
        "published": "2025-11-26 18:15",
        "activity": None,
        "tags": ["ข่าวด่วน", "อุทกภัย", "ปิดสถานศึกษา"],
        "author": "piyanut",
        "image_count": 0,
        "photo_consent": False,
        "attachment": "ประกาศ สพป.ตัวอย่าง เขต 1 เรื่อง ปิดสถานศึกษาเป็นกรณีพิเศษ.pdf",
    },
    {
        "key": "flood-relief-schools-2568",
        "title": "สพป.ตัวอย่าง เขต 1 มอบถุงยังชีพและอุปกรณ์การเรียนแก่นักเรียนที่ได้รับผลกระทบจากอุทกภัย",
        "lead": (
            "ผู้บริหารและบุคลากรร่วมกับภาคีเครือข่ายลงพื้นที่มอบถุงยังชีพ ชุดนักเรียน "
            "และอุปกรณ์การเรียนแก่นักเรียน 312 คน จาก 6 โรงเรียนที่ได้รับผลกระทบจากน้ำท่วม"
        ),
        "body": [
            (
                "เมื่อวันที่ 2 ธันวาคม 2568 นายชยพล แก้วมณีรัตน์ "
                "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "พร้อมด้วยนายวีระพงษ์ ชูช่วย ผู้อำนวยการกลุ่มส่งเสริมการจัดการศึกษา และคณะ "
                "ลงพื้นที่มอบสิ่งของช่วยเหลือ ณ โรงเรียนบ้านคลองตะเคียน อำเภอนาดี "
                "ซึ่งเป็นจุดรวมของนักเรียนจากโรงเรียนที่ได้รับผลกระทบในพื้นที่ใกล้เคียง"
            ),
            (
                "สิ่งของที่มอบในครั้งนี้ได้รับการสนับสนุนจากข้าราชการและบุคลากรในสำนักงาน "
                "สมาคมผู้ปกครองและครู และห้างร้านในอำเภอเมืองตัวอย่าง ประกอบด้วยถุงยังชีพ 312 "
                "ชุด ชุดนักเรียน 450 ชุด และกระเป๋านักเรียนพร้อมเครื่องเขียน 312 ชุด "
                "รวมมูลค่ากว่า 280,000 บาท"
            ),
            (
                "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาได้ให้กำลังใจนักเรียนและครู "
                "พร้อมตรวจสภาพอาคารเรียนหลังน้ำลด พบว่ามีโรงเรียน 4 "
                "แห่งที่พื้นอาคารและรั้วได้รับความเสียหาย กลุ่มนโยบายและแผนได้สำรวจความเสียหาย"
                "เพื่อเสนอขอรับงบประมาณซ่อมแซมจากสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานแล้ว"
            ),
        ],
        "department": "promotion",
        "kind": "activity",
        "information_type": None,
        "published": "2025-12-03 15:30",
        "activity": {
            "date": "2025-12-02",
            "time": "10:00",
            "place": "โรงเรียนบ้านคลองตะเคียน อำเภอนาดี",
        },
        "tags": ["อุทกภัย", "ช่วยเหลือนักเรียน", "จิตอาสา"],
        "author": "thanakon",
        "image_count": 4,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "arts-crafts-area-2568",
        "title": (
            "เปิดการแข่งขันศิลปหัตถกรรมนักเรียน ระดับเขตพื้นที่การศึกษา ปีการศึกษา 2568 นักเรียนร่วมแข่งขันกว่า 2,400 คน"
        ),
        "lead": (
            "การแข่งขันศิลปหัตถกรรมนักเรียนระดับเขตพื้นที่จัดขึ้นระหว่างวันที่ 15 - 16 ธันวาคม "
            "2568 ใน 5 สนามแข่งขัน มีผู้เข้าแข่งขัน 2,436 คน จาก 104 โรงเรียน"
        ),
        "body": [
            (
                "เมื่อวันที่ 15 ธันวาคม 2568 เวลา 08.30 น. ดร.ธีรวัฒน์ พงษ์ไพบูลย์ "
                "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "เป็นประธานในพิธีเปิดการแข่งขันศิลปหัตถกรรมนักเรียน ระดับเขตพื้นที่การศึกษา "
                "ปีการศึกษา 2568 ณ หอประชุมโรงเรียนอนุบาลตัวอย่าง "
                "โดยมีนายกองค์การบริหารส่วนจังหวัดตัวอย่าง ผู้บริหารสถานศึกษา ครู "
                "และผู้ปกครองร่วมพิธี"
            ),
            (
                "การแข่งขันครั้งนี้มีทั้งหมด 142 รายการ ครอบคลุมกลุ่มสาระการเรียนรู้ทั้ง 8 กลุ่ม "
                "กิจกรรมพัฒนาผู้เรียน และการศึกษาพิเศษ ใช้สนามแข่งขัน 5 แห่ง ได้แก่ "
                "โรงเรียนอนุบาลตัวอย่าง โรงเรียนวัดศรีสุทธาราม โรงเรียนบ้านหนองบัว "
                "โรงเรียนบ้านดอนมะม่วง และมหาวิทยาลัยราชภัฏตัวอย่าง"
            ),
            (
                "ดร.อรุณี วงศ์สวัสดิ์ ผู้อำนวยการกลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา "
                "เปิดเผยว่า "
                "ผลการแข่งขันทุกรายการจะประกาศผ่านระบบรายงานผลการแข่งขันออนไลน์ภายในเวลา 18.00 "
                "น. ของแต่ละวัน และผู้ที่ได้รับรางวัลเหรียญทองลำดับที่ 1 และ 2 "
                "จะเป็นตัวแทนเขตพื้นที่ไปแข่งขันในระดับภาคต่อไป"
            ),
        ],
        "department": "supervision",
        "kind": "activity",
        "information_type": 10,
        "published": "2025-12-17 14:00",
        "activity": {
            "date": "2025-12-15",
            "time": "08:30",
            "place": "หอประชุมโรงเรียนอนุบาลตัวอย่าง และสนามแข่งขันในอำเภอเมืองตัวอย่าง",
        },
        "tags": ["ศิลปหัตถกรรมนักเรียน", "การแข่งขัน", "ปีการศึกษา 2568"],
        "author": "yuphadi",
        "image_count": 4,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "childrens-day-2569-anuban-tuayang",
        "title": "โรงเรียนอนุบาลตัวอย่างจัดงานวันเด็กแห่งชาติ ประจำปี 2569 เปิดบ้านให้เด็กและครอบครัวร่วมกิจกรรม",
        "lead": (
            "เด็กและผู้ปกครองกว่า 1,500 คนร่วมกิจกรรมฐานการเรียนรู้ การแสดงบนเวที และเกมสนุก ๆ "
            "ในงานวันเด็กแห่งชาติที่โรงเรียนอนุบาลตัวอย่าง"
        ),
        "body": [
            (
                "เมื่อวันที่ 10 มกราคม 2569 โรงเรียนอนุบาลตัวอย่าง "
                "ร่วมกับเทศบาลเมืองตัวอย่างและสมาคมผู้ปกครองและครู จัดงานวันเด็กแห่งชาติ ประจำปี "
                "2569 โดยมีนางวรรณภา ทองประเสริฐ "
                "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "ให้เกียรติเป็นประธานเปิดงานและมอบของขวัญแก่เด็กที่มาร่วมงาน"
            ),
            (
                "ภายในงานมีฐานการเรียนรู้ 12 ฐาน เช่น ฐานวิทยาศาสตร์แสนสนุก "
                "ฐานหุ่นยนต์และการเขียนโปรแกรมเบื้องต้น ฐานศิลปะการพับกระดาษ "
                "และฐานความปลอดภัยทางถนนซึ่งได้รับความร่วมมือจากสถานีตำรวจภูธรเมืองตัวอย่าง "
                "ขณะที่บนเวทีมีการแสดงของนักเรียนระดับปฐมวัยและระดับประถมศึกษากว่า 20 ชุด"
            ),
            (
                "นางสาวมาลัยพร ศรีวิไล ผู้อำนวยการโรงเรียนอนุบาลตัวอย่าง กล่าวว่า "
                "โรงเรียนตั้งใจให้งานวันเด็กเป็นพื้นที่ที่เด็กได้เล่น ได้เรียนรู้ "
                "และได้ใช้เวลาร่วมกับครอบครัว "
                "จึงเปิดให้เด็กจากชุมชนโดยรอบเข้าร่วมได้โดยไม่เสียค่าใช้จ่าย"
            ),
        ],
        "department": "director_office",
        "kind": "school",
        "information_type": None,
        "published": "2026-01-10 16:45",
        "activity": {
            "date": "2026-01-10",
            "time": "08:00",
            "place": "โรงเรียนอนุบาลตัวอย่าง อำเภอเมืองตัวอย่าง",
        },
        "tags": ["วันเด็กแห่งชาติ", "โรงเรียนอนุบาลตัวอย่าง", "กิจกรรมนักเรียน"],
        "author": "piyanut",
        "image_count": 4,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "teachers-day-2569",
        "title": "สพป.ตัวอย่าง เขต 1 จัดงานวันครู ครั้งที่ 70 ประจำปี 2569 เชิดชูเกียรติครูดีเด่น 26 คน",
        "lead": (
            "ครู ผู้บริหารสถานศึกษา และข้าราชการบำนาญร่วมพิธีระลึกถึงพระคุณบูรพาจารย์ "
            "และร่วมแสดงความยินดีกับครูที่ได้รับรางวัลเชิดชูเกียรติประจำปี"
        ),
        "body": [
            (
                "เมื่อวันที่ 16 มกราคม 2569 เวลา 07.30 น. "
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "ร่วมกับสำนักงานศึกษาธิการจังหวัดตัวอย่าง จัดงานวันครู ครั้งที่ 70 ประจำปี 2569 "
                "ณ หอประชุมโรงเรียนอนุบาลตัวอย่าง เริ่มจากพิธีทำบุญตักบาตร พิธีบูชาบูรพาจารย์ "
                "และการอ่านสารเนื่องในวันครูของนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงศึกษาธิการ"
            ),
            (
                "ในโอกาสนี้ ดร.ธีรวัฒน์ พงษ์ไพบูลย์ ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา "
                "ได้มอบโล่และเกียรติบัตรแก่ครูดีเด่น 26 คน "
                "ครูผู้มีผลงานด้านนวัตกรรมการจัดการเรียนรู้ 8 คน "
                "และมอบเข็มเชิดชูเกียรติแก่ข้าราชการบำนาญที่อุทิศตนเพื่อการศึกษามาอย่างยาวนาน"
            ),
            (
                "นางจันทร์เพ็ญ รักษ์ธรรม ผู้อำนวยการกลุ่มพัฒนาครูและบุคลากรทางการศึกษา กล่าวว่า "
                "ครูที่ได้รับรางวัลในปีนี้ผ่านการคัดเลือกจากคณะกรรมการระดับศูนย์เครือข่าย"
                "สถานศึกษาและระดับเขตพื้นที่ โดยพิจารณาทั้งผลงานด้านการจัดการเรียนรู้ "
                "การเป็นแบบอย่างที่ดี และการอุทิศตนเพื่อนักเรียนในพื้นที่ห่างไกล"
            ),
        ],
        "department": "teacher_dev",
        "kind": "activity",
        "information_type": 18,
        "published": "2026-01-16 15:10",
        "activity": {
            "date": "2026-01-16",
            "time": "07:30",
            "place": "หอประชุมโรงเรียนอนุบาลตัวอย่าง",
        },
        "tags": ["วันครู", "ครูดีเด่น", "เชิดชูเกียรติ"],
        "author": "kittisak",
        "image_count": 4,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "ita-briefing-fy2569",
        "title": (
            "ประชุมชี้แจงแนวทางการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ปีงบประมาณ พ.ศ. 2569"
        ),
        "lead": (
            "ผู้รับผิดชอบข้อมูลทุกกลุ่มร่วมทำความเข้าใจตัวชี้วัดการเปิดเผยข้อมูลสาธารณะ (OIT) "
            "และกำหนดผู้รับผิดชอบเผยแพร่ข้อมูลแต่ละรายการบนเว็บไซต์ของสำนักงาน"
        ),
        "body": [
            (
                "เมื่อวันที่ 21 มกราคม 2569 นายภาณุพงศ์ นาคสุข ผู้อำนวยการกลุ่มกฎหมายและคดี ใน"
                "ฐานะผู้รับผิดชอบการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                "(ITA) ของสำนักงาน ได้จัดประชุมชี้แจงแนวทางการประเมิน ประจำปีงบประมาณ พ.ศ. 2569 "
                "ให้แก่ผู้อำนวยการกลุ่มและเจ้าหน้าที่ผู้ดูแลเว็บไซต์ประจำกลุ่ม ณ "
                "ห้องประชุมชัยพฤกษ์"
            ),
            (
                "ที่ประชุมได้ทบทวนรายการข้อมูลที่ต้องเปิดเผยบนเว็บไซต์ตามแบบตรวจการเปิดเผยข้อมูล"
                "สาธารณะ (OIT) และมอบหมายให้แต่ละกลุ่มรับผิดชอบรายการที่เกี่ยวข้อง เช่น "
                "กลุ่มนโยบายและแผนรับผิดชอบแผนปฏิบัติการประจำปีและรายงานผลการดำเนินงาน "
                "กลุ่มบริหารงานการเงินและสินทรัพย์รับผิดชอบแผนและผลการจัดซื้อจัดจ้าง "
                "และกลุ่มบริหารงานบุคคลรับผิดชอบข้อมูลการบริหารและพัฒนาทรัพยากรบุคคล"
            ),
            (
                "ข้อมูลทุกรายการต้องผ่านการตรวจสอบของผู้อำนวยการกลุ่ม "
                "และได้รับอนุญาตจากผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาก่อนเผยแพร่ "
                "ตามมาตรการเผยแพร่ข้อมูลต่อสาธารณะของสำนักงาน "
                "โดยกำหนดให้ทุกกลุ่มนำข้อมูลขึ้นเว็บไซต์ให้ครบถ้วนภายในวันที่ 27 กุมภาพันธ์ 2569"
            ),
        ],
        "department": "legal",
        "kind": "activity",
        "information_type": 4,
        "published": "2026-01-21 16:00",
        "activity": {
            "date": "2026-01-21",
            "time": "09:00",
            "place": "ห้องประชุมชัยพฤกษ์ สพป.ตัวอย่าง เขต 1",
        },
        "tags": ["ITA", "OIT", "ความโปร่งใส"],
        "author": "chanida",
        "image_count": 2,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "student-admission-2569",
        "title": "ประกาศ สพป.ตัวอย่าง เขต 1 เรื่อง การรับนักเรียนเข้าเรียนในสถานศึกษาสังกัด ปีการศึกษา 2569",
        "lead": (
            "สถานศึกษาในสังกัดเปิดรับสมัครนักเรียนชั้นอนุบาลและชั้นประถมศึกษาปีที่ 1 ปีการศึกษา "
            "2569 ระหว่างวันที่ 16 - 20 กุมภาพันธ์ 2569"
        ),
        "body": [
            (
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "ประกาศแนวปฏิบัติการรับนักเรียนเข้าเรียนในสถานศึกษาสังกัด ปีการศึกษา 2569 "
                "โดยยึดหลักความเสมอภาค โปร่งใส "
                "และให้เด็กในเขตพื้นที่บริการได้รับโอกาสเข้าเรียนอย่างทั่วถึง ทั้งนี้ "
                "ไม่มีการสอบคัดเลือกในระดับชั้นอนุบาลและชั้นประถมศึกษาปีที่ 1"
            ),
            (
                "ชั้นอนุบาลปีที่ 2 รับเด็กที่เกิดระหว่างวันที่ 1 มกราคม - 31 ธันวาคม 2565 "
                "และชั้นประถมศึกษาปีที่ 1 รับเด็กที่เกิดระหว่างวันที่ 1 มกราคม - 31 ธันวาคม 2562 "
                "รับสมัครระหว่างวันที่ 16 - 20 กุมภาพันธ์ 2569 ประกาศรายชื่อนักเรียนในวันที่ 27 "
                "กุมภาพันธ์ 2569 และมอบตัวในวันที่ 6 มีนาคม 2569"
            ),
            (
                "ผู้ปกครองสมัครได้ที่โรงเรียนที่ประสงค์ให้บุตรหลานเข้าเรียน "
                "โดยใช้สำเนาสูติบัตรและสำเนาทะเบียนบ้าน กรณีไม่มีหลักฐานทางทะเบียนราษฎร "
                "ให้ใช้หลักฐานที่ทางราชการออกให้หรือบันทึกแจ้งประวัติบุคคลแทน "
                "สถานศึกษาต้องรับเด็กทุกคนโดยไม่เลือกปฏิบัติ"
            ),
        ],
        "department": "promotion",
        "kind": "announcement",
        "information_type": 1,
        "published": "2026-01-28 11:00",
        "activity": None,
        "tags": ["รับนักเรียน", "ปีการศึกษา 2569"],
        "author": "thanakon",
        "image_count": 0,
        "photo_consent": False,
        "attachment": "ประกาศ สพป.ตัวอย่าง เขต 1 เรื่อง การรับนักเรียน ปีการศึกษา 2569.pdf",
    },
    {
        "key": "pr-network-meeting-2569",
        "title": "ประชุมคณะทำงานเครือข่ายประชาสัมพันธ์ สพป.ตัวอย่าง เขต 1 วางแผนการสื่อสารข่าวสถานศึกษา",
        "lead": (
            "ผู้แทนศูนย์เครือข่ายสถานศึกษา 12 "
            "ศูนย์และเจ้าหน้าที่ผู้ดูแลเว็บไซต์ประจำกลุ่มร่วมกำหนดแนวทางการส่งข่าว "
            "การขออนุญาตเผยแพร่ และการใช้ภาพที่ได้รับความยินยอม"
        ),
        "body": [
            (
                "เมื่อวันที่ 4 กุมภาพันธ์ 2569 เวลา 13.30 น. นางสาวกมลวรรณ ศรีนวลจันทร์ "
                "ผู้อำนวยการกลุ่มอำนวยการ เป็นประธานการประชุมคณะทำงานเครือข่ายประชาสัมพันธ์ "
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 ณ ห้องประชุมราชพฤกษ์ "
                "มีผู้เข้าร่วมประชุม 34 คน ประกอบด้วยผู้แทนศูนย์เครือข่ายสถานศึกษาทั้ง 12 ศูนย์ "
                "และเจ้าหน้าที่ผู้ดูแลเว็บไซต์ประจำกลุ่มทั้ง 10 กลุ่ม"
            ),
            (
                "นางสาวปิยะนุช แสงอรุณ นักประชาสัมพันธ์ชำนาญการ "
                "นำเสนอสถิติการเผยแพร่ข่าวตั้งแต่ต้นปีงบประมาณ พ.ศ. 2569 "
                "ซึ่งมีข่าวเผยแพร่ทางเว็บไซต์ 126 ข่าว และทางเพจเฟซบุ๊กของสำนักงาน 141 โพสต์ "
                "พร้อมชี้แจงแนวทางการเขียนข่าวให้ครบองค์ประกอบว่า ใคร ทำอะไร ที่ไหน เมื่อใด "
                "และเพื่ออะไร"
            ),
            (
                "ที่ประชุมตกลงร่วมกันให้โรงเรียนแจ้งกำหนดการกิจกรรมสำคัญล่วงหน้าอย่างน้อย 3 วัน "
                "เพื่อให้งานประชาสัมพันธ์วางแผนการเผยแพร่ได้ทัน "
                "และให้ส่งภาพกิจกรรมที่มีนักเรียนเฉพาะภาพที่ผู้ปกครองให้ความยินยอมแล้วเท่านั้น "
                "ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"
            ),
        ],
        "department": "director_office",
        "kind": "activity",
        "information_type": 3,
        "published": "2026-02-04 16:30",
        "activity": {
            "date": "2026-02-04",
            "time": "13:30",
            "place": "ห้องประชุมราชพฤกษ์ สพป.ตัวอย่าง เขต 1",
        },
        "tags": ["เครือข่ายประชาสัมพันธ์", "ประชาสัมพันธ์", "ศูนย์เครือข่ายสถานศึกษา"],
        "author": "piyanut",
        "image_count": 3,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "school-website-workshop-2569",
        "title": "อบรมเชิงปฏิบัติการพัฒนาเว็บไซต์สถานศึกษา รองรับการเปิดเผยข้อมูลสาธารณะ รุ่นที่ 1",
        "lead": (
            "ครูผู้ดูแลเว็บไซต์จาก 40 โรงเรียนฝึกจัดโครงสร้างเมนู เผยแพร่ข่าว "
            "และจัดเก็บเอกสารให้ค้นหาได้ง่าย ก่อนขยายผลอีก 2 รุ่นในเดือนมีนาคม"
        ),
        "body": [
            (
                "เมื่อวันที่ 11 กุมภาพันธ์ 2569 กลุ่มส่งเสริมการศึกษาทางไกล "
                "เทคโนโลยีสารสนเทศและการสื่อสาร จัดการอบรมเชิงปฏิบัติการพัฒนาเว็บไซต์สถานศึกษา "
                "รุ่นที่ 1 ณ ห้องปฏิบัติการคอมพิวเตอร์ "
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 โดยมีนายอนุชา ศรีทองคำ "
                "ผู้อำนวยการกลุ่ม เป็นประธานเปิดการอบรม"
            ),
            (
                "ผู้เข้ารับการอบรมเป็นครูผู้ดูแลเว็บไซต์จาก 40 โรงเรียน ได้ฝึกจัดหมวดหมู่ข่าว "
                "เขียนข่าวสั้นพร้อมภาพประกอบ ใส่คำอธิบายภาพเพื่อให้ผู้พิการทางการเห็นเข้าถึงได้ "
                "และเผยแพร่เอกสารในรูปแบบที่ค้นหาได้ โดยมีนางสาวอรอุมา ศักดิ์เจริญ "
                "นักวิชาการคอมพิวเตอร์ชำนาญการ เป็นวิทยากรหลัก"
            ),
            (
                "หลังการอบรม โรงเรียนทุกแห่งต้องปรับปรุงเว็บไซต์ให้มีข้อมูลพื้นฐาน "
                "ข้อมูลผู้บริหาร แผนปฏิบัติการ และช่องทางรับเรื่องร้องเรียนครบถ้วนภายใน 30 วัน "
                "ซึ่งกลุ่มส่งเสริมการศึกษาทางไกลฯ จะตรวจติดตามและให้คำแนะนำเป็นรายโรงเรียน "
                "ส่วนรุ่นที่ 2 และรุ่นที่ 3 จะจัดในเดือนมีนาคม 2569"
            ),
        ],
        "department": "ict",
        "kind": "activity",
        "information_type": 11,
        "published": "2026-02-12 10:00",
        "activity": {
            "date": "2026-02-11",
            "time": "09:00",
            "place": "ห้องปฏิบัติการคอมพิวเตอร์ สพป.ตัวอย่าง เขต 1",
        },
        "tags": ["เว็บไซต์โรงเรียน", "ITA", "อบรม"],
        "author": "onuma",
        "image_count": 3,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "audit-school-finance-thasai-2569",
        "title": "หน่วยตรวจสอบภายในลงพื้นที่ตรวจสอบการเงิน บัญชี และพัสดุ โรงเรียนในอำเภอท่าทราย 8 แห่ง",
        "lead": (
            "การตรวจสอบครั้งนี้เน้นการให้คำแนะนำเชิงป้องกัน "
            "เพื่อให้โรงเรียนบริหารเงินอุดหนุนและจัดซื้อจัดจ้างได้ถูกต้องตามระเบียบ"
        ),
        "body": [
            (
                "ระหว่างวันที่ 16 - 18 กุมภาพันธ์ 2569 นางนงลักษณ์ มีสมบูรณ์ "
                "ผู้อำนวยการหน่วยตรวจสอบภายใน พร้อมด้วยนางวิไลวรรณ ธรรมรักษ์ "
                "นักวิชาการตรวจสอบภายในชำนาญการ ได้ลงพื้นที่ตรวจสอบการเงิน การบัญชี และการพัสดุ "
                "ของโรงเรียนในอำเภอท่าทราย จำนวน 8 แห่ง ตามแผนการตรวจสอบภายใน ประจำปีงบประมาณ "
                "พ.ศ. 2569"
            ),
            (
                "คณะผู้ตรวจสอบได้ตรวจทะเบียนคุมเงินนอกงบประมาณ "
                "การเบิกจ่ายเงินอุดหนุนค่าอาหารกลางวัน และเงินอุดหนุนค่าใช้จ่ายในการจัดการศึกษา"
                "ตั้งแต่ระดับอนุบาลจนจบการศึกษาขั้นพื้นฐาน ตลอดจนเอกสารการจัดซื้อจัดจ้างตาม"
                "พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560"
            ),
            (
                "ผลการตรวจสอบเบื้องต้นพบว่าโรงเรียนส่วนใหญ่จัดทำเอกสารได้ครบถ้วน มีข้อสังเกต"
                "เรื่องการลงทะเบียนคุมทรัพย์สินและการเก็บหลักฐานการจ่ายเงินค่าอาหารกลางวัน "
                "ซึ่งคณะผู้ตรวจสอบได้แนะนำวิธีปรับปรุงแก่เจ้าหน้าที่การเงินของโรงเรียนทันที "
                "และจะรายงานผลการตรวจสอบต่อผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาภายใน 15 วันทำการ"
            ),
        ],
        "department": "audit",
        "kind": "activity",
        "information_type": 4,
        "published": "2026-02-20 09:30",
        "activity": {
            "date": "2026-02-16",
            "time": None,
            "place": "โรงเรียนในอำเภอท่าทราย 8 แห่ง",
        },
        "tags": ["ตรวจสอบภายใน", "การเงินสถานศึกษา", "พัสดุ"],
        "author": "wilaiwan",
        "image_count": 2,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "nt-assessment-2568",
        "title": "นักเรียนชั้นประถมศึกษาปีที่ 3 กว่า 2,100 คน เข้ารับการประเมินคุณภาพผู้เรียน (NT) ปีการศึกษา 2568",
        "lead": (
            "การประเมินความสามารถด้านคณิตศาสตร์และด้านภาษาไทยเป็นไปด้วยความเรียบร้อยทั้ง 22 "
            "สนามสอบ โดยผู้บริหารของสำนักงานออกตรวจเยี่ยมสนามสอบตลอดวัน"
        ),
        "body": [
            (
                "เมื่อวันที่ 25 กุมภาพันธ์ 2569 สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต "
                "1 ดำเนินการประเมินคุณภาพผู้เรียน (National Test : NT) ชั้นประถมศึกษาปีที่ 3 "
                "ปีการศึกษา 2568 ใน 22 สนามสอบ มีนักเรียนเข้ารับการประเมิน 2,138 คน จากโรงเรียน "
                "112 แห่ง"
            ),
            (
                "ดร.ธีรวัฒน์ พงษ์ไพบูลย์ ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา "
                "พร้อมด้วยรองผู้อำนวยการและศึกษานิเทศก์ "
                "ได้ออกตรวจเยี่ยมสนามสอบโรงเรียนบ้านหนองบัวและโรงเรียนวัดโพธิ์ทอง "
                "เพื่อให้กำลังใจนักเรียนและกรรมการคุมสอบ "
                "พร้อมกำชับให้ปฏิบัติตามคู่มือการจัดสอบอย่างเคร่งครัด ทั้งการรับส่งแบบทดสอบ "
                "การจัดที่นั่งสอบ และการดูแลนักเรียนที่มีความต้องการพิเศษ"
            ),
            (
                "ดร.อรุณี วงศ์สวัสดิ์ ผู้อำนวยการกลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา "
                "เปิดเผยว่า เมื่อได้รับผลการประเมินแล้ว กลุ่มนิเทศฯ "
                "จะวิเคราะห์ผลรายโรงเรียนร่วมกับศูนย์เครือข่ายสถานศึกษา "
                "เพื่อวางแผนพัฒนาทักษะการอ่าน การเขียน และการคิดคำนวณของนักเรียนในปีการศึกษาต่อไป"
            ),
        ],
        "department": "supervision",
        "kind": "activity",
        "information_type": None,
        "published": "2026-02-25 15:00",
        "activity": {
            "date": "2026-02-25",
            "time": "09:00",
            "place": "สนามสอบ 22 แห่ง ในพื้นที่ 3 อำเภอ",
        },
        "tags": ["NT", "การประเมินคุณภาพผู้เรียน", "ป.3"],
        "author": "yuphadi",
        "image_count": 2,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "discipline-training-principals-2569",
        "title": "กลุ่มกฎหมายและคดีอบรมผู้บริหารสถานศึกษา เรื่อง วินัยและการดำเนินการทางวินัยข้าราชการครู",
        "lead": (
            "ผู้บริหารสถานศึกษา 109 "
            "คนเรียนรู้ขั้นตอนการสืบสวนข้อเท็จจริงและการป้องกันการกระทำผิดวินัยที่พบบ่อย "
            "ผ่านกรณีศึกษาที่เกิดขึ้นในสถานศึกษา"
        ),
        "body": [
            (
                "เมื่อวันที่ 10 มีนาคม 2569 กลุ่มกฎหมายและคดี "
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "จัดการอบรมให้ความรู้ด้านวินัยและการดำเนินการทางวินัยแก่ผู้บริหารสถานศึกษา ณ "
                "ห้องประชุมราชพฤกษ์ โดยมีนางวรรณภา ทองประเสริฐ "
                "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา เป็นประธานเปิดการอบรม"
            ),
            (
                "นายภาณุพงศ์ นาคสุข ผู้อำนวยการกลุ่มกฎหมายและคดี และนางสาวชนิดา แก้วประดิษฐ์ "
                "นิติกรชำนาญการ บรรยายเรื่องบทบาทของผู้บังคับบัญชาในการป้องกันการกระทำผิดวินัย "
                "การสืบสวนข้อเท็จจริงเบื้องต้น และการแต่งตั้งคณะกรรมการสอบสวนตามพระราชบัญญัติ"
                "ระเบียบข้าราชการครูและบุคลากรทางการศึกษา พ.ศ. 2547 และที่แก้ไขเพิ่มเติม"
            ),
            (
                "ช่วงบ่าย ผู้เข้ารับการอบรมแบ่งกลุ่มวิเคราะห์กรณีศึกษา 5 เรื่อง ได้แก่ "
                "การละทิ้งหน้าที่ราชการ การใช้เงินอุดหนุนผิดวัตถุประสงค์ "
                "การลงโทษนักเรียนเกินกว่าเหตุ การล่วงละเมิดทางเพศต่อนักเรียน "
                "และการเผยแพร่ข้อมูลส่วนบุคคลของนักเรียนทางสื่อสังคมออนไลน์ "
                "พร้อมนำเสนอแนวทางป้องกันที่สถานศึกษานำไปใช้ได้ทันที"
            ),
        ],
        "department": "legal",
        "kind": "activity",
        "information_type": 11,
        "published": "2026-03-11 11:20",
        "activity": {
            "date": "2026-03-10",
            "time": "09:00",
            "place": "ห้องประชุมราชพฤกษ์ สพป.ตัวอย่าง เขต 1",
        },
        "tags": ["วินัย", "ผู้บริหารสถานศึกษา", "กฎหมาย"],
        "author": "chanida",
        "image_count": 3,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "gfmis-disbursement-workshop-2569",
        "title": "ประชุมเชิงปฏิบัติการเร่งรัดการเบิกจ่ายงบประมาณผ่านระบบ New GFMIS Thai ให้เป็นไปตามเป้าหมาย",
        "lead": (
            "เจ้าหน้าที่การเงินและพัสดุของโรงเรียนและศูนย์เครือข่ายสถานศึกษาร่วมทบทวนขั้นตอนการ"
            "เบิกจ่าย เพื่อให้ผลการเบิกจ่ายครึ่งปีหลังเป็นไปตามเป้าหมายของรัฐบาล"
        ),
        "body": [
            (
                "เมื่อวันที่ 25 มีนาคม 2569 นางพรทิพย์ บุญยืนยง "
                "ผู้อำนวยการกลุ่มบริหารงานการเงินและสินทรัพย์ "
                "เป็นประธานการประชุมเชิงปฏิบัติการเร่งรัดการเบิกจ่ายงบประมาณ ประจำปีงบประมาณ "
                "พ.ศ. 2569 ณ ห้องประชุมชัยพฤกษ์ มีเจ้าหน้าที่การเงินและเจ้าหน้าที่พัสดุจาก"
                "โรงเรียนและศูนย์เครือข่ายสถานศึกษาเข้าร่วม 58 คน"
            ),
            (
                "วิทยากรจากกลุ่มบริหารงานการเงินและสินทรัพย์ได้ทบทวนขั้นตอนการขอเบิกเงินผ่านระบบ"
                "บริหารการเงินการคลังภาครัฐแบบอิเล็กทรอนิกส์ใหม่ (New GFMIS Thai) "
                "การวางฎีกาให้ถูกต้องครบถ้วน และข้อผิดพลาดที่ทำให้เอกสารถูกส่งคืนบ่อยครั้ง เช่น "
                "ใบสำคัญคู่จ่ายไม่ครบ และการระบุรหัสงบประมาณไม่ตรงกับแผนงาน"
            ),
            (
                "ที่ประชุมกำหนดให้โรงเรียนส่งเอกสารขอเบิกเงินงบลงทุนที่ลงนามในสัญญาแล้วภายใน"
                "วันที่ 30 เมษายน 2569 และให้กลุ่มบริหารงานการเงินและสินทรัพย์รายงานผลการเบิกจ่าย"
                "ต่อผู้บริหารทุกสัปดาห์ เพื่อติดตามและแก้ปัญหาได้ทันเวลา"
            ),
        ],
        "department": "finance",
        "kind": "activity",
        "information_type": 9,
        "published": "2026-03-25 16:10",
        "activity": {
            "date": "2026-03-25",
            "time": "08:30",
            "place": "ห้องประชุมชัยพฤกษ์ สพป.ตัวอย่าง เขต 1",
        },
        "tags": ["การเงิน", "เบิกจ่ายงบประมาณ", "New GFMIS Thai"],
        "author": "natthida",
        "image_count": 2,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "budget-q2-disbursement-2569",
        "title": (
            "ผลการเบิกจ่ายงบประมาณ ไตรมาสที่ 2 ปีงบประมาณ พ.ศ. 2569 ร้อยละ 63.42 สูงกว่าเป้าหมายที่กำหนด"
        ),
        "lead": (
            "สพป.ตัวอย่าง เขต 1 เบิกจ่ายงบประมาณสะสมถึงสิ้นเดือนมีนาคม 2569 ได้ร้อยละ 63.42 "
            "สูงกว่าเป้าหมายการเบิกจ่ายสะสมที่กำหนดไว้ร้อยละ 55"
        ),
        "body": [
            (
                "กลุ่มบริหารงานการเงินและสินทรัพย์รายงานว่า ณ วันที่ 31 มีนาคม 2569 "
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "ได้รับจัดสรรงบประมาณรวมทั้งสิ้น 186,452,300 บาท เบิกจ่ายแล้ว 118,248,049 บาท "
                "คิดเป็นร้อยละ 63.42 สูงกว่าเป้าหมายการเบิกจ่ายสะสมไตรมาสที่ 2 ที่กำหนดไว้ร้อยละ "
                "55"
            ),
            (
                "เมื่อจำแนกตามประเภทงบประมาณ งบดำเนินงานเบิกจ่ายแล้วร้อยละ 71.85 "
                "งบเงินอุดหนุนร้อยละ 78.10 ส่วนงบลงทุนเบิกจ่ายได้ร้อยละ 24.36 เนื่องจากโครงการ"
                "ก่อสร้างและปรับปรุงอาคารเรียนส่วนใหญ่ยังอยู่ระหว่างการดำเนินงานตามสัญญา"
            ),
            (
                "นางพรทิพย์ บุญยืนยง ผู้อำนวยการกลุ่มบริหารงานการเงินและสินทรัพย์ "
                "ขอบคุณโรงเรียนที่ส่งเอกสารเบิกจ่ายได้ตรงตามกำหนด "
                "และขอให้โรงเรียนที่มีโครงการงบลงทุนเร่งตรวจรับงานและส่งเอกสารให้ครบถ้วน "
                "เพื่อให้การเบิกจ่ายงบลงทุนในไตรมาสที่ 3 เป็นไปตามแผน"
            ),
        ],
        "department": "finance",
        "kind": "pr",
        "information_type": 10,
        "published": "2026-04-09 14:00",
        "activity": None,
        "tags": ["การเบิกจ่าย", "งบประมาณ", "ผลการดำเนินงาน"],
        "author": "natthida",
        "image_count": 0,
        "photo_consent": False,
        "attachment": None,
    },
    {
        "key": "nt-results-2568",
        "title": "ผลการประเมินคุณภาพผู้เรียน (NT) ชั้น ป.3 ปีการศึกษา 2568 สูงกว่าค่าเฉลี่ยระดับประเทศทั้ง 2 ด้าน",
        "lead": (
            "คะแนนเฉลี่ยด้านคณิตศาสตร์และด้านภาษาไทยของนักเรียนในสังกัดสูงกว่าค่าเฉลี่ยระดับ"
            "ประเทศ โดยด้านภาษาไทยเพิ่มขึ้นจากปีการศึกษาก่อน 3.27 คะแนน"
        ),
        "body": [
            (
                "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา รายงานผลการประเมินคุณภาพผู้เรียน "
                "(NT) ชั้นประถมศึกษาปีที่ 3 ปีการศึกษา 2568 "
                "พบว่านักเรียนในสังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "มีคะแนนเฉลี่ยด้านคณิตศาสตร์ร้อยละ 52.64 และด้านภาษาไทยร้อยละ 58.91 "
                "สูงกว่าค่าเฉลี่ยระดับประเทศทั้ง 2 ด้าน"
            ),
            (
                "เมื่อเทียบกับปีการศึกษา 2567 คะแนนเฉลี่ยด้านภาษาไทยเพิ่มขึ้น 3.27 คะแนน "
                "และด้านคณิตศาสตร์เพิ่มขึ้น 1.08 คะแนน โรงเรียนที่มีพัฒนาการโดดเด่น ได้แก่ "
                "โรงเรียนบ้านห้วยทราย โรงเรียนบ้านโคกสะอาด และโรงเรียนชุมชนบ้านนาดี "
                "ซึ่งล้วนเข้าร่วมโครงการพี่เลี้ยงการอ่านของศูนย์เครือข่ายสถานศึกษา"
            ),
            (
                "อย่างไรก็ตาม ยังมีนักเรียนร้อยละ 11.4 "
                "ที่มีผลการประเมินด้านคณิตศาสตร์อยู่ในระดับปรับปรุง กลุ่มนิเทศฯ จึงจะจัดทำชุดฝึก"
                "ทักษะการคิดคำนวณและนิเทศแบบเพื่อนช่วยเพื่อนในโรงเรียนกลุ่มนี้ตั้งแต่ต้นภาคเรียน"
                "ที่ 1 ปีการศึกษา 2569 ผู้สนใจดูผลการประเมินรายโรงเรียนได้ที่หน้าข้อมูลผลสัมฤทธิ์"
                "ทางการศึกษาบนเว็บไซต์ของสำนักงาน"
            ),
        ],
        "department": "supervision",
        "kind": "pr",
        "information_type": 16,
        "published": "2026-04-21 10:30",
        "activity": None,
        "tags": ["NT", "ผลสัมฤทธิ์ทางการศึกษา", "ป.3"],
        "author": "yuphadi",
        "image_count": 0,
        "photo_consent": False,
        "attachment": None,
    },
    {
        "key": "mid-year-plan-review-2569",
        "title": "ประชุมติดตามผลการดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2569 รอบ 6 เดือน",
        "lead": (
            "โครงการตามแผนปฏิบัติการร้อยละ 84.2 แล้วเสร็จหรือดำเนินการตามกำหนด "
            "ที่ประชุมพิจารณาแนวทางเร่งรัดโครงการที่ล่าช้า 6 โครงการ"
        ),
        "body": [
            (
                "เมื่อวันที่ 22 เมษายน 2569 นายชยพล แก้วมณีรัตน์ "
                "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "เป็นประธานการประชุมติดตามผลการดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. "
                "2569 รอบ 6 เดือน (1 ตุลาคม 2568 - 31 มีนาคม 2569) ณ ห้องประชุมราชพฤกษ์ "
                "โดยมีผู้อำนวยการกลุ่มและผู้รับผิดชอบโครงการเข้าร่วมประชุม"
            ),
            (
                "นางสาวศิริพร เพชรรัตน์ ผู้อำนวยการกลุ่มนโยบายและแผน รายงานว่า จากโครงการทั้งหมด "
                "38 โครงการ ดำเนินการแล้วเสร็จ 9 โครงการ อยู่ระหว่างดำเนินการตามกำหนด 23 โครงการ "
                "และล่าช้ากว่าแผน 6 โครงการ "
                "สาเหตุหลักมาจากสถานการณ์อุทกภัยช่วงปลายเดือนพฤศจิกายน 2568 "
                "ที่ทำให้ต้องเลื่อนกิจกรรมในพื้นที่ และการรอจัดสรรงบประมาณเพิ่มเติม"
            ),
            (
                "ที่ประชุมมีมติให้ผู้รับผิดชอบโครงการที่ล่าช้าจัดทำแผนเร่งรัด "
                "และรายงานความก้าวหน้าผ่านระบบติดตามโครงการออนไลน์ทุกวันที่ 5 ของเดือน "
                "กลุ่มนโยบายและแผนจะสรุปผลการดำเนินงานรอบ 12 "
                "เดือนและเผยแพร่บนเว็บไซต์ของสำนักงานภายในเดือนตุลาคม 2569"
            ),
        ],
        "department": "policy",
        "kind": "activity",
        "information_type": 7,
        "published": "2026-04-22 16:40",
        "activity": {
            "date": "2026-04-22",
            "time": "09:00",
            "place": "ห้องประชุมราชพฤกษ์ สพป.ตัวอย่าง เขต 1",
        },
        "tags": ["แผนปฏิบัติการ", "ติดตามผล", "ปีงบประมาณ 2569"],
        "author": "rattanaphon",
        "image_count": 2,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "school-opening-visit-nongbua-2569",
        "title": (
            "ผอ.สพป.ตัวอย่าง เขต 1 ตรวจเยี่ยมความพร้อมการเปิดภาคเรียนที่ 1 ปีการศึกษา 2569 ที่โรงเรียนบ้านหนองบัว"
        ),
        "lead": (
            "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาร่วมต้อนรับนักเรียนในวันเปิดภาคเรียน "
            "พร้อมติดตามความพร้อมด้านอาคารสถานที่ อาหารกลางวัน และความปลอดภัยของนักเรียน"
        ),
        "body": [
            (
                "เมื่อวันที่ 18 พฤษภาคม 2569 เวลา 07.30 น. ดร.ธีรวัฒน์ พงษ์ไพบูลย์ "
                "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "พร้อมด้วยนางสาวกมลวรรณ ศรีนวลจันทร์ ผู้อำนวยการกลุ่มอำนวยการ "
                "เดินทางไปตรวจเยี่ยมโรงเรียนบ้านหนองบัว อำเภอเมืองตัวอย่าง ในวันเปิดภาคเรียนที่ "
                "1 ปีการศึกษา 2569 และร่วมต้อนรับนักเรียนและผู้ปกครองที่หน้าประตูโรงเรียน"
            ),
            (
                "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาได้ตรวจความพร้อมของห้องเรียน โรงอาหาร "
                "ห้องน้ำ และจุดรับส่งนักเรียน พร้อมรับฟังแผนการจัดอาหารกลางวันซึ่งโรงเรียนใช้"
                "ผลผลิตจากแปลงเกษตรของโรงเรียนและเกษตรกรในชุมชน นายสุรพล ทองแท้ "
                "ผู้อำนวยการโรงเรียนบ้านหนองบัว รายงานว่า ปีการศึกษานี้โรงเรียนมีนักเรียน 286 คน "
                "เพิ่มขึ้นจากปีที่แล้ว 14 คน"
            ),
            (
                "ในโอกาสนี้ ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาย้ำให้โรงเรียนทุกแห่งตรวจสอบ"
                "ความปลอดภัยของอาคารเรียน เครื่องเล่นสนาม และรถรับส่งนักเรียน "
                "และจัดระบบดูแลช่วยเหลือนักเรียนอย่างใกล้ชิด "
                "โดยเฉพาะนักเรียนชั้นอนุบาลและชั้นประถมศึกษาปีที่ 1 ที่เพิ่งเข้าเรียนเป็นวันแรก"
            ),
        ],
        "department": "director_office",
        "kind": "activity",
        "information_type": 14,
        "published": "2026-05-18 15:20",
        "activity": {
            "date": "2026-05-18",
            "time": "07:30",
            "place": "โรงเรียนบ้านหนองบัว อำเภอเมืองตัวอย่าง",
        },
        "tags": ["เปิดภาคเรียน", "ตรวจเยี่ยมโรงเรียน", "ผู้บริหาร"],
        "author": "suphaphon",
        "image_count": 3,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "assistant-teacher-exam-results-2569",
        "title": "ประกาศรายชื่อผู้สอบแข่งขันได้ ตำแหน่งครูผู้ช่วย สังกัด สพป.ตัวอย่าง เขต 1 ปี พ.ศ. 2569",
        "lead": (
            "อ.ก.ค.ศ.เขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 ประกาศรายชื่อผู้สอบแข่งขันได้ 68 "
            "คน ใน 11 กลุ่มวิชา บัญชีผู้สอบแข่งขันได้มีอายุ 2 ปี"
        ),
        "body": [
            (
                "ตามที่ อ.ก.ค.ศ.เขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 ได้ดำเนินการสอบแข่งขัน"
                "เพื่อบรรจุและแต่งตั้งบุคคลเข้ารับราชการเป็นข้าราชการครูและบุคลากรทางการศึกษา "
                "ตำแหน่งครูผู้ช่วย ปี พ.ศ. 2569 บัดนี้การสอบแข่งขันได้เสร็จสิ้นแล้ว "
                "จึงประกาศรายชื่อผู้สอบแข่งขันได้ จำนวน 68 คน ใน 11 กลุ่มวิชา "
                "ตามบัญชีรายชื่อแนบท้ายประกาศนี้"
            ),
            (
                "บัญชีผู้สอบแข่งขันได้ให้ใช้ได้ไม่เกิน 2 ปี นับแต่วันประกาศขึ้นบัญชี แต่หากมี"
                "การสอบแข่งขันในตำแหน่งและกลุ่มวิชาเดียวกันอีกและได้ประกาศขึ้นบัญชีผู้สอบแข่งขัน"
                "ได้ใหม่แล้ว บัญชีครั้งก่อนเป็นอันยกเลิก"
            ),
            (
                "ผู้สอบแข่งขันได้ที่ได้รับการเรียกตัวในรอบแรก จำนวน 42 คน "
                "ให้มารายงานตัวและเลือกสถานศึกษาในวันที่ 2 มิถุนายน 2569 เวลา 08.30 น. ณ "
                "ห้องประชุมราชพฤกษ์ พร้อมหลักฐานตามที่ระบุในประกาศ "
                "ผู้ที่ไม่มารายงานตัวตามวันและเวลาที่กำหนด ถือว่าสละสิทธิ์"
            ),
        ],
        "department": "personnel",
        "kind": "announcement",
        "information_type": None,
        "published": "2026-05-22 17:00",
        "activity": None,
        "tags": ["ครูผู้ช่วย", "สอบแข่งขัน", "ประกาศผล"],
        "author": "phimchanok",
        "image_count": 0,
        "photo_consent": False,
        "attachment": "ประกาศรายชื่อผู้สอบแข่งขันได้ ตำแหน่งครูผู้ช่วย พ.ศ. 2569.pdf",
    },
    {
        "key": "school-finance-control-manual-2569",
        "title": "หน่วยตรวจสอบภายในเผยแพร่คู่มือการควบคุมการเงินและบัญชีสำหรับสถานศึกษา ฉบับปรับปรุง พ.ศ. 2569",
        "lead": (
            "คู่มือฉบับปรับปรุงรวบรวมขั้นตอนการรับจ่ายเงิน การจัดทำบัญชี และแบบฟอร์มที่ใช้บ่อย "
            "พร้อมตัวอย่างข้อผิดพลาดที่พบจากการตรวจสอบในปีที่ผ่านมา"
        ),
        "body": [
            (
                "หน่วยตรวจสอบภายใน สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "ได้ปรับปรุงคู่มือการควบคุมการเงินและบัญชีสำหรับสถานศึกษา "
                "ให้สอดคล้องกับระเบียบกระทรวงการคลังว่าด้วยการเบิกเงินจากคลัง การรับเงิน "
                "การจ่ายเงิน การเก็บรักษาเงิน และการนำเงินส่งคลัง "
                "และข้อสังเกตจากการตรวจสอบโรงเรียนในปีงบประมาณที่ผ่านมา"
            ),
            (
                "เนื้อหาแบ่งเป็น 6 บท ได้แก่ การควบคุมการรับเงิน การควบคุมการจ่ายเงิน "
                "การเก็บรักษาเงิน การจัดทำทะเบียนคุมและรายงาน เงินอุดหนุนรายการต่าง ๆ "
                "และการจัดเก็บหลักฐาน แต่ละบทมีแผนผังขั้นตอน รายการตรวจสอบตนเอง "
                "และตัวอย่างแบบฟอร์มที่กรอกข้อมูลแล้ว"
            ),
            (
                "นางนงลักษณ์ มีสมบูรณ์ ผู้อำนวยการหน่วยตรวจสอบภายใน แนะนำให้ผู้บริหารสถานศึกษาและ"
                "เจ้าหน้าที่การเงินใช้รายการตรวจสอบตนเองทุกสิ้นเดือน "
                "เพื่อพบและแก้ไขข้อผิดพลาดก่อนการตรวจสอบประจำปี "
                "สถานศึกษาสามารถดาวน์โหลดคู่มือได้จากเอกสารแนบท้ายข่าวนี้"
            ),
        ],
        "department": "audit",
        "kind": "pr",
        "information_type": 15,
        "published": "2026-05-27 13:30",
        "activity": None,
        "tags": ["คู่มือ", "ตรวจสอบภายใน", "การเงินสถานศึกษา"],
        "author": "wilaiwan",
        "image_count": 0,
        "photo_consent": False,
        "attachment": "คู่มือการควบคุมการเงินและบัญชีสำหรับสถานศึกษา ฉบับปรับปรุง พ.ศ. 2569.pdf",
    },
    {
        "key": "new-assistant-teachers-orientation-2569",
        "title": "ปฐมนิเทศครูผู้ช่วยบรรจุใหม่ 42 คน เตรียมความพร้อมก่อนเข้าสู่การพัฒนาอย่างเข้มเป็นเวลา 2 ปี",
        "lead": (
            "ครูผู้ช่วยที่ได้รับการบรรจุและแต่งตั้งรอบแรกของปี พ.ศ. 2569 รับฟังนโยบาย "
            "แนวทางการประเมินการเตรียมความพร้อม และบทบาทของครูในโรงเรียนขนาดเล็ก"
        ),
        "body": [
            (
                "เมื่อวันที่ 9 มิถุนายน 2569 กลุ่มพัฒนาครูและบุคลากรทางการศึกษา "
                "จัดการปฐมนิเทศครูผู้ช่วยที่ได้รับการบรรจุและแต่งตั้ง จำนวน 42 คน ณ "
                "ห้องประชุมราชพฤกษ์ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 โดยมี "
                "ดร.ธีรวัฒน์ พงษ์ไพบูลย์ ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา "
                "เป็นประธานและบรรยายพิเศษเรื่อง ครูผู้ช่วยกับการพัฒนาผู้เรียนในโลกที่เปลี่ยนแปลง"
            ),
            (
                "ผู้เข้าร่วมได้รับความรู้เรื่องวินัยและจรรยาบรรณวิชาชีพ "
                "สิทธิและสวัสดิการของข้าราชการครู "
                "หลักเกณฑ์การประเมินการเตรียมความพร้อมและพัฒนาอย่างเข้มซึ่งมีระยะเวลา 2 ปี "
                "และการจัดทำแผนพัฒนาตนเองร่วมกับครูพี่เลี้ยงที่สถานศึกษาแต่งตั้ง"
            ),
            (
                "นางจันทร์เพ็ญ รักษ์ธรรม ผู้อำนวยการกลุ่มพัฒนาครูและบุคลากรทางการศึกษา กล่าวว่า "
                "ครูผู้ช่วยรุ่นนี้ร้อยละ 60 ได้รับการบรรจุในโรงเรียนขนาดเล็ก "
                "สำนักงานจึงจัดระบบพี่เลี้ยงระดับศูนย์เครือข่ายสถานศึกษาเพิ่มเติม "
                "เพื่อให้ครูใหม่มีเพื่อนร่วมวิชาชีพคอยให้คำปรึกษาตลอดช่วงการประเมิน"
            ),
        ],
        "department": "teacher_dev",
        "kind": "activity",
        "information_type": 3,
        "published": "2026-06-10 09:40",
        "activity": {
            "date": "2026-06-09",
            "time": "08:30",
            "place": "ห้องประชุมราชพฤกษ์ สพป.ตัวอย่าง เขต 1",
        },
        "tags": ["ครูผู้ช่วย", "ปฐมนิเทศ", "พัฒนาครู"],
        "author": "kittisak",
        "image_count": 3,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "ebidding-multipurpose-hall-donmamuang",
        "title": (
            "ประกวดราคาจ้างก่อสร้างอาคารอเนกประสงค์ โรงเรียนบ้านดอนมะม่วง "
            "ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"
        ),
        "lead": (
            "ราคากลาง 4,870,000 บาท ผู้สนใจดาวน์โหลดเอกสารประกวดราคาได้ตั้งแต่วันนี้ "
            "และยื่นข้อเสนอผ่านระบบการจัดซื้อจัดจ้างภาครัฐในวันที่ 29 มิถุนายน 2569"
        ),
        "body": [
            (
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "มีความประสงค์จะประกวดราคาจ้างก่อสร้างอาคารอเนกประสงค์ จำนวน 1 หลัง "
                "ของโรงเรียนบ้านดอนมะม่วง ตำบลดอนมะม่วง อำเภอเมืองตัวอย่าง จังหวัดตัวอย่าง "
                "ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) "
                "ราคากลางของงานก่อสร้างในการประกวดราคาครั้งนี้เป็นเงินทั้งสิ้น 4,870,000 บาท "
                "(สี่ล้านแปดแสนเจ็ดหมื่นบาทถ้วน)"
            ),
            (
                "ผู้ยื่นข้อเสนอต้องเป็นนิติบุคคลที่มีผลงานก่อสร้างประเภทเดียวกันในวงเงินไม่"
                "น้อยกว่า 2,435,000 บาท และเป็นผลงานที่เป็นคู่สัญญาโดยตรงกับหน่วยงานของรัฐหรือ"
                "หน่วยงานเอกชนที่สำนักงานเชื่อถือ กำหนดยื่นข้อเสนอและเสนอราคาทางระบบการ"
                "จัดซื้อจัดจ้างภาครัฐด้วยอิเล็กทรอนิกส์ในวันที่ 29 มิถุนายน 2569 ระหว่างเวลา "
                "09.00 - 12.00 น."
            ),
            (
                "ผู้สนใจดูรายละเอียดและดาวน์โหลดเอกสารประกวดราคาได้ที่เว็บไซต์ระบบการ"
                "จัดซื้อจัดจ้างภาครัฐและเว็บไซต์ของสำนักงาน "
                "หรือสอบถามได้ที่กลุ่มบริหารงานการเงินและสินทรัพย์ โทรศัพท์ 0 7400 0001 ต่อ 123 "
                "ในวันและเวลาราชการ"
            ),
        ],
        "department": "finance",
        "kind": "announcement",
        "information_type": 5,
        "published": "2026-06-18 10:00",
        "activity": None,
        "tags": ["จัดซื้อจัดจ้าง", "e-bidding", "ก่อสร้าง"],
        "author": "natthida",
        "image_count": 0,
        "photo_consent": False,
        "attachment": "ประกาศประกวดราคาจ้างก่อสร้างอาคารอเนกประสงค์ โรงเรียนบ้านดอนมะม่วง.pdf",
    },
    {
        "key": "scam-impersonation-warning-2569",
        "title": "ด่วน! แจ้งเตือนมิจฉาชีพแอบอ้างเป็นเจ้าหน้าที่ สพป.ตัวอย่าง เขต 1 โทรศัพท์หลอกให้ครูโอนเงิน",
        "lead": (
            "มีผู้แอบอ้างเป็นเจ้าหน้าที่การเงินโทรศัพท์ถึงครูในสังกัด "
            "อ้างว่ามีเงินตกเบิกค้างจ่ายและขอให้โอนค่าธรรมเนียมก่อน "
            "สำนักงานขอยืนยันว่าไม่มีการเรียกเก็บเงินใด ๆ ทางโทรศัพท์"
        ),
        "body": [
            (
                "ตั้งแต่วันที่ 22 มิถุนายน 2569 สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต "
                "1 ได้รับแจ้งจากครูในสังกัดอย่างน้อย 7 ราย "
                "ว่ามีบุคคลโทรศัพท์แอบอ้างเป็นเจ้าหน้าที่กลุ่มบริหารงานการเงินและสินทรัพย์ "
                "แจ้งว่ามีเงินเลื่อนขั้นเงินเดือนตกเบิกค้างจ่าย "
                "และขอให้เพิ่มเพื่อนทางแอปพลิเคชันไลน์เพื่อยืนยันตัวตน "
                "ก่อนชักชวนให้ติดตั้งแอปพลิเคชันปลอมหรือโอนเงินค่าธรรมเนียม"
            ),
            (
                "สำนักงานขอยืนยันว่า "
                "เงินเดือนและเงินตกเบิกทุกประเภทจะโอนเข้าบัญชีเงินเดือนของข้าราชการโดยตรง "
                "และตรวจสอบรายละเอียดได้ด้วยตนเองผ่านระบบข้อมูลเงินเดือน (e-Money) เท่านั้น "
                "เจ้าหน้าที่ของสำนักงานจะไม่ขอรหัสผ่าน ไม่ขอรหัส OTP "
                "และไม่ให้โอนเงินหรือติดตั้งแอปพลิเคชันใด ๆ ทางโทรศัพท์โดยเด็ดขาด"
            ),
            (
                "หากได้รับการติดต่อในลักษณะดังกล่าว "
                "ขอให้วางสายทันทีและโทรศัพท์ตรวจสอบกับกลุ่มบริหารงานการเงินและสินทรัพย์ หมายเลข "
                "0 7400 0001 ต่อ 121 ในวันและเวลาราชการ "
                "ผู้ที่หลงเชื่อโอนเงินไปแล้วให้แจ้งธนาคารเพื่อระงับบัญชี "
                "และแจ้งความออนไลน์ผ่านระบบของสำนักงานตำรวจแห่งชาติโดยเร็วที่สุด"
            ),
        ],
        "department": "director_office",
        "kind": "urgent",
        "information_type": None,
        "published": "2026-06-24 08:10",
        "activity": None,
        "tags": ["ข่าวด่วน", "มิจฉาชีพ", "แจ้งเตือนภัย"],
        "author": "piyanut",
        "image_count": 0,
        "photo_consent": False,
        "attachment": None,
    },
    {
        "key": "anti-drug-day-white-classroom-2569",
        "title": "สพป.ตัวอย่าง เขต 1 รณรงค์วันต่อต้านยาเสพติดโลก ขับเคลื่อนสถานศึกษาปลอดยาเสพติดและอบายมุข",
        "lead": (
            "นักเรียน ครู และภาคีเครือข่ายกว่า 600 คนร่วมเดินรณรงค์ "
            "และรับฟังแนวทางขับเคลื่อนโครงการห้องเรียนสีขาวในสถานศึกษา"
        ),
        "body": [
            (
                "เมื่อวันที่ 26 มิถุนายน 2569 ซึ่งตรงกับวันต่อต้านยาเสพติดโลก "
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "ร่วมกับสถานีตำรวจภูธรเมืองตัวอย่างและโรงพยาบาลส่งเสริมสุขภาพตำบลในเมือง "
                "จัดกิจกรรมรณรงค์ต่อต้านยาเสพติด ณ โรงเรียนวัดศรีสุทธาราม โดยมีนางวรรณภา "
                "ทองประเสริฐ รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา เป็นประธาน"
            ),
            (
                "กิจกรรมประกอบด้วยการเดินรณรงค์รอบชุมชน การแสดงละครสั้นของนักเรียนแกนนำ "
                "และการให้ความรู้เรื่องบุหรี่ไฟฟ้าและยาเสพติดรูปแบบใหม่โดยเจ้าหน้าที่ตำรวจ "
                "มีนักเรียน ครู ผู้ปกครอง และผู้นำชุมชนเข้าร่วมกว่า 600 คน"
            ),
            (
                "นายวีระพงษ์ ชูช่วย ผู้อำนวยการกลุ่มส่งเสริมการจัดการศึกษา กล่าวว่า ปีการศึกษา "
                "2569 มีโรงเรียนในสังกัดเข้าร่วมโครงการห้องเรียนสีขาว 96 แห่ง "
                "สำนักงานจะนิเทศติดตามการคัดกรองนักเรียนกลุ่มเสี่ยง "
                "และสนับสนุนให้ทุกโรงเรียนจัดกิจกรรมเฝ้าระวังบุหรี่ไฟฟ้าอย่างต่อเนื่อง"
            ),
        ],
        "department": "promotion",
        "kind": "activity",
        "information_type": 3,
        "published": "2026-06-26 16:20",
        "activity": {
            "date": "2026-06-26",
            "time": "09:00",
            "place": "โรงเรียนวัดศรีสุทธาราม อำเภอเมืองตัวอย่าง",
        },
        "tags": ["ยาเสพติด", "ห้องเรียนสีขาว", "บุหรี่ไฟฟ้า"],
        "author": "thanakon",
        "image_count": 3,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "living-library-khlongtakhian",
        "title": "โรงเรียนบ้านคลองตะเคียนเปิดห้องสมุดมีชีวิต ฟื้นฟูพื้นที่หลังน้ำท่วมให้เป็นแหล่งเรียนรู้ของชุมชน",
        "lead": (
            "ห้องสมุดที่เสียหายจากอุทกภัยเมื่อปลายปี 2568 ได้รับการปรับปรุงใหม่ด้วยแรงของชุมชน "
            "พร้อมมุมอ่านนิทาน มุมสื่อดิจิทัล และกิจกรรมพี่อ่านให้น้องฟังทุกเช้า"
        ),
        "body": [
            (
                "เมื่อวันที่ 1 กรกฎาคม 2569 โรงเรียนบ้านคลองตะเคียน อำเภอนาดี "
                "จัดพิธีเปิดห้องสมุดมีชีวิต โดยมีนายปกรณ์ หอมจันทร์ ศึกษานิเทศก์ชำนาญการพิเศษ "
                "ผู้รับผิดชอบงานส่งเสริมการอ่าน เป็นผู้แทนสำนักงานเขตพื้นที่การศึกษาร่วมพิธี "
                "ห้องสมุดแห่งนี้ถูกน้ำท่วมเมื่อเดือนพฤศจิกายน 2568 ทำให้หนังสือกว่า 1,800 "
                "เล่มเสียหายจนใช้การไม่ได้"
            ),
            (
                "นางสุนิสา บุญเรือง ผู้อำนวยการโรงเรียนบ้านคลองตะเคียน เล่าว่า "
                "โรงเรียนได้รับบริจาคหนังสือจากศิษย์เก่า ห้องสมุดประชาชนอำเภอนาดี และผู้ปกครอง "
                "รวมกว่า 2,300 เล่ม ส่วนชั้นหนังสือและโต๊ะอ่านหนังสือ "
                "ผู้ปกครองและชาวบ้านได้ช่วยกันซ่อมแซมและทาสีใหม่ในช่วงปิดภาคเรียน"
            ),
            (
                "ห้องสมุดมีชีวิตแบ่งพื้นที่เป็นมุมอ่านนิทานสำหรับเด็กปฐมวัย "
                "มุมหนังสือภูมิปัญญาท้องถิ่น และมุมสื่อดิจิทัลที่มีแท็บเล็ต 10 "
                "เครื่องสำหรับอ่านหนังสืออิเล็กทรอนิกส์ "
                "ทุกเช้าก่อนเข้าเรียนมีกิจกรรมพี่อ่านให้น้องฟัง 15 นาที "
                "และในวันเสาร์ห้องสมุดเปิดให้คนในชุมชนเข้ามาใช้บริการ"
            ),
        ],
        "department": "supervision",
        "kind": "school",
        "information_type": 17,
        "published": "2026-07-02 11:00",
        "activity": {
            "date": "2026-07-01",
            "time": "09:30",
            "place": "โรงเรียนบ้านคลองตะเคียน อำเภอนาดี",
        },
        "tags": ["ห้องสมุดมีชีวิต", "ส่งเสริมการอ่าน", "โรงเรียนบ้านคลองตะเคียน"],
        "author": "piyanut",
        "image_count": 3,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "pdpa-guideline-for-schools",
        "title": "เผยแพร่คู่มือแนวปฏิบัติการคุ้มครองข้อมูลส่วนบุคคล (PDPA) สำหรับสถานศึกษาในสังกัด",
        "lead": (
            "คู่มือช่วยให้โรงเรียนเก็บ ใช้ และเผยแพร่ข้อมูลของนักเรียน ผู้ปกครอง "
            "และบุคลากรได้อย่างถูกต้อง โดยเฉพาะการโพสต์ภาพกิจกรรมที่มีนักเรียนบนสื่อสังคมออนไลน์"
        ),
        "body": [
            (
                "กลุ่มกฎหมายและคดี สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "จัดทำคู่มือแนวปฏิบัติการคุ้มครองข้อมูลส่วนบุคคลสำหรับสถานศึกษา เพื่อเป็นแนวทาง"
                "ให้โรงเรียนในสังกัดปฏิบัติตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 "
                "ในงานประจำวัน ตั้งแต่การรับสมัครนักเรียน การจัดเก็บระเบียนสะสม "
                "ไปจนถึงการเผยแพร่ข่าวประชาสัมพันธ์"
            ),
            (
                "สาระสำคัญของคู่มือ ได้แก่ การแจ้งวัตถุประสงค์ในการเก็บข้อมูลแก่ผู้ปกครอง "
                "การขอความยินยอมก่อนเผยแพร่ภาพหรือผลงานของนักเรียน "
                "ระยะเวลาการเก็บรักษาเอกสารแต่ละประเภท "
                "และการปฏิบัติเมื่อผู้ปกครองขอให้ลบหรือระงับการเผยแพร่ข้อมูล "
                "พร้อมตัวอย่างหนังสือให้ความยินยอมที่โรงเรียนนำไปใช้ได้ทันที"
            ),
            (
                "กลุ่มกฎหมายและคดีขอให้โรงเรียนหลีกเลี่ยงการเผยแพร่ภาพที่ระบุตัวนักเรียนพร้อมชื่อ"
                "และนามสกุล ผลการเรียนรายบุคคล หรือข้อมูลสุขภาพ หากมีข้อสงสัย "
                "ปรึกษานิติกรของสำนักงานได้ที่หมายเลข 0 7400 0001 ต่อ 192"
            ),
        ],
        "department": "legal",
        "kind": "pr",
        "information_type": 15,
        "published": "2026-07-07 14:30",
        "activity": None,
        "tags": ["PDPA", "ข้อมูลส่วนบุคคล", "คู่มือ"],
        "author": "chanida",
        "image_count": 0,
        "photo_consent": False,
        "attachment": "คู่มือแนวปฏิบัติการคุ้มครองข้อมูลส่วนบุคคลสำหรับสถานศึกษา.pdf",
    },
    {
        "key": "reading-supervision-grade1-2569",
        "title": "ศึกษานิเทศก์ลงพื้นที่นิเทศติดตามการแก้ปัญหาการอ่านออกเขียนได้ของนักเรียนชั้นประถมศึกษาปีที่ 1",
        "lead": (
            "คณะศึกษานิเทศก์ติดตามการใช้แบบฝึกสะกดคำและผลการคัดกรองการอ่าน ในโรงเรียน 14 "
            "แห่งของศูนย์เครือข่ายสถานศึกษานาดี 1 และนาดี 2"
        ),
        "body": [
            (
                "ระหว่างวันที่ 13 - 14 กรกฎาคม 2569 ดร.อรุณี วงศ์สวัสดิ์ ผู้อำนวยการกลุ่มนิเทศ "
                "ติดตามและประเมินผลการจัดการศึกษา พร้อมด้วยคณะศึกษานิเทศก์ "
                "ลงพื้นที่นิเทศติดตามการจัดการเรียนการสอนภาษาไทยชั้นประถมศึกษาปีที่ 1 ในโรงเรียน "
                "14 แห่งของศูนย์เครือข่ายสถานศึกษานาดี 1 และนาดี 2"
            ),
            (
                "คณะนิเทศได้สังเกตการสอนในชั้นเรียน ตรวจผลการคัดกรองการอ่านต้นภาคเรียน "
                "และพูดคุยกับครูผู้สอนถึงการใช้แบบฝึกสะกดคำที่กลุ่มนิเทศฯ พัฒนาขึ้น "
                "พบว่าสัดส่วนนักเรียนที่ยังอ่านไม่คล่องลดลงจากร้อยละ 24 เมื่อต้นภาคเรียน "
                "เหลือร้อยละ 15"
            ),
            (
                "ศึกษานิเทศก์ได้ให้ข้อเสนอแนะแก่ครูในการจัดกลุ่มนักเรียนตามระดับความสามารถ "
                "การอ่านออกเสียงร่วมกันวันละ 20 นาที และการส่งแบบฝึกให้ผู้ปกครองช่วยทบทวนที่บ้าน "
                "โดยจะติดตามผลอีกครั้งก่อนสิ้นภาคเรียนที่ 1 ปีการศึกษา 2569"
            ),
        ],
        "department": "supervision",
        "kind": "activity",
        "information_type": 3,
        "published": "2026-07-15 15:45",
        "activity": {
            "date": "2026-07-13",
            "time": None,
            "place": "โรงเรียนในศูนย์เครือข่ายสถานศึกษานาดี 1 และนาดี 2",
        },
        "tags": ["การอ่านออกเขียนได้", "นิเทศติดตาม", "ป.1"],
        "author": "yuphadi",
        "image_count": 3,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "education-statistics-2569",
        "title": (
            "เผยแพร่ข้อมูลสารสนเทศทางการศึกษา สพป.ตัวอย่าง เขต 1 ปีการศึกษา 2569 ข้อมูล ณ วันที่ 10 มิถุนายน 2569"
        ),
        "lead": (
            "ปีการศึกษา 2569 สพป.ตัวอย่าง เขต 1 มีโรงเรียนในสังกัด 118 แห่ง นักเรียน 18,746 คน "
            "ใน 3 อำเภอ และ 12 ศูนย์เครือข่ายสถานศึกษา"
        ),
        "body": [
            (
                "กลุ่มนโยบายและแผน สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "ได้รวบรวมข้อมูลสารสนเทศทางการศึกษา ปีการศึกษา 2569 "
                "จากระบบจัดเก็บข้อมูลนักเรียนรายบุคคล (DMC) และระบบข้อมูลบุคลากร ณ วันที่ 10 "
                "มิถุนายน 2569 เพื่อใช้ประกอบการวางแผนจัดการศึกษาและการจัดสรรงบประมาณ"
            ),
            (
                "สำนักงานมีโรงเรียนในสังกัด 118 แห่ง ตั้งอยู่ในอำเภอเมืองตัวอย่าง 46 แห่ง "
                "อำเภอท่าทราย 38 แห่ง และอำเภอนาดี 34 แห่ง มีนักเรียนรวม 18,746 คน "
                "แยกเป็นระดับก่อนประถมศึกษา 3,912 คน ระดับประถมศึกษา 13,608 คน "
                "และระดับมัธยมศึกษาตอนต้นในโรงเรียนขยายโอกาสทางการศึกษา 1,226 คน "
                "มีข้าราชการครูและบุคลากรทางการศึกษารวม 1,236 คน"
            ),
            (
                "ในจำนวนนี้เป็นโรงเรียนขนาดเล็กที่มีนักเรียนไม่เกิน 120 คน 52 แห่ง หรือร้อยละ "
                "44.07 ซึ่งสำนักงานให้ความสำคัญกับการบริหารจัดการทรัพยากรร่วมกันระหว่างโรงเรียน "
                "ผู้สนใจดาวน์โหลดเอกสารสารสนเทศฉบับสมบูรณ์ซึ่งมีข้อมูลรายโรงเรียนและรายศูนย์"
                "เครือข่ายได้จากเอกสารแนบท้ายข่าวนี้"
            ),
        ],
        "department": "policy",
        "kind": "pr",
        "information_type": 6,
        "published": "2026-07-21 10:15",
        "activity": None,
        "tags": ["ข้อมูลสารสนเทศ", "สถิติการศึกษา", "ปีการศึกษา 2569"],
        "author": "rattanaphon",
        "image_count": 0,
        "photo_consent": False,
        "attachment": "สารสนเทศทางการศึกษา ปีการศึกษา 2569.pdf",
    },
    {
        "key": "linked-classrooms-small-schools-2569",
        "title": "โรงเรียนขนาดเล็ก 18 แห่งใช้ห้องเรียนเชื่อมโยงออนไลน์ร่วมกัน แก้ปัญหาครูไม่ครบชั้น",
        "lead": (
            "ครูต้นทางสอนสดพร้อมกันหลายโรงเรียน ครูปลายทางดูแลกิจกรรมในห้องเรียน "
            "ผลการทดสอบกลางภาควิชาคณิตศาสตร์ของโรงเรียนปลายทางดีขึ้นอย่างชัดเจน"
        ),
        "body": [
            (
                "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร "
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "ขยายผลโครงการห้องเรียนเชื่อมโยงไปยังโรงเรียนขนาดเล็ก 18 แห่ง ในภาคเรียนที่ 1 "
                "ปีการศึกษา 2569 เพื่อแก้ปัญหาครูไม่ครบชั้นและครูสอนไม่ตรงวิชาเอก "
                "โดยเฉพาะวิชาคณิตศาสตร์และภาษาอังกฤษ"
            ),
            (
                "ครูต้นทางจากโรงเรียนอนุบาลตัวอย่างและโรงเรียนวัดศรีสุทธารามสอนสดผ่านระบบประชุม"
                "ออนไลน์ไปยังห้องเรียนปลายทางพร้อมกัน สัปดาห์ละ 6 คาบ "
                "ขณะที่ครูปลายทางดูแลกิจกรรมกลุ่ม ตรวจงาน และช่วยเหลือนักเรียนเป็นรายบุคคล "
                "สำนักงานได้สนับสนุนจอแสดงผล กล้อง "
                "และอุปกรณ์กระจายสัญญาณให้โรงเรียนปลายทางครบทุกแห่ง"
            ),
            (
                "นายอนุชา ศรีทองคำ ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกลฯ เปิดเผยว่า "
                "คะแนนเฉลี่ยวิชาคณิตศาสตร์ของนักเรียนชั้นประถมศึกษาปีที่ 4 - 6 "
                "ในโรงเรียนปลายทางเพิ่มขึ้นจากร้อยละ 48.6 เป็นร้อยละ 55.3 "
                "เมื่อเทียบกับผลการทดสอบก่อนเข้าร่วมโครงการ และครูปลายทางร้อยละ 92 "
                "ต้องการให้ดำเนินโครงการต่อในภาคเรียนที่ 2"
            ),
        ],
        "department": "ict",
        "kind": "pr",
        "information_type": 17,
        "published": "2026-08-06 13:15",
        "activity": None,
        "tags": ["การศึกษาทางไกล", "โรงเรียนขนาดเล็ก", "เทคโนโลยีการศึกษา"],
        "author": "onuma",
        "image_count": 2,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "science-week-watsisuttharam-2569",
        "title": (
            "โรงเรียนวัดศรีสุทธารามจัดงานสัปดาห์วิทยาศาสตร์แห่งชาติ ชวนนักเรียนทดลองจรวดขวดน้ำและเครื่องกรองน้ำ"
        ),
        "lead": (
            "นักเรียนกว่า 700 คนเรียนรู้ผ่านฐานการทดลองที่ครูและนักเรียนแกนนำร่วมกันออกแบบ "
            "พร้อมการประกวดโครงงานวิทยาศาสตร์"
        ),
        "body": [
            (
                "เมื่อวันที่ 18 สิงหาคม 2569 โรงเรียนวัดศรีสุทธาราม อำเภอเมืองตัวอย่าง "
                "จัดงานสัปดาห์วิทยาศาสตร์แห่งชาติ ประจำปี 2569 "
                "เพื่อน้อมรำลึกถึงพระบาทสมเด็จพระจอมเกล้าเจ้าอยู่หัว พระบิดาแห่งวิทยาศาสตร์ไทย "
                "และส่งเสริมให้นักเรียนมีทักษะกระบวนการทางวิทยาศาสตร์ผ่านการลงมือทำ"
            ),
            (
                "ภายในงานมีฐานการเรียนรู้ 10 ฐาน เช่น ฐานจรวดขวดน้ำ "
                "ฐานเครื่องกรองน้ำจากวัสดุธรรมชาติ ฐานวงจรไฟฟ้าอย่างง่าย และฐานดาราศาสตร์ที่"
                "นักเรียนได้สังเกตดวงอาทิตย์ผ่านกล้องโทรทรรศน์ที่ติดแผ่นกรองแสง "
                "ซึ่งได้รับความอนุเคราะห์จากคณะครุศาสตร์ มหาวิทยาลัยราชภัฏตัวอย่าง"
            ),
            (
                "นายประสิทธิ์ แก้วกาญจนา ผู้อำนวยการโรงเรียนวัดศรีสุทธาราม กล่าวว่า "
                "ปีนี้ให้นักเรียนชั้นประถมศึกษาปีที่ 5 - 6 เป็นผู้ดูแลฐานกิจกรรมเองทั้งหมด "
                "ส่วนการประกวดโครงงานมีผู้ส่งผลงาน 31 โครงงาน และโครงงานชนะเลิศ คือ "
                "เครื่องให้อาหารปลาอัตโนมัติจากวัสดุเหลือใช้"
            ),
        ],
        "department": "director_office",
        "kind": "school",
        "information_type": None,
        "published": "2026-08-19 15:00",
        "activity": {
            "date": "2026-08-18",
            "time": "08:30",
            "place": "โรงเรียนวัดศรีสุทธาราม อำเภอเมืองตัวอย่าง",
        },
        "tags": ["สัปดาห์วิทยาศาสตร์", "โรงเรียนวัดศรีสุทธาราม", "วิทยาศาสตร์"],
        "author": "piyanut",
        "image_count": 4,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "nongbua-school-garden-lunch",
        "title": "โรงเรียนบ้านหนองบัวต่อยอดแปลงเกษตรสู่ครัวอาหารกลางวัน นักเรียนได้กินผักปลอดสารพิษทุกวัน",
        "lead": (
            "แปลงผัก บ่อปลา "
            "และโรงเรือนเพาะเห็ดที่นักเรียนช่วยกันดูแลส่งผลผลิตเข้าครัวได้ราวร้อยละ 40 "
            "ของวัตถุดิบ และกลายเป็นแหล่งเรียนรู้ให้โรงเรียนอื่นมาศึกษาดูงาน"
        ),
        "body": [
            (
                "โรงเรียนบ้านหนองบัว อำเภอเมืองตัวอย่าง พัฒนาพื้นที่ว่างหลังอาคารเรียนกว่า 2 "
                "ไร่ให้เป็นแปลงเกษตรผสมผสาน ประกอบด้วยแปลงผักสวนครัว 24 แปลง บ่อเลี้ยงปลาดุก 3 "
                "บ่อ และโรงเรือนเพาะเห็ดนางฟ้า "
                "โดยแบ่งให้นักเรียนแต่ละชั้นรับผิดชอบดูแลตามตารางเวรประจำสัปดาห์"
            ),
            (
                "ผลผลิตจากแปลงเกษตรถูกนำเข้าครัวอาหารกลางวันของโรงเรียนโดยตรง "
                "คิดเป็นประมาณร้อยละ 40 ของวัตถุดิบประเภทผักและโปรตีนที่ใช้ในแต่ละเดือน "
                "ผลผลิตที่เหลือจำหน่ายให้ผู้ปกครองและชุมชน "
                "และนำรายได้เข้ากองทุนอาหารกลางวันของโรงเรียน "
                "ซึ่งในภาคเรียนที่ผ่านมามีรายได้สะสม 38,450 บาท"
            ),
            (
                "นายวีระพงษ์ ชูช่วย ผู้อำนวยการกลุ่มส่งเสริมการจัดการศึกษา กล่าวว่า สำนักงานได้"
                "คัดเลือกโรงเรียนบ้านหนองบัวเป็นโรงเรียนต้นแบบด้านเกษตรเพื่ออาหารกลางวัน "
                "และจะพาโรงเรียนขนาดเล็กในสังกัดมาศึกษาดูงาน "
                "เพื่อนำแนวทางไปปรับใช้ตามบริบทของแต่ละโรงเรียน"
            ),
        ],
        "department": "promotion",
        "kind": "school",
        "information_type": 18,
        "published": "2026-08-20 11:30",
        "activity": None,
        "tags": ["เกษตรในโรงเรียน", "อาหารกลางวัน", "โรงเรียนบ้านหนองบัว"],
        "author": "piyanut",
        "image_count": 3,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "academic-standing-eligible-list-2569",
        "title": "ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมินเพื่อขอมีหรือเลื่อนวิทยฐานะ (ว PA) รอบเดือนสิงหาคม 2569",
        "lead": (
            "ข้าราชการครูและบุคลากรทางการศึกษา 57 คนผ่านการตรวจสอบคุณสมบัติ "
            "และมีสิทธิ์เข้ารับการประเมินตามหลักเกณฑ์และวิธีการที่ ก.ค.ศ. กำหนด"
        ),
        "body": [
            (
                "ตามที่ข้าราชการครูและบุคลากรทางการศึกษาในสังกัดได้ยื่นคำขอมีวิทยฐานะหรือเลื่อน"
                "วิทยฐานะผ่านระบบการประเมินตำแหน่งและวิทยฐานะแบบดิจิทัล (DPA) ระหว่างวันที่ 1 - "
                "31 กรกฎาคม 2569 นั้น "
                "กลุ่มบริหารงานบุคคลได้ตรวจสอบคุณสมบัติและหลักฐานประกอบคำขอเรียบร้อยแล้ว"
            ),
            (
                "ผู้มีสิทธิ์เข้ารับการประเมินมีทั้งสิ้น 57 คน แยกเป็นขอมีวิทยฐานะครูชำนาญการ 21 "
                "คน ขอเลื่อนเป็นวิทยฐานะครูชำนาญการพิเศษ 29 คน วิทยฐานะครูเชี่ยวชาญ 4 คน "
                "และวิทยฐานะของผู้บริหารสถานศึกษา 3 คน "
                "รายละเอียดปรากฏตามบัญชีรายชื่อแนบท้ายประกาศนี้"
            ),
            (
                "ผู้ที่มีรายชื่อจะได้รับการประเมินจากคณะกรรมการที่ "
                "อ.ก.ค.ศ.เขตพื้นที่การศึกษาแต่งตั้ง "
                "ส่วนผู้ที่ยื่นคำขอแต่ไม่มีรายชื่อและประสงค์จะทักท้วง "
                "ให้ยื่นหนังสือพร้อมหลักฐานต่อกลุ่มบริหารงานบุคคลภายในวันที่ 4 กันยายน 2569"
            ),
        ],
        "department": "personnel",
        "kind": "announcement",
        "information_type": 9,
        "published": "2026-08-27 16:00",
        "activity": None,
        "tags": ["วิทยฐานะ", "ว PA", "ประกาศรายชื่อ"],
        "author": "phimchanok",
        "image_count": 0,
        "photo_consent": False,
        "attachment": "ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมิน.pdf",
    },
    {
        "key": "regional-teacher-awards-2569",
        "title": (
            "ครูในสังกัด สพป.ตัวอย่าง เขต 1 คว้า 3 รางวัลครูผู้สอนดีเด่นระดับภาค จากผลงานนวัตกรรมการจัดการเรียนรู้"
        ),
        "lead": (
            "ผลงานที่ได้รับรางวัลครอบคลุมการสอนอ่านด้วยนิทานท้องถิ่น คณิตศาสตร์ผ่านเกมกระดาน "
            "และวิทยาการคำนวณแบบไม่ใช้คอมพิวเตอร์"
        ),
        "body": [
            (
                "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา "
                "ขอแสดงความยินดีกับครูในสังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "ที่ได้รับรางวัลครูผู้สอนดีเด่น ระดับภาค ประจำปี 2569 จำนวน 3 คน "
                "ซึ่งผ่านการคัดเลือกจากผลงานนวัตกรรมการจัดการเรียนรู้และผลที่เกิดกับผู้เรียน"
            ),
            (
                "ผู้ได้รับรางวัล ได้แก่ นางสาวกัญญารัตน์ ศรีเมือง ครูโรงเรียนบ้านโคกสะอาด "
                "ด้านภาษาไทย จากผลงานนิทานบ้านเราชวนอ่าน นายธีรภัทร จันทร์แก้ว "
                "ครูโรงเรียนบ้านท่าทราย ด้านคณิตศาสตร์ จากผลงานเกมกระดานเศษส่วนหรรษา และนางพัชรี "
                "บุญประคอง ครูโรงเรียนบ้านห้วยทราย ด้านวิทยาการคำนวณ "
                "จากผลงานฝึกคิดเป็นขั้นตอนโดยไม่ใช้คอมพิวเตอร์"
            ),
            (
                "นางจันทร์เพ็ญ รักษ์ธรรม ผู้อำนวยการกลุ่มพัฒนาครูและบุคลากรทางการศึกษา กล่าวว่า "
                "สำนักงานจะเชิญครูทั้ง 3 คนเป็นวิทยากรในเวทีชุมชนการเรียนรู้ทางวิชาชีพ (PLC) "
                "ระดับเขตพื้นที่ และรวบรวมผลงานเผยแพร่ในคลังนวัตกรรมบนเว็บไซต์ของสำนักงาน "
                "เพื่อให้ครูในโรงเรียนอื่นนำไปปรับใช้"
            ),
        ],
        "department": "teacher_dev",
        "kind": "pr",
        "information_type": 18,
        "published": "2026-09-03 10:45",
        "activity": None,
        "tags": ["รางวัล", "ครูดีเด่น", "นวัตกรรม"],
        "author": "kittisak",
        "image_count": 2,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "robotics-watphothong-regional-win",
        "title": "นักเรียนโรงเรียนวัดโพธิ์ทองคว้ารางวัลชนะเลิศการแข่งขันหุ่นยนต์ระดับภาค เตรียมแข่งขันระดับประเทศ",
        "lead": (
            "ทีมนักเรียนชั้นประถมศึกษาปีที่ 6 จากอำเภอท่าทรายพัฒนาหุ่นยนต์คัดแยกขยะ "
            "ชนะเลิศประเภทหุ่นยนต์แก้ปัญหาชุมชน จากทีมเข้าแข่งขัน 46 ทีม"
        ),
        "body": [
            (
                "ทีมนักเรียนโรงเรียนวัดโพธิ์ทอง อำเภอท่าทราย "
                "ได้รับรางวัลชนะเลิศการแข่งขันหุ่นยนต์ระดับภาค ประเภทหุ่นยนต์แก้ปัญหาชุมชน "
                "ระดับชั้นประถมศึกษา ซึ่งจัดขึ้นเมื่อวันที่ 5 กันยายน 2569 "
                "โดยมีทีมเข้าร่วมแข่งขันทั้งสิ้น 46 ทีม จาก 14 จังหวัด"
            ),
            (
                "ผลงานของทีมคือหุ่นยนต์คัดแยกขยะที่ใช้เซนเซอร์ตรวจจับวัสดุ แยกขวดพลาสติก "
                "กระป๋องอะลูมิเนียม และขยะทั่วไปออกจากกัน "
                "แนวคิดมาจากปัญหาขยะริมคลองท่าทรายที่นักเรียนพบในชุมชนของตนเอง "
                "ทีมประกอบด้วยนักเรียน 3 คน โดยมีนายวรวุฒิ พรหมทอง ครูผู้สอนวิทยาการคำนวณ "
                "เป็นครูผู้ฝึกสอน"
            ),
            (
                "ทีมจะเป็นตัวแทนภาคไปแข่งขันระดับประเทศที่กรุงเทพมหานครในเดือนมกราคม 2570 "
                "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร "
                "ซึ่งสนับสนุนชุดหุ่นยนต์ให้โรงเรียนมาตั้งแต่ปีการศึกษา 2567 "
                "จะสนับสนุนอุปกรณ์เพิ่มเติมและค่าใช้จ่ายในการเดินทางของทีม"
            ),
        ],
        "department": "ict",
        "kind": "school",
        "information_type": 18,
        "published": "2026-09-08 14:20",
        "activity": None,
        "tags": ["หุ่นยนต์", "วิทยาการคำนวณ", "โรงเรียนวัดโพธิ์ทอง"],
        "author": "piyanut",
        "image_count": 3,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "retirement-tribute-2569",
        "title": "สพป.ตัวอย่าง เขต 1 จัดงานมุทิตาจิตแด่ผู้เกษียณอายุราชการ ประจำปี 2569 รวม 73 คน",
        "lead": (
            "ผู้บริหาร ครู และบุคลากรร่วมแสดงความขอบคุณผู้เกษียณอายุราชการ"
            "ที่อุทิศตนให้การศึกษาของจังหวัดตัวอย่างมาอย่างยาวนาน"
        ),
        "body": [
            (
                "เมื่อวันที่ 17 กันยายน 2569 เวลา 16.00 น. "
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "ร่วมกับสมาคมผู้บริหารสถานศึกษา จัดงานมุทิตาจิตแด่ผู้เกษียณอายุราชการ ประจำปี "
                "2569 ณ หอประชุมโรงเรียนอนุบาลตัวอย่าง โดยมี ดร.ธีรวัฒน์ พงษ์ไพบูลย์ "
                "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา เป็นประธาน"
            ),
            (
                "ผู้เกษียณอายุราชการในปีนี้มี 73 คน ประกอบด้วยผู้บริหารสถานศึกษา 12 คน "
                "ข้าราชการครู 54 คน บุคลากรทางการศึกษาในสำนักงาน 4 คน และลูกจ้างประจำ 3 คน "
                "ภายในงานมีพิธีรดน้ำขอพร การมอบของที่ระลึก "
                "และวีดิทัศน์รวมภาพความทรงจำตลอดชีวิตราชการ"
            ),
            (
                "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษากล่าวขอบคุณผู้เกษียณทุกคนที่อุทิศเวลาเกือบ"
                "ทั้งชีวิตให้กับการพัฒนาเด็กและเยาวชน "
                "และเชิญชวนให้เป็นที่ปรึกษาและครูภูมิปัญญาของโรงเรียนในชุมชนต่อไป ทั้งนี้ "
                "กลุ่มบริหารงานบุคคลได้จัดเจ้าหน้าที่ให้คำแนะนำเรื่องการยื่นขอรับบำเหน็จบำนาญ ณ "
                "บริเวณงานด้วย"
            ),
        ],
        "department": "personnel",
        "kind": "activity",
        "information_type": None,
        "published": "2026-09-18 10:20",
        "activity": {
            "date": "2026-09-17",
            "time": "16:00",
            "place": "หอประชุมโรงเรียนอนุบาลตัวอย่าง",
        },
        "tags": ["เกษียณอายุราชการ", "มุทิตาจิต", "บุคลากร"],
        "author": "phimchanok",
        "image_count": 4,
        "photo_consent": True,
        "attachment": None,
    },
    # --- Fiscal year 2570 (from 1 October 2026; the demo's today is 21 November 2026) ---
    {
        "key": "principals-meeting-1-2570",
        "title": (
            "ผอ.สพป.ตัวอย่าง เขต 1 มอบนโยบายในการประชุมผู้บริหารสถานศึกษา ครั้งที่ 1/2570 "
            "เน้นความปลอดภัยและการอ่าน"
        ),
        "lead": (
            "ที่ประชุมผู้บริหารสถานศึกษาครั้งแรกของปีงบประมาณ พ.ศ. 2570 รับทราบจุดเน้น 5 ด้าน "
            "และเตรียมความพร้อมก่อนเปิดภาคเรียนที่ 2 ปีการศึกษา 2569"
        ),
        "body": [
            (
                "เมื่อวันที่ 7 ตุลาคม 2569 เวลา 09.00 น. ดร.ธีรวัฒน์ พงษ์ไพบูลย์ "
                "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "เป็นประธานการประชุมผู้บริหารสถานศึกษา ครั้งที่ 1/2570 ณ ห้องประชุมราชพฤกษ์ "
                "มีผู้บริหารสถานศึกษาและผู้รักษาการในตำแหน่งเข้าร่วมประชุม 116 คน"
            ),
            (
                "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาได้มอบจุดเน้นการบริหารจัดการศึกษาใน"
                "ปีงบประมาณ พ.ศ. 2570 จำนวน 5 ด้าน ได้แก่ "
                "ความปลอดภัยของนักเรียนทั้งด้านร่างกายและจิตใจ "
                "การอ่านออกเขียนคล่องของนักเรียนทุกคน การจัดการเรียนรู้เชิงรุก "
                "การลดภาระงานเอกสารของครู และการสื่อสารกับผู้ปกครองและชุมชนอย่างสม่ำเสมอ"
            ),
            (
                "ผู้อำนวยการกลุ่มต่าง ๆ ได้ชี้แจงเรื่องสำคัญ เช่น ปฏิทินการศึกษาภาคเรียนที่ 2 "
                "การรายงานข้อมูลนักเรียนรายบุคคล (DMC) ณ วันที่ 10 พฤศจิกายน 2569 "
                "และแผนเผชิญเหตุอุทกภัยช่วงฤดูมรสุม "
                "ซึ่งโรงเรียนทุกแห่งต้องทบทวนและส่งสำนักงานภายในวันที่ 30 ตุลาคม 2569"
            ),
        ],
        "department": "director_office",
        "kind": "activity",
        "information_type": 2,
        "published": "2026-10-07 17:10",
        "activity": {
            "date": "2026-10-07",
            "time": "09:00",
            "place": "ห้องประชุมราชพฤกษ์ สพป.ตัวอย่าง เขต 1",
        },
        "tags": ["ประชุมผู้บริหาร", "นโยบาย", "ปีงบประมาณ 2570"],
        "author": "suphaphon",
        "image_count": 3,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "english-camp-anuban-tuayang-2569",
        "title": (
            "โรงเรียนอนุบาลตัวอย่างจัดค่ายภาษาอังกฤษช่วงปิดภาคเรียน ชวนนักเรียนจากโรงเรียนขนาดเล็กร่วมเรียนรู้"
        ),
        "lead": (
            "ค่ายภาษาอังกฤษ 3 วันรับนักเรียนชั้นประถมศึกษาปีที่ 4 - 6 จากโรงเรียนเครือข่าย 9 "
            "แห่ง ฝึกสื่อสารในสถานการณ์จริงร่วมกับอาสาสมัครชาวต่างชาติ"
        ),
        "body": [
            (
                "ระหว่างวันที่ 6 - 8 ตุลาคม 2569 โรงเรียนอนุบาลตัวอย่าง อำเภอเมืองตัวอย่าง "
                "จัดค่ายภาษาอังกฤษ Tuayang English Camp 2026 ในช่วงปิดภาคเรียนที่ 1 ปีการศึกษา "
                "2569 มีนักเรียนชั้นประถมศึกษาปีที่ 4 - 6 เข้าร่วม 120 คน "
                "ครึ่งหนึ่งเป็นนักเรียนของโรงเรียนเอง อีกครึ่งหนึ่งมาจากโรงเรียนขนาดเล็ก 9 "
                "แห่งในศูนย์เครือข่ายสถานศึกษาเมืองตัวอย่าง 1"
            ),
            (
                "กิจกรรมในค่ายเน้นการใช้ภาษาในสถานการณ์จริง เช่น การสั่งอาหาร การถามทาง "
                "และการแนะนำสถานที่ท่องเที่ยวในจังหวัดตัวอย่าง โดยมีอาสาสมัครชาวต่างชาติ 4 "
                "คนและครูภาษาอังกฤษจากโรงเรียนในศูนย์เครือข่ายร่วมเป็นวิทยากร "
                "วันสุดท้ายนักเรียนแต่ละกลุ่มได้นำเสนอคลิปวิดีโอแนะนำชุมชนของตนเป็นภาษาอังกฤษ"
            ),
            (
                "นางสาวมาลัยพร ศรีวิไล ผู้อำนวยการโรงเรียนอนุบาลตัวอย่าง กล่าวว่า โรงเรียนตั้งใจ"
                "แบ่งปันทรัพยากรและครูภาษาอังกฤษให้กับโรงเรียนขนาดเล็กที่ไม่มีครูวิชาเอก"
                "ภาษาอังกฤษ ค่าใช้จ่ายทั้งหมดได้รับการสนับสนุนจากสมาคมผู้ปกครองและครูของโรงเรียน "
                "นักเรียนจึงเข้าร่วมได้โดยไม่เสียค่าใช้จ่าย"
            ),
        ],
        "department": "director_office",
        "kind": "school",
        "information_type": None,
        "published": "2026-10-09 15:40",
        "activity": {
            "date": "2026-10-06",
            "time": "08:30",
            "place": "โรงเรียนอนุบาลตัวอย่าง อำเภอเมืองตัวอย่าง",
        },
        "tags": ["ค่ายภาษาอังกฤษ", "English Camp", "โรงเรียนอนุบาลตัวอย่าง"],
        "author": "piyanut",
        "image_count": 3,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "online-document-archive-launch",
        "title": "เปิดใช้ระบบคลังเอกสารออนไลน์สำหรับสถานศึกษา ค้นหาหนังสือราชการและคำสั่งย้อนหลังได้ในที่เดียว",
        "lead": (
            "ตั้งแต่วันที่ 15 ตุลาคม 2569 โรงเรียนทุกแห่งเข้าถึงหนังสือราชการ คำสั่ง "
            "และแบบฟอร์มของสำนักงาน ย้อนหลังถึงปี พ.ศ. 2565 ผ่านบัญชีผู้ใช้ของโรงเรียน"
        ),
        "body": [
            (
                "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร ร่วมกับกลุ่มอำนวยการ "
                "พัฒนาระบบคลังเอกสารออนไลน์สำหรับสถานศึกษา เพื่อจัดเก็บหนังสือราชการ คำสั่ง "
                "ประกาศ และแบบฟอร์มของสำนักงานไว้ในที่เดียว โดยนำเข้าเอกสารย้อนหลังตั้งแต่ปี "
                "พ.ศ. 2565 รวมกว่า 14,000 ฉบับ"
            ),
            (
                "ผู้ใช้ค้นหาเอกสารได้ด้วยเลขที่หนังสือ ชื่อเรื่อง กลุ่มที่รับผิดชอบ "
                "หรือช่วงวันที่ และระบบจะแจ้งเตือนทางอีเมลเมื่อมีหนังสือที่โรงเรียนต้องดำเนินการ"
                "พร้อมวันครบกำหนด ช่วยให้โรงเรียนไม่พลาดกำหนดส่งรายงานและลดการพิมพ์เอกสารซ้ำ"
            ),
            (
                "สำนักงานได้ส่งชื่อผู้ใช้และรหัสผ่านเริ่มต้นให้ผู้บริหารสถานศึกษาทุกแห่งทางระบบ"
                "สำนักงานอิเล็กทรอนิกส์แล้ว ขอให้เปลี่ยนรหัสผ่านเมื่อเข้าใช้งานครั้งแรก "
                "หากพบปัญหาการใช้งาน ติดต่อนางสาวอรอุมา ศักดิ์เจริญ "
                "นักวิชาการคอมพิวเตอร์ชำนาญการ โทรศัพท์ 0 7400 0001 ต่อ 182"
            ),
        ],
        "department": "ict",
        "kind": "pr",
        "information_type": 12,
        "published": "2026-10-14 10:00",
        "activity": None,
        "tags": ["คลังเอกสารออนไลน์", "สารบรรณอิเล็กทรอนิกส์", "ลดการใช้กระดาษ"],
        "author": "onuma",
        "image_count": 0,
        "photo_consent": False,
        "attachment": None,
    },
    {
        "key": "integrity-declaration-fy2570",
        "title": (
            "ผอ.สพป.ตัวอย่าง เขต 1 นำผู้บริหารและบุคลากรประกาศเจตจำนงสุจริตในการบริหารงาน "
            "ปีงบประมาณ พ.ศ. 2570"
        ),
        "lead": (
            "ผู้บริหารและบุคลากรทุกคนร่วมกล่าวคำประกาศว่าจะบริหารงานด้วยความซื่อสัตย์ โปร่งใส "
            "และตรวจสอบได้ พร้อมเปิดช่องทางให้ประชาชนแจ้งเบาะแสการทุจริต"
        ),
        "body": [
            (
                "เมื่อวันที่ 16 ตุลาคม 2569 เวลา 08.30 น. หลังกิจกรรมเคารพธงชาติ ดร.ธีรวัฒน์ "
                "พงษ์ไพบูลย์ ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "นำรองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา ผู้อำนวยการกลุ่ม และบุคลากรทุกคน "
                "กล่าวคำประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. 2570 ณ "
                "ลานหน้าอาคารสำนักงาน"
            ),
            (
                "คำประกาศครอบคลุมการบริหารงานตามหลักธรรมาภิบาล "
                "การไม่เรียกรับสินบนและของขวัญจากการปฏิบัติหน้าที่ "
                "การเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการบริหารงานบุคคลอย่างโปร่งใส "
                "และการรับฟังความคิดเห็นของผู้มีส่วนได้ส่วนเสีย ซึ่งเป็นส่วนหนึ่งของการประเมิน"
                "คุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)"
            ),
            (
                "ประชาชนและผู้มีส่วนได้ส่วนเสียสามารถแจ้งเบาะแสการทุจริตหรือประพฤติมิชอบของ"
                "บุคลากรในสังกัดได้ทางเว็บไซต์ของสำนักงาน ที่เมนูร้องเรียน/ร้องทุกข์ "
                "หรือยื่นเป็นหนังสือที่กลุ่มกฎหมายและคดี "
                "โดยสำนักงานจะเก็บข้อมูลของผู้แจ้งเป็นความลับ"
            ),
        ],
        "department": "legal",
        "kind": "activity",
        "information_type": 14,
        "published": "2026-10-16 14:30",
        "activity": {
            "date": "2026-10-16",
            "time": "08:30",
            "place": "ลานหน้าอาคารสำนักงาน สพป.ตัวอย่าง เขต 1",
        },
        "tags": ["เจตจำนงสุจริต", "ITA", "คุณธรรมและความโปร่งใส"],
        "author": "chanida",
        "image_count": 3,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "internal-audit-plan-fy2570",
        "title": (
            "หน่วยตรวจสอบภายในเผยแพร่แผนการตรวจสอบภายใน ประจำปีงบประมาณ พ.ศ. 2570 "
            "ครอบคลุมโรงเรียน 40 แห่ง"
        ),
        "lead": (
            "แผนการตรวจสอบปีนี้ให้น้ำหนักกับการบริหารเงินอุดหนุน "
            "การจัดซื้อจัดจ้างของโรงเรียนขนาดใหญ่ และการควบคุมภายในด้านเทคโนโลยีสารสนเทศ"
        ),
        "body": [
            (
                "หน่วยตรวจสอบภายใน สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "ได้จัดทำแผนการตรวจสอบภายใน ประจำปีงบประมาณ พ.ศ. 2570 "
                "ซึ่งผ่านความเห็นชอบจากผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาแล้ว "
                "โดยใช้ผลการประเมินความเสี่ยงของหน่วยรับตรวจเป็นเกณฑ์ในการจัดลำดับความสำคัญ"
            ),
            (
                "แผนการตรวจสอบครอบคลุมหน่วยรับตรวจ 41 หน่วย ได้แก่ สำนักงานเขตพื้นที่การศึกษา 1 "
                "หน่วย และโรงเรียน 40 แห่ง ประเด็นการตรวจสอบประกอบด้วยการเงินและบัญชี "
                "การปฏิบัติตามระเบียบการจัดซื้อจัดจ้าง การดำเนินงานโครงการอาหารกลางวัน "
                "และการสอบทานการควบคุมภายในด้านเทคโนโลยีสารสนเทศ"
            ),
            (
                "หน่วยตรวจสอบภายในจะแจ้งกำหนดการเข้าตรวจให้โรงเรียนทราบล่วงหน้าอย่างน้อย 15 วัน "
                "และขอให้โรงเรียนเตรียมเอกสารตามรายการที่แนบท้ายหนังสือแจ้ง "
                "แผนการตรวจสอบฉบับเต็มเผยแพร่เป็นเอกสารแนบท้ายข่าวนี้"
            ),
        ],
        "department": "audit",
        "kind": "pr",
        "information_type": 7,
        "published": "2026-10-20 11:10",
        "activity": None,
        "tags": ["ตรวจสอบภายใน", "แผนการตรวจสอบ", "ปีงบประมาณ 2570"],
        "author": "wilaiwan",
        "image_count": 0,
        "photo_consent": False,
        "attachment": "แผนการตรวจสอบภายใน ประจำปีงบประมาณ พ.ศ. 2570.pdf",
    },
    {
        "key": "action-plan-fy2570",
        "title": (
            "ประกาศใช้แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2570 ของ สพป.ตัวอย่าง เขต 1 จำนวน 34 โครงการ"
        ),
        "lead": (
            "แผนปฏิบัติการฉบับนี้ผ่านความเห็นชอบของคณะกรรมการเขตพื้นที่การศึกษา มีโครงการ 34 "
            "โครงการ วงเงินรวม 12,486,500 บาท"
        ),
        "body": [
            (
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "ประกาศใช้แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2570 "
                "ซึ่งกลุ่มนโยบายและแผนจัดทำร่วมกับทุกกลุ่มในสำนักงาน "
                "และได้รับความเห็นชอบจากคณะกรรมการเขตพื้นที่การศึกษาในการประชุมครั้งที่ 9/2569 "
                "เมื่อวันที่ 20 ตุลาคม 2569"
            ),
            (
                "แผนปฏิบัติการประกอบด้วยโครงการ 34 โครงการ วงเงินรวม 12,486,500 บาท "
                "จัดกลุ่มตามยุทธศาสตร์ 4 ด้าน ได้แก่ ด้านความปลอดภัยและคุณภาพชีวิตของผู้เรียน 7 "
                "โครงการ ด้านคุณภาพผู้เรียนและการอ่านออกเขียนได้ 12 โครงการ "
                "ด้านการพัฒนาครูและบุคลากรทางการศึกษา 8 โครงการ "
                "และด้านการบริหารจัดการที่มีประสิทธิภาพ 7 โครงการ"
            ),
            (
                "สำนักงานจะติดตามผลการดำเนินงานเป็นรายไตรมาส และรายงานผลรอบ 6 เดือนและรอบ 12 "
                "เดือนบนเว็บไซต์ เพื่อให้ผู้มีส่วนได้ส่วนเสียตรวจสอบได้ "
                "ผู้สนใจดาวน์โหลดแผนปฏิบัติการฉบับสมบูรณ์ได้จากเอกสารแนบท้ายประกาศนี้"
            ),
        ],
        "department": "policy",
        "kind": "announcement",
        "information_type": 7,
        "published": "2026-10-22 15:30",
        "activity": None,
        "tags": ["แผนปฏิบัติการ", "ปีงบประมาณ 2570"],
        "author": "rattanaphon",
        "image_count": 0,
        "photo_consent": False,
        "attachment": "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2570.pdf",
    },
    {
        "key": "school-calendar-term2-2569",
        "title": (
            "ประกาศปฏิทินการศึกษา ภาคเรียนที่ 2 ปีการศึกษา 2569 สำหรับสถานศึกษาในสังกัด สพป.ตัวอย่าง เขต 1"
        ),
        "lead": (
            "ภาคเรียนที่ 2 ปีการศึกษา 2569 เปิดเรียนวันที่ 2 พฤศจิกายน 2569 และปิดภาคเรียนวันที่ 31 มีนาคม 2570"
        ),
        "body": [
            (
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 กำหนดปฏิทินการศึกษา "
                "ภาคเรียนที่ 2 ปีการศึกษา 2569 ให้สถานศึกษาในสังกัดถือปฏิบัติ "
                "โดยเปิดภาคเรียนในวันจันทร์ที่ 2 พฤศจิกายน 2569 และปิดภาคเรียนในวันที่ 31 มีนาคม "
                "2570 ทั้งนี้ เวลาเรียนตลอดภาคเรียนต้องไม่น้อยกว่า 100 วัน"
            ),
            (
                "กิจกรรมสำคัญในภาคเรียนนี้ ได้แก่ การรายงานข้อมูลนักเรียนรายบุคคล (DMC) ณ วันที่ "
                "10 พฤศจิกายน 2569 การแข่งขันศิลปหัตถกรรมนักเรียนระดับเขตพื้นที่การศึกษา วันที่ "
                "14 - 15 ธันวาคม 2569 การแข่งขันกีฬานักเรียน วันที่ 21 - 23 ธันวาคม 2569 "
                "และการประเมินความสามารถด้านการอ่านของผู้เรียน (RT) ชั้นประถมศึกษาปีที่ 1 "
                "ในเดือนกุมภาพันธ์ 2570"
            ),
            (
                "สถานศึกษาปรับกำหนดการภายในให้เหมาะสมกับบริบทได้ "
                "แต่ต้องไม่กระทบต่อเวลาเรียนขั้นต่ำ หากจำเป็นต้องหยุดเรียนเพิ่มเติม "
                "ให้จัดการเรียนการสอนชดเชยและรายงานสำนักงานเขตพื้นที่การศึกษาทราบ "
                "รายละเอียดปฏิทินการศึกษาฉบับเต็มปรากฏตามเอกสารแนบท้ายประกาศ"
            ),
        ],
        "department": "promotion",
        "kind": "announcement",
        "information_type": None,
        "published": "2026-10-26 10:30",
        "activity": None,
        "tags": ["ปฏิทินการศึกษา", "ภาคเรียนที่ 2", "ปีการศึกษา 2569"],
        "author": "thanakon",
        "image_count": 0,
        "photo_consent": False,
        "attachment": "ปฏิทินการศึกษา ภาคเรียนที่ 2 ปีการศึกษา 2569.pdf",
    },
    {
        "key": "procurement-plan-fy2570",
        "title": "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2570 ของ สพป.ตัวอย่าง เขต 1",
        "lead": (
            "สำนักงานเผยแพร่แผนการจัดซื้อจัดจ้าง 27 รายการ วงเงินรวม 38,912,000 บาท ตามมาตรา 11 "
            "แห่งพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560"
        ),
        "body": [
            (
                "พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 มาตรา 11 "
                "กำหนดให้หน่วยงานของรัฐจัดทำแผนการจัดซื้อจัดจ้างประจำปี "
                "และประกาศเผยแพร่ในระบบเครือข่ายสารสนเทศของกรมบัญชีกลางและของหน่วยงานของรัฐ "
                "รวมทั้งปิดประกาศโดยเปิดเผย ณ สถานที่ปิดประกาศของหน่วยงาน"
            ),
            (
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "จึงประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2570 จำนวน 27 รายการ "
                "วงเงินรวม 38,912,000 บาท ประกอบด้วยงานก่อสร้างและปรับปรุงอาคารเรียน 11 รายการ "
                "ครุภัณฑ์การศึกษา 9 รายการ และจ้างเหมาบริการ 7 รายการ"
            ),
            (
                "แผนดังกล่าวอาจเปลี่ยนแปลงตามงบประมาณที่ได้รับจัดสรรจริง หากมีการปรับแผน "
                "สำนักงานจะประกาศเผยแพร่แผนฉบับปรับปรุงให้ทราบต่อไป ผู้ประกอบการที่สนใจติดตาม"
                "ประกาศเชิญชวนของแต่ละโครงการได้ทางเว็บไซต์ของสำนักงานและระบบการจัดซื้อจัดจ้าง"
                "ภาครัฐ"
            ),
        ],
        "department": "finance",
        "kind": "announcement",
        "information_type": 5,
        "published": "2026-10-28 09:45",
        "activity": None,
        "tags": ["จัดซื้อจัดจ้าง", "แผนการจัดซื้อจัดจ้าง", "ปีงบประมาณ 2570"],
        "author": "natthida",
        "image_count": 0,
        "photo_consent": False,
        "attachment": "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2570.pdf",
    },
    {
        "key": "government-employee-teachers-recruitment-2569",
        "title": "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป ตำแหน่งครูผู้สอน จำนวน 6 อัตรา",
        "lead": (
            "รับสมัครระหว่างวันที่ 9 - 13 พฤศจิกายน 2569 ในวันและเวลาราชการ "
            "และประเมินสมรรถนะในวันเสาร์ที่ 28 พฤศจิกายน 2569 ณ โรงเรียนอนุบาลตัวอย่าง"
        ),
        "body": [
            (
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป ตำแหน่งครูผู้สอน จำนวน "
                "6 อัตรา ได้แก่ กลุ่มวิชาปฐมวัย 2 อัตรา คณิตศาสตร์ 2 อัตรา ภาษาอังกฤษ 1 อัตรา "
                "และการศึกษาพิเศษ 1 อัตรา ค่าตอบแทนเดือนละ 18,000 บาท"
            ),
            (
                "ผู้สมัครต้องมีวุฒิปริญญาตรีทางการศึกษาหรือเทียบเท่าในสาขาวิชาที่ตรงกับกลุ่มวิชา"
                "ที่สมัคร และมีใบอนุญาตประกอบวิชาชีพครูที่ยังไม่หมดอายุ "
                "ยื่นใบสมัครด้วยตนเองได้ที่กลุ่มบริหารงานบุคคล ระหว่างวันที่ 9 - 13 พฤศจิกายน "
                "2569 เวลา 08.30 - 16.30 น. ค่าธรรมเนียมการสมัคร 200 บาท"
            ),
            (
                "สำนักงานจะประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมินสมรรถนะภายในวันที่ 20 "
                "พฤศจิกายน 2569 และประเมินสมรรถนะโดยการสอบข้อเขียนและการสอบสัมภาษณ์ในวันเสาร์ที่ "
                "28 พฤศจิกายน 2569 ตั้งแต่เวลา 09.00 น. ณ โรงเรียนอนุบาลตัวอย่าง "
                "รายละเอียดเพิ่มเติมปรากฏตามประกาศแนบท้าย"
            ),
        ],
        "department": "personnel",
        "kind": "announcement",
        "information_type": None,
        "published": "2026-10-30 14:00",
        "activity": {
            "date": "2026-11-28",
            "time": "09:00",
            "place": "โรงเรียนอนุบาลตัวอย่าง อำเภอเมืองตัวอย่าง",
        },
        "tags": ["พนักงานราชการ", "รับสมัครงาน", "ครูผู้สอน"],
        "author": "phimchanok",
        "image_count": 0,
        "photo_consent": False,
        "attachment": "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป ตำแหน่งครูผู้สอน.pdf",
    },
    {
        "key": "fire-drill-ban-thasai-2569",
        "title": "โรงเรียนบ้านท่าทรายซ้อมแผนอพยพหนีไฟร่วมกับเทศบาลตำบลท่าทราย เตรียมพร้อมรับมือภัยในสถานศึกษา",
        "lead": (
            "นักเรียนและครู 412 คนอพยพออกจากอาคารเรียนถึงจุดรวมพลได้ภายใน 4 นาที 20 วินาที "
            "เร็วกว่าการซ้อมครั้งก่อนเกือบ 2 นาที"
        ),
        "body": [
            (
                "เมื่อวันที่ 4 พฤศจิกายน 2569 เวลา 10.00 น. โรงเรียนบ้านท่าทราย อำเภอท่าทราย "
                "ร่วมกับงานป้องกันและบรรเทาสาธารณภัย เทศบาลตำบลท่าทราย "
                "จัดการซ้อมแผนป้องกันและระงับอัคคีภัยในสถานศึกษา "
                "โดยจำลองเหตุเพลิงไหม้ที่ห้องปฏิบัติการวิทยาศาสตร์ชั้น 2 ของอาคารเรียน"
            ),
            (
                "เมื่อสัญญาณเตือนภัยดังขึ้น "
                "ครูประจำชั้นนำนักเรียนอพยพตามเส้นทางที่กำหนดไปยังจุดรวมพลที่สนามฟุตบอล "
                "นักเรียนและครูทั้งหมด 412 คนถึงจุดรวมพลและตรวจนับยอดครบภายใน 4 นาที 20 วินาที "
                "จากนั้นเจ้าหน้าที่เทศบาลสาธิตการใช้ถังดับเพลิง "
                "และให้นักเรียนแกนนำทดลองดับไฟจากถาดน้ำมันจำลอง"
            ),
            (
                "นายสมพงษ์ รัตนพันธ์ ผู้อำนวยการโรงเรียนบ้านท่าทราย กล่าวว่า "
                "โรงเรียนจะซ้อมแผนเผชิญเหตุภาคเรียนละ 1 ครั้ง สลับระหว่างเหตุอัคคีภัยและอุทกภัย "
                "ตามแนวทางของศูนย์ความปลอดภัยของสำนักงานเขตพื้นที่การศึกษา "
                "เพื่อให้นักเรียนรู้วิธีเอาตัวรอดเมื่อเกิดเหตุจริง"
            ),
        ],
        "department": "director_office",
        "kind": "school",
        "information_type": None,
        "published": "2026-11-04 16:30",
        "activity": {
            "date": "2026-11-04",
            "time": "10:00",
            "place": "โรงเรียนบ้านท่าทราย อำเภอท่าทราย",
        },
        "tags": ["ความปลอดภัย", "ซ้อมอพยพหนีไฟ", "โรงเรียนบ้านท่าทราย"],
        "author": "piyanut",
        "image_count": 3,
        "photo_consent": True,
        "attachment": None,
    },
    {
        "key": "arts-crafts-area-2569-schedule",
        "title": (
            "แจ้งกำหนดการแข่งขันศิลปหัตถกรรมนักเรียน ระดับเขตพื้นที่การศึกษา ปีการศึกษา 2569 "
            "วันที่ 14 - 15 ธันวาคม 2569"
        ),
        "lead": (
            "โรงเรียนต้องลงทะเบียนนักเรียนและครูผู้ฝึกสอนในระบบรายงานผลการแข่งขันภายในวันที่ 27 "
            "พฤศจิกายน 2569 และตรวจสอบรายชื่อได้ตั้งแต่วันที่ 1 ธันวาคม 2569"
        ),
        "body": [
            (
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "กำหนดจัดการแข่งขันศิลปหัตถกรรมนักเรียน ระดับเขตพื้นที่การศึกษา ปีการศึกษา 2569 "
                "ระหว่างวันที่ 14 - 15 ธันวาคม 2569 โดยมีพิธีเปิดในวันที่ 14 ธันวาคม 2569 เวลา "
                "08.30 น. ณ หอประชุมโรงเรียนอนุบาลตัวอย่าง"
            ),
            (
                "ปีนี้มีรายการแข่งขัน 146 รายการ ใช้สนามแข่งขัน 5 แห่ง ได้แก่ "
                "โรงเรียนอนุบาลตัวอย่าง โรงเรียนวัดศรีสุทธาราม โรงเรียนบ้านหนองบัว "
                "โรงเรียนบ้านดอนมะม่วง และมหาวิทยาลัยราชภัฏตัวอย่าง ให้โรงเรียนลงทะเบียน"
                "ผู้เข้าแข่งขันและครูผู้ฝึกสอนผ่านระบบรายงานผลการแข่งขันออนไลน์ภายในวันที่ 27 "
                "พฤศจิกายน 2569"
            ),
            (
                "ขอความร่วมมือโรงเรียนที่เป็นสนามแข่งขันเตรียมห้องแข่งขัน ที่พักคณะกรรมการ "
                "และจุดปฐมพยาบาลให้พร้อม ผู้ที่มีข้อสงสัยเกี่ยวกับเกณฑ์การแข่งขัน "
                "ติดต่อกลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา โทรศัพท์ 0 7400 0001 ต่อ 152"
            ),
        ],
        "department": "supervision",
        "kind": "pr",
        "information_type": 3,
        "published": "2026-11-05 13:00",
        "activity": {
            "date": "2026-12-14",
            "time": "08:30",
            "place": "หอประชุมโรงเรียนอนุบาลตัวอย่าง และสนามแข่งขัน 5 แห่ง",
        },
        "tags": ["ศิลปหัตถกรรมนักเรียน", "กำหนดการแข่งขัน", "ปีการศึกษา 2569"],
        "author": "yuphadi",
        "image_count": 0,
        "photo_consent": False,
        "attachment": "กำหนดการแข่งขันศิลปหัตถกรรมนักเรียน ระดับเขตพื้นที่การศึกษา ปีการศึกษา 2569.pdf",
    },
    {
        "key": "active-learning-workshop-round1-2570",
        "title": (
            "ขอเชิญครูร่วมพัฒนาการจัดการเรียนรู้เชิงรุก (Active Learning) รุ่นที่ 1 วันที่ 23 - 24 พฤศจิกายน 2569"
        ),
        "lead": (
            "รับครูผู้สอนชั้นประถมศึกษาปีที่ 1 - 3 จำนวน 80 คน ไม่มีค่าลงทะเบียน "
            "สมัครผ่านระบบออนไลน์ของกลุ่มพัฒนาครูฯ ได้ถึงวันที่ 18 พฤศจิกายน 2569"
        ),
        "body": [
            (
                "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง "
                "เขต 1 กำหนดจัดประชุมเชิงปฏิบัติการการจัดการเรียนรู้เชิงรุก (Active Learning) "
                "รุ่นที่ 1 ระหว่างวันที่ 23 - 24 พฤศจิกายน 2569 ณ ห้องประชุมราชพฤกษ์ "
                "สำหรับครูผู้สอนชั้นประถมศึกษาปีที่ 1 - 3 จำนวน 80 คน"
            ),
            (
                "เนื้อหาเน้นการออกแบบกิจกรรมที่ให้นักเรียนได้ลงมือทำ การใช้คำถามกระตุ้นการคิด "
                "และการประเมินผลระหว่างเรียน "
                "ผู้เข้าร่วมจะฝึกออกแบบแผนการจัดการเรียนรู้ร่วมกับเพื่อนครูในระดับชั้นเดียวกัน "
                "แล้วนำไปทดลองสอนในห้องเรียนของตนก่อนกลับมาแลกเปลี่ยนผลในรุ่นที่ 2 เดือนมกราคม "
                "2570"
            ),
            (
                "ผู้เข้าร่วมครบตามเวลาจะได้รับเกียรติบัตร "
                "และนับชั่วโมงการพัฒนาเพื่อประกอบการประเมินตำแหน่งและวิทยฐานะได้ "
                "โรงเรียนที่ส่งครูเข้าร่วมต้องสมัครผ่านระบบออนไลน์ภายในวันที่ 18 พฤศจิกายน 2569 "
                "สอบถามเพิ่มเติมได้ที่นายกิตติศักดิ์ บุญมา โทรศัพท์ 0 7400 0001 ต่อ 142"
            ),
        ],
        "department": "teacher_dev",
        "kind": "pr",
        "information_type": 11,
        "published": "2026-11-09 11:00",
        "activity": {
            "date": "2026-11-23",
            "time": "08:30",
            "place": "ห้องประชุมราชพฤกษ์ สพป.ตัวอย่าง เขต 1",
        },
        "tags": ["Active Learning", "พัฒนาครู", "อบรม"],
        "author": "kittisak",
        "image_count": 0,
        "photo_consent": False,
        "attachment": None,
    },
    {
        "key": "student-sports-tuayang-games-15",
        "title": "เชิญชวนร่วมเชียร์การแข่งขันกีฬานักเรียน “ตัวอย่างเกมส์” ครั้งที่ 15 วันที่ 21 - 23 ธันวาคม 2569",
        "lead": (
            "นักกีฬาจาก 12 ศูนย์เครือข่ายสถานศึกษาจะแข่งขัน 9 ชนิดกีฬา ณ "
            "สนามกีฬากลางจังหวัดตัวอย่าง ผู้ปกครองและประชาชนเข้าชมได้โดยไม่เสียค่าใช้จ่าย"
        ),
        "body": [
            (
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "ร่วมกับองค์การบริหารส่วนจังหวัดตัวอย่าง กำหนดจัดการแข่งขันกีฬานักเรียน "
                "“ตัวอย่างเกมส์” ครั้งที่ 15 ระหว่างวันที่ 21 - 23 ธันวาคม 2569 ณ "
                "สนามกีฬากลางจังหวัดตัวอย่าง เพื่อส่งเสริมให้นักเรียนออกกำลังกาย มีน้ำใจนักกีฬา "
                "และใช้เวลาว่างให้เป็นประโยชน์ห่างไกลยาเสพติด"
            ),
            (
                "การแข่งขันมี 9 ชนิดกีฬา ได้แก่ กรีฑา ฟุตบอล ฟุตซอล วอลเลย์บอล เซปักตะกร้อ เปตอง "
                "แบดมินตัน เทเบิลเทนนิส และหมากรุกไทย แบ่งเป็นรุ่นอายุไม่เกิน 10 ปีและไม่เกิน 12 "
                "ปี คาดว่าจะมีนักกีฬาและเจ้าหน้าที่ทีมเข้าร่วมกว่า 2,000 คน จาก 12 "
                "ศูนย์เครือข่ายสถานศึกษา"
            ),
            (
                "พิธีเปิดจะจัดขึ้นในวันที่ 21 ธันวาคม 2569 เวลา 08.00 น. "
                "ประกอบด้วยขบวนพาเหรดของทุกศูนย์เครือข่ายและการแสดงของนักเรียน "
                "ศูนย์เครือข่ายสถานศึกษาต้องส่งรายชื่อนักกีฬาผ่านระบบลงทะเบียนภายในวันที่ 4 "
                "ธันวาคม 2569"
            ),
        ],
        "department": "promotion",
        "kind": "pr",
        "information_type": None,
        "published": "2026-11-10 14:15",
        "activity": {
            "date": "2026-12-21",
            "time": "08:00",
            "place": "สนามกีฬากลางจังหวัดตัวอย่าง",
        },
        "tags": ["กีฬานักเรียน", "ตัวอย่างเกมส์", "กีฬา"],
        "author": "thanakon",
        "image_count": 0,
        "photo_consent": False,
        "attachment": None,
    },
    {
        "key": "ai-for-teachers-training-2570",
        "title": "สพป.ตัวอย่าง เขต 1 เตรียมอบรมครูการใช้ปัญญาประดิษฐ์ (AI) เพื่อการจัดการเรียนรู้อย่างปลอดภัย",
        "lead": (
            "การอบรมวันที่ 26 - 27 พฤศจิกายน 2569 เน้นการใช้ AI ช่วยเตรียมสื่อและแบบฝึก "
            "การตรวจสอบความถูกต้องของเนื้อหา และการปกป้องข้อมูลส่วนบุคคลของนักเรียน "
            "รับโรงเรียนละ 1 คน"
        ),
        "body": [
            (
                "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร "
                "กำหนดจัดการอบรมเชิงปฏิบัติการการใช้ปัญญาประดิษฐ์ (AI) "
                "เพื่อการจัดการเรียนรู้อย่างปลอดภัย ระหว่างวันที่ 26 - 27 พฤศจิกายน 2569 ณ "
                "ห้องประชุมราชพฤกษ์ รับผู้เข้าอบรมโรงเรียนละ 1 คน รวม 118 คน แบ่งเป็น 2 ห้อง"
            ),
            (
                "ผู้เข้าอบรมจะได้ฝึกใช้เครื่องมือ AI ช่วยออกแบบแผนการจัดการเรียนรู้ "
                "สร้างแบบฝึกหัดให้เหมาะกับระดับความสามารถของนักเรียน "
                "และจัดทำสื่อการสอนภาษาไทยและคณิตศาสตร์ "
                "ควบคู่กับการฝึกตรวจสอบความถูกต้องของเนื้อหาที่ AI สร้างขึ้น "
                "เนื่องจากเครื่องมือเหล่านี้อาจให้ข้อมูลที่ผิดพลาดได้"
            ),
            (
                "อีกหัวข้อหนึ่งที่สำคัญคือการใช้ AI โดยไม่เปิดเผยข้อมูลส่วนบุคคลของนักเรียน เช่น "
                "ชื่อ ผลการเรียน หรือภาพถ่าย ตามแนวปฏิบัติการคุ้มครองข้อมูลส่วนบุคคลของสำนักงาน "
                "ขอให้โรงเรียนส่งรายชื่อผู้เข้าอบรมผ่านระบบสำนักงานอิเล็กทรอนิกส์ภายในวันที่ 20 "
                "พฤศจิกายน 2569 และให้ผู้เข้าอบรมนำคอมพิวเตอร์โน้ตบุ๊กมาด้วย"
            ),
        ],
        "department": "ict",
        "kind": "pr",
        "information_type": 11,
        "published": "2026-11-12 10:20",
        "activity": {
            "date": "2026-11-26",
            "time": "09:00",
            "place": "ห้องประชุมราชพฤกษ์ สพป.ตัวอย่าง เขต 1",
        },
        "tags": ["ปัญญาประดิษฐ์", "AI", "อบรมครู"],
        "author": "onuma",
        "image_count": 0,
        "photo_consent": False,
        "attachment": None,
    },
    {
        "key": "pdpa-training-school-data-officers",
        "title": "กลุ่มกฎหมายและคดีเชิญผู้ดูแลข้อมูลของสถานศึกษาอบรมการคุ้มครองข้อมูลส่วนบุคคล วันที่ 1 ธันวาคม 2569",
        "lead": (
            "การอบรมต่อยอดจากคู่มือแนวปฏิบัติที่เผยแพร่เมื่อเดือนกรกฎาคม 2569 "
            "ด้วยกรณีศึกษาจากการเผยแพร่ข่าวและภาพกิจกรรมของโรงเรียน"
        ),
        "body": [
            (
                "กลุ่มกฎหมายและคดี สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "กำหนดจัดการอบรมการคุ้มครองข้อมูลส่วนบุคคลสำหรับผู้ดูแลข้อมูลของสถานศึกษา "
                "ในวันที่ 1 ธันวาคม 2569 เวลา 09.00 - 16.00 น. ณ ห้องประชุมชัยพฤกษ์ "
                "รับผู้เข้าอบรมศูนย์เครือข่ายสถานศึกษาละ 5 คน รวม 60 คน"
            ),
            (
                "เนื้อหาประกอบด้วยหลักการสำคัญของพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 "
                "การจัดทำบันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคลของโรงเรียน "
                "การขอความยินยอมจากผู้ปกครอง และการรับมือเมื่อข้อมูลรั่วไหล "
                "พร้อมฝึกพิจารณาภาพข่าวกิจกรรมว่าภาพใดเผยแพร่ได้และภาพใดควรหลีกเลี่ยง"
            ),
            (
                "ผู้เข้าอบรมจะกลับไปเป็นผู้ประสานงานด้านข้อมูลส่วนบุคคลของศูนย์เครือข่าย "
                "และให้คำแนะนำแก่โรงเรียนในเครือข่าย "
                "ขอให้ศูนย์เครือข่ายสถานศึกษาส่งรายชื่อผู้เข้าอบรมภายในวันที่ 24 พฤศจิกายน 2569"
            ),
        ],
        "department": "legal",
        "kind": "pr",
        "information_type": 11,
        "published": "2026-11-13 15:00",
        "activity": {
            "date": "2026-12-01",
            "time": "09:00",
            "place": "ห้องประชุมชัยพฤกษ์ สพป.ตัวอย่าง เขต 1",
        },
        "tags": ["PDPA", "ข้อมูลส่วนบุคคล", "อบรม"],
        "author": "chanida",
        "image_count": 0,
        "photo_consent": False,
        "attachment": None,
    },
    {
        "key": "dmc-confirmation-deadline-2-2569",
        "title": (
            "ด่วน! ขอให้โรงเรียนยืนยันข้อมูลนักเรียนรายบุคคล (DMC) ภาคเรียนที่ 2/2569 ภายในวันที่ 20 พฤศจิกายน 2569"
        ),
        "lead": "ยังมีโรงเรียน 17 แห่งที่ยังไม่ยืนยันข้อมูล ซึ่งข้อมูลชุดนี้ใช้เป็นฐานในการจัดสรรเงินอุดหนุนให้นักเรียน",
        "body": [
            (
                "ตามที่สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานกำหนดให้สถานศึกษารายงานข้อมูลนักเรียน"
                "รายบุคคล (DMC) ภาคเรียนที่ 2 ปีการศึกษา 2569 ณ วันที่ 10 พฤศจิกายน 2569 นั้น "
                "ข้อมูล ณ วันที่ 16 พฤศจิกายน 2569 เวลา 08.00 น. ยังมีโรงเรียนในสังกัดอีก 17 "
                "แห่งที่ยังไม่ยืนยันข้อมูลในระบบ"
            ),
            (
                "ข้อมูลนักเรียนรายบุคคลเป็นฐานสำคัญในการจัดสรรเงินอุดหนุนค่าใช้จ่ายในการจัด"
                "การศึกษา ค่าอาหารกลางวัน และเงินอุดหนุนนักเรียนยากจน "
                "หากยืนยันข้อมูลไม่ทันตามกำหนด นักเรียนอาจไม่ได้รับงบประมาณตามสิทธิ์ "
                "จึงขอให้ผู้บริหารสถานศึกษากำกับติดตามให้ดำเนินการแล้วเสร็จภายในวันที่ 20 "
                "พฤศจิกายน 2569 เวลา 16.30 น."
            ),
            (
                "โรงเรียนที่พบปัญหานักเรียนซ้ำซ้อนกับโรงเรียนอื่นหรือเลขประจำตัวประชาชนไม่ถูกต้อง"
                " ให้ติดต่อนายณัฐพล พรหมวิเศษ นักวิชาการคอมพิวเตอร์ปฏิบัติการ โทรศัพท์ 0 7400 "
                "0001 ต่อ 183 หรือกลุ่มไลน์ผู้ดูแลระบบ DMC ของสำนักงาน เพื่อขอรับคำแนะนำโดยด่วน"
            ),
        ],
        "department": "ict",
        "kind": "urgent",
        "information_type": 13,
        "published": "2026-11-16 08:30",
        "activity": None,
        "tags": ["ข่าวด่วน", "DMC", "ข้อมูลนักเรียน"],
        "author": "onuma",
        "image_count": 0,
        "photo_consent": False,
        "attachment": "คู่มือการยืนยันข้อมูลนักเรียนรายบุคคล (DMC) ภาคเรียนที่ 2 ปีการศึกษา 2569.pdf",
    },
    {
        "key": "internal-control-training-2570",
        "title": (
            "หน่วยตรวจสอบภายในเชิญผู้บริหารสถานศึกษาอบรมการควบคุมภายในและการบริหารความเสี่ยง 9 ธันวาคม 2569"
        ),
        "lead": (
            "การอบรมช่วยให้โรงเรียนประเมินผลการควบคุมภายในได้ตามหลักเกณฑ์กระทรวงการคลัง "
            "และใช้ผลการประเมินความเสี่ยงวางแผนงานของโรงเรียนได้จริง"
        ),
        "body": [
            (
                "หน่วยตรวจสอบภายใน สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "กำหนดจัดการอบรมเรื่องการควบคุมภายในและการบริหารความเสี่ยงสำหรับสถานศึกษา "
                "ในวันที่ 9 ธันวาคม 2569 เวลา 08.30 - 16.30 น. ณ ห้องประชุมราชพฤกษ์ "
                "สำหรับผู้บริหารสถานศึกษาและครูผู้รับผิดชอบงานควบคุมภายใน โรงเรียนละ 2 คน"
            ),
            (
                "เนื้อหาครอบคลุมหลักเกณฑ์กระทรวงการคลังว่าด้วยมาตรฐานและหลักเกณฑ์ปฏิบัติการควบคุม"
                "ภายในสำหรับหน่วยงานของรัฐ พ.ศ. 2561 การประเมินความเสี่ยงระดับโรงเรียน "
                "การเขียนแผนการปรับปรุงการควบคุมภายใน และการจัดทำรายงานประจำปี "
                "โดยใช้ตัวอย่างความเสี่ยงที่พบบ่อย เช่น "
                "การเบิกจ่ายเงินอาหารกลางวันและการดูแลทรัพย์สินของโรงเรียน"
            ),
            (
                "นางนงลักษณ์ มีสมบูรณ์ ผู้อำนวยการหน่วยตรวจสอบภายใน กล่าวว่า "
                "รายงานการควบคุมภายในที่ดีไม่ใช่เพียงเอกสารที่ส่งให้ครบ "
                "แต่ต้องช่วยให้ผู้บริหารมองเห็นจุดเสี่ยงของโรงเรียนก่อนเกิดความเสียหาย "
                "ขอให้โรงเรียนยืนยันรายชื่อผู้เข้าอบรมภายในวันที่ 2 ธันวาคม 2569"
            ),
        ],
        "department": "audit",
        "kind": "pr",
        "information_type": 4,
        "published": "2026-11-17 13:40",
        "activity": {
            "date": "2026-12-09",
            "time": "08:30",
            "place": "ห้องประชุมราชพฤกษ์ สพป.ตัวอย่าง เขต 1",
        },
        "tags": ["ควบคุมภายใน", "บริหารความเสี่ยง", "อบรม"],
        "author": "wilaiwan",
        "image_count": 0,
        "photo_consent": False,
        "attachment": None,
    },
    {
        "key": "science-innovation-fair-2570",
        "title": (
            "ขอเชิญร่วมงานมหกรรมวิทยาศาสตร์และนวัตกรรมการศึกษา ประจำปี 2570 วันที่ 21 - 22 มกราคม 2570"
        ),
        "lead": (
            "งานมหกรรมจัดแสดงโครงงานวิทยาศาสตร์ของนักเรียนและนวัตกรรมการสอนของครูกว่า 150 ผลงาน "
            "เปิดให้โรงเรียน ผู้ปกครอง และประชาชนทั่วไปเข้าชมฟรี"
        ),
        "body": [
            (
                "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา ร่วมกับคณะครุศาสตร์ "
                "มหาวิทยาลัยราชภัฏตัวอย่าง กำหนดจัดงานมหกรรมวิทยาศาสตร์และนวัตกรรมการศึกษา "
                "ประจำปี 2570 ระหว่างวันที่ 21 - 22 มกราคม 2570 ณ "
                "หอประชุมมหาวิทยาลัยราชภัฏตัวอย่าง เพื่อเผยแพร่ผลงานของนักเรียนและครู "
                "และเป็นเวทีแลกเปลี่ยนเรียนรู้ระหว่างโรงเรียน"
            ),
            (
                "ภายในงานแบ่งเป็น 3 โซน ได้แก่ โซนโครงงานวิทยาศาสตร์ของนักเรียน "
                "โซนนวัตกรรมการจัดการเรียนรู้ของครู "
                "และโซนห้องเรียนวิทยาศาสตร์เคลื่อนที่ที่ให้นักเรียนได้ทดลองด้วยตนเอง "
                "โรงเรียนที่ประสงค์จะนำผลงานมาจัดแสดงให้ส่งแบบเสนอผลงานภายในวันที่ 18 ธันวาคม "
                "2569"
            ),
            (
                "โรงเรียนที่ต้องการพานักเรียนมาเข้าชมเป็นหมู่คณะ "
                "ขอให้ลงทะเบียนล่วงหน้าเพื่อจัดรอบเข้าชมและวิทยากรนำชม "
                "ซึ่งสำนักงานจะแจ้งแบบลงทะเบียนในเดือนธันวาคม 2569 "
                "สอบถามรายละเอียดได้ที่นายปกรณ์ หอมจันทร์ ศึกษานิเทศก์ชำนาญการพิเศษ โทรศัพท์ 0 "
                "7400 0001 ต่อ 153"
            ),
        ],
        "department": "supervision",
        "kind": "pr",
        "information_type": 17,
        "published": "2026-11-19 14:00",
        "activity": {
            "date": "2027-01-21",
            "time": "09:00",
            "place": "หอประชุมมหาวิทยาลัยราชภัฏตัวอย่าง",
        },
        "tags": ["วิทยาศาสตร์", "นวัตกรรมการศึกษา", "มหกรรม"],
        "author": "yuphadi",
        "image_count": 0,
        "photo_consent": False,
        "attachment": None,
    },
    {
        "key": "principals-meeting-3-2570-notice",
        "title": "แจ้งกำหนดการประชุมผู้บริหารสถานศึกษา ครั้งที่ 3/2570 ในวันพฤหัสบดีที่ 3 ธันวาคม 2569",
        "lead": (
            "ขอให้ผู้บริหารสถานศึกษาทุกแห่งเข้าร่วมประชุมด้วยตนเอง "
            "หากติดราชการให้มอบหมายผู้รักษาการในตำแหน่งเข้าร่วมแทน"
        ),
        "body": [
            (
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
                "กำหนดจัดการประชุมผู้บริหารสถานศึกษา ครั้งที่ 3/2570 ในวันพฤหัสบดีที่ 3 ธันวาคม "
                "2569 เวลา 09.00 น. ณ ห้องประชุมราชพฤกษ์ โดยเปิดลงทะเบียนตั้งแต่เวลา 08.00 น."
            ),
            (
                "วาระสำคัญ ได้แก่ สรุปผลการรายงานข้อมูลนักเรียนรายบุคคล ภาคเรียนที่ 2/2569 "
                "ความพร้อมของการแข่งขันศิลปหัตถกรรมนักเรียนและการแข่งขันกีฬานักเรียนในเดือน"
                "ธันวาคม 2569 และสถานการณ์อุทกภัยช่วงฤดูมรสุม "
                "กลุ่มที่มีเรื่องเสนอเข้าวาระการประชุมให้ส่งเอกสารถึงกลุ่มอำนวยการภายในวันที่ 27 "
                "พฤศจิกายน 2569"
            ),
            (
                "เพื่อลดการใช้กระดาษ สำนักงานจะเผยแพร่เอกสารการประชุมในรูปแบบไฟล์ผ่านระบบสำนักงาน"
                "อิเล็กทรอนิกส์ล่วงหน้า 1 วัน "
                "ขอให้ผู้เข้าประชุมดาวน์โหลดเอกสารหรือนำอุปกรณ์สำหรับเปิดเอกสารมาด้วย"
            ),
        ],
        "department": "director_office",
        "kind": "pr",
        "information_type": None,
        "published": "2026-11-20 09:15",
        "activity": {
            "date": "2026-12-03",
            "time": "09:00",
            "place": "ห้องประชุมราชพฤกษ์ สพป.ตัวอย่าง เขต 1",
        },
        "tags": ["ประชุมผู้บริหาร", "กำหนดการ"],
        "author": "suphaphon",
        "image_count": 0,
        "photo_consent": False,
        "attachment": None,
    },
]


QUICK_LINKS = [
    ("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน (สพฐ.)", "https://www.obec.go.th"),
    ("กระทรวงศึกษาธิการ", "https://www.moe.go.th"),
    ("ระบบสำนักงานอิเล็กทรอนิกส์ (e-Office)", "https://example.go.th/myoffice/tuayang1"),
    ("ศูนย์ข้อมูลข่าวสารของราชการ", "https://www.tuayang1.example.go.th/information-centre/"),
    ("ร้องเรียน/ร้องทุกข์", "https://www.tuayang1.example.go.th/complaints/"),
    (
        "แจ้งเบาะแสการทุจริตและประพฤติมิชอบ",
        "https://www.tuayang1.example.go.th/integrity/report/",
    ),
    ("การประเมินคุณธรรมและความโปร่งใส (ITA)", "https://www.tuayang1.example.go.th/ita/"),
    ("ศูนย์ความปลอดภัยของสถานศึกษา", "https://example.go.th/obec/safety-center"),
]


DOWNLOADS = [
    {
        "title": "แบบฟอร์มขออนุญาตไปราชการ",
        "description": (
            "บันทึกข้อความขออนุญาตไปราชการและขอใช้รถราชการ สำหรับบุคลากรในสำนักงาน "
            "ยื่นล่วงหน้าอย่างน้อย 3 วันทำการ"
        ),
        "department": "director_office",
    },
    {
        "title": "แบบบันทึกข้อความขออนุญาตเผยแพร่ข้อมูลข่าวสารผ่านเว็บไซต์",
        "description": (
            "ใช้เสนอขออนุญาตเผยแพร่ข่าวและข้อมูลของกลุ่ม ผ่านผู้อำนวยการกลุ่มถึงผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา"
        ),
        "department": "director_office",
    },
    {
        "title": "คู่มือการปฏิบัติงานประชาสัมพันธ์และการสร้างเครือข่ายประชาสัมพันธ์ ประจำปี 2569",
        "description": (
            "ขั้นตอนการจัดทำและเผยแพร่ข่าว มาตรฐานเวลาของแต่ละขั้นตอน "
            "และแนวทางการทำงานร่วมกับเครือข่ายประชาสัมพันธ์"
        ),
        "department": "director_office",
    },
    {
        "title": "แบบคำขอหนังสือรับรองเงินเดือน",
        "description": (
            "สำหรับข้าราชการครูและบุคลากรทางการศึกษาที่ต้องการหนังสือรับรองเงินเดือนเพื่อใช้"
            "ติดต่อสถาบันการเงินหรือหน่วยงานอื่น"
        ),
        "department": "finance",
    },
    {
        "title": "แบบคำร้องขอย้ายข้าราชการครูและบุคลากรทางการศึกษา ประจำปี 2570",
        "description": (
            "แบบคำร้องขอย้ายกรณีปกติ พร้อมรายการเอกสารประกอบและกำหนดเวลายื่นคำร้องตามปฏิทินของ "
            "อ.ก.ค.ศ.เขตพื้นที่การศึกษา"
        ),
        "department": "personnel",
    },
    {
        "title": "แบบบันทึกการนิเทศ ติดตามการจัดการเรียนรู้ในชั้นเรียน",
        "description": "แบบบันทึกสำหรับผู้บริหารสถานศึกษาและครูพี่เลี้ยงใช้สังเกตการสอนและให้ข้อเสนอแนะแก่ครูผู้สอน",
        "department": "supervision",
    },
    {
        "title": "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2570",
        "description": (
            "แผนปฏิบัติการของสำนักงาน 34 โครงการ จำแนกตามยุทธศาสตร์ พร้อมตัวชี้วัด งบประมาณ และผู้รับผิดชอบ"
        ),
        "department": "policy",
    },
    {
        "title": "คู่มือการควบคุมการเงินและบัญชีสำหรับสถานศึกษา ฉบับปรับปรุง พ.ศ. 2569",
        "description": (
            "ขั้นตอนการรับจ่ายเงิน การจัดทำทะเบียนคุม รายการตรวจสอบตนเอง "
            "และตัวอย่างแบบฟอร์มสำหรับเจ้าหน้าที่การเงินโรงเรียน"
        ),
        "department": "audit",
    },
]


# The "เกี่ยวกับเรา" page; the loader uses it when present.
ABOUT_HTML = (
    "<p>สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 "
    "เป็นหน่วยงานในสังกัดสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน กระทรวงศึกษาธิการ "
    "ดูแลการจัดการศึกษาขั้นพื้นฐานในอำเภอเมืองตัวอย่าง อำเภอท่าทราย และอำเภอนาดี จังหวัดตัวอย่าง "
    "มีโรงเรียนในสังกัด 118 แห่ง นักเรียน 18,746 คน และข้าราชการครูและบุคลากรทางการศึกษา 1,236 "
    "คน (ข้อมูล ณ วันที่ 10 มิถุนายน 2569)</p>"
    "<h2>วิสัยทัศน์</h2><p>ผู้เรียนทุกคนอ่านออก เขียนได้ คิดเป็น ปลอดภัย "
    "และมีความสุขในการเรียนรู้ ด้วยการบริหารจัดการที่โปร่งใสและการมีส่วนร่วมของทุกภาคส่วน</p>"
    "<h2>พันธกิจ</h2>"
    "<ul>"
    "<li>ส่งเสริมให้ผู้เรียนได้รับการศึกษาขั้นพื้นฐานอย่างทั่วถึง มีคุณภาพ และปลอดภัย</li>"
    "<li>พัฒนาครูและบุคลากรทางการศึกษาให้จัดการเรียนรู้ที่ยึดผู้เรียนเป็นสำคัญ</li>"
    "<li>บริหารจัดการด้วยข้อมูล เทคโนโลยี และหลักธรรมาภิบาล</li>"
    "<li>สร้างเครือข่ายความร่วมมือกับครอบครัว ชุมชน และหน่วยงานในพื้นที่</li>"
    "</ul>"
)
