import pytest

from prachasan.distribution.adapters import FakeAdapter
from prachasan.distribution.models import Channel, ChannelKind
from prachasan.news.models import NewsPage
from prachasan.offices.models import Office

FAKE = "prachasan.distribution.adapters.FakeAdapter"


@pytest.fixture
def fake_adapter(settings):
    """SMS goes to the in-memory fake; it starts empty and succeeding."""
    settings.DISTRIBUTION_ADAPTERS = {ChannelKind.SMS: FAKE}
    FakeAdapter.reset()
    yield FakeAdapter
    FakeAdapter.reset()


@pytest.fixture
def office():
    return Office.objects.order_by("pk").first()


@pytest.fixture
def news_item():
    """A published demo item and its approved (live) revision."""
    page = NewsPage.objects.live().order_by("pk").first()
    return page, page.live_revision


@pytest.fixture
def sms_channel(office):
    return Channel.objects.create(office=office, kind=ChannelKind.SMS, name="SMS ผู้บริหาร")
