from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfficesConfig(AppConfig):
    name = "prachasan.offices"
    verbose_name = _("Offices")

    def ready(self):
        from . import signals

        signals.connect()
