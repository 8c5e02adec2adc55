"""A new appointment order starts with the next number of this year's register."""

import pytest
from django.utils import timezone

from prachasan.network.models import Order
from prachasan.thai.dates import be_year

pytestmark = pytest.mark.django_db


def test_new_order_form_offers_the_next_number(client, login):
    login("pr")
    year = be_year(timezone.localdate())
    last = (
        Order.objects.filter(be_year=year).order_by("-number").values_list("number", flat=True)
    ).first() or 0
    response = client.get("/admin/snippets/network/order/add/")
    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["number"] == last + 1
    assert form.initial["be_year"] == year
