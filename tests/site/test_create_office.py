"""A second office on the same install, set up by the command an administrator runs."""

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.models import Site

from prachasan.news.models import NewsIndexPage, NewsPage
from prachasan.offices.models import Department, Office, RoleGroup

pytestmark = pytest.mark.django_db


def test_create_office_sets_up_a_whole_site():
    call_command(
        "create_office",
        "second.example.go.th",
        name="สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาทดสอบ",
        short_name="สพม.ทดสอบ",
    )
    site = Site.objects.get(hostname="second.example.go.th")
    office = Office.for_site(site)
    assert office.short_name_th == "สพม.ทดสอบ"
    assert Department.objects.filter(office=office).count() == 10
    assert set(
        RoleGroup.objects.filter(office=office, department=None).values_list("role", flat=True)
    ) == set(RoleGroup.Role.values)
    assert NewsIndexPage.objects.descendant_of(site.root_page).count() == 11

    client = Client(HTTP_HOST="second.example.go.th")
    html = client.get("/").content.decode()
    assert "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาทดสอบ" in html
    # The demo office's news and staff do not leak into the new office's site.
    demo_news = NewsPage.objects.live().order_by("-first_published_at").first()
    assert demo_news.title not in html
    assert "สพป.ตัวอย่าง" not in html
    assert client.get("/staff/").status_code == 200

    # Running it again completes nothing new and breaks nothing.
    call_command(
        "create_office",
        "second.example.go.th",
        name="สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาทดสอบ",
        short_name="สพม.ทดสอบ",
    )
    assert Department.objects.filter(office=office).count() == 10
    assert NewsIndexPage.objects.descendant_of(site.root_page).count() == 11


def test_create_office_needs_names():
    with pytest.raises(CommandError):
        call_command("create_office", "third.example.go.th", name=" ", short_name="x")
