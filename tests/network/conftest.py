import pytest
from django.core.cache import cache
from wagtail.models import Site

from prachasan.network.models import NetworkApplication, NetworkSurveyPage
from prachasan.offices.models import Office
from prachasan.site.models import HomePage


@pytest.fixture(autouse=True)
def _clean_cache():
    """The rate limit counts in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def office(db) -> Office:
    """The demo office."""
    return Office.objects.get(site__is_default_site=True)


@pytest.fixture
def fresh_office(office) -> Office:
    """A second, empty office on the same install (the demo office's registries are full)."""
    site = Site.objects.create(hostname="fresh.example", root_page_id=office.site.root_page_id)
    return Office.objects.create(site=site, name_th="สำนักงานทดสอบ", short_name_th="ทดสอบ")


@pytest.fixture
def new_applications(db):
    """The applications stored since the test began (the demo office has some already)."""
    last = NetworkApplication.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    return lambda: NetworkApplication.objects.filter(pk__gt=last).order_by("pk")


@pytest.fixture
def survey_page(office) -> NetworkSurveyPage:
    """The survey form under the demo home page (not yet in the standard site structure)."""
    home = HomePage.objects.get(pk=office.site.root_page_id)
    fields = {
        "intro": "<p>ร่วมเป็นเครือข่ายการประชาสัมพันธ์ของสำนักงาน</p>",
        "privacy_notice": "<p>สำนักงานเก็บข้อมูลนี้เพื่อส่งข่าวสารถึงเครือข่ายเท่านั้น</p>",
        "thank_you_text": "",
    }
    page = NetworkSurveyPage.objects.child_of(home).first()
    if page is None:
        page = NetworkSurveyPage(
            title="แบบสำรวจเครือข่ายการประชาสัมพันธ์", slug="network-survey", **fields
        )
        home.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    page.save_revision().publish()
    return page
