import pytest
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Site

from prachasan.site.models import DailyVisits
from prachasan.site.selectors import visits_total

pytestmark = pytest.mark.django_db


def test_visit_beacon_counts_today(client):
    cache.clear()
    site = Site.objects.get(is_default_site=True)
    before = visits_total(site=site)
    assert client.post("/visit/").status_code == 204
    assert client.post("/visit/").status_code == 204
    assert DailyVisits.objects.get(site=site, date=timezone.localdate()).count == 2
    assert visits_total(site=site) == before + 2


def test_visit_beacon_needs_post(client):
    assert client.get("/visit/").status_code == 405


def test_home_page_shows_the_visitor_count(client):
    cache.clear()
    site = Site.objects.get(is_default_site=True)
    html = client.get("/").content.decode()
    assert f"{visits_total(site=site):,}" in html
