from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfficesConfig(AppConfig):
    name = "prachasan.offices"
    verbose_name = _("Offices")

    def ready(self):
        from . import signals

        signals.connect()
        # Wagtail's Users and Groups screens, limited to the user's offices
        # (``admin_scope``). Read when the admin's addresses are built, after every ready().
        users_app = self.apps.get_app_config("wagtailusers")
        users_app.user_viewset = "prachasan.offices.admin_scope.UserViewSet"
        users_app.group_viewset = "prachasan.offices.admin_scope.GroupViewSet"
