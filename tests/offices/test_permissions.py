"""Department web editors work only in their own department's section."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from prachasan.news.models import NewsIndexPage, NewsPage
from prachasan.offices.models import Department, RoleGroup

pytestmark = pytest.mark.django_db


def _item(department_key: str) -> NewsPage:
    return NewsPage.objects.filter(department__key=department_key).order_by("pk").first()


def _edit_data(page: NewsPage, **changes) -> dict:
    data = {
        "title": page.title,
        "slug": page.slug,
        "lead": page.lead,
        "kind": page.kind,
        "department": page.department_id or "",
        "body-count": "0",
        "attachments-TOTAL_FORMS": "0",
        "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "0",
        "attachments-MAX_NUM_FORMS": "1000",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "photo_consent": "on",
    }
    data.update(changes)
    return data


def test_editor_edits_own_department_news(client, login):
    login("editor")
    item = _item("ict")
    response = client.get(f"/admin/pages/{item.pk}/edit/")
    assert response.status_code == 200
    response = client.post(f"/admin/pages/{item.pk}/edit/", _edit_data(item, title="หัวข้อที่แก้ไขแล้ว"))
    assert response.status_code == 302, response.content.decode()[:2000]
    item.refresh_from_db()
    assert item.get_latest_revision_as_object().title == "หัวข้อที่แก้ไขแล้ว"


def test_editor_cannot_edit_another_departments_news(client, login):
    login("editor")
    item = _item("finance")
    response = client.get(f"/admin/pages/{item.pk}/edit/")
    assert response.status_code in (302, 403)
    client.post(f"/admin/pages/{item.pk}/edit/", _edit_data(item, title="แก้ข้ามกลุ่ม"))
    item.refresh_from_db()
    assert item.get_latest_revision_as_object().title != "แก้ข้ามกลุ่ม"


def test_editor_adds_news_only_under_own_department(client, login):
    login("editor")
    own = NewsIndexPage.objects.get(department__key="ict")
    other = NewsIndexPage.objects.get(department__key="finance")
    assert client.get(f"/admin/pages/add/news/newspage/{own.pk}/").status_code == 200
    assert client.get(f"/admin/pages/add/news/newspage/{other.pk}/").status_code in (302, 403)


def test_editor_cannot_publish(login):
    user = login("editor")
    item = _item("ict")
    permissions = item.permissions_for_user(user)
    assert permissions.can_edit()
    assert not permissions.can_publish()


def test_pr_officer_edits_and_publishes_everywhere(login):
    user = login("pr")
    for key in ("ict", "finance", "audit"):
        item = _item(key) or NewsIndexPage.objects.get(department__key=key)
        permissions = item.permissions_for_user(user)
        assert permissions.can_edit() and permissions.can_publish()


def test_new_web_editor_gets_the_department_section():
    department = Department.objects.get(key="legal")
    user = get_user_model().objects.create_user("legal_editor", password="x")
    page = NewsIndexPage.objects.get(department=department)
    assert not page.permissions_for_user(user).can_add_subpage()

    department.web_editors.add(user)
    user = get_user_model().objects.get(pk=user.pk)  # drop the permission cache
    assert page.permissions_for_user(user).can_add_subpage()
    assert (
        not NewsIndexPage.objects.get(department__key="ict")
        .permissions_for_user(user)
        .can_add_subpage()
    )

    department.web_editors.remove(user)
    user = get_user_model().objects.get(pk=user.pk)
    assert not page.permissions_for_user(user).can_add_subpage()


def test_every_role_has_a_group():
    roles = set(RoleGroup.objects.filter(department=None).values_list("role", flat=True))
    assert roles == set(RoleGroup.Role.values)


def test_anonymous_cannot_reach_admin(client):
    root = Page.objects.get(depth=2)
    response = client.get(f"/admin/pages/{root.pk}/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_editor_can_upload_images_and_documents(client, login):
    login("editor")
    assert client.get("/admin/images/add/").status_code == 200
    assert client.get("/admin/documents/add/").status_code == 200


def test_director_cannot_upload_images(client, login):
    login("director")
    assert client.get("/admin/images/add/").status_code in (302, 403)
