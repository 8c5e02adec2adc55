from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "prachasan.search"
    label = "prachasan_search"
    verbose_name = _("search")

    def ready(self):
        from .indexing import connect_receivers

        connect_receivers()
