"""Writes of the public site."""

from html import escape

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page, Site

from prachasan.approvals.services import office_workflow_ensure
from prachasan.network.models import NetworkSurveyPage, PhoneDirectoryPage
from prachasan.news.models import NewsIndexPage
from prachasan.offices.models import Office
from prachasan.offices.services import office_create, office_roles_sync
from prachasan.thai.slugs import thai_slugify

from .models import (
    ContactPage,
    DailyVisits,
    DepartmentPage,
    DownloadsPage,
    HomePage,
    StaffDirectoryPage,
    StandardPage,
)


def visit_record(*, site: Site) -> None:
    """Count one visit for today."""
    today = timezone.localdate()
    with transaction.atomic():
        updated = DailyVisits.objects.filter(site=site, date=today).update(count=F("count") + 1)
        if not updated:
            visits, created = DailyVisits.objects.get_or_create(
                site=site, date=today, defaults={"count": 1}
            )
            if not created:
                DailyVisits.objects.filter(pk=visits.pk).update(count=F("count") + 1)
    cache.delete(f"visits-total:{site.pk}")


def _child(parent: Page, model, slug: str, **fields) -> Page:
    """The parent's child of this type and slug, created and published if missing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def office_site_structure_ensure(*, home: HomePage, office: Office) -> dict[str, Page]:
    """The standard sections of an office site, created where missing: news, about,
    staff directory, downloads, contact, phone directory, and a page with a news index
    per department."""
    pages = {
        "news": _child(
            home,
            NewsIndexPage,
            "news",
            title="ข่าวประชาสัมพันธ์",
            intro="ข่าวสาร ประกาศ และกิจกรรมของสำนักงานและโรงเรียนในสังกัด",
            show_in_menus=True,
        ),
        "about": _child(
            home,
            StandardPage,
            "about",
            title="เกี่ยวกับเรา",
            lead=f"{office.name_th} ดูแลการจัดการศึกษาขั้นพื้นฐานของสถานศึกษาในสังกัด",
            show_in_menus=True,
        ),
        "staff": _child(
            home,
            StaffDirectoryPage,
            "staff",
            title="ทำเนียบบุคลากร",
            intro="ผู้บริหารและบุคลากรของสำนักงาน แยกตามกลุ่มงาน",
            show_in_menus=True,
        ),
        "downloads": _child(
            home,
            DownloadsPage,
            "downloads",
            title="เอกสารดาวน์โหลด",
            intro="แบบฟอร์ม คู่มือ และแผนงานของสำนักงาน",
            show_in_menus=True,
        ),
        "contact": _child(
            home,
            ContactPage,
            "contact",
            title="ติดต่อเรา",
            body=(
                "<p>ติดต่อราชการได้ในวันและเวลาราชการ วันจันทร์ถึงวันศุกร์ "
                f"เวลา {office.work_start:%H.%M} - {office.work_end:%H.%M} น.</p>"
            ),
            show_in_menus=True,
        ),
        "phone_directory": _child(
            home,
            PhoneDirectoryPage,
            "phone-directory",
            title="สมุดโทรศัพท์",
            intro="หมายเลขโทรศัพท์ของผู้บริหาร บุคลากรแต่ละกลุ่มงาน ผู้บริหารสถานศึกษา และคณะกรรมการ",
            show_in_menus=False,
        ),
        "network_survey": _child(
            home,
            NetworkSurveyPage,
            "join-network",
            title="สมัครเป็นเครือข่ายประชาสัมพันธ์",
            intro=(
                "<p>ขอเชิญหน่วยงาน องค์กร สถานประกอบการ สื่อมวลชน และบุคคลที่สนใจ "
                "ร่วมเป็นเครือข่ายประชาสัมพันธ์ของสำนักงาน เพื่อรับและร่วมเผยแพร่ข่าวสารการศึกษา</p>"
            ),
            privacy_notice=(
                f"<p>{escape(office.name_th)} เก็บข้อมูลที่ท่านกรอกเพื่อติดต่อประสานงานและส่งข่าวสาร"
                "ของสำนักงานตามช่องทางที่ท่านเลือกเท่านั้น ท่านขอดู แก้ไข หรือลบข้อมูลได้ทุกเมื่อ "
                "โดยติดต่อสำนักงาน</p>"
            ),
            thank_you_text=(
                "<p>สำนักงานได้รับใบสมัครของท่านแล้ว เจ้าหน้าที่ประชาสัมพันธ์จะตรวจสอบและแจ้งผลให้ทราบ</p>"
            ),
            show_in_menus=False,
        ),
    }
    for department in office.departments.all():
        page = _child(
            home,
            DepartmentPage,
            department.key.replace("_", "-"),
            title=department.name,
            department=department,
            body=f"<p>{escape(department.description)}</p>" if department.description else "",
        )
        pages[f"department:{department.key}"] = _child(
            page, NewsIndexPage, "news", title=f"ข่าว{department.name}", department=department
        )
    return pages


@transaction.atomic
def office_site_create(
    *, hostname: str, port: int = 80, name_th: str, short_name_th: str, **office_fields
) -> tuple[Site, Office, dict[str, Page]]:
    """A new office on this install: its site and home page, its settings with the
    standard departments and roles, and the standard sections of its website.

    Running it again for the same host completes what is missing and changes nothing
    else. Wagtail's placeholder home page, if it holds the host, is replaced."""
    root = Page.get_first_root_node()
    site = Site.objects.filter(hostname=hostname, port=port).select_related("root_page").first()
    home = site.root_page.specific if site else None
    if not isinstance(home, HomePage):
        slug = thai_slugify(hostname) or "office"
        taken = set(root.get_children().values_list("slug", flat=True))
        candidate, suffix = slug, 1
        while candidate in taken:
            suffix += 1
            candidate = f"{slug}-{suffix}"
        home = HomePage(title=name_th, slug=candidate, seo_title="หน้าแรก")
        root.add_child(instance=home)
        home.save_revision().publish()
        if site is None:
            site = Site.objects.create(
                hostname=hostname,
                port=port,
                root_page=home,
                site_name=short_name_th,
                is_default_site=not Site.objects.filter(is_default_site=True).exists(),
            )
        else:
            placeholder = site.root_page
            site.root_page = home
            site.site_name = short_name_th
            site.save(update_fields=["root_page", "site_name"])
            if type(placeholder.specific) is Page and not placeholder.get_children().exists():
                placeholder.delete()
    office = office_create(site=site, name_th=name_th, short_name_th=short_name_th, **office_fields)
    pages = office_site_structure_ensure(home=home, office=office)
    office_roles_sync(office=office)
    office_workflow_ensure(office=office)
    return site, office, pages
