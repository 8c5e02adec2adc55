"""Admin screens to import the school list and the media registry from a spreadsheet
(upload → preview → confirm → the import's status while the task worker writes it) and
to export them, with buttons on their listings.

Imported by wagtail_hooks, whose school and media viewsets use the listing views below.
(A module rather than a ``views/`` package: ``views.py`` already holds the public survey
form's view.)"""

from dataclasses import dataclass
from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views import View
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import Button, ButtonWithDropdown, HeaderButton
from wagtail.log_actions import LogFormatter
from wagtail.snippets.views import snippets as snippet_views

from prachasan.offices.models import Office
from prachasan.offices.selectors import offices_of_user

from . import exports, imports
from .models import MediaContact, RegistryImport, School
from .selectors import registry_imports_recent
from .tabular import MAX_FILE_BYTES


@dataclass(frozen=True)
class RegistryFiles:
    """What importing and exporting one registry needs."""

    key: str
    model: type
    columns: list
    preview: Any
    export: Any
    index_url_name: str
    import_title: Any


REGISTRIES = {
    imports.SCHOOLS: RegistryFiles(
        key=imports.SCHOOLS,
        model=School,
        columns=imports.SCHOOL_COLUMNS,
        preview=imports.school_import_preview,
        export=exports.school_export,
        index_url_name="wagtailsnippets_network_school:list",
        import_title=_("Import schools"),
    ),
    imports.MEDIA: RegistryFiles(
        key=imports.MEDIA,
        model=MediaContact,
        columns=imports.MEDIA_COLUMNS,
        preview=imports.media_contact_import_preview,
        export=exports.media_contact_export,
        index_url_name="wagtailsnippets_network_mediacontact:list",
        import_title=_("Import the media registry"),
    ),
}


def _registry(key: str) -> RegistryFiles:
    try:
        return REGISTRIES[key]
    except KeyError:
        raise Http404 from None


MAX_MEGABYTES = MAX_FILE_BYTES // (1024 * 1024)


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=pgettext_lazy("registry file", "File"),
        widget=forms.FileInput(
            attrs={
                "accept": ".xlsx,.csv,text/csv,"
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _("Excel (.xlsx) or CSV, at most %(size)s MB.") % {
            "size": MAX_MEGABYTES
        }

    def clean_file(self):
        file = self.cleaned_data["file"]
        if file.size > MAX_FILE_BYTES:
            raise forms.ValidationError(
                _("The file is too large: at most %(limit)s MB.") % {"limit": MAX_MEGABYTES}
            )
        return file


class RegistryFilesView(PermissionCheckedMixin, WagtailAdminTemplateMixin, View):
    """Base of the import and export views: one registry, the request's office, which
    must be one the user works for."""

    # Importing creates and updates records, so it takes both permissions.
    permissions_required = ("add", "change")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.registry = _registry(kwargs["registry"])
        self.model = self.registry.model

    def dispatch(self, request, *args, **kwargs):
        if not all(self.user_has_permission(name) for name in self.permissions_required):
            raise PermissionDenied
        self.office = Office.for_request(request)
        if not offices_of_user(user=request.user).filter(pk=self.office.pk).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def index_url(self) -> str:
        return reverse(self.registry.index_url_name)

    def get_page_title(self):
        return self.registry.import_title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": self.index_url, "label": capfirst(self.model._meta.verbose_name_plural)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            registry=self.registry,
            office=self.office,
            index_url=self.index_url,
            import_url=reverse("network_import", args=[self.registry.key]),
            confirm_url=reverse("network_import_confirm", args=[self.registry.key]),
            export_xlsx_url=reverse("network_export", args=[self.registry.key, exports.XLSX]),
            export_csv_url=reverse("network_export", args=[self.registry.key, exports.CSV]),
            kind_words=[words[0] for words in imports.MEDIA_KIND_WORDS.values()],
        )
        return context


class RegistryImportView(RegistryFilesView):
    """GET: the upload form. POST: the file checked, shown as a preview to confirm."""

    header_icon = "upload"

    def get_template_names(self):
        return ["network/admin/import_upload.html"]

    def get(self, request, *args, **kwargs):
        return self.render_to_response(
            self.get_context_data(
                form=ImportUploadForm(),
                recent_imports=registry_imports_recent(
                    office=self.office, registry=self.registry.key
                ),
            )
        )

    def post(self, request, *args, **kwargs):
        form = ImportUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            preview = self.registry.preview(
                office=self.office, file=form.cleaned_data["file"], user=request.user
            )
        except imports.ImportFileError as error:
            form.add_error("file", error.message)
            return self.render_to_response(self.get_context_data(form=form))
        return self.response_class(
            request=request,
            template=["network/admin/import_preview.html"],
            context=self.get_context_data(
                preview=preview,
                form=ImportUploadForm(),
                columns=[column.header for column in self.registry.columns],
            ),
            using=self.template_engine,
        )


class RegistryImportConfirmView(RegistryFilesView):
    """POST: queue a checked import for the task worker and show its status."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        pk = request.POST.get("registry_import", "")
        registry_import = None
        if pk.isdigit():
            registry_import = RegistryImport.objects.filter(
                office=self.office, registry=self.registry.key, pk=pk
            ).first()
        if registry_import is None:
            return self.expired()
        try:
            imports.registry_import_confirm(registry_import=registry_import, user=request.user)
        except imports.ImportExpired:
            return self.expired()
        return redirect("network_import_status", self.registry.key, registry_import.pk)

    def expired(self):
        messages.error(
            self.request, _("This preview has expired. Upload the file again to import it.")
        )
        return redirect("network_import", self.registry.key)


class RegistryImportStatusView(RegistryFilesView):
    """Where an import stands: waiting for the worker, running, done with its counts, or
    failed with the reason. The page reloads itself until the import has finished."""

    header_icon = "upload"
    refresh_seconds = 3

    def get_template_names(self):
        return ["network/admin/import_status.html"]

    def get(self, request, *args, **kwargs):
        registry_import = get_object_or_404(
            RegistryImport.objects.filter(
                office__in=offices_of_user(user=request.user), registry=self.registry.key
            )
            .exclude(status=RegistryImport.Status.PREVIEWED)
            .select_related("uploaded_by"),
            pk=kwargs["pk"],
        )
        return self.render_to_response(
            self.get_context_data(
                registry_import=registry_import,
                refresh_seconds=None if registry_import.is_finished else self.refresh_seconds,
            )
        )

    def get_page_subtitle(self):
        return _("Import status")


class RegistryExportView(RegistryFilesView):
    """The whole registry of the office as XLSX or CSV, in the columns the import reads."""

    permissions_required = ("change",)

    def get(self, request, *args, **kwargs):
        file_format = kwargs["file_format"]
        if file_format not in exports.FORMATS:
            raise Http404
        exported = self.registry.export(office=self.office, file_format=file_format)
        response = HttpResponse(exported.content, content_type=exported.content_type)
        response["Content-Disposition"] = f'attachment; filename="{exported.file_name}"'
        return response


# ---------------------------------------------------------------- listing buttons


class RegistryFilesIndexView(snippet_views.IndexView):
    """A registry listing with import and export buttons in its header."""

    registry_key = ""

    # Wagtail's own "Download CSV/XLSX" export other columns under other headers; the
    # export button below writes the file the import reads, so it replaces them.
    show_export_buttons = False

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.user_has_permission("add") and self.user_has_permission("change"):
            buttons.append(
                HeaderButton(
                    pgettext_lazy("registry file", "Import"),
                    url=reverse("network_import", args=[self.registry_key]),
                    icon_name="upload",
                    priority=1100,
                )
            )
        if self.user_has_permission("change"):
            buttons.append(
                ButtonWithDropdown(
                    label=pgettext_lazy("registry file", "Export"),
                    icon_name="download",
                    classname="w-header-button button",
                    priority=1200,
                    buttons=[
                        Button(
                            _("Excel (.xlsx)"),
                            url=reverse("network_export", args=[self.registry_key, exports.XLSX]),
                            icon_name="download",
                            priority=1,
                        ),
                        Button(
                            _("CSV (UTF-8)"),
                            url=reverse("network_export", args=[self.registry_key, exports.CSV]),
                            icon_name="download",
                            priority=2,
                        ),
                    ],
                )
            )
        return buttons


class SchoolIndexView(RegistryFilesIndexView):
    registry_key = imports.SCHOOLS


class MediaContactIndexView(RegistryFilesIndexView):
    registry_key = imports.MEDIA


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("network/import/<str:registry>/", RegistryImportView.as_view(), name="network_import"),
        path(
            "network/import/<str:registry>/confirm/",
            RegistryImportConfirmView.as_view(),
            name="network_import_confirm",
        ),
        path(
            "network/import/<str:registry>/<int:pk>/",
            RegistryImportStatusView.as_view(),
            name="network_import_status",
        ),
        path(
            "network/export/<str:registry>/<str:file_format>/",
            RegistryExportView.as_view(),
            name="network_export",
        ),
    ]


@hooks.register("register_log_actions")
def register_import_log_action(actions):
    @actions.register_action(imports.IMPORT_LOG_ACTION)
    class ImportedFromFile(LogFormatter):
        label = _("Import from file")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            if data.get("created"):
                message = _("Created by importing the file “%(file)s”")
            else:
                message = _("Updated by importing the file “%(file)s”")
            return message % {"file": data.get("file", "")}
