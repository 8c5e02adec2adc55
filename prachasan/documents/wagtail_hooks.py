"""Admin downloads: an order as PDF or Word from its listing and its edit page, and the
printed phone directory from the admin menu."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.snippets.action_menu import ActionMenuItem

from prachasan.network.models import Order

from . import views

app_name = "official_documents"
urlpatterns = [
    path("orders/<int:pk>/pdf/", views.order_pdf_download, name="order_pdf"),
    path("orders/<int:pk>/docx/", views.order_docx_download, name="order_docx"),
    path(
        "phone-directory/booklet.pdf",
        views.phone_directory_booklet_download,
        name="phone_directory_booklet",
    ),
]

ORDER_DOWNLOADS = (
    (_("Download PDF"), "official_documents:order_pdf", "download"),
    (_("Download DOCX"), "official_documents:order_docx", "download"),
)


@hooks.register("register_admin_urls")
def register_document_urls():
    # Not "documents/": that is Wagtail's own document library.
    return [path("official-documents/", include((urlpatterns, app_name)))]


class OrderDownloadMenuItem(ActionMenuItem):
    """A link in the actions menu of an order's edit page."""

    def __init__(self, *, label, url_name: str, icon_name: str, order: int):
        super().__init__(order=order)
        self.label, self.url_name, self.icon_name = label, url_name, icon_name
        self.name = f"action-{url_name.rsplit(':', 1)[-1]}"

    def is_shown(self, context) -> bool:
        return context.get("view") == "edit" and views.order_permission_policy.user_has_permission(
            context["request"].user, "change"
        )

    def get_url(self, parent_context) -> str:
        return reverse(self.url_name, args=[parent_context["instance"].pk])


def _order_menu_item(model, index: int):
    if model is not Order:
        return None
    label, url_name, icon_name = ORDER_DOWNLOADS[index]
    return OrderDownloadMenuItem(
        label=label, url_name=url_name, icon_name=icon_name, order=200 + index
    )


# The hook takes one item per function.
@hooks.register("register_snippet_action_menu_item")
def order_pdf_menu_item(model):
    return _order_menu_item(model, 0)


@hooks.register("register_snippet_action_menu_item")
def order_docx_menu_item(model):
    return _order_menu_item(model, 1)


@hooks.register("register_snippet_listing_buttons")
def order_listing_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, Order):
        return []
    if not views.order_permission_policy.user_has_permission(user, "change"):
        return []
    return [
        Button(label, url=reverse(url_name, args=[snippet.pk]), icon_name=icon, priority=60 + i)
        for i, (label, url_name, icon) in enumerate(ORDER_DOWNLOADS)
    ]


@hooks.register("register_admin_menu_item")
def register_phone_directory_booklet_menu_item():
    # Right after the Registries group (order 160), which holds the schools and committees.
    return MenuItem(
        _("Phone directory (PDF)"),
        reverse("official_documents:phone_directory_booklet"),
        name="phone-directory-booklet",
        icon_name="doc-full",
        order=161,
    )
