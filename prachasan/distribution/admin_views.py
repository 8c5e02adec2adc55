"""The admin screens of distribution, in the "Distribution" menu: the channels (a form per
kind, masked secrets, LINE groups and quota), the delivery log with its retry button and
CSV export, one item's deliveries, offline appearances, correction notices and the
sandbox's inbox.

Who: the PR officers and administrators of an office, for that office's records only
(every office for a superuser): ``DistributionPermissionPolicy`` below, and each view of
one record answers 404 for another office's."""

from __future__ import annotations

import json
from datetime import datetime

import django_filters
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import capfirst
from django.utils.translation import gettext, gettext_lazy
from django.views import View
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, StatusFlagColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Page
from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from prachasan.approvals.selectors import page_office
from prachasan.network.selectors import recipient_group_preview
from prachasan.thai.dates import format_thai_datetime

from . import services
from .adapters import DeliveryError
from .forms import (
    KINDS_WITH_RECIPIENTS,
    SECRETS_BY_KIND,
    AppearanceForm,
    ChannelForm,
    CorrectionForm,
    LineGroupFormSet,
    channel_form_class,
)
from .models import (
    Appearance,
    AppearanceKind,
    Channel,
    ChannelKind,
    Correction,
    Dispatch,
    DispatchError,
    DispatchStatus,
)
from .selectors import (
    DISTRIBUTION_ROLES,
    appearances_visible,
    channel_dispatches_recent,
    channels_visible,
    corrections_visible,
    departments_of_offices,
    dispatches_visible,
    distribution_office_ids,
    distribution_offices,
    page_channels_sent,
    page_corrections,
    page_deliveries,
    user_is_pr_officer,
)

# Who may do what -------------------------------------------------------------------------


class DistributionPermissionPolicy(BasePermissionPolicy):
    """The PR officers and administrators of an office (and superusers) may do
    ``actions`` to the office's records; nobody is given these through groups."""

    def __init__(self, model, *, actions, office_lookup="office"):
        super().__init__(model)
        self.actions = frozenset(actions)
        self.office_lookup = office_lookup

    def _office_id(self, instance) -> int | None:
        value = instance
        for part in self.office_lookup.split("__"):
            value = getattr(value, part, None)
        return getattr(value, "pk", None)

    def user_has_permission(self, user, action):
        if action not in self.actions or not user.is_active:
            return False
        return bool(distribution_office_ids(user=user))

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        users = get_user_model().objects.filter(is_active=True)
        if not self.actions.intersection(actions):
            return users.none()
        in_role = Q(
            groups__office_role__role__in=DISTRIBUTION_ROLES,
            groups__office_role__department__isnull=True,
        )
        return users.filter(Q(is_superuser=True) | in_role).distinct()

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self._office_id(
            instance
        ) in distribution_office_ids(user=user)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.actions.intersection(actions):
            return self.model.objects.none()
        return self.model.objects.filter(
            **{f"{self.office_lookup}__in": distribution_offices(user=user)}
        )


ALL_ACTIONS = ("add", "change", "delete", "view")
register_permission_policy(Channel, DistributionPermissionPolicy(Channel, actions=ALL_ACTIONS))
register_permission_policy(
    Appearance, DistributionPermissionPolicy(Appearance, actions=ALL_ACTIONS)
)
# The log and the corrections are records of what happened: read only here.
register_permission_policy(
    Dispatch,
    DistributionPermissionPolicy(Dispatch, actions=["view"], office_lookup="channel__office"),
)
register_permission_policy(Correction, DistributionPermissionPolicy(Correction, actions=["view"]))


def user_may_distribute(user) -> bool:
    return user.is_active and bool(distribution_office_ids(user=user))


class OfficeRecordMixin:
    """A view of one record: another office's record (or one the user has no
    distribution role in) is a 404."""

    office_lookup = "office"

    def get_object(self, *args, **kwargs):
        record = super().get_object(*args, **kwargs)
        value = record
        for part in self.office_lookup.split("__"):
            value = getattr(value, part)
        if value.pk not in distribution_office_ids(user=self.request.user):
            raise Http404
        return record


class NoGroupPermissionsMixin:
    """The viewsets' permissions come from the office roles (the policy above), so none
    are offered in the group editor."""

    def get_permissions_to_register(self):
        return Permission.objects.none()


def safe_next_url(request, fallback: str) -> str:
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return fallback


# Channels --------------------------------------------------------------------------------

KIND_DESCRIPTIONS = {
    ChannelKind.LINE: gettext_lazy(
        "Push to the LINE groups the office account has joined, multicast to users, or "
        "broadcast to every friend (LINE Messaging API)."
    ),
    ChannelKind.FACEBOOK: gettext_lazy("Post to the office's Facebook page (Graph API)."),
    ChannelKind.EMAIL: gettext_lazy("E-mail to the recipient groups, from the office."),
    ChannelKind.SMS: gettext_lazy(
        "SMS to the recipient groups through a Thai SMS provider or any HTTP gateway."
    ),
    ChannelKind.PRESS_RELEASE: gettext_lazy(
        "The press release as a PDF in the office's format, e-mailed to the media."
    ),
    ChannelKind.FEED: gettext_lazy("The office's RSS and Atom feeds."),
    ChannelKind.OFFLINE: gettext_lazy(
        "Newspaper, radio, TV, PA system and print: recorded as appearances with evidence."
    ),
}


class ChannelIndexView(generic.IndexView):
    def get_base_queryset(self):
        return channels_visible(user=self.request.user).select_related("office")

    @cached_property
    def columns(self):
        return [
            self._get_title_column("name"),
            Column("get_kind_display", label=gettext_lazy("Kind"), sort_key="kind"),
            Column("office", label=gettext_lazy("Office"), accessor="office.short_name_th"),
            StatusFlagColumn(
                "active",
                label=gettext_lazy("In use"),
                true_label=gettext_lazy("active"),
                false_label=gettext_lazy("switched off"),
            ),
        ]


class ChannelCreateView(generic.CreateView):
    """First the kind (a list to choose from), then that kind's form."""

    kind_template_name = "distribution/admin/channel_kind_choose.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        kind = request.GET.get("kind", "")
        self.kind = kind if kind in ChannelKind.values else ""

    def get(self, request, *args, **kwargs):
        if not self.kind:
            return self.kind_choose_response()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not self.kind:
            return self.kind_choose_response()
        return super().post(request, *args, **kwargs)

    def kind_choose_response(self):
        from django.template.response import TemplateResponse

        url = reverse(self.add_url_name)
        kinds = [
            {
                "value": value,
                "label": capfirst(label),
                "description": KIND_DESCRIPTIONS.get(value, ""),
                "url": f"{url}?kind={value}",
            }
            for value, label in ChannelKind.choices
        ]
        context = {
            "view": self,
            "kinds": kinds,
            "page_title": gettext("New channel"),
            "header_title": gettext("New channel"),
            "header_icon": self.header_icon,
            "breadcrumbs_items": self.get_breadcrumbs_items(),
        }
        return TemplateResponse(self.request, self.kind_template_name, context)

    def get_form_class(self):
        return channel_form_class(self.kind or ChannelKind.EMAIL)

    def get_initial_form_instance(self):
        return Channel(kind=self.kind)

    def get_add_url(self):
        return f"{reverse(self.add_url_name)}?kind={self.kind}"

    def get_page_subtitle(self):
        return capfirst(ChannelKind(self.kind).label) if self.kind else gettext("Channel")


class ChannelEditView(OfficeRecordMixin, generic.EditView):
    def get_form_class(self):
        return channel_form_class(self.object.kind)


class ChannelDeleteView(OfficeRecordMixin, generic.DeleteView):
    """A channel that has sent something is kept (its log is evidence): it can be
    switched off instead."""

    def dispatch(self, request, *args, **kwargs):
        if self.object.dispatches.exists():
            messages.error(
                request,
                gettext(
                    "“%(channel)s” has sent items and its delivery log is kept as evidence: "
                    "switch it off instead of deleting it."
                )
                % {"channel": self.object},
            )
            return redirect(reverse("distribution_channels:edit", args=[self.object.pk]))
        return super().dispatch(request, *args, **kwargs)


def line_quota_read(channel: Channel) -> tuple[dict | None, str]:
    """The month's LINE quota and usage, or the error to show in its place."""
    try:
        from .line import line_quota
    except ImportError:
        return None, gettext("The LINE adapter is not installed.")
    try:
        return line_quota(channel), ""
    except Exception as error:  # noqa: BLE001 - shown to the officer, the page stays up
        if isinstance(error, DeliveryError) and error.reason in DispatchError.values:
            # In the officer's words ("the token was refused"), the HTTP detail after it.
            words = DispatchError(error.reason).label
            detail = f"{words} ({error.detail})" if error.detail else str(words)
        else:
            detail = str(error)
        return None, gettext("LINE did not give the quota: %(error)s") % {"error": detail}


def line_webhook_path(channel: Channel) -> str:
    """Where LINE sends the channel's join and leave events."""
    from django.urls import NoReverseMatch

    try:
        return reverse("line_webhook", args=[channel.pk])
    except NoReverseMatch:  # the webhook's URL is not installed
        return f"/line/webhook/{channel.pk}/"


class ChannelInspectView(OfficeRecordMixin, generic.InspectView):
    """The channel at a glance: its settings and masked secrets, who it reaches, for LINE
    the groups it has joined (to name and tick) and the month's quota, and what it sent
    lately."""

    template_name = "distribution/admin/channel_inspect.html"

    def get_fields(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        channel = self.object
        secret_labels = dict(SECRETS_BY_KIND.get(channel.kind, []))
        masked = channel.secrets_masked() if channel.secrets_encrypted else {}
        context["secrets"] = [
            {"label": secret_labels.get(name, name), "masked": masked.get(name, "")}
            for name in secret_labels
        ]
        context["settings_shown"] = self.settings_shown(channel)
        context["news_kinds"] = self.news_kinds(channel)
        line_without_groups = (
            channel.kind == ChannelKind.LINE
            and channel.settings.get("audience", "groups") != "multicast"
        )
        if channel.kind in KINDS_WITH_RECIPIENTS and not line_without_groups:
            context["groups"] = [
                {"group": group, "counts": recipient_group_preview(group=group)}
                for group in channel.recipient_groups.all()
            ]
        if channel.kind == ChannelKind.LINE:
            context["line_groups"] = LineGroupFormSet(
                queryset=channel.line_groups.order_by("-send", "name", "group_id"),
                prefix="groups",
            )
            context["line_groups_url"] = reverse(
                "distribution_channels:line_groups", args=[channel.pk]
            )
            context["webhook_url"] = self.request.build_absolute_uri(line_webhook_path(channel))
            context["quota"], context["quota_error"] = line_quota_read(channel)
            context["line_followers"] = channel.line_followers.order_by(
                "unfollowed_at", "-followed_at"
            )[:200]
        context["dispatches"] = channel_dispatches_recent(channel=channel)
        context["edit_url"] = reverse("distribution_channels:edit", args=[channel.pk])
        return context

    def settings_shown(self, channel: Channel) -> list[tuple[str, str]]:
        form_class = channel_form_class(channel.kind)
        form = form_class(instance=channel, for_user=self.request.user)
        shown = []
        for key, _make in form_class.setting_specs:
            field = form.fields["setting_" + key.replace(".", "__")]
            value = field.initial
            if isinstance(value, bool):
                value = gettext("yes") if value else gettext("no")
            if hasattr(field, "choices") and value:
                value = dict(field.choices).get(value, value)
            shown.append((field.label, value if value not in (None, "") else "—"))
        return shown

    def news_kinds(self, channel: Channel) -> list[str]:
        from prachasan.news.models import NewsKind

        labels = dict(NewsKind.choices)
        return [str(labels.get(kind, kind)) for kind in channel.default_news_kinds or []]


class LineGroupsUpdateView(View):
    """Names the LINE groups of a channel and ticks those items are pushed to."""

    def post(self, request, pk: int):
        channel = get_object_or_404(
            channels_visible(user=request.user).filter(kind=ChannelKind.LINE), pk=pk
        )
        formset = LineGroupFormSet(
            request.POST, queryset=channel.line_groups.all(), prefix="groups"
        )
        if formset.is_valid():
            formset.save()
            messages.success(request, gettext("The LINE groups were saved."))
        else:
            messages.error(request, gettext("The LINE groups could not be saved."))
        return redirect(reverse("distribution_channels:inspect", args=[channel.pk]))


class ChannelViewSet(NoGroupPermissionsMixin, ModelViewSet):
    model = Channel
    name = "distribution_channels"
    url_prefix = "distribution/channels"
    icon = "globe"
    menu_label = gettext_lazy("Channels")
    menu_name = "distribution-channels"
    menu_order = 10
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = ChannelIndexView
    add_view_class = ChannelCreateView
    edit_view_class = ChannelEditView
    delete_view_class = ChannelDeleteView
    inspect_view_class = ChannelInspectView
    list_filter = ["kind", "active"]
    ordering = ["office", "kind", "name"]
    list_per_page = 50
    form_fields = ["office", "name", "active"]

    def get_form_class(self, for_update=False):
        return ChannelForm

    def get_common_view_kwargs(self, **kwargs):
        kwargs = super().get_common_view_kwargs(**kwargs)
        kwargs["history_url_name"] = None
        kwargs["usage_url_name"] = None
        return kwargs

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("new/", self.add_view, name="add"),
            path("edit/<int:pk>/", self.edit_view, name="edit"),
            path("delete/<int:pk>/", self.delete_view, name="delete"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("line-groups/<int:pk>/", LineGroupsUpdateView.as_view(), name="line_groups"),
        ]


# The delivery log ------------------------------------------------------------------------


def _channel_queryset(request):
    if request is None:
        return Channel.objects.none()
    return channels_visible(user=request.user).order_by("office", "kind", "name")


def _department_queryset(request):
    if request is None:
        return Channel.objects.none()
    return departments_of_offices(offices=distribution_offices(user=request.user))


class DispatchFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=DispatchStatus.choices,
        empty_label=gettext_lazy("All statuses"),
    )
    channel = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Channel"),
        queryset=_channel_queryset,
        empty_label=gettext_lazy("All channels"),
    )
    kind = django_filters.ChoiceFilter(
        label=gettext_lazy("Kind of channel"),
        field_name="channel__kind",
        choices=ChannelKind.choices,
        empty_label=gettext_lazy("All kinds"),
    )
    department = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Department"),
        field_name="page__newspage__department",
        queryset=_department_queryset,
        empty_label=gettext_lazy("All departments"),
    )
    created = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Date"),
        field_name="created_at",
        widget=DateRangePickerWidget,
    )

    class Meta:
        model = Dispatch
        fields = ["status", "channel", "kind", "department", "created"]


def dispatch_item_url(dispatch: Dispatch) -> str:
    return reverse("distribution_item", args=[dispatch.page_id]) if dispatch.page_id else ""


def dispatch_item_title(dispatch: Dispatch) -> str:
    title = dispatch.page.title if dispatch.page_id else gettext("(deleted item)")
    if dispatch.correction_id:
        return gettext("Correction: %(title)s") % {"title": title}
    return title


def dispatch_time(dispatch: Dispatch) -> datetime:
    return dispatch.sent_at or dispatch.updated_at


class ItemColumn(TitleColumn):
    cell_template_name = "distribution/admin/log_item_cell.html"

    def get_value(self, instance):
        return dispatch_item_title(instance)

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["department"] = getattr(
            getattr(instance.page, "newspage", None) if instance.page_id else None,
            "department",
            None,
        )
        return context


class TemplateColumn(Column):
    """A cell drawn by its own template, given the dispatch and the request."""

    def __init__(self, name, *, template, **kwargs):
        super().__init__(name, **kwargs)
        self.cell_template_name = template

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["dispatch"] = instance
        request = parent_context["request"]
        context["next_url"] = request.get_full_path()
        # Cells are drawn without the request's context: the retry form needs the token.
        context["csrf_token"] = get_token(request)
        return context


class DispatchTimeColumn(Column):
    def get_value(self, instance):
        return format_thai_datetime(dispatch_time(instance))


EXPORT_FIELDS = [
    "created",
    "sent",
    "item",
    "page_id",
    "department",
    "channel",
    "kind",
    "batch",
    "status",
    "recipients",
    "reached",
    "external_ids",
    "error",
    "error_detail",
    "correction",
]


class DeliveryLogIndexView(generic.IndexView):
    template_name = "distribution/admin/log_index.html"
    any_permission_required = ["view"]
    page_title = gettext_lazy("Delivery log")
    list_export = EXPORT_FIELDS
    export_filename = "delivery-log"

    @cached_property
    def export_headings(self):
        return {
            "created": gettext("Created"),
            "sent": gettext("Sent"),
            "item": gettext("Item"),
            "page_id": gettext("Item ID"),
            "department": gettext("Department"),
            "channel": gettext("Channel"),
            "kind": gettext("Kind of channel"),
            "batch": gettext("Batch"),
            "status": gettext("Status"),
            "recipients": gettext("Recipients"),
            "reached": gettext("Reached"),
            "external_ids": gettext("External IDs"),
            "error": gettext("Error"),
            "error_detail": gettext("Technical detail"),
            "correction": gettext("Correction notice"),
        }

    def get_base_queryset(self):
        return dispatches_visible(user=self.request.user).select_related(
            "channel", "page", "page__newspage__department"
        )

    @cached_property
    def columns(self):
        return [
            ItemColumn("item", label=gettext_lazy("Item"), get_url=dispatch_item_url),
            Column("channel", label=gettext_lazy("Channel"), accessor="channel.name"),
            Column("batch_number", label=gettext_lazy("Batch"), sort_key="batch_index"),
            TemplateColumn(
                "status",
                label=gettext_lazy("Status"),
                sort_key="status",
                template="distribution/admin/log_status_cell.html",
            ),
            DispatchTimeColumn("time", label=gettext_lazy("Time"), sort_key="created_at"),
            TemplateColumn(
                "reached",
                label=gettext_lazy("Reached"),
                template="distribution/admin/log_reached_cell.html",
            ),
            TemplateColumn(
                "external_ids",
                label=gettext_lazy("External IDs"),
                template="distribution/admin/log_external_ids_cell.html",
            ),
            TemplateColumn(
                "error",
                label=gettext_lazy("Error"),
                template="distribution/admin/log_error_cell.html",
            ),
        ]

    def to_row_dict(self, item: Dispatch):
        page = item.page if item.page_id else None
        department = getattr(getattr(page, "newspage", None), "department", None) if page else None
        local = timezone.localtime
        return {
            "created": local(item.created_at).isoformat(timespec="seconds"),
            "sent": local(item.sent_at).isoformat(timespec="seconds") if item.sent_at else "",
            "item": page.title if page else "",
            "page_id": item.page_id or "",
            "department": department.name if department else "",
            "channel": item.channel.name,
            "kind": item.channel.get_kind_display(),
            "batch": item.batch_number,
            "status": item.get_status_display(),
            "recipients": len(item.recipients),
            "reached": item.recipients_done,
            "external_ids": " ".join(str(value) for value in item.external_ids),
            "error": item.get_error_display() if item.error else "",
            "error_detail": item.error_detail,
            "correction": item.correction_id or "",
        }

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                gettext("Download CSV"),
                url=self.get_export_url("csv"),
                icon_name="download",
                attrs={"data-distribution-export": self.request.path},
            )
        ]


class DispatchRetryView(View):
    """The Retry button of a failed dispatch (POST): sends it again with fresh attempts."""

    def post(self, request, pk: int):
        dispatch = get_object_or_404(
            dispatches_visible(user=request.user).select_related("channel"), pk=pk
        )
        fallback = reverse("distribution_log:index")
        if dispatch.status != DispatchStatus.FAILED:
            messages.warning(
                request,
                gettext("“%(channel)s” is not failed (%(status)s): nothing to retry.")
                % {"channel": dispatch.channel, "status": dispatch.get_status_display()},
            )
            return redirect(safe_next_url(request, fallback))
        services.dispatch_retry(dispatch_id=dispatch.pk)
        messages.success(
            request,
            gettext("Sending to “%(channel)s” again.") % {"channel": dispatch.channel},
        )
        return redirect(safe_next_url(request, fallback))


class DeliveryLogViewSet(NoGroupPermissionsMixin, ModelViewSet):
    model = Dispatch
    name = "distribution_log"
    url_prefix = "distribution/log"
    icon = "list-ul"
    menu_label = gettext_lazy("Delivery log")
    menu_name = "distribution-log"
    menu_order = 20
    add_to_reference_index = False
    copy_view_enabled = False
    index_view_class = DeliveryLogIndexView
    index_template_name = "distribution/admin/log_index.html"
    filterset_class = DispatchFilterSet
    ordering = ["-created_at", "batch_index"]
    list_per_page = 50
    form_fields = []

    def get_common_view_kwargs(self, **kwargs):
        kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("add_url_name", "edit_url_name", "delete_url_name", "history_url_name"):
            kwargs[name] = None
        kwargs["usage_url_name"] = None
        return kwargs

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("retry/<int:pk>/", DispatchRetryView.as_view(), name="retry"),
        ]


# One item's deliveries and its correction notice -----------------------------------------


def page_for_user(request, page_id: int) -> Page:
    """The page, for a PR officer or administrator of its office; a 404 for anyone else."""
    page = get_object_or_404(Page, pk=page_id)
    office = page_office(page=page)
    if office is None or office.pk not in distribution_office_ids(user=request.user):
        raise Http404
    return page.specific


class ItemDeliveriesView(WagtailAdminTemplateMixin, TemplateView):
    """Where an item went: its dispatches grouped by channel with totals, its correction
    notices and its appearances off the web."""

    template_name = "distribution/admin/item_deliveries.html"
    header_icon = "list-ul"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.page = page_for_user(request, kwargs["page_id"])

    def get_page_title(self):
        return gettext("Deliveries")

    def get_page_subtitle(self):
        return self.page.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("distribution_log:index"), "label": gettext("Delivery log")},
            {"url": "", "label": self.page.title},
        ]

    def get_header_buttons(self):
        return [
            HeaderButton(
                gettext("Record an appearance"),
                url=f"{reverse('distribution_appearances:add')}?page={self.page.pk}",
                icon_name="plus",
            ),
            HeaderButton(
                gettext("Press release (PDF)"),
                url=reverse("distribution_press_release", args=[self.page.pk]),
                icon_name="download",
            ),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        deliveries = page_deliveries(page=self.page)
        context.update(
            {
                "page": self.page,
                "deliveries": deliveries,
                "corrections": page_corrections(page=self.page),
                "appearances": list(
                    Appearance.objects.filter(page=self.page).order_by("-appeared_on")
                ),
                "edit_url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                "appearance_add_url": (
                    f"{reverse('distribution_appearances:add')}?page={self.page.pk}"
                ),
                "correction_url": reverse("distribution_correction_send", args=[self.page.pk])
                if any(delivery.sent for delivery in deliveries)
                else "",
                "next_url": self.request.get_full_path(),
            }
        )
        return context


def press_release_download(request, page_id: int):
    """The item as a press release, as the media receive it (or will): the version that
    is live, else the latest one, numbered and dated as when it first went out."""
    from prachasan.documents.press_release import (
        press_release_date,
        press_release_filename,
        press_release_pdf,
    )
    from prachasan.documents.views import attachment_response

    page = page_for_user(request, page_id)
    office = page_office(page=page)
    revision = page.live_revision or page.get_latest_revision()
    dated = press_release_date(page=page, office=office)
    content = press_release_pdf(page=page, office=office, revision=revision, dated=dated)
    return attachment_response(
        content,
        content_type="application/pdf",
        filename=press_release_filename(page=page, dated=dated),
        fallback=f"press-release-{page.pk}.pdf",
    )


def correction_text_initial(*, page: Page, office) -> str:
    """The notice, in the office's language, naming the item."""
    with translation.override(settings.LANGUAGE_CODE):
        return gettext(
            "Correction notice from %(office)s: the item “%(title)s” that we sent earlier has "
            "been withdrawn. Please disregard it. We apologise for any inconvenience."
        ) % {"office": office.name_th if office else "", "title": page.title}


class CorrectionSendView(WagtailAdminTemplateMixin, FormView):
    """Send a correction notice for an unpublished (or wrong) item to the channels it went
    to: the reason is kept, the notice goes out as dispatches."""

    template_name = "distribution/admin/correction_send.html"
    form_class = CorrectionForm
    header_icon = "warning"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.page = page_for_user(request, kwargs["page_id"])
        self.office = page_office(page=self.page)
        self.channels = page_channels_sent(page=self.page)

    def get_page_title(self):
        return gettext("Send a correction notice")

    def get_page_subtitle(self):
        return self.page.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("distribution_item", args=[self.page.pk]),
                "label": self.page.title,
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "channels": self.channels}

    def get_initial(self):
        return {
            "channels": list(self.channels),
            "text": correction_text_initial(page=self.page, office=self.office),
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page"] = self.page
        context["has_channels"] = self.channels.exists()
        context["item_url"] = reverse("distribution_item", args=[self.page.pk])
        return context

    def form_valid(self, form):
        create = getattr(services, "correction_create", None)
        if create is None:
            messages.error(self.request, gettext("Correction notices cannot be sent yet."))
            return self.form_invalid(form)
        create(
            page=self.page,
            reason=form.cleaned_data["reason"],
            text=form.cleaned_data["text"],
            channels=list(form.cleaned_data["channels"]),
            user=self.request.user,
        )
        messages.success(
            self.request,
            gettext("The correction notice for “%(title)s” is being sent.")
            % {"title": self.page.title},
        )
        return redirect(reverse("distribution_item", args=[self.page.pk]))


# Offline appearances ---------------------------------------------------------------------


def _appearance_department_queryset(request):
    return _department_queryset(request)


class AppearanceFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(
        label=gettext_lazy("Kind"),
        choices=AppearanceKind.choices,
        empty_label=gettext_lazy("All kinds"),
    )
    appeared_on = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Date"), widget=DateRangePickerWidget
    )
    department = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Department"),
        queryset=_appearance_department_queryset,
        empty_label=gettext_lazy("All departments"),
    )

    class Meta:
        model = Appearance
        fields = ["kind", "appeared_on", "department"]


class AppearanceDateColumn(Column):
    def get_value(self, instance):
        return format_thai_datetime(instance.appeared_on)


class AppearanceIndexView(generic.IndexView):
    def get_base_queryset(self):
        return appearances_visible(user=self.request.user).select_related("page", "department")

    @cached_property
    def columns(self):
        return [
            self._get_title_column("outlet"),
            Column("get_kind_display", label=gettext_lazy("Kind"), sort_key="kind"),
            AppearanceDateColumn("appeared_on", label=gettext_lazy("Date"), sort_key="appeared_on"),
            Column("title", label=gettext_lazy("Headline")),
            Column("page", label=gettext_lazy("Item"), accessor="page.title"),
            Column("department", label=gettext_lazy("Department"), accessor="department.name"),
            TemplateColumn(
                "evidence",
                label=gettext_lazy("Evidence"),
                template="distribution/admin/appearance_evidence_cell.html",
            ),
        ]


class AppearanceCreateView(generic.CreateView):
    def get_initial(self):
        initial = super().get_initial()
        page_id = self.request.GET.get("page", "")
        if page_id.isdigit():
            initial["page"] = int(page_id)
            page = Page.objects.filter(pk=page_id).first()
            department = getattr(page.specific_deferred, "department", None) if page else None
            office = page_office(page=page) if page else None
            if office is not None:
                initial["office"] = office.pk
            if department is not None:
                initial["department"] = department.pk
        return initial

    def get_add_url(self):
        url = reverse(self.add_url_name)
        page_id = self.request.GET.get("page", "")
        return f"{url}?page={page_id}" if page_id.isdigit() else url

    def save_instance(self):
        instance = super().save_instance()
        if instance.created_by_id is None:
            instance.created_by = self.request.user
            instance.save(update_fields=["created_by"])
        return instance


class AppearanceEditView(OfficeRecordMixin, generic.EditView):
    pass


class AppearanceDeleteView(OfficeRecordMixin, generic.DeleteView):
    pass


class AppearanceViewSet(NoGroupPermissionsMixin, ModelViewSet):
    model = Appearance
    name = "distribution_appearances"
    url_prefix = "distribution/appearances"
    icon = "doc-full"
    menu_label = gettext_lazy("Offline appearances")
    menu_name = "distribution-appearances"
    menu_order = 30
    add_to_reference_index = False
    copy_view_enabled = False
    index_view_class = AppearanceIndexView
    add_view_class = AppearanceCreateView
    edit_view_class = AppearanceEditView
    delete_view_class = AppearanceDeleteView
    filterset_class = AppearanceFilterSet
    ordering = ["-appeared_on", "-created_at"]

    def get_form_class(self, for_update=False):
        return AppearanceForm

    def get_common_view_kwargs(self, **kwargs):
        kwargs = super().get_common_view_kwargs(**kwargs)
        kwargs["history_url_name"] = None
        kwargs["usage_url_name"] = None
        return kwargs

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("new/", self.add_view, name="add"),
            path("edit/<int:pk>/", self.edit_view, name="edit"),
            path("delete/<int:pk>/", self.delete_view, name="delete"),
        ]


# Corrections -----------------------------------------------------------------------------


class CorrectionDateColumn(Column):
    def get_value(self, instance):
        return format_thai_datetime(instance.created_at)


class CorrectionIndexView(generic.IndexView):
    any_permission_required = ["view"]

    def get_base_queryset(self):
        return corrections_visible(user=self.request.user).prefetch_related("channels")

    def get_inspect_url(self, instance):
        return reverse("distribution_corrections:inspect", args=[instance.pk])

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "page_title",
                label=gettext_lazy("Item"),
                get_url=self.get_inspect_url,
            ),
            Column("reason", label=gettext_lazy("What was wrong")),
            Column(
                "channels",
                label=gettext_lazy("Sent to"),
                accessor=lambda correction: ", ".join(
                    channel.name for channel in correction.channels.all()
                ),
            ),
            CorrectionDateColumn("created_at", label=gettext_lazy("Date"), sort_key="created_at"),
        ]


class CorrectionInspectView(OfficeRecordMixin, generic.InspectView):
    any_permission_required = ["view"]
    inspect_view_fields = ["page_title", "reason", "text", "created_by", "created_at"]

    def get_fields(self):
        return ["page_title", "reason", "text", "created_by", "created_at"]


class CorrectionViewSet(NoGroupPermissionsMixin, ModelViewSet):
    model = Correction
    name = "distribution_corrections"
    url_prefix = "distribution/corrections"
    icon = "warning"
    menu_label = gettext_lazy("Corrections")
    menu_name = "distribution-corrections"
    menu_order = 40
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = CorrectionIndexView
    inspect_view_class = CorrectionInspectView
    ordering = ["-created_at"]
    form_fields = []

    def get_common_view_kwargs(self, **kwargs):
        kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("add_url_name", "edit_url_name", "delete_url_name", "history_url_name"):
            kwargs[name] = None
        kwargs["usage_url_name"] = None
        return kwargs

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
        ]


# The sandbox's inbox ---------------------------------------------------------------------

SANDBOX_TABS = [
    ("line", "LINE"),
    ("facebook", "Facebook"),
    ("sms", "SMS"),
    ("smtp", gettext_lazy("E-mail")),
]


def sandbox_admin_enabled() -> bool:
    return bool(getattr(settings, "SANDBOX_URL", "")) and bool(
        settings.DEBUG or getattr(settings, "SANDBOX_ADMIN", False)
    )


def user_sees_sandbox(user) -> bool:
    return sandbox_admin_enabled() and user_is_pr_officer(user=user)


def _short(value, limit: int = 300) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _recipients_text(to) -> str:
    if isinstance(to, list):
        shown = ", ".join(str(item) for item in to[:5])
        if len(to) > 5:
            shown += " " + gettext("and %(count)d more") % {"count": len(to) - 5}
        return shown
    return str(to or "")


def sandbox_entry_summary(service: str, entry: dict) -> list[tuple[str, str]]:
    """The few things a person looks for in what a service received."""
    body = entry.get("body")
    data = body if isinstance(body, dict) else {}
    if service == "smtp":
        return [
            (gettext("From"), entry.get("from", "")),
            (gettext("To"), _recipients_text(entry.get("to", []))),
            (gettext("Subject"), entry.get("subject", "")),
            (gettext("Attachments"), ", ".join(entry.get("attachments") or []) or "—"),
        ]
    if service == "line":
        texts = []
        for message in data.get("messages") or []:
            if isinstance(message, dict):
                texts.append(message.get("altText") or message.get("text") or "")
        rows = []
        if "to" in data:
            rows.append((gettext("To"), _recipients_text(data.get("to"))))
        if texts:
            rows.append((gettext("Message"), _short(" / ".join(texts))))
        return rows
    if service == "facebook":
        labels = {
            "message": gettext("Message"),
            "caption": gettext("Caption"),
            "link": gettext("Link"),
            "url": gettext("Picture"),
        }
        return [(label, _short(data[key])) for key, label in labels.items() if data.get(key)]
    if service == "sms":
        number = next(
            (data[key] for key in ("msisdn", "to", "phone", "number", "recipient") if key in data),
            "",
        )
        text = next((data[key] for key in ("message", "text", "msg") if key in data), "")
        rows = []
        if number:
            rows.append((gettext("Phone number"), _recipients_text(number)))
        if text:
            rows.append((gettext("Text"), _short(text)))
        return rows
    return []


def sandbox_entries(service: str, *, limit: int = 200) -> list[dict]:
    """What one emulated service received, newest first."""
    from prachasan.sandbox.inbox import Inbox

    entries = Inbox(settings.SANDBOX_DIR).entries(service, limit=limit)
    rows = []
    for entry in reversed(entries):
        try:
            at = datetime.fromisoformat(entry.get("at", ""))
        except ValueError:
            at = None
        body = entry.get("body")
        rows.append(
            {
                "at": format_thai_datetime(timezone.localtime(at)) if at else "",
                "request": f"{entry.get('method', '')} {entry.get('path', '')}".strip()
                or gettext("SMTP message"),
                "status": entry.get("status", ""),
                "summary": sandbox_entry_summary(service, entry),
                "raw": json.dumps(
                    body if body is not None else entry, ensure_ascii=False, indent=2
                )[:10000],
            }
        )
    return rows


class SandboxInboxView(WagtailAdminTemplateMixin, TemplateView):
    """What the local sandbox's LINE, Facebook, SMS and e-mail services received."""

    template_name = "distribution/admin/sandbox_inbox.html"
    header_icon = "tasks"
    page_title = gettext_lazy("Sandbox")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, **kwargs):
        if not user_sees_sandbox(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        services_known = [key for key, _label in SANDBOX_TABS]
        service = self.request.GET.get("service", "line")
        if service not in services_known:
            service = "line"
        context.update(
            {
                "tabs": [
                    {"key": key, "label": label, "active": key == service}
                    for key, label in SANDBOX_TABS
                ],
                "service": service,
                "entries": sandbox_entries(service),
                "sandbox_url": settings.SANDBOX_URL,
            }
        )
        return context


class SandboxViewSet(ViewSet):
    name = "distribution_sandbox"
    url_prefix = "distribution/sandbox"
    icon = "tasks"
    menu_label = gettext_lazy("Sandbox")
    menu_name = "distribution-sandbox"
    menu_order = 90

    @cached_property
    def menu_item_class(self):
        from wagtail.admin.menu import MenuItem

        return type(
            "SandboxMenuItem",
            (MenuItem,),
            {"is_shown": lambda _self, request: user_sees_sandbox(request.user)},
        )

    def get_urlpatterns(self):
        return [path("", SandboxInboxView.as_view(), name="index")]


class DistributionViewSetGroup(ViewSetGroup):
    items = (
        ChannelViewSet,
        DeliveryLogViewSet,
        AppearanceViewSet,
        CorrectionViewSet,
        SandboxViewSet,
    )
    menu_icon = "globe"
    menu_label = gettext_lazy("Distribution")
    menu_name = "distribution"
    menu_order = 155


def item_urls() -> list:
    """The item's deliveries and its correction notice, under /admin/distribution/items/."""
    return [
        path(
            "distribution/items/<int:page_id>/",
            ItemDeliveriesView.as_view(),
            name="distribution_item",
        ),
        path(
            "distribution/items/<int:page_id>/press-release.pdf",
            press_release_download,
            name="distribution_press_release",
        ),
        path(
            "distribution/items/<int:page_id>/correction/",
            CorrectionSendView.as_view(),
            name="distribution_correction_send",
        ),
    ]
