"""Admin wiring of distribution: the "Distribution" menu, the item's deliveries in the
page's "⋯" menu, the dashboard panel of today's failed sends, and the correction notice
offered after an item that went out is unpublished."""

from django.urls import reverse
from django.utils.translation import gettext
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.components import Component


@hooks.register("register_admin_viewset")
def distribution_viewsets_register():
    from .admin_views import DistributionViewSetGroup

    return DistributionViewSetGroup()


@hooks.register("register_admin_urls")
def distribution_urls_register():
    from .admin_views import item_urls

    return item_urls()


def _is_news_item(page) -> bool:
    from prachasan.news.models import NewsPage

    return issubclass(page.specific_class or type(page), NewsPage)


def _deliveries_button(page, user, priority):
    from wagtail.admin.widgets.button import Button

    from .selectors import user_may_distribute_page

    if page is None or not page.pk or not _is_news_item(page):
        return None
    if not user_may_distribute_page(user=user, page=page):
        return None
    return Button(
        gettext("Deliveries"),
        url=reverse("distribution_item", args=[page.pk]),
        icon_name="list-ul",
        priority=priority,
    )


@hooks.register("register_page_header_buttons")
def deliveries_page_header_button(page, user, view_name, next_url=None):
    """Where the item went, in the "⋯" menu of the page editor."""
    button = _deliveries_button(page, user, priority=85)
    if button is not None:
        yield button


@hooks.register("register_page_listing_more_buttons")
def deliveries_page_listing_button(page, user, next_url=None):
    """… and in the "⋯" menu of the item's row in the page listing."""
    button = _deliveries_button(page, user, priority=45)
    if button is not None:
        yield button


class FailedTodayPanel(Component):
    """ส่งไม่สำเร็จวันนี้: the offices' sends that failed today, each with its retry button."""

    name = "distribution_failed_today"
    template_name = "distribution/admin/failed_today_panel.html"
    order = 70

    def __init__(self, *, dispatches):
        self.dispatches = dispatches

    class Media:
        css = {"all": ["css/distribution_admin.css"]}

    def get_context_data(self, parent_context):
        from django.middleware.csrf import get_token

        from .admin_views import dispatch_item_title, dispatch_item_url

        request = parent_context.get("request")
        return {
            "rows": [
                {
                    "dispatch": dispatch,
                    "title": dispatch_item_title(dispatch),
                    "item_url": dispatch_item_url(dispatch),
                    "retry_url": reverse("distribution_log:retry", args=[dispatch.pk]),
                }
                for dispatch in self.dispatches
            ],
            "log_url": reverse("distribution_log:index") + "?status=failed",
            "next_url": request.get_full_path() if request else "",
            "csrf_token": get_token(request) if request else parent_context.get("csrf_token"),
            "request": request,
        }


@hooks.register("construct_homepage_panels")
def failed_today_panel_add(request, panels):
    from .selectors import dispatches_failed_today, distribution_office_ids

    if not distribution_office_ids(user=request.user):
        return
    dispatches = dispatches_failed_today(user=request.user)
    if dispatches:
        panels.append(FailedTodayPanel(dispatches=dispatches))


@hooks.register("after_unpublish_page")
def correction_offer(request, page):
    """An item that went out on some channel: straight to the correction notice form."""
    from django.shortcuts import redirect

    from .selectors import page_was_sent, user_may_distribute_page

    if not user_may_distribute_page(user=request.user, page=page):
        return None
    if not page_was_sent(page=page):
        return None
    messages.success(
        request,
        gettext(
            "“%(title)s” was unpublished. It had gone out on other channels: send them a "
            "correction notice."
        )
        % {"title": page.get_admin_display_title()},
    )
    return redirect(reverse("distribution_correction_send", args=[page.pk]))
