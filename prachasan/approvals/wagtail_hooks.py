"""Admin wiring of the publication requests. Where an office's workflow applies, nothing
goes public except through it: the Publish button, bulk publishing and publishing copies
are turned off, so every public item has its memo."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks


def _publication_guarded(page) -> bool:
    """Whether publishing ``page`` (or a new page under it) needs a publication request."""
    workflow = page.get_workflow() if page is not None else None
    return bool(workflow and workflow.active)


def _refuse_direct_publish(request, page):
    messages.error(
        request,
        _(
            "Items are published only through a publication request: submit the item for "
            "permission to publish."
        ),
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


@hooks.register("before_edit_page")
def edit_direct_publish_refuse(request, page):
    if (
        request.method == "POST"
        and request.POST.get("action-publish")
        and _publication_guarded(page)
    ):
        return _refuse_direct_publish(request, page)
    return None


@hooks.register("before_create_page")
def create_direct_publish_refuse(request, parent_page, page_class):
    if (
        request.method == "POST"
        and request.POST.get("action-publish")
        and _publication_guarded(parent_page)
    ):
        messages.error(
            request,
            _(
                "Items are published only through a publication request: save the item as a "
                "draft and submit it for permission to publish."
            ),
        )
        return redirect(reverse("wagtailadmin_explore", args=[parent_page.pk]))
    return None


@hooks.register("before_copy_page")
def copy_publish_refuse(request, page):
    if (
        request.method == "POST"
        and request.POST.get("publish_copies")
        and _publication_guarded(page)
    ):
        messages.error(request, _("Copies cannot be published without a publication request."))
        return redirect(reverse("wagtailadmin_pages:copy", args=[page.pk]))
    return None


@hooks.register("before_bulk_action")
def bulk_publish_refuse(request, action_type, objects, action_class_instance):
    if action_type == "publish" and any(_publication_guarded(page) for page in objects):
        messages.error(
            request,
            _("Items are published only through a publication request, one by one."),
        )
        return redirect(request.META.get("HTTP_REFERER") or reverse("wagtailadmin_home"))
    return None


@hooks.register("construct_page_action_menu")
def publish_menu_item_remove(menu_items, request, context):
    page = context.get("page") or context.get("parent_page")
    if _publication_guarded(page):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("register_log_actions")
def log_actions_register(actions):
    actions.register_action(
        "approvals.request_open",
        gettext_lazy("Publication request opened"),
        gettext_lazy("Publication request opened"),
    )
    actions.register_action(
        "approvals.request_refuse",
        gettext_lazy("Publication not allowed"),
        gettext_lazy("Publication not allowed"),
    )


@hooks.register("register_admin_urls")
def admin_urls_register():
    from django.urls import include, path

    from . import urls

    return [path("publication-requests/", include(urls))]


# The admin screens of the requests: the list, the dashboard panels and the links from the
# item's own pages. The review page and the downloads are in urls.py.


@hooks.register("register_admin_viewset")
def publication_request_viewset_register():
    from .admin_views import publication_request_viewset

    return publication_request_viewset


@hooks.register("construct_homepage_panels")
def approvals_homepage_panels(request, panels):
    from .panels import homepage_panels_add

    homepage_panels_add(request, panels)


@hooks.register("register_page_header_buttons")
def publication_request_page_buttons(page, user, view_name, next_url=None):
    """The item's latest request, its memo as PDF and Word, in the "⋯" menu of the page
    editor and of the page's listing."""
    from django.utils.translation import pgettext
    from wagtail.admin.widgets.button import Button

    from .selectors import publication_request_latest, publication_requests_visible

    request = publication_request_latest(page=page)
    if (
        request is None
        or not publication_requests_visible(user=user).filter(pk=request.pk).exists()
    ):
        return
    yield Button(
        pgettext("approvals", "Publication request %(number)s")
        % {"number": request.number_display},
        url=reverse("approvals_request_review", args=[request.pk]),
        icon_name="clipboard-list",
        priority=80,
    )
    yield Button(
        pgettext("approvals", "Memo (PDF)"),
        url=reverse("approvals_request_memo_pdf", args=[request.pk]),
        icon_name="download",
        priority=81,
    )
    yield Button(
        pgettext("approvals", "Memo (DOCX)"),
        url=reverse("approvals_request_memo_docx", args=[request.pk]),
        icon_name="download",
        priority=82,
    )
