"""Admin screens of the registries. Feature modules register their own extra views:
imports and exports, application review, documents, personal data."""

from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView as SnippetCreateView
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from prachasan.offices import office_scope
from prachasan.offices.models import Office
from prachasan.thai.dates import be_year

from .application_review import (
    NetworkApplicationAcceptView,
    NetworkApplicationDeclineView,
    NetworkApplicationEditView,
    NetworkApplicationIndexView,
    NetworkApplicationInspectView,
)
from .import_views import MediaContactIndexView, SchoolIndexView
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
from .personal_data import PersonalData
from .privacy import personal_data_view_log
from .services import order_number_next


class OfficeScopedViewSet(office_scope.OfficeScopedViewSet):
    """Lists and shows only the records of the offices the user works for (one install may
    serve many offices)."""

    # Search the listed columns with the ORM (icontains): it finds Thai inside words,
    # where the database full-text backend cannot search these columns at all.
    search_backend_name = None


class SchoolViewSet(OfficeScopedViewSet):
    model = School
    index_view_class = SchoolIndexView  # with import and export buttons
    icon = "home"
    menu_label = _("Schools")
    list_display = ["code", "name", "cluster", "district", "director_name", "phone"]
    list_filter = ["cluster", "district", "is_active"]
    search_fields = ["code", "name", "director_name", "district"]
    list_per_page = 50


class SchoolClusterViewSet(OfficeScopedViewSet):
    model = SchoolCluster
    icon = "group"
    menu_label = _("School clusters")
    list_display = ["name", "office"]


class MediaContactViewSet(OfficeScopedViewSet):
    model = MediaContact
    index_view_class = MediaContactIndexView  # with import and export buttons
    icon = "globe"
    menu_label = _("Media registry")
    list_display = ["outlet", "kind", "contact_name", "phone", "email", "province"]
    list_filter = ["kind", "province", "is_active"]
    search_fields = ["outlet", "contact_name", "province"]
    list_per_page = 50


class NetworkMemberViewSet(OfficeScopedViewSet):
    model = NetworkMember
    icon = "group"
    menu_label = _("PR network")
    list_display = ["organisation", "kind", "contact_name", "phone", "email"]
    list_filter = ["kind", "accepts_email", "accepts_sms", "accepts_line", "is_active"]
    search_fields = ["organisation", "contact_name"]
    list_per_page = 50


class NetworkApplicationViewSet(OfficeScopedViewSet):
    """Applications from the survey form; a PR officer accepts or declines each one."""

    model = NetworkApplication
    icon = "form"
    menu_label = _("Network applications")
    list_display = ["organisation", "kind", "contact_name", "status", "submitted_at"]
    list_filter = ["status", "kind"]
    search_fields = ["organisation", "contact_name"]
    ordering = ["-submitted_at"]
    index_view_class = NetworkApplicationIndexView
    edit_view_class = NetworkApplicationEditView
    inspect_view_class = NetworkApplicationInspectView
    inspect_view_enabled = True
    # The decision is taken only through the accept and decline views (services), so
    # the edit form leaves out the status and what goes with it.
    panels = [
        FieldPanel("office"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("organisation")]),
        FieldRowPanel([FieldPanel("contact_name"), FieldPanel("position")]),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email"), FieldPanel("line_id")]),
        FieldPanel("address"),
        MultiFieldPanel(
            [FieldPanel("accepts_email"), FieldPanel("accepts_sms"), FieldPanel("accepts_line")],
            heading=_("Channels through which they accept news"),
        ),
        FieldPanel("interests"),
        PersonalData.pdpa_panel,
    ]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            accept_url_name=self.get_url_name("accept"),
            decline_url_name=self.get_url_name("decline"),
            **kwargs,
        )

    @property
    def accept_view(self):
        return self.construct_view(NetworkApplicationAcceptView)

    @property
    def decline_view(self):
        return self.construct_view(NetworkApplicationDeclineView)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(f"accept/<{self.pk_path_converter}:pk>/", self.accept_view, name="accept"),
            path(f"decline/<{self.pk_path_converter}:pk>/", self.decline_view, name="decline"),
        ]


class RecipientGroupViewSet(OfficeScopedViewSet):
    model = RecipientGroup
    icon = "mail"
    menu_label = _("Recipient groups")
    list_display = ["name", "description"]


class OrderCreateView(SnippetCreateView):
    """A new order starts with today's date and the next number of this year's register."""

    def get_initial_form_instance(self):
        office = Office.for_request(self.request)
        today = timezone.localdate()
        year = be_year(today)
        return Order(
            office=office,
            be_year=year,
            number=order_number_next(office=office, be_year=year),
            date=today,
        )


class OrderViewSet(OfficeScopedViewSet):
    model = Order
    add_view_class = OrderCreateView
    icon = "doc-full"
    menu_label = _("Appointment orders")
    list_display = ["reference", "subject", "date", "signer_name"]
    list_filter = ["be_year"]
    search_fields = ["subject"]


class CommitteeViewSet(OfficeScopedViewSet):
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
from . import privacy_views as privacy_views  # noqa: E402,F401
from . import recipient_preview as recipient_preview  # noqa: E402,F401


@hooks.register("before_edit_snippet")
def log_school_director_view(request, instance):
    """A school's edit screen shows its director's name and telephone: opening it is logged
    as a view of personal data, as the other registries' edit screens are (privacy_views).
    Runs after the permission and office checks."""
    if request.method == "GET" and isinstance(instance, School):
        personal_data_view_log(instances=[instance], user=request.user, source="edit")
