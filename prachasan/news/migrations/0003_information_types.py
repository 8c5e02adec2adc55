"""The 18 types of information an area office publishes (seed 003, section 1)."""

from django.db import migrations

TYPES = [
    (1, "ข้อมูลเกี่ยวกับกฎ ระเบียบ ข้อบังคับ", "Rules, regulations and by-laws"),
    (2, "นโยบายและยุทธศาสตร์การศึกษา", "Education policy and strategy"),
    (
        3,
        "การขยายผลและพัฒนาเนื้อหาสาระนโยบาย แผนงาน กิจกรรม โครงการ",
        "Policies, plans, activities and projects",
    ),
    (4, "การขับเคลื่อนประสิทธิภาพการบริหารจัดการสู่คุณภาพ", "Driving management quality"),
    (5, "ข้อมูลการจัดซื้อจัดจ้าง", "Procurement"),
    (6, "ข้อมูลพื้นฐาน โครงสร้าง ภารกิจ", "Basic data, structure and mission"),
    (
        7,
        "แผนปฏิบัติการประจำปีและการติดตามผลการดำเนินการ",
        "Annual action plan and its follow-up",
    ),
    (8, "มาตรฐานหรือคู่มือการปฏิบัติงานส่วนบุคคล", "Personal work standards and manuals"),
    (9, "มาตรฐานและขั้นตอนการให้บริการ", "Service standards and procedures"),
    (10, "ผลสำเร็จจากการดำเนินงาน", "Results achieved"),
    (11, "การแลกเปลี่ยนเรียนรู้ แบ่งปันความรู้ใหม่ ๆ", "Knowledge sharing"),
    (12, "การจัดเก็บข้อมูลออนไลน์", "Online data collection"),
    (13, "การรายงานข้อมูลออนไลน์", "Online reporting"),
    (14, "ข้อมูลผู้บริหาร", "Executives"),
    (15, "คู่มือการดำเนินงาน", "Operating manuals"),
    (16, "ข้อมูลผลสัมฤทธิ์ทางการศึกษา", "Educational achievement"),
    (17, "นวัตกรรมทางการศึกษา", "Educational innovation"),
    (18, "ข้อมูลบุคคล/หน่วยงานต้นแบบที่ประสบผลสำเร็จ", "Model people and units"),
]


def create_types(apps, schema_editor):
    InformationType = apps.get_model("news", "InformationType")
    for number, name, name_en in TYPES:
        InformationType.objects.update_or_create(
            number=number, defaults={"name": name, "name_en": name_en}
        )


class Migration(migrations.Migration):
    dependencies = [("news", "0002_initial")]

    operations = [migrations.RunPython(create_types, migrations.RunPython.noop)]
