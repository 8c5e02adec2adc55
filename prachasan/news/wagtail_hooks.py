from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import InformationType


class InformationTypeViewSet(SnippetViewSet):
    model = InformationType
    icon = "list-ol"
    menu_label = _("Information types")
    list_display = ["number", "name"]
    ordering = ["number"]
    add_to_admin_menu = False


register_snippet(InformationTypeViewSet)
