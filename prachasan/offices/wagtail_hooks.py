"""Admin screens of the Office menu: departments, people and office closures, each
showing only the offices the user works for (``office_scope``); Wagtail's Sites screens
and user bulk actions likewise (``admin_scope``)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from .admin_scope import USER_BULK_ACTIONS, SiteViewSet
from .models import Department, OfficeClosure, Person
from .office_scope import OfficeScopedViewSet


class DepartmentViewSet(OfficeScopedViewSet):
    model = Department
    icon = "group"
    menu_label = _("Departments")
    list_display = ["name", "short_name", "office", "sort_order"]
    list_filter = ["office"]
    search_fields = ["name", "short_name"]
    search_backend_name = None  # ORM icontains: finds Thai inside words
    ordering = ["office", "sort_order"]


class PersonViewSet(OfficeScopedViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["full_name", "position", "department", "phone_office"]
    list_filter = ["office", "department", "rank", "is_listed"]
    search_fields = ["first_name", "last_name", "position"]
    search_backend_name = None  # ORM icontains: finds Thai inside words
    list_per_page = 50


class OfficeClosureViewSet(OfficeScopedViewSet):
    model = OfficeClosure
    icon = "date"
    menu_label = _("Office closures")
    list_display = ["date", "name", "office"]
    list_filter = ["office"]


class OfficeViewSetGroup(SnippetViewSetGroup):
    items = (DepartmentViewSet, PersonViewSet, OfficeClosureViewSet)
    menu_icon = "home"
    menu_label = _("Office")
    menu_name = "office"
    menu_order = 150


register_snippet(OfficeViewSetGroup)


# Before Wagtail's own Sites viewset (order 0), whose addresses this one takes over.
@hooks.register("register_admin_viewset", order=-1)
def register_site_viewset():
    return SiteViewSet("office_sites", url_prefix="sites")


# After Wagtail's user bulk actions (order 0), which these replace.
for bulk_action in USER_BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action, order=1)
