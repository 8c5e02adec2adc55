"""Who a recipient group reaches, per channel: a page in the admin, linked from the
group's row in the listing. Imported by wagtail_hooks, which registers nothing else
for it; the hooks below add the URL and the button."""

from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import Button

from prachasan.offices.selectors import offices_of_user

from .models import RecipientGroup, RecipientSource
from .selectors import recipient_group_resolve_all

CHANNEL_LABELS = {
    "email": pgettext_lazy("channel", "E-mail"),
    "sms": pgettext_lazy("channel", "SMS"),
    "line": pgettext_lazy("channel", "LINE"),
}


class RecipientGroupPreviewView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    model = RecipientGroup
    any_permission_required = ["add", "change", "delete", "view"]
    template_name = "network/admin/recipient_group_preview.html"
    page_title = _("Who the group reaches")
    header_icon = "mail"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(
            RecipientGroup.objects.filter(office__in=offices_of_user(user=request.user)),
            pk=kwargs["pk"],
        )

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        viewset = RecipientGroup.snippet_viewset
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(viewset.get_url_name("list")),
                "label": capfirst(RecipientGroup._meta.verbose_name_plural),
            },
            {
                "url": reverse(viewset.get_url_name("edit"), args=[self.object.pk]),
                "label": str(self.object),
            },
            {"url": "", "label": self.get_page_title(), "sublabel": str(self.object)},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sources = dict(RecipientSource.choices)
        context["channels"] = [
            {
                "key": channel,
                "label": CHANNEL_LABELS[channel],
                "recipients": [
                    (recipient, sources.get(recipient.source, recipient.source))
                    for recipient in recipients
                ],
            }
            for channel, recipients in recipient_group_resolve_all(group=self.object).items()
        ]
        return context


@hooks.register("register_admin_urls")
def recipient_group_preview_urls():
    return [
        path(
            "network/recipient-groups/<int:pk>/recipients/",
            RecipientGroupPreviewView.as_view(),
            name="network_recipient_group_preview",
        )
    ]


@hooks.register("register_snippet_listing_buttons")
def recipient_group_preview_button(snippet, user, next_url=None):
    if isinstance(snippet, RecipientGroup):
        yield Button(
            _("Who the group reaches"),
            url=reverse("network_recipient_group_preview", args=[snippet.pk]),
            icon_name="mail",
            priority=5,
        )
