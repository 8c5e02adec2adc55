"""The public filter form of the news lists."""

from django import forms
from django.utils.translation import gettext_lazy as _

from prachasan.offices.models import Department

from .models import InformationType, NewsKind


class NewsFilterForm(forms.Form):
    department = forms.ModelChoiceField(
        label=_("Department"),
        queryset=Department.objects.none(),
        required=False,
        empty_label=_("All departments"),
        to_field_name="key",
    )
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    information_type = forms.ModelChoiceField(
        label=_("Information type"),
        queryset=InformationType.objects.all(),
        required=False,
        empty_label=_("All types"),
        to_field_name="number",
    )
    fiscal_year = forms.TypedChoiceField(
        label=_("Fiscal year"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args, departments, fiscal_years, show_department=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("All kinds")), *NewsKind.choices]
        # The label already says "fiscal year": the options are the BE years alone, so
        # they fit a phone-width select.
        self.fields["fiscal_year"].choices = [("", _("All years"))] + [
            (year, str(year)) for year in fiscal_years
        ]
        if show_department:
            self.fields["department"].queryset = departments
        else:
            del self.fields["department"]

    def filters(self) -> dict:
        """The valid filters, ignoring any field whose value is wrong."""
        if self.is_bound:
            self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {key: value for key, value in data.items() if value not in (None, "")}
