"""The demo office is realistic and loading it twice changes nothing."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.images import get_image_model
from wagtail.models import Page

from prachasan.demo.services import demo_office_load
from prachasan.news.models import NewsKind, NewsPage
from prachasan.offices.models import Department, Person
from prachasan.thai.fiscal import fiscal_year_of

pytestmark = pytest.mark.django_db


def _counts():
    return {
        "pages": Page.objects.count(),
        "news": NewsPage.objects.count(),
        "people": Person.objects.count(),
        "departments": Department.objects.count(),
        "users": get_user_model().objects.count(),
        "images": get_image_model().objects.count(),
    }


def test_second_load_changes_nothing():
    before = _counts()
    result = demo_office_load()
    assert result["news_created"] == 0
    assert _counts() == before


def test_demo_office_is_realistic():
    assert Department.objects.count() == 10
    assert 28 <= Person.objects.count() <= 40
    news = NewsPage.objects.live()
    assert news.count() >= 40
    assert set(news.values_list("kind", flat=True)) == set(NewsKind.values)
    assert news.values("department").distinct().count() == 10
    assert news.exclude(information_type=None).values("information_type").distinct().count() >= 10
    years = {fiscal_year_of(item.first_published_at.date()) for item in news}
    assert {2569, 2570} <= years


def test_one_demo_user_per_role():
    usernames = set(get_user_model().objects.values_list("username", flat=True))
    assert {"admin", "pr", "editor", "director", "deputy", "areadirector"} <= usernames


@pytest.mark.django_db
def test_demo_has_publication_requests_in_every_state():
    from prachasan.approvals.models import PublicationRequest, RequestStatus
    from prachasan.approvals.selectors import requests_open
    from prachasan.news.models import NewsPage
    from prachasan.offices.models import Office

    statuses = set(PublicationRequest.objects.values_list("status", flat=True))
    assert {
        RequestStatus.IN_REVIEW,
        RequestStatus.CHANGES_REQUESTED,
        RequestStatus.REFUSED,
        RequestStatus.ALLOWED,
        RequestStatus.PUBLISHED,
    } <= statuses
    # Every live demo item went through a request, allowed before it went live.
    for page in NewsPage.objects.live():
        request = PublicationRequest.objects.get(page=page, status=RequestStatus.PUBLISHED)
        assert request.submitted_at < page.first_published_at
        assert request.steps.filter(outcome="allowed").count() >= 1
    late = [r for r in requests_open(offices=Office.objects.all()) if r.is_late]
    assert late, "one demo request waits past its deadline"
