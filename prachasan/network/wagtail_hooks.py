"""Admin screens of the registries. Feature modules register their own extra views:
imports and exports, application review, documents, personal data."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import (
    Committee,
    MediaContact,
    NetworkApplication,
    NetworkMember,
    Order,
    RecipientGroup,
    School,
    SchoolCluster,
)


class SchoolViewSet(SnippetViewSet):
    model = School
    icon = "home"
    menu_label = _("Schools")
    list_display = ["code", "name", "cluster", "district", "director_name", "phone"]
    list_filter = ["cluster", "district", "is_active"]
    search_fields = ["code", "name", "director_name", "district"]
    list_per_page = 50
    list_export = ["code", "name", "cluster", "district", "director_name", "phone", "email"]


class SchoolClusterViewSet(SnippetViewSet):
    model = SchoolCluster
    icon = "group"
    menu_label = _("School clusters")
    list_display = ["name", "office"]


class MediaContactViewSet(SnippetViewSet):
    model = MediaContact
    icon = "globe"
    menu_label = _("Media registry")
    list_display = ["outlet", "kind", "contact_name", "phone", "email", "province"]
    list_filter = ["kind", "province", "is_active"]
    search_fields = ["outlet", "contact_name", "province"]
    list_per_page = 50


class NetworkMemberViewSet(SnippetViewSet):
    model = NetworkMember
    icon = "group"
    menu_label = _("PR network")
    list_display = ["organisation", "kind", "contact_name", "phone", "email"]
    list_filter = ["kind", "accepts_email", "accepts_sms", "accepts_line", "is_active"]
    search_fields = ["organisation", "contact_name"]
    list_per_page = 50


class NetworkApplicationViewSet(SnippetViewSet):
    model = NetworkApplication
    icon = "form"
    menu_label = _("Network applications")
    list_display = ["organisation", "kind", "contact_name", "status", "submitted_at"]
    list_filter = ["status", "kind"]
    search_fields = ["organisation", "contact_name"]
    ordering = ["-submitted_at"]


class RecipientGroupViewSet(SnippetViewSet):
    model = RecipientGroup
    icon = "mail"
    menu_label = _("Recipient groups")
    list_display = ["name", "description"]


class OrderViewSet(SnippetViewSet):
    model = Order
    icon = "doc-full"
    menu_label = _("Appointment orders")
    list_display = ["reference", "subject", "date", "signer_name"]
    list_filter = ["be_year"]
    search_fields = ["subject"]


class CommitteeViewSet(SnippetViewSet):
    model = Committee
    icon = "group"
    menu_label = _("Committees")
    list_display = ["name", "order", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["name"]


class RegistriesViewSetGroup(SnippetViewSetGroup):
    items = (
        SchoolViewSet,
        SchoolClusterViewSet,
        MediaContactViewSet,
        NetworkMemberViewSet,
        NetworkApplicationViewSet,
        RecipientGroupViewSet,
        OrderViewSet,
        CommitteeViewSet,
    )
    menu_icon = "folder-open-inverse"
    menu_label = _("Registries")
    menu_name = "registries"
    menu_order = 160


register_snippet(RegistriesViewSetGroup)

# Feature modules with admin views of their own are imported below.
