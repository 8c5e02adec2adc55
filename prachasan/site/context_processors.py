from django.utils.functional import SimpleLazyObject
from wagtail.models import Site


def site_navigation(request):
    """The header menu, computed only when a template uses it."""

    def build():
        from .selectors import site_navigation as select

        site = Site.find_for_request(request)
        if site is None:
            return {"sections": [], "departments": []}
        return select(site=site)

    return {"navigation": SimpleLazyObject(build)}
