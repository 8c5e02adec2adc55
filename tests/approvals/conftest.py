import pytest

from prachasan.news.models import NewsIndexPage

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


def news_data(**fields) -> dict:
    data = {"title": "ข่าวทดสอบการขออนุญาต", "slug": "request-test", "lead": "ทดสอบ"}
    data.update({"kind": "activity", "body-count": "0", **FORMSETS})
    data.update(fields)
    return data


@pytest.fixture
def ict_news_index():
    return NewsIndexPage.objects.get(department__key="ict")


@pytest.fixture
def submit_news(client, ict_news_index, django_capture_on_commit_callbacks):
    """Create a news item in the ICT department's index and submit it for permission to
    publish, through the page editor, as the logged-in user."""

    def submit(parent=None, **fields):
        parent = parent or ict_news_index
        data = news_data(**fields)
        data.setdefault("publication_confirm", "on")
        data["action-submit"] = "Submit"
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"/admin/pages/add/news/newspage/{parent.pk}/", data)

    return submit
