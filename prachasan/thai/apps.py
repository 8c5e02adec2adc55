from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ThaiConfig(AppConfig):
    name = "prachasan.thai"
    verbose_name = _("Thai dates and working days")
