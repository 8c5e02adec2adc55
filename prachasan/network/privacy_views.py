"""Admin screens for personal-data requests (PDPA), and the audit log of who looked at
whose personal data.

Administrators find a person by e-mail or telephone, hand over an export or erase the
person's data. Every opening of a registry entry's edit screen is logged as a view.

Imported by wagtail_hooks. (A module rather than ``views/privacy.py``: ``views.py``
already holds the public survey form's view, and a ``views/`` package would hide it.)
"""

import json

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import LogFormatter
from wagtail.models import Site

from prachasan.offices.models import Office, Person

from .models import (
    Committee,
    CommitteeMember,
    MediaContact,
    NetworkApplication,
    NetworkMember,
    School,
)
from .privacy import (
    ACTION_ERASE,
    ACTION_EXPORT,
    ACTION_VIEW,
    ErasurePlanItem,
    personal_data_admin_allowed,
    personal_data_erase,
    personal_data_erase_plan,
    personal_data_export,
    personal_data_find,
    personal_data_registry_label,
    personal_data_summary,
    personal_data_view_log,
)
from .validators import validate_thai_phone

# Whose edit screen shows a person's data. A committee's screen lists its members.
PERSONAL_DATA_MODELS = (MediaContact, NetworkMember, NetworkApplication, Committee, Person)


# -- audit log --------------------------------------------------------------------------


@hooks.register("register_log_actions")
def register_personal_data_log_actions(actions):
    actions.register_action(ACTION_VIEW, _("View personal data"), _("Viewed personal data"))
    actions.register_action(
        ACTION_EXPORT, _("Export personal data"), _("Exported personal data on request")
    )

    @actions.register_action(ACTION_ERASE)
    class ErasedOnRequest(LogFormatter):
        label = _("Erase personal data")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            if data.get("result") == "anonymised":
                message = _("Personal data anonymised on request: %(reason)s")
            else:
                message = _("Personal data deleted on request: %(reason)s")
            return message % {"reason": data.get("reason", "")}


@hooks.register("before_edit_snippet")
def log_personal_data_view(request, instance):
    """Opening an entry's edit screen shows the person's data: log it as a view. Saving is
    logged by Wagtail as an edit. Runs after the view's permission check."""
    if request.method == "GET" and isinstance(instance, PERSONAL_DATA_MODELS):
        personal_data_view_log(instances=[instance], user=request.user, source="edit")


class PersonalDataViewLogMixin:
    """For a view that shows a registry entry outside the edit screen (an inspect view):
    log the view when the page is served."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        personal_data_view_log(instances=[self.object], user=request.user, source="inspect")
        return response


# -- forms ------------------------------------------------------------------------------


class PersonalDataSearchForm(forms.Form):
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.CharField(
        label=_("Telephone"), required=False, max_length=40, validators=[validate_thai_phone]
    )

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not (cleaned.get("email") or cleaned.get("phone")):
            raise forms.ValidationError(_("Enter an e-mail address or a telephone number."))
        return cleaned

    @property
    def lookup(self) -> dict:
        return {"email": self.cleaned_data["email"], "phone": self.cleaned_data["phone"]}


class PersonalDataEraseForm(PersonalDataSearchForm):
    reason = forms.CharField(
        label=_("Reason for erasing"),
        help_text=_("e.g. the data subject's request of 20 November 2569, received by e-mail"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget = forms.HiddenInput()
        self.fields["phone"].widget = forms.HiddenInput()


# -- views ------------------------------------------------------------------------------


def _request_office(request) -> Office | None:
    """The office whose site the admin is served on (none on an unknown host)."""
    site = Site.find_for_request(request)
    return Office.for_site(site) if site else None


class PersonalDataAdminMixin:
    """Only the office's administrators handle personal-data requests."""

    header_icon = "lock"
    page_title = _("Personal data (PDPA)")

    def dispatch(self, request, *args, **kwargs):
        self.office = _request_office(request)
        if self.office is None or not personal_data_admin_allowed(
            user=request.user, office=self.office
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def _record_row(record, url_finder: AdminURLFinder) -> dict:
    if isinstance(record, CommitteeMember):
        committee = record.committee
        title = f"{record.display_name} — {record.get_role_display()}, {committee.name}"
        if committee.order_id:
            order = _("order no. %(reference)s") % {"reference": committee.order.reference}
            title = f"{title} ({order})"
        contacts = [record.phone]
        edit_url = url_finder.get_edit_url(committee)
    elif isinstance(record, School):
        title = f"{record.director_name or '—'}, {record.name}"
        contacts = [record.director_phone]
        edit_url = url_finder.get_edit_url(record)
    else:
        title = str(record)
        contacts = [
            getattr(record, name, "")
            for name in ("email", "phone", "phone_mobile", "phone_office", "line_id")
        ]
        edit_url = url_finder.get_edit_url(record)
    return {
        "registry": personal_data_registry_label(record),
        "title": title,
        "contacts": " · ".join(value for value in contacts if value),
        "edit_url": edit_url,
        "anonymised": bool(getattr(record, "anonymised_at", None)),
    }


def _plan_row(item: ErasurePlanItem, url_finder: AdminURLFinder) -> dict:
    row = _record_row(item.record, url_finder)
    row.update(keep=item.keep, reason=item.reason, account=item.account)
    return row


class PersonalDataSearchView(PersonalDataAdminMixin, WagtailAdminTemplateMixin, FormView):
    """Search by e-mail or telephone (POST, so the address stays out of URLs and logs)."""

    form_class = PersonalDataSearchForm
    template_name = "network/admin/personal_data_search.html"

    def form_valid(self, form):
        records = personal_data_find(office=self.office, **form.lookup)
        personal_data_view_log(instances=records, user=self.request.user, source="search")
        url_finder = AdminURLFinder(self.request.user)
        return self.render_to_response(
            self.get_context_data(
                form=form,
                searched=True,
                records=[_record_row(record, url_finder) for record in records],
            )
        )


class PersonalDataExportView(PersonalDataAdminMixin, FormView):
    """Download everything found, as JSON or as a Thai text summary."""

    form_class = PersonalDataSearchForm
    http_method_names = ["post"]

    def form_invalid(self, form):
        messages.error(self.request, _("Enter an e-mail address or a telephone number."))
        return redirect("network_personal_data:search")

    def form_valid(self, form):
        export = personal_data_export(office=self.office, user=self.request.user, **form.lookup)
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        if self.request.POST.get("format") == "text":
            response = HttpResponse(
                personal_data_summary(export), content_type="text/plain; charset=utf-8"
            )
            filename = f"personal-data-{stamp}.txt"
        else:
            response = HttpResponse(
                json.dumps(export, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
                content_type="application/json; charset=utf-8",
            )
            filename = f"personal-data-{stamp}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "no-store"
        return response


class PersonalDataEraseView(PersonalDataAdminMixin, WagtailAdminTemplateMixin, FormView):
    """Confirm with a reason, then erase: delete, or anonymise what an order must keep."""

    form_class = PersonalDataEraseForm
    template_name = "network/admin/personal_data_erase.html"
    http_method_names = ["post"]
    page_title = _("Erase personal data")

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if "confirm" not in self.request.POST:
            # Arriving from the results: show the confirmation, not errors.
            kwargs.pop("data", None)
            kwargs.pop("files", None)
            kwargs["initial"] = {
                "email": self.request.POST.get("email", ""),
                "phone": self.request.POST.get("phone", ""),
            }
        return kwargs

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if not form.is_bound:
            return self._confirm(form)
        if form.is_valid():
            return self.form_valid(form)
        return self._confirm(form)

    def _confirm(self, form):
        lookup = {"email": form["email"].value() or "", "phone": form["phone"].value() or ""}
        if not (lookup["email"] or lookup["phone"]):
            return redirect("network_personal_data:search")
        plan = personal_data_erase_plan(office=self.office, **lookup)
        url_finder = AdminURLFinder(self.request.user)
        return self.render_to_response(
            self.get_context_data(
                form=form,
                records=[_plan_row(item, url_finder) for item in plan],
            )
        )

    def form_valid(self, form):
        report = personal_data_erase(
            office=self.office,
            user=self.request.user,
            reason=form.cleaned_data["reason"],
            **form.lookup,
        )
        context = self.get_context_data(form=form, report=report)
        return TemplateResponse(self.request, "network/admin/personal_data_erased.html", context)


# -- admin URLs and menu ----------------------------------------------------------------

urlpatterns = [
    path("", PersonalDataSearchView.as_view(), name="search"),
    path("export/", PersonalDataExportView.as_view(), name="export"),
    path("erase/", PersonalDataEraseView.as_view(), name="erase"),
]


@hooks.register("register_admin_urls")
def register_personal_data_urls():
    return [
        path(
            "personal-data/",
            include((urlpatterns, "network_personal_data"), namespace="network_personal_data"),
        )
    ]


class PersonalDataMenuItem(MenuItem):
    def is_shown(self, request):
        office = _request_office(request)
        return office is not None and personal_data_admin_allowed(user=request.user, office=office)


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    return PersonalDataMenuItem(
        _("Personal data (PDPA)"),
        reverse("network_personal_data:search"),
        name="personal-data",
        icon_name="lock",
        order=850,
    )
