"""Reads for the public site's pages."""

from django.core.cache import cache
from django.db.models import Sum
from django.db.models.expressions import RawSQL
from wagtail.models import Page, Site

from prachasan.news.models import NewsIndexPage
from prachasan.news.selectors import (
    news_latest,
    news_latest_by_department,
    news_upcoming_activities,
    news_urgent,
)
from prachasan.offices.models import Office

from .models import DailyVisits, DepartmentPage, DownloadsPage

VISITS_CACHE_SECONDS = 300


def office_news_index(*, root: Page) -> NewsIndexPage | None:
    """The office-wide news index (the one with no department)."""
    return (
        NewsIndexPage.objects.live()
        .descendant_of(root)
        .filter(department__isnull=True)
        .order_by("path")
        .first()
    )


def visits_total(*, site: Site, office: Office | None = None) -> int:
    """Visits so far, plus those the office counted before prachasan."""
    key = f"visits-total:{site.pk}"
    total = cache.get(key)
    if total is None:
        office = office or Office.for_site(site)
        counted = DailyVisits.objects.filter(site=site).aggregate(total=Sum("count"))["total"]
        total = (counted or 0) + office.visitor_count_offset
        cache.set(key, total, VISITS_CACHE_SECONDS)
    return total


def home_page_context(*, home: Page, site: Site, office: Office) -> dict:
    return {
        "urgent_news": news_urgent(root=home),
        "latest_news": news_latest(root=home, limit=6),
        "department_news": news_latest_by_department(root=home, per_department=3),
        "upcoming_activities": news_upcoming_activities(root=home, limit=6),
        "news_index": office_news_index(root=home),
        "visitor_count": visits_total(site=site, office=office),
    }


def department_page_context(*, page: DepartmentPage, site: Site) -> dict:
    from prachasan.news.selectors import news_queryset

    department = page.department
    root = site.root_page
    people = list(
        department.people.filter(is_listed=True)
        .select_related("photo")
        .order_by("sort_order", "first_name")
    )
    return {
        "people": people,
        "latest_news": list(
            news_queryset(root=root).filter(department=department).select_related(None)[:6]
        ),
        "news_index": NewsIndexPage.objects.live().child_of(page).first(),
    }


def downloads_by_department(*, page: DownloadsPage) -> list[tuple[str, list]]:
    """The page's files grouped under their department's name, in page order."""
    groups: dict[str, list] = {}
    for item in page.items.select_related("document", "department").order_by("sort_order"):
        label = item.department.name if item.department else ""
        groups.setdefault(label, []).append(item)
    return list(groups.items())


# The children of a page, found by seeking the page index once per child: each child's
# path is the first one after the previous child's subtree ("~" sorts after treebeard's
# alphabet 0-9A-Z, and the column's collation is bytewise on PostgreSQL).
_CHILD_PATHS_SQL = f"""
    WITH RECURSIVE child (path) AS (
        SELECT min(path) FROM {Page._meta.db_table} WHERE path > %s AND path < %s
        UNION ALL
        SELECT (
            SELECT min(page.path) FROM {Page._meta.db_table} page
            WHERE page.path > child.path || '~' AND page.path < %s
        )
        FROM child WHERE child.path IS NOT NULL
    )
    SELECT path FROM child WHERE path IS NOT NULL
"""  # noqa: S608 (the table name is Wagtail's)


def children_paths(page: Page) -> RawSQL:
    """The paths of ``page``'s children, for ``path__in``: in as many index seeks as there
    are children. Wagtail's ``child_of`` (path LIKE 'prefix%' and depth) reads every
    page under ``page`` on SQLite, whose LIKE cannot use the path index: the menu of a
    site with a million news items took 2.7 s on every public page."""
    end = f"{page.path}~"
    return RawSQL(_CHILD_PATHS_SQL, (page.path, end, end))


def site_navigation(*, site: Site) -> dict:
    """Department pages and the main sections for the header menu, in two queries."""
    root = site.root_page
    children = children_paths(root)
    sections = list(Page.objects.filter(path__in=children).live().in_menu().order_by("path"))
    departments = list(
        DepartmentPage.objects.live()
        .filter(path__in=children)
        .select_related("department")
        .order_by("department__sort_order")
    )
    return {"sections": sections, "departments": departments}
