from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DistributionConfig(AppConfig):
    name = "prachasan.distribution"
    label = "distribution"
    verbose_name = _("distribution")

    def ready(self):
        from . import signals

        signals.connect()
