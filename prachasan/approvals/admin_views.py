"""The list of publication requests in the admin menu: read only, each row opening the
request's review page, filtered by department, status, step and fiscal quarter, with the
quarter's memos downloadable as one PDF.

Who sees which requests is ``publication_requests_visible``; the permission policy below
lets everyone with a role in an office open the list and nobody add, edit or delete a
request here (requests are opened by submitting an item and changed only by decisions)."""

import re

from django.contrib.auth.models import Permission
from django.db.models import Q
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import pgettext_lazy
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, StatusFlagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from prachasan.thai.dates import format_thai_date, to_arabic_digits

from .filters import PublicationRequestFilterSet, user_offices
from .models import PublicationRequest
from .selectors import (
    publication_requests_visible,
    requests_current_steps,
    step_is_late,
    steps_deciders,
)
from .views import user_display_name


class PublicationRequestPermissionPolicy(BasePermissionPolicy):
    """Viewing is for anyone with a role in an office (which requests, the list decides);
    nothing else is done to a request through the model admin."""

    def user_has_permission(self, user, action):
        if action != "view" or not user.is_active:
            return False
        return user.is_superuser or bool(user_offices(user))

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        users = get_user_model().objects.filter(is_active=True)
        if "view" not in actions:
            return users.none()
        return users.filter(Q(is_superuser=True) | Q(groups__office_role__isnull=False)).distinct()

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        return publication_requests_visible(user=user).filter(pk=instance.pk).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if "view" not in actions:
            return PublicationRequest.objects.none()
        return publication_requests_visible(user=user)


register_permission_policy(
    PublicationRequest, PublicationRequestPermissionPolicy(PublicationRequest)
)


def requests_search(queryset, text: str):
    """Requests whose subject or department has ``text``, or whose number it is:
    "12/2569" (number/year), "ศธ 04999/12" (code/number) or just "12", in either digits."""
    text = (text or "").strip()
    if not text:
        return queryset
    query = Q(subject__icontains=text) | Q(department_name__icontains=text)
    digits = to_arabic_digits(text)
    if match := re.fullmatch(r"(\d+)\s*/\s*(\d{4})", digits):
        query |= Q(number=int(match[1]), year=int(match[2]))
    elif match := re.search(r"/\s*(\d+)$", digits):
        query |= Q(number=int(match[1]))
    elif digits.isdigit():
        query |= Q(number=int(digits))
    return queryset.filter(query)


def review_url(request: PublicationRequest) -> str:
    return reverse("approvals_request_review", args=[request.pk])


class CurrentStepColumn(Column):
    """The step a request waits at and the people who hold it."""

    cell_template_name = "approvals/list_step_cell.html"


WIDE = "approvals-list__wide"


class SubjectColumn(TitleColumn):
    """The subject, linked to the review page; on a phone, the number and department too."""

    cell_template_name = "approvals/list_subject_cell.html"


class SubmittedColumn(Column):
    def get_value(self, instance):
        return format_thai_date(instance.submitted_at, style="medium")


class PublicationRequestIndexView(IndexView):
    template_name = "approvals/request_index.html"
    any_permission_required = ["view"]
    table_classname = "listing approvals-list"
    page_title = pgettext_lazy("approvals", "Publication requests")
    # Requests are searched by the database, inside Thai words and by their number.
    search_fields = ["subject"]
    search_backend_name = None

    def get_base_queryset(self):
        return publication_requests_visible(user=self.request.user).select_related(
            "office", "department"
        )

    def search_queryset(self, queryset):
        return requests_search(queryset, self.search_query)

    @cached_property
    def columns(self):
        # On a phone only the subject (with its number and department under it), the
        # status and the late flag are shown: WIDE columns are hidden by approvals.css.
        return [
            Column(
                "number_display",
                label=pgettext_lazy("approvals", "Number"),
                sort_key="number",
                classname=WIDE,
            ),
            self._get_title_column_class(SubjectColumn)(
                "subject",
                label=pgettext_lazy("approvals", "Subject"),
                sort_key="subject",
                get_url=review_url,
            ),
            Column(
                "department_name",
                label=pgettext_lazy("approvals", "Department"),
                sort_key="department_name",
                classname=WIDE,
            ),
            Column(
                "get_status_display", label=pgettext_lazy("approvals", "Status"), sort_key="status"
            ),
            CurrentStepColumn(
                "current_step", label=pgettext_lazy("approvals", "Current step"), classname=WIDE
            ),
            SubmittedColumn(
                "submitted_at",
                label=pgettext_lazy("approvals", "Submitted"),
                sort_key="submitted_at",
                classname=WIDE,
            ),
            StatusFlagColumn(
                "is_late",
                label=pgettext_lazy("approvals", "Late"),
                true_label=pgettext_lazy("approvals", "late"),
            ),
        ]

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        requests = list(object_list)
        rows_decorate(requests)
        page.object_list = requests
        return paginator, page, requests, is_paginated

    def get_inspect_url(self, instance):
        return review_url(instance)

    def get_list_more_buttons(self, instance):
        return [
            MenuItem(
                pgettext_lazy("approvals", "Review"),
                url=review_url(instance),
                icon_name="info-circle",
                priority=10,
            ),
            MenuItem(
                pgettext_lazy("approvals", "Memo (PDF)"),
                url=reverse("approvals_request_memo_pdf", args=[instance.pk]),
                icon_name="download",
                priority=20,
            ),
            MenuItem(
                pgettext_lazy("approvals", "Memo (DOCX)"),
                url=reverse("approvals_request_memo_docx", args=[instance.pk]),
                icon_name="download",
                priority=30,
            ),
        ]

    @cached_property
    def export_url(self) -> str:
        url = reverse("approvals_request_bundle_pdf")
        query = self.request.GET.copy()
        for key in ("p", "ordering", "_w_filter_fragment"):
            query.pop(key, None)
        return f"{url}?{query.urlencode()}" if query else url

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                pgettext_lazy("approvals", "Export quarter as PDF"),
                url=self.export_url,
                icon_name="download",
                attrs={"data-approvals-export": reverse("approvals_request_bundle_pdf")},
            )
        ]


def rows_decorate(requests) -> None:
    """Give each listed request its waiting step (``current_step``), the step's holders
    (``current_holders``) and ``is_late``, in a fixed number of queries."""
    steps = requests_current_steps(requests=requests)
    by_pk = {request.pk: request for request in requests}
    for step in steps.values():
        step.request = by_pk[step.request_id]
    holders = steps_deciders(steps=list(steps.values()))
    for request in requests:
        step = steps.get(request.pk)
        request.current_step = step
        request.current_holders = holders.get(step.pk, []) if step else []
        request.current_holder_names = [user_display_name(user) for user in request.current_holders]
        request.is_late = bool(step and step_is_late(step=step))


class PublicationRequestViewSet(ModelViewSet):
    model = PublicationRequest
    name = "publication_requests"
    url_prefix = "publication-requests"
    icon = "clipboard-list"
    menu_label = pgettext_lazy("approvals", "Publication requests")
    menu_name = "publication-requests"
    menu_order = 150
    add_to_admin_menu = True
    add_to_reference_index = False
    copy_view_enabled = False
    index_view_class = PublicationRequestIndexView
    filterset_class = PublicationRequestFilterSet
    ordering = ["-submitted_at", "-pk"]
    list_per_page = 30

    def get_permissions_to_register(self):
        # Nobody is given these through groups: see PublicationRequestPermissionPolicy.
        return Permission.objects.none()

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
        ]


publication_request_viewset = PublicationRequestViewSet()
