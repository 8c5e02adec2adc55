from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ThaiConfig(AppConfig):
    name = "prachasan.thai"
    verbose_name = _("Thai dates and working days")

    def ready(self):
        from wagtail.models import Page

        from .slugs import validate_thai_slug

        # Django's unicode slug validator rejects Thai vowel and tone marks, which would
        # make every correctly spelled Thai slug invalid; accept them for pages.
        field = Page._meta.get_field("slug")
        field.default_validators = [validate_thai_slug]
        field.__dict__.pop("validators", None)
