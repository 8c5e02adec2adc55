"""The distribution records kept by hand or after the fact: offline appearances with
their evidence, correction notices after an item is unpublished, and the sandbox's inbox
where the PR officer sees what each service received."""

import datetime
import smtplib
from email.message import EmailMessage

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Site

from prachasan.demo.services import DEMO_PASSWORD
from prachasan.distribution.models import (
    Appearance,
    AppearanceKind,
    Correction,
    Dispatch,
    DispatchStatus,
)
from prachasan.news.models import NewsIndexPage, NewsPage
from prachasan.offices.models import Office, RoleGroup
from prachasan.offices.services import user_role_assign
from prachasan.sandbox.inbox import Inbox

pytestmark = pytest.mark.django_db

APPEARANCES = "/admin/distribution/appearances/"
CORRECTIONS = "/admin/distribution/corrections/"
SANDBOX = "/admin/distribution/sandbox/"


@pytest.fixture
def other_office():
    call_command(
        "create_office", "rec-other.example.go.th", name="สำนักงานเขตอื่น", short_name="สพป.อื่น"
    )
    return Office.for_site(Site.objects.get(hostname="rec-other.example.go.th"))


@pytest.fixture
def other_pr(other_office):
    user = get_user_model().objects.create_user("pr-elsewhere", password=DEMO_PASSWORD)
    user_role_assign(user=user, office=other_office, role=RoleGroup.Role.PR_OFFICER)
    return user


@pytest.fixture
def other_item(other_office):
    index = NewsIndexPage.objects.descendant_of(other_office.site.root_page).first()
    return index.add_child(
        instance=NewsPage(title="ข่าวของสำนักงานอื่น", slug="other-office-item", lead="ข่าว")
    )


# Offline appearances -------------------------------------------------------------------


def test_recording_an_appearance_from_the_item_prefills_it(client, login, news_item):
    page, _revision = news_item
    login("pr")
    response = client.get(f"{APPEARANCES}new/", {"page": page.pk})
    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["page"] == page.pk
    assert form.initial["department"] == page.department_id
    clipping = SimpleUploadedFile("clipping.pdf", b"%PDF-1.4 clipping", "application/pdf")
    response = client.post(
        f"{APPEARANCES}new/?page={page.pk}",
        {
            "office": form.initial["office"],
            "kind": AppearanceKind.NEWSPAPER,
            "outlet": "หนังสือพิมพ์ข่าวสดภูมิภาค",
            "appeared_on": "2026-11-20",
            "title": page.title,
            "page": page.pk,
            "department": page.department_id,
            "evidence": clipping,
            "note": "หน้า 5",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    appearance = Appearance.objects.get(outlet="หนังสือพิมพ์ข่าวสดภูมิภาค")
    assert appearance.page_id == page.pk
    assert appearance.created_by.username == "pr"
    assert appearance.evidence.name.endswith(".pdf")
    html = client.get(reverse("distribution_item", args=[page.pk])).content.decode()
    assert "หนังสือพิมพ์ข่าวสดภูมิภาค" in html


def test_another_offices_item_is_not_offered_for_an_appearance(client, login, office, other_item):
    login("pr")
    form = client.get(f"{APPEARANCES}new/").context["form"]
    pages = set(form.fields["page"].queryset.values_list("pk", flat=True))
    assert other_item.pk not in pages and pages
    response = client.post(
        f"{APPEARANCES}new/",
        {
            "office": office.pk,
            "kind": AppearanceKind.RADIO,
            "outlet": "สถานีวิทยุ",
            "appeared_on": "2026-11-20",
            "page": other_item.pk,
        },
    )
    assert "page" in response.context["form"].errors


def test_the_appearance_list_filters_and_is_scoped(
    client, login, office, other_office, other_pr, django_assert_max_num_queries
):
    day = datetime.date(2026, 11, 20)
    for number in range(12):
        Appearance.objects.create(
            office=office, kind=AppearanceKind.RADIO, outlet=f"วิทยุ {number}", appeared_on=day
        )
    Appearance.objects.create(
        office=office, kind=AppearanceKind.NEWSPAPER, outlet="หนังสือพิมพ์ท้องถิ่น", appeared_on=day
    )
    Appearance.objects.create(
        office=other_office, kind=AppearanceKind.TV, outlet="โทรทัศน์ของสำนักงานอื่น", appeared_on=day
    )
    login("pr")
    with django_assert_max_num_queries(35):
        html = client.get(APPEARANCES).content.decode()
    assert "หนังสือพิมพ์ท้องถิ่น" in html and "โทรทัศน์ของสำนักงานอื่น" not in html
    newspapers = client.get(APPEARANCES, {"kind": "newspaper"}).context["object_list"]
    assert "หนังสือพิมพ์ท้องถิ่น" in [a.outlet for a in newspapers]
    assert {a.kind for a in newspapers} == {AppearanceKind.NEWSPAPER}
    foreign = Appearance.objects.get(outlet="โทรทัศน์ของสำนักงานอื่น")
    assert client.get(f"{APPEARANCES}edit/{foreign.pk}/").status_code == 404
    client.logout()
    login("editor")
    assert client.get(APPEARANCES).status_code in (302, 403)


# Corrections ---------------------------------------------------------------------------


def test_unpublishing_a_sent_item_offers_the_correction_notice(
    client, login, sms_channel, news_item, fake_adapter, django_capture_on_commit_callbacks
):
    page, revision = news_item
    Dispatch.objects.create(
        channel=sms_channel, page=page, revision=revision, status=DispatchStatus.SENT
    )
    login("pr")
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    form_url = reverse("distribution_correction_send", args=[page.pk])
    assert response.status_code == 302 and response["Location"] == form_url
    page.refresh_from_db()
    assert not page.live

    form = client.get(form_url).context["form"]
    assert list(form.initial["channels"]) == [sms_channel]
    assert page.title in form.initial["text"]

    response = client.post(form_url, {"channels": [sms_channel.pk], "text": "แก้ไข"})
    assert "reason" in response.context["form"].errors

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            form_url,
            {
                "channels": [sms_channel.pk],
                "reason": "วันที่ในข่าวผิด",
                "text": f"ขอแก้ไขข่าว “{page.title}” วันที่ในข่าวไม่ถูกต้อง",
            },
        )
    assert response.status_code == 302
    correction = Correction.objects.get(page=page)
    assert correction.reason == "วันที่ในข่าวผิด"
    assert correction.created_by.username == "pr"
    assert list(correction.channels.all()) == [sms_channel]
    assert correction.dispatches.filter(channel=sms_channel).exists()
    assert fake_adapter.outbox  # the notice went out on the SMS channel

    html = client.get(CORRECTIONS).content.decode()
    assert "วันที่ในข่าวผิด" in html
    inspect = client.get(f"{CORRECTIONS}inspect/{correction.pk}/").content.decode()
    assert "วันที่ในข่าวไม่ถูกต้อง" in inspect
    item = client.get(reverse("distribution_item", args=[page.pk])).content.decode()
    assert "วันที่ในข่าวผิด" in item


def test_unpublishing_an_item_never_sent_goes_on_as_usual(client, login, news_item):
    page, _revision = news_item
    login("pr")
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    assert response.status_code == 302
    assert response["Location"] != reverse("distribution_correction_send", args=[page.pk])


def test_corrections_are_not_for_other_offices(client, login, news_item, other_pr, office):
    page, revision = news_item
    correction = Correction.objects.create(
        office=office, page=page, page_title=page.title, reason="ผิด", text="แก้ไข"
    )
    client.login(username="pr-elsewhere", password=DEMO_PASSWORD)
    assert page.title not in client.get(CORRECTIONS).content.decode()
    assert client.get(f"{CORRECTIONS}inspect/{correction.pk}/").status_code == 404
    form_url = reverse("distribution_correction_send", args=[page.pk])
    assert client.get(form_url).status_code == 404
    client.logout()
    login("editor")
    assert client.get(form_url).status_code == 404


# The sandbox's inbox -------------------------------------------------------------------


@pytest.fixture
def sandbox_admin(settings, sandbox):
    settings.SANDBOX_ADMIN = True
    settings.SANDBOX_URL = sandbox.url
    settings.SANDBOX_DIR = sandbox.inbox.directory
    return sandbox


def test_the_sandbox_shows_what_each_service_received(client, login, sandbox_admin):
    message = EmailMessage()
    message["From"] = "pr@example.go.th"
    message["To"] = "media@example.com"
    message["Subject"] = "ข่าวแจกทดสอบ"
    message.set_content("เนื้อข่าว")
    message.add_attachment(b"%PDF", maintype="application", subtype="pdf", filename="press.pdf")
    with smtplib.SMTP("127.0.0.1", sandbox_admin.smtp_port) as smtp:
        smtp.send_message(message)
    Inbox(sandbox_admin.inbox.directory).record(
        "line",
        {
            "method": "POST",
            "path": "/v2/bot/message/push",
            "body": {
                "to": "C0123456789abcdef",
                "messages": [{"type": "flex", "altText": "ข่าวใหม่จาก สพป.", "contents": {}}],
            },
            "status": 200,
        },
    )
    login("pr")
    html = client.get(SANDBOX).content.decode()
    assert "C0123456789abcdef" in html and "ข่าวใหม่จาก สพป." in html
    assert "/v2/bot/message/push" in html
    html = client.get(SANDBOX, {"service": "smtp"}).content.decode()
    assert "ข่าวแจกทดสอบ" in html and "media@example.com" in html and "press.pdf" in html
    assert SANDBOX in client.get("/admin/").content.decode()  # in the menu


def test_the_sandbox_is_hidden_from_editors_and_when_off(client, login, settings, sandbox_admin):
    login("editor")
    assert client.get(SANDBOX).status_code in (302, 403)
    client.logout()
    settings.SANDBOX_ADMIN = False
    settings.DEBUG = False
    login("pr")
    assert client.get(SANDBOX).status_code in (302, 403)
    assert SANDBOX not in client.get("/admin/").content.decode()
