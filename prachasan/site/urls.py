"""Wagtail's front-end URLs, with a serve pattern that accepts Thai slugs.

Wagtail matches page paths with `[\\w\\-]`, and `\\w` excludes Thai vowel and tone marks
(Unicode Mn), so a correctly spelled Thai slug would neither route nor reverse.
"""

from django.urls import re_path
from wagtail import urls as wagtail_urls
from wagtail import views

from prachasan.thai.slugs import THAI_MARKS

serve_pattern = rf"^((?:[\w\-{THAI_MARKS}]+/)*)$"

urlpatterns = [
    *(p for p in wagtail_urls.urlpatterns if getattr(p, "name", None) != "wagtail_serve"),
    re_path(serve_pattern, views.serve, name="wagtail_serve"),
]
