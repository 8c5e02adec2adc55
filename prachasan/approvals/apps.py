from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApprovalsConfig(AppConfig):
    name = "prachasan.approvals"
    label = "approvals"
    verbose_name = _("publication requests")

    def ready(self):
        from . import signals

        signals.connect()
