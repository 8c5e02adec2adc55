"""The public search page of an office's site (``/search/?q=…``).

Everything is read through Wagtail's search API, so whichever backend the settings choose
(the database one on SQLite or PostgreSQL, OpenSearch) answers; that backend cuts Thai
text into words with ``prachasan.search.text``, and the snippets here cut it the same way.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404, QueryDict
from django.shortcuts import render
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from wagtail.models import Page, Site
from wagtail.search import index
from wagtail.search.backends import get_search_backend

from prachasan.network.models import PhoneDirectoryPage, School
from prachasan.news.models import NewsPage
from prachasan.news.selectors import news_filter, news_fiscal_years, news_latest, news_queryset
from prachasan.offices.models import Department, Office, Person
from prachasan.site.models import StaffDirectoryPage
from prachasan.thai.fiscal import fiscal_year_bounds

from .forms import SearchForm, SortOrder
from .highlight import highlight_all, highlight_snippet, query_words

PAGE_SIZE = 10
OTHER_RESULTS = 5


@dataclass
class Result:
    """One found item as the results list shows it."""

    title: SafeString
    url: str
    snippet: SafeString
    label: str
    page: Page | None = None
    kind: str = ""
    kind_label: str = ""
    department: str = ""
    date: datetime.datetime | None = None
    extra: list[str] = field(default_factory=list)


def _day_start(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=timezone.get_current_timezone())


def _page_text(page: Page) -> str:
    """The searchable text of a page beyond its title, for the snippet: what the index
    holds (StreamField and rich text already as plain text)."""
    parts: list[str] = []
    for search_field in type(page).get_search_fields():
        if not isinstance(search_field, index.SearchField) or search_field.field_name == "title":
            continue
        value = search_field.get_value(page)
        values = value if isinstance(value, list | tuple) else [value]
        parts.extend(text for text in values if isinstance(text, str))
    return "\n".join(part for part in parts if part.strip())


def _page_queryset(*, root: Page, filters: dict, start_month: int) -> QuerySet:
    """The live pages of the site the filters allow: news only when a news filter is set."""
    if any(filters.get(name) for name in SearchForm.NEWS_FILTERS):
        queryset = news_filter(
            queryset=NewsPage.objects.live().public().descendant_of(root),
            filters=filters,
            fiscal_year_start_month=start_month,
        )
    else:
        queryset = Page.objects.live().public().descendant_of(root, inclusive=False)
        if filters.get("fiscal_year"):
            first, last = fiscal_year_bounds(filters["fiscal_year"], start_month=start_month)
            queryset = queryset.filter(
                first_published_at__gte=_day_start(first),
                first_published_at__lt=_day_start(last + datetime.timedelta(days=1)),
            )
    if filters.get("date_from"):
        queryset = queryset.filter(first_published_at__gte=_day_start(filters["date_from"]))
    if filters.get("date_to"):
        end = _day_start(filters["date_to"] + datetime.timedelta(days=1))
        queryset = queryset.filter(first_published_at__lt=end)
    return queryset


def search_pages(*, root: Page, query: str, filters: dict, sort: str, start_month: int):
    """Wagtail search results (lazy, sliceable) for the query under the site's root."""
    queryset = _page_queryset(root=root, filters=filters, start_month=start_month)
    if sort == SortOrder.NEWEST:
        return queryset.order_by("-first_published_at").search(
            query, operator="and", order_by_relevance=False
        )
    return queryset.search(query, operator="and")


def _specific_pages(pages: list[Page]) -> dict[int, Page]:
    """The specific page of each result, in a bounded number of queries."""
    news_ids = [page.pk for page in pages if page.specific_class is NewsPage]
    other_ids = [page.pk for page in pages if page.specific_class is not NewsPage]
    found: dict[int, Page] = {}
    if news_ids:
        news = NewsPage.objects.filter(pk__in=news_ids).select_related(
            "department", "information_type"
        )
        found.update((item.pk, item) for item in news)
    if other_ids:
        found.update((page.pk, page) for page in Page.objects.filter(pk__in=other_ids).specific())
    return found


def page_results(pages: list[Page], *, words: set[str], request) -> list[Result]:
    specific = _specific_pages(pages)
    results = []
    for found in pages:
        page = specific.get(found.pk, found)
        result = Result(
            title=highlight_all(page.title, words),
            url=page.get_url(request=request) or "",
            snippet=highlight_snippet(_page_text(page), words),
            label=str(page.specific_class._meta.verbose_name) if page.specific_class else "",
            page=page,
            date=page.first_published_at,
        )
        if isinstance(page, NewsPage):
            result.kind = page.kind
            result.kind_label = page.get_kind_display()
            result.department = page.department.name if page.department else ""
            if page.information_type:
                result.extra.append(str(page.information_type))
        results.append(result)
    return results


def other_results(*, office: Office, root: Page, query: str, words: set[str], request):
    """Staff and schools of the office that match, a few of each, linked to the pages
    that list them."""
    results: list[Result] = []
    backend = get_search_backend()
    staff_page = StaffDirectoryPage.objects.live().descendant_of(root).first()
    people = backend.search(query, Person.objects.filter(office=office), operator="and")
    listed = [
        person
        for person in people[: OTHER_RESULTS * 2]
        if person.is_listed and not person.anonymised_at
    ]
    departments = Department.objects.in_bulk({p.department_id for p in listed} - {None})
    for person in listed[:OTHER_RESULTS]:
        department = departments.get(person.department_id)
        url = staff_page.get_url(request=request) if staff_page else ""
        if url and department:
            url += f"#department-{department.key}"
        results.append(
            Result(
                title=highlight_all(person.full_name, words),
                url=url,
                snippet=highlight_all(person.position, words),
                label=_("Staff"),
                department=department.name if department else "",
            )
        )
    directory = PhoneDirectoryPage.objects.live().descendant_of(root).first()
    schools = backend.search(query, School.objects.filter(office=office), operator="and")
    active = [school for school in schools[: OTHER_RESULTS * 2] if school.is_active]
    for school in active[:OTHER_RESULTS]:
        details = [
            _("District %(district)s") % {"district": school.district} if school.district else "",
            _("Director: %(name)s") % {"name": school.director_name}
            if school.director_name
            else "",
        ]
        results.append(
            Result(
                title=highlight_all(school.name, words),
                url=directory.get_url(request=request) if directory else "",
                snippet=highlight_all(" · ".join(d for d in details if d), words),
                label=_("School"),
            )
        )
    return results


def search(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    office = Office.for_site(site)
    root = site.root_page
    start_month = office.fiscal_year_start_month
    form = SearchForm(
        request.GET or None,
        departments=Department.objects.filter(office=office).order_by("sort_order", "name"),
        fiscal_years=news_fiscal_years(queryset=news_queryset(root=root), start_month=start_month),
    )
    context = {"form": form, "search_query": request.GET.get("q", "")[:200], "page_obj": None}
    if form.is_bound and form.is_valid():
        query = form.cleaned_data["q"]
        filters = form.filters()
        sort = form.cleaned_data.get("sort") or SortOrder.RELEVANCE
        context.update(search_query=query, filters=filters, sort=sort)
        if query:
            words = query_words(query)
            results = search_pages(
                root=root, query=query, filters=filters, sort=sort, start_month=start_month
            )
            page_obj = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
            context["page_obj"] = page_obj
            # More matches than the backend ranks: the count is a floor (see backends).
            context["capped"] = getattr(results, "capped", False)
            context["results"] = page_results(
                list(page_obj.object_list), words=words, request=request
            )
            if page_obj.number == 1 and not filters:
                context["other_results"] = other_results(
                    office=office, root=root, query=query, words=words, request=request
                )
            # The page links keep everything but the page number.
            params = request.GET.copy()
            params.pop("page", None)
            context["page_query"] = params.urlencode()
            if filters:
                context["without_filters"] = f"?{_query_string(q=query)}"
    if not context.get("results") and not context.get("other_results"):
        context["latest_news"] = news_latest(root=root, limit=5)
    return render(request, "search/search_page.html", context)


def _query_string(**params) -> str:
    data = QueryDict(mutable=True)
    data.update(params)
    return data.urlencode()
