"""The review of network applications in the admin: accept, or decline with a reason,
from the application's pages and the listing; the pending ones on the dashboard.

Imported by wagtail_hooks, which registers the views on NetworkApplicationViewSet."""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.generic import FormView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import HeaderButton, ListingButton
from wagtail.snippets.views import snippets as snippet_views

from prachasan.offices import office_scope
from prachasan.offices.selectors import offices_of_user

from .forms import NetworkApplicationDeclineForm
from .models import NetworkApplication
from .privacy_views import PersonalDataViewLogMixin
from .selectors import network_applications_pending
from .services import network_application_accept, network_application_decline

PENDING = NetworkApplication.Status.PENDING


class DecisionButtonsMixin:
    """Accept and decline buttons for a pending application, for those who may decide."""

    accept_url_name = None
    decline_url_name = None

    def decision_buttons(self, application, button_class) -> list:
        if application.status != PENDING or not self.user_has_permission("change"):
            return []
        return [
            button_class(
                pgettext_lazy("network application", "Accept"),
                url=reverse(self.accept_url_name, args=[application.pk]),
                icon_name="check",
                priority=1,
            ),
            button_class(
                pgettext_lazy("network application", "Decline"),
                url=reverse(self.decline_url_name, args=[application.pk]),
                icon_name="cross",
                priority=2,
            ),
        ]


class NetworkApplicationIndexView(DecisionButtonsMixin, snippet_views.IndexView):
    def get_list_more_buttons(self, instance):
        return [
            *self.decision_buttons(instance, ListingButton),
            *super().get_list_more_buttons(instance),
        ]


class NetworkApplicationEditView(DecisionButtonsMixin, snippet_views.EditView):
    @cached_property
    def header_buttons(self):
        return self.decision_buttons(self.object, HeaderButton)


class NetworkApplicationInspectView(
    PersonalDataViewLogMixin, DecisionButtonsMixin, office_scope.InspectView
):
    @cached_property
    def header_buttons(self):
        return self.decision_buttons(self.object, HeaderButton)


class NetworkApplicationDecisionView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """Base of the accept and decline views: a pending application and a small form."""

    model = NetworkApplication
    permission_required = "change"
    index_url_name = None
    edit_url_name = None
    inspect_url_name = None
    template_name = "network/admin/application_decide.html"
    submit_label = ""
    submit_classname = "button"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        # Only applications to the offices the user works for.
        self.object = get_object_or_404(
            NetworkApplication.objects.filter(office__in=offices_of_user(user=request.user)),
            pk=kwargs["pk"],
        )

    def dispatch(self, request, *args, **kwargs):
        if not self.user_has_permission(self.permission_required):
            raise PermissionDenied
        if self.object.status != PENDING:
            messages.error(request, _("This application has already been decided."))
            return redirect(self.get_object_url())
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object)

    def get_object_url(self) -> str:
        if self.inspect_url_name:
            return reverse(self.inspect_url_name, args=[self.object.pk])
        return reverse(self.edit_url_name, args=[self.object.pk])

    def get_success_url(self) -> str:
        return reverse(self.index_url_name)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(NetworkApplication._meta.verbose_name_plural),
            },
            {"url": self.get_object_url(), "label": str(self.object)},
            {"url": "", "label": self.get_page_title(), "sublabel": str(self.object)},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            object=self.object,
            cancel_url=self.get_object_url(),
            submit_label=self.submit_label,
            submit_classname=self.submit_classname,
        )
        return context

    def decide(self, form) -> None:
        raise NotImplementedError

    def success_message(self) -> str:
        raise NotImplementedError

    def form_valid(self, form):
        try:
            self.decide(form)
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, errors in error.error_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
                return self.form_invalid(form)
            messages.error(self.request, " ".join(error.messages))
            return redirect(self.get_object_url())
        message = self.success_message()
        if self.object.email:
            message = f"{message} {_('The applicant has been told by e-mail.')}"
        messages.success(self.request, message)
        return redirect(self.get_success_url())


class NetworkApplicationAcceptView(NetworkApplicationDecisionView):
    form_class = forms.Form
    page_title = _("Accept the application")
    header_icon = "check"
    submit_label = _("Yes, accept: make them a member")

    def decide(self, form) -> None:
        self.member = network_application_accept(application=self.object, user=self.request.user)

    def success_message(self) -> str:
        return _("%(organisation)s is now a member of the PR network.") % {
            "organisation": self.object.organisation
        }


class NetworkApplicationDeclineView(NetworkApplicationDecisionView):
    form_class = NetworkApplicationDeclineForm
    page_title = _("Decline the application")
    header_icon = "cross"
    submit_label = _("Decline the application")
    submit_classname = "button no"

    def decide(self, form) -> None:
        network_application_decline(
            application=self.object,
            user=self.request.user,
            reason=form.cleaned_data["reason"],
        )

    def success_message(self) -> str:
        return _("The application of %(organisation)s has been declined.") % {
            "organisation": self.object.organisation
        }


class PendingApplicationsPanel(Component):
    """Dashboard panel: the applications waiting for a PR officer."""

    name = "network_applications_pending"
    template_name = "network/admin/pending_applications_panel.html"
    order = 90
    shown = 5

    def __init__(self, *, applications, total: int):
        self.applications = applications
        self.total = total

    def get_context_data(self, parent_context):
        viewset = NetworkApplication.snippet_viewset
        return {
            "applications": self.applications,
            "total": self.total,
            "more": self.total - len(self.applications),
            "list_url": f"{reverse(viewset.get_url_name('list'))}?status={PENDING}",
            "inspect_url_name": viewset.get_url_name("inspect"),
        }


@hooks.register("construct_homepage_panels")
def pending_applications_panel_add(request, panels):
    if not request.user.has_perm("network.change_networkapplication"):
        return
    pending = network_applications_pending(user=request.user)
    applications = list(pending[: PendingApplicationsPanel.shown])
    if applications:
        total = len(applications)
        if total == PendingApplicationsPanel.shown:
            total = pending.count()
        panels.append(PendingApplicationsPanel(applications=applications, total=total))
