"""On an install with several offices, the admin downloads serve only the user's offices:
another office's order and phone booklet are not found."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from prachasan.network.models import Order
from prachasan.offices.models import Office, RoleGroup
from prachasan.offices.services import user_role_assign
from prachasan.site.services import office_site_create

pytestmark = pytest.mark.django_db

OTHER_HOST = "other-documents.example.go.th"
ORDER_URLS = ["official_documents:order_pdf", "official_documents:order_docx"]
BOOKLET_URL = "official_documents:phone_directory_booklet"


@pytest.fixture
def other_office(db) -> Office:
    _site, office, _pages = office_site_create(
        hostname=OTHER_HOST, name_th="สำนักงานเขตพื้นที่การศึกษาอื่น", short_name_th="สพป.อื่น"
    )
    return office


@pytest.fixture
def other_pr(other_office):
    """The other office's PR officer: may change orders, but only their own office's."""
    user = get_user_model().objects.create_user("pr-other", password="x")
    user_role_assign(user=user, office=other_office, role=RoleGroup.Role.PR_OFFICER)
    return user


@pytest.fixture
def other_order(other_office) -> Order:
    return Order.objects.create(
        office=other_office,
        number=7,
        be_year=2569,
        date=datetime.date(2026, 11, 20),
        subject="แต่งตั้งคณะทำงานของสำนักงานอื่น",
        signer_name="ผู้ลงนาม",
        signer_position="ผู้อำนวยการ",
    )


@pytest.mark.parametrize("url_name", ORDER_URLS)
def test_another_offices_order_is_not_found(client, login, order, other_order, url_name):
    login("pr")
    response = client.get(reverse(url_name, args=[other_order.pk]))
    assert response.status_code == 404
    assert not response.content.startswith((b"%PDF", b"PK"))
    assert client.get(reverse(url_name, args=[order.pk])).status_code == 200


@pytest.mark.parametrize("url_name", ORDER_URLS)
def test_the_other_offices_pr_officer_gets_only_their_orders(
    client, order, other_order, other_pr, url_name
):
    client.force_login(other_pr)
    response = client.get(reverse(url_name, args=[order.pk]))
    assert response.status_code == 404
    assert not response.content.startswith((b"%PDF", b"PK"))
    assert client.get(reverse(url_name, args=[other_order.pk])).status_code == 200


@pytest.mark.parametrize("url_name", ORDER_URLS)
def test_a_superuser_downloads_any_offices_order(client, login, other_order, url_name):
    login("admin")
    assert client.get(reverse(url_name, args=[other_order.pk])).status_code == 200


def test_the_booklet_is_the_current_sites_office_only_for_its_users(client, login, other_pr):
    # The test client's host is the demo office's site.
    client.force_login(other_pr)
    response = client.get(reverse(BOOKLET_URL))
    assert response.status_code == 404
    assert not response.content.startswith(b"%PDF")
    own = client.get(reverse(BOOKLET_URL), HTTP_HOST=OTHER_HOST)
    assert own.status_code == 200
    assert own.content.startswith(b"%PDF")

    login("pr")
    assert client.get(reverse(BOOKLET_URL), HTTP_HOST=OTHER_HOST).status_code == 404
    assert client.get(reverse(BOOKLET_URL)).status_code == 200


def test_a_superuser_prints_any_offices_booklet(client, login, other_office):
    login("admin")
    response = client.get(reverse(BOOKLET_URL), HTTP_HOST=OTHER_HOST)
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
