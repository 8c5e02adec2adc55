"""The admin downloads: orders for those who may change them, the booklet for staff."""

from urllib.parse import quote

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.mark.parametrize(
    ("url_name", "content_type", "extension", "magic"),
    [("order_pdf", PDF, "pdf", b"%PDF"), ("order_docx", DOCX, "docx", b"PK")],
)
def test_pr_officer_downloads_an_order(
    client, login, order, url_name, content_type, extension, magic
):
    login("pr")
    response = client.get(reverse(f"official_documents:{url_name}", args=[order.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response.content.startswith(magic)
    disposition = response["Content-Disposition"]
    assert disposition.startswith(f'attachment; filename="order-501-2569.{extension}"')
    assert f"filename*=UTF-8''{quote(f'คำสั่งที่-501-2569.{extension}')}" in disposition


def test_pr_officer_downloads_the_booklet(client, login):
    login("pr")
    response = client.get(reverse("official_documents:phone_directory_booklet"))
    assert response.status_code == 200
    assert response["Content-Type"] == PDF
    assert response.content.startswith(b"%PDF")
    assert "filename*=UTF-8''" + quote("สมุดโทรศัพท์") in response["Content-Disposition"]


@pytest.mark.parametrize("url_name", ["order_pdf", "order_docx"])
def test_anonymous_user_gets_no_order(client, order, url_name):
    response = client.get(reverse(f"official_documents:{url_name}", args=[order.pk]))
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]
    assert not response.content.startswith((b"%PDF", b"PK"))


def test_anonymous_user_gets_no_booklet(client):
    response = client.get(reverse("official_documents:phone_directory_booklet"))
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


def test_web_editor_may_not_download_orders(client, login, order):
    # Editors reach the admin but may not change orders: they are sent back, not served.
    login("editor")
    response = client.get(reverse("official_documents:order_pdf", args=[order.pk]))
    assert response.status_code in (302, 403)
    assert response.get("Content-Type") != PDF


def test_download_links_in_the_admin(client, login, order):
    login("pr")
    pdf_url = reverse("official_documents:order_pdf", args=[order.pk])
    docx_url = reverse("official_documents:order_docx", args=[order.pk])
    listing = client.get(reverse("wagtailsnippets_network_order:list")).content.decode()
    assert pdf_url in listing and docx_url in listing
    edit = client.get(reverse("wagtailsnippets_network_order:edit", args=[order.pk]))
    html = edit.content.decode()
    assert pdf_url in html and docx_url in html
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("official_documents:phone_directory_booklet") in dashboard
