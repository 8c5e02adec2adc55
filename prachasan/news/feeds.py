"""RSS, Atom and iCalendar feeds of the current site's office.

Every feed reads only the news under the requesting site's root page, so one install serving
many offices never mixes their items.
"""

import datetime
import mimetypes
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Site

from prachasan.offices.models import Department, Office

from .ical import CalendarEvent, calendar_serialize
from .models import InformationType, NewsPage
from .selectors import news_queryset

FEED_LENGTH = 30
ENCLOSURE_RENDITION = "fill-1200x630"  # the Open Graph size, usually already rendered
ACTIVITIES_PAST_DAYS = 90
ACTIVITIES_LIMIT = 500


@dataclass
class FeedScope:
    request: HttpRequest
    site: Site
    office: Office
    department: Department | None = None
    information_type: InformationType | None = None


def _site_for(request: HttpRequest) -> Site:
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No site")
    return site


def _absolute(request: HttpRequest, site: Site, url: str) -> str:
    if url.startswith(("http://", "https://")):
        return url
    return site.root_url + url if site.root_url else request.build_absolute_uri(url)


class NewsRssFeed(Feed):
    """The latest live news of the office, optionally of one department or information type."""

    feed_type = Rss201rev2Feed

    def get_object(self, request, key=None, number=None):
        site = _site_for(request)
        office = Office.for_site(site)
        scope = FeedScope(request=request, site=site, office=office)
        if key is not None:
            scope.department = get_object_or_404(Department, office=office, key=key)
        if number is not None:
            scope.information_type = get_object_or_404(InformationType, number=number)
        return scope

    def title(self, obj: FeedScope) -> str:
        if obj.department:
            return _("News of %(department)s, %(office)s") % {
                "department": obj.department.name,
                "office": obj.office.name_th,
            }
        if obj.information_type:
            return _("Information type %(information_type)s, %(office)s") % {
                "information_type": obj.information_type,
                "office": obj.office.name_th,
            }
        return _("News of %(office)s") % {"office": obj.office.name_th}

    def description(self, obj: FeedScope) -> str:
        return _("The latest news published by %(office)s.") % {"office": obj.office.name_th}

    def link(self, obj: FeedScope) -> str:
        return obj.site.root_url + "/"

    def feed_url(self, obj: FeedScope) -> str:
        return obj.request.build_absolute_uri()

    def feed_copyright(self, obj: FeedScope) -> str:
        return obj.office.name_th

    def items(self, obj: FeedScope) -> list[NewsPage]:
        queryset: QuerySet[NewsPage] = news_queryset(root=obj.site.root_page)
        if obj.department:
            queryset = queryset.filter(department=obj.department)
        if obj.information_type:
            queryset = queryset.filter(information_type=obj.information_type)
        images = get_image_model().objects.prefetch_renditions(ENCLOSURE_RENDITION)
        queryset = queryset.prefetch_related(Prefetch("cover_image", queryset=images))
        items = list(queryset[:FEED_LENGTH])
        for item in items:
            # Item hooks receive only the item, so the request-dependent parts ride on it.
            item.feed_link = item.get_full_url(obj.request)
            item.feed_enclosure = None
            if item.cover_image:
                rendition = item.cover_image.get_rendition(ENCLOSURE_RENDITION)
                item.feed_enclosure = _absolute(obj.request, obj.site, rendition.url)
        return items

    def item_title(self, item: NewsPage) -> str:
        return item.title

    def item_description(self, item: NewsPage) -> str:
        return item.lead

    def item_link(self, item: NewsPage) -> str:
        return item.feed_link

    def item_guid(self, item: NewsPage) -> str:
        return item.feed_link

    def item_pubdate(self, item: NewsPage):
        return item.published_at

    def item_updateddate(self, item: NewsPage):
        return item.last_published_at or item.published_at

    def item_author_name(self, item: NewsPage) -> str | None:
        return item.department.name if item.department else None

    def item_categories(self, item: NewsPage) -> list[str]:
        categories = [str(item.get_kind_display())]
        if item.information_type:
            categories.append(str(item.information_type))
        return categories

    def item_enclosure_url(self, item: NewsPage) -> str | None:
        return item.feed_enclosure

    def item_enclosure_length(self, item: NewsPage) -> int:
        # 0 is the RSS convention for "unknown"; asking remote storage for each size would
        # cost a request per item.
        return 0

    def item_enclosure_mime_type(self, item: NewsPage) -> str:
        return mimetypes.guess_type(item.feed_enclosure or "")[0] or "image/jpeg"


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj: FeedScope) -> str:
        return self.description(obj)


def activities_ics(request: HttpRequest) -> HttpResponse:
    """The office's activities from 90 days ago onward, as an iCalendar feed."""
    site = _site_for(request)
    office = Office.for_site(site)
    since = timezone.localdate() - datetime.timedelta(days=ACTIVITIES_PAST_DAYS)
    items = (
        news_queryset(root=site.root_page)
        .filter(activity_date__gte=since)
        .order_by("activity_date", "activity_time", "pk")[:ACTIVITIES_LIMIT]
    )
    tz = timezone.get_current_timezone()
    events = []
    for item in items:
        start: datetime.date | datetime.datetime = item.activity_date
        if item.activity_time:
            start = datetime.datetime.combine(item.activity_date, item.activity_time, tzinfo=tz)
        events.append(
            CalendarEvent(
                uid=f"newspage-{item.pk}@{site.hostname}",
                stamp=item.last_published_at or item.published_at or timezone.now(),
                start=start,
                summary=item.title,
                description=item.lead,
                location=item.activity_place,
                url=item.get_full_url(request) or "",
            )
        )
    name = _("Activities of %(office)s") % {"office": office.name_th}
    response = HttpResponse(
        calendar_serialize(events=events, name=name),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = 'inline; filename="activities.ics"'
    return response
