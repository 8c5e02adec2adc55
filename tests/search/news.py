"""News items published for the search tests."""

from wagtail.search import index

from prachasan.news.models import NewsPage


def news_publish(index_page, *, title, lead, department, kind, when):
    """A news item under ``index_page``, published, with a fixed publication date, then
    the index told (OpenSearch keeps filter values, the database backends scope words)."""
    item = NewsPage(title=title, lead=lead, department=department, kind=kind)
    index_page.add_child(instance=item)
    item.save_revision().publish()
    NewsPage.objects.filter(pk=item.pk).update(first_published_at=when)
    item.refresh_from_db()
    index.insert_or_update_object(item)
    return item
