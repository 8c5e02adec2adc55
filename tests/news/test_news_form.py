"""Rules of the news editing form, through the admin as an editor meets them."""

import pytest

from prachasan.news.models import NewsIndexPage, NewsPage
from prachasan.offices.models import Department

pytestmark = pytest.mark.django_db

FORMSETS = {
    f"{name}-{field}": value
    for name in ("attachments", "comments")
    for field, value in (
        ("TOTAL_FORMS", "0"),
        ("INITIAL_FORMS", "0"),
        ("MIN_NUM_FORMS", "0"),
        ("MAX_NUM_FORMS", "1000"),
    )
}


def _create(client, parent, **fields):
    data = {"title": "ข่าวทดสอบ", "slug": "khao-thotsop", "lead": "ทดสอบ", "kind": "activity"}
    data.update(FORMSETS)
    data["body-count"] = "0"
    data.update(fields)
    return client.post(f"/admin/pages/add/news/newspage/{parent.pk}/", data)


def test_item_takes_the_department_of_its_index(client, login):
    login("editor")
    parent = NewsIndexPage.objects.get(department__key="ict")
    response = _create(client, parent, slug="dept-from-parent")
    assert response.status_code == 302
    assert NewsPage.objects.get(slug="dept-from-parent").department.key == "ict"


def test_item_cannot_claim_another_department(client, login):
    login("editor")
    parent = NewsIndexPage.objects.get(department__key="ict")
    finance = Department.objects.get(key="finance")
    response = _create(client, parent, slug="wrong-dept", department=finance.pk)
    assert response.status_code == 200
    assert not NewsPage.objects.filter(slug="wrong-dept").exists()
    assert "form" in response.context and response.context["form"].errors["department"]


def test_photos_need_the_consent_of_the_people_in_them(client, login):
    from wagtail.images import get_image_model

    login("pr")
    parent = NewsIndexPage.objects.get(department__isnull=True)
    image = get_image_model().objects.first()
    response = _create(client, parent, slug="no-consent", cover_image=image.pk)
    assert response.status_code == 200
    assert not NewsPage.objects.filter(slug="no-consent").exists()
    response = _create(
        client, parent, slug="with-consent", cover_image=image.pk, photo_consent="on"
    )
    assert response.status_code == 302
    assert NewsPage.objects.filter(slug="with-consent").exists()


def test_activity_time_needs_a_date(client, login):
    login("editor")
    parent = NewsIndexPage.objects.get(department__key="ict")
    response = _create(client, parent, slug="time-no-date", activity_time="09:00")
    assert response.status_code == 200
    assert response.context["form"].errors["activity_date"]


def test_thai_title_gives_a_readable_working_url(client, login):
    from django.utils.text import slugify

    login("editor")
    parent = NewsIndexPage.objects.get(department__key="ict")
    title = "ประชุมผู้บริหารสถานศึกษา ครั้งที่ ๑/2570"
    # The admin fills the slug in from the title the way Django does: marks stripped.
    response = _create(client, parent, title=title, slug=slugify(title, allow_unicode=True))
    assert response.status_code == 302
    item = NewsPage.objects.get(title=title)
    assert item.slug == "ประชุมผู้บริหารสถานศึกษา-ครั้งที่-1-2570"
    item.save_revision().publish()
    item.refresh_from_db()
    assert client.get(item.url).status_code == 200


def test_a_slug_the_editor_chose_is_kept(client, login):
    login("editor")
    parent = NewsIndexPage.objects.get(department__key="ict")
    response = _create(client, parent, title="ประชุมผู้บริหาร", slug="principals-meeting")
    assert response.status_code == 302
    assert NewsPage.objects.filter(slug="principals-meeting").exists()
