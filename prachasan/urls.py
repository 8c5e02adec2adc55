from django.conf import settings
from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from prachasan.distribution.line_webhook import line_webhook
from prachasan.news import feeds
from prachasan.site import urls as site_urls
from prachasan.site import views as site_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("visit/", site_views.visit, name="visit"),
    path("i18n/", include("django.conf.urls.i18n")),
    # Feeds go before Wagtail's serve pattern, which would otherwise claim /feeds/.
    path("feeds/news.rss", feeds.NewsRssFeed(), name="news_feed_rss"),
    path("feeds/news.atom", feeds.NewsAtomFeed(), name="news_feed_atom"),
    path(
        "feeds/departments/<slug:key>.rss",
        feeds.NewsRssFeed(),
        name="news_feed_department_rss",
    ),
    path(
        "feeds/departments/<slug:key>.atom",
        feeds.NewsAtomFeed(),
        name="news_feed_department_atom",
    ),
    path(
        "feeds/information-types/<int:number>.rss",
        feeds.NewsRssFeed(),
        name="news_feed_information_type_rss",
    ),
    path(
        "feeds/information-types/<int:number>.atom",
        feeds.NewsAtomFeed(),
        name="news_feed_information_type_atom",
    ),
    path("feeds/activities.ics", feeds.activities_ics, name="news_feed_activities"),
    path("line/webhook/<int:channel_id>/", line_webhook, name="line_webhook"),
    path("search/", include("prachasan.search.urls")),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # Without nginx in front (development, tests), Django serves the uploaded files.
    from django.urls import re_path
    from django.views.static import serve

    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += [path("", include(site_urls))]
