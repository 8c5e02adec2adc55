"""Load the demo office: a fictional area office with people, pages and news.

Idempotent: every object is looked up by a stable key first, so a second run
changes nothing.
"""

import datetime
import io
import logging

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

from prachasan.news.models import InformationType, NewsPage
from prachasan.offices.models import Department, Office, Person, ReportingRound
from prachasan.offices.services import user_role_assign
from prachasan.site.models import DailyVisits, DownloadItem
from prachasan.site.services import office_site_create

from . import content, documents, images
from .distribution import demo_distribution_load
from .registries import demo_registries_load
from .requests import demo_item_publish_through_request, demo_open_requests_load

logger = logging.getLogger(__name__)

DEMO_PASSWORD = "prachasan-demo"
DEMO_HOSTNAME = "localhost"
RANKS = {
    "area_director": Person.Rank.AREA_DIRECTOR,
    "deputy_director": Person.Rank.DEPUTY_DIRECTOR,
    "department_director": Person.Rank.DEPARTMENT_DIRECTOR,
}


def _image(*, title: str, data: bytes, filename: str, collection: Collection):
    Image = get_image_model()
    existing = Image.objects.filter(title=title, collection=collection).first()
    if existing:
        return existing
    image = Image(title=title, collection=collection)
    image.file = ImageFile(io.BytesIO(data), name=filename)
    image.save()
    return image


def _collection(name: str) -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def _office(media: Collection) -> tuple[Site, Office, dict[str, Page]]:
    data = content.OFFICE
    logo = _image(
        title="ตราสำนักงาน (ตัวอย่าง)",
        data=images.make_logo(text=data["short_name_th"]),
        filename="office-logo.png",
        collection=media,
    )
    site, office, pages = office_site_create(
        hostname=DEMO_HOSTNAME,
        name_th=data["name_th"],
        short_name_th=data["short_name_th"],
        name_en=data["name_en"],
        short_name_en=data["short_name_en"],
        address=data["address_th"],
        phone=data["phone"],
        fax=data["fax"],
        email=data["email"],
        facebook_url=data["facebook_url"],
        line_url=data["line_url"],
        youtube_url=data["youtube_url"],
        document_code=data["document_code"],
        logo=logo,
        visitor_count_offset=1_250_000,
    )
    if not office.external_systems.exists():
        for order, (label, url) in enumerate(data["external_systems"]):
            office.external_systems.create(label=label, url=url, sort_order=order)
    if not office.quick_links.exists():
        for order, (label, url) in enumerate(content.QUICK_LINKS):
            office.quick_links.create(label=label, url=url, sort_order=order)
    if not office.reporting_rounds.exists():
        ReportingRound.objects.create(
            office=office, name="รอบที่ 1", start_month=10, start_day=1, end_month=6, end_day=30
        )
        ReportingRound.objects.create(
            office=office, name="รอบที่ 2", start_month=7, start_day=1, end_month=9, end_day=30
        )
    for department in content.DEPARTMENTS:
        Department.objects.filter(office=office, key=department["key"]).update(
            description=department["description_th"]
        )
    about = pages["about"]
    if not about.body:
        about.body = content.ABOUT_HTML
        about.save_revision().publish()
    return site, office, pages


def _people(office: Office, media: Collection) -> dict[str, Person]:
    departments = {d.key: d for d in office.departments.all()}
    people = {}
    for order, data in enumerate(content.STAFF):
        person = Person.objects.filter(office=office, email=data["email"]).first()
        if person is None:
            photo = _image(
                title=f"ภาพ {data['first_name']} {data['last_name']}",
                data=images.make_portrait(seed=data["photo_seed"], initials=data["first_name"][0]),
                filename=f"person-{data['key']}.jpg",
                collection=media,
            )
            person = Person.objects.create(
                office=office,
                title=data["title"],
                first_name=data["first_name"],
                last_name=data["last_name"],
                first_name_en=data["first_name_en"],
                last_name_en=data["last_name_en"],
                position=data["position"],
                rank=RANKS.get(data["role"], Person.Rank.STAFF),
                department=departments.get(data["department"]),
                sort_order=order,
                phone_office=data["phone_office"],
                phone_mobile=data["phone_mobile"],
                email=data["email"],
                photo=photo,
                show_phone_mobile=data["show_phone_mobile"],
                show_email=data["show_email"],
            )
        people[data["key"]] = person
    return people


def _staff_key_of_role(role: str) -> str:
    return next(user["staff_key"] for user in content.DEMO_USERS if user["role"] == role)


def _demo_accounts() -> list[dict]:
    """The demo logins, plus an account for every department's web editor and director
    so that each department's section has people who work in it."""
    accounts = list(content.DEMO_USERS)
    taken = {account["staff_key"] for account in accounts}
    prefixes = {"web_editor": "editor", "department_director": "director"}
    for person in content.STAFF:
        if person["role"] in prefixes and person["key"] not in taken:
            department = person["department"].replace("_", "-")
            accounts.append(
                {
                    "username": f"{prefixes[person['role']]}-{department}",
                    "staff_key": person["key"],
                    "role": person["role"],
                    "department": person["department"],
                }
            )
    return accounts


def _users(office: Office, people: dict[str, Person]) -> dict[str, object]:
    User = get_user_model()
    departments = {d.key: d for d in office.departments.all()}
    users = {}
    for data in _demo_accounts():
        person = people[data["staff_key"]]
        user, created = User.objects.get_or_create(
            username=data["username"],
            defaults={
                "first_name": person.first_name,
                "last_name": person.last_name,
                "email": person.email,
                "is_superuser": data["role"] == "administrator",
                "is_staff": data["role"] == "administrator",
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        if person.user_id is None:
            person.user = user
            person.save(update_fields=["user"])
        user_role_assign(user=user, office=office, role=data["role"])
        department = departments.get(data["department"] or "")
        if data["role"] == "web_editor" and department:
            department.web_editors.add(user)
        if data["role"] == "department_director" and department:
            department.directors.add(user)
        users[data["staff_key"]] = user
    return users


def _news(pages: dict, office: Office, users: dict, media: Collection, files: Collection):
    tz = timezone.get_current_timezone()
    types = {t.number: t for t in InformationType.objects.all()}
    departments = {d.key: d for d in office.departments.all()}
    Document = get_document_model()
    created = 0
    for number, item in enumerate(content.NEWS):
        index = pages[f"department:{item['department']}"]
        if NewsPage.objects.filter(slug=item["key"]).exists():
            continue
        published = datetime.datetime.strptime(item["published"], "%Y-%m-%d %H:%M").replace(
            tzinfo=tz
        )
        cover = _image(
            title=item["title"][:250],
            data=images.make_cover_image(seed=number, title=item["title"]),
            filename=f"{item['key']}.jpg",
            collection=media,
        )
        body = [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in item["body"]]
        if item["image_count"]:
            gallery = []
            for i in range(item["image_count"]):
                photo = _image(
                    title=f"{item['title'][:200]} ภาพที่ {i + 1}",
                    data=images.make_gallery_image(seed=number * 10 + i),
                    filename=f"{item['key']}-{i + 1}.jpg",
                    collection=media,
                )
                caption = f"ภาพกิจกรรม {i + 1}"
                gallery.append(
                    {
                        "image": {"image": photo.pk, "alt_text": caption, "decorative": False},
                        "caption": caption,
                    }
                )
            body.append({"type": "gallery", "value": {"title": "", "images": gallery}})
        activity = item.get("activity") or {}
        page = NewsPage(
            title=item["title"],
            slug=item["key"],
            lead=item["lead"],
            body=body,
            cover_image=cover,
            department=departments[item["department"]],
            kind=item["kind"],
            information_type=types.get(item["information_type"]),
            activity_date=(
                datetime.date.fromisoformat(activity["date"]) if activity.get("date") else None
            ),
            activity_time=(
                datetime.time.fromisoformat(activity["time"]) if activity.get("time") else None
            ),
            activity_place=activity.get("place", ""),
            photo_consent=True,  # the generated cover shows people too
        )
        index.add_child(instance=page)
        page.tags.add(*item["tags"])
        if item.get("attachment"):
            name = item["attachment"]
            document = Document(title=name.rsplit(".", 1)[0], collection=files)
            document.file = SimpleUploadedFile(
                f"{item['key']}.pdf",
                documents.make_pdf(title=name.rsplit(".", 1)[0], paragraphs=item["body"]),
            )
            document._set_document_file_metadata()
            document.save()
            page.attachments.create(document=document)
        demo_item_publish_through_request(
            page=page, moment=published, author=users[item["author"]], office=office
        )
        created += 1
    return created


def _downloads(pages: dict, office: Office, files: Collection) -> None:
    page = pages["downloads"]
    if page.items.exists():
        return
    Document = get_document_model()
    departments = {d.key: d for d in office.departments.all()}
    for order, item in enumerate(content.DOWNLOADS):
        document = Document(title=item["title"], collection=files)
        document.file = SimpleUploadedFile(
            f"download-{order + 1}.pdf",
            documents.make_pdf(title=item["title"], paragraphs=[item["description"]]),
        )
        document._set_document_file_metadata()
        document.save()
        DownloadItem.objects.create(
            page=page,
            document=document,
            description=item["description"],
            department=departments.get(item["department"]),
            sort_order=order,
        )
    page.save_revision().publish()


def _visits(site: Site) -> None:
    if DailyVisits.objects.filter(site=site).exists():
        return
    today = timezone.localdate()
    DailyVisits.objects.bulk_create(
        DailyVisits(site=site, date=today - datetime.timedelta(days=n), count=180 + (n * 37) % 260)
        for n in range(1, 120)
    )


@transaction.atomic
def demo_office_load() -> dict:
    """Create the demo office, or complete it where a previous run stopped."""
    media = _collection("ภาพข่าวและบุคลากร (ตัวอย่าง)")
    files = _collection("เอกสาร (ตัวอย่าง)")
    site, office, pages = _office(media)
    people = _people(office, media)
    users = _users(office, people)
    demo_registries_load(office=office, people=people, users=users)
    created = _news(pages, office, users, media, files)
    _downloads(pages, office, files)
    demo_open_requests_load(office=office, users=users)
    demo_distribution_load(office=office)
    _visits(site)
    return {
        "office": office,
        "site": site,
        "news_created": created,
        "users": [(u["username"], u["role"]) for u in content.DEMO_USERS],
    }
