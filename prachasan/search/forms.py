"""The public search form: the words, the filters and the order of the results."""

import datetime
import re

from django import forms
from django.utils.translation import gettext_lazy as _

from prachasan.news.models import InformationType, NewsKind
from prachasan.offices.models import Department
from prachasan.thai.dates import BE_OFFSET

QUERY_MAX_LENGTH = 200
DAY_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


class SortOrder:
    RELEVANCE = "relevance"
    NEWEST = "newest"
    CHOICES = [(RELEVANCE, _("Most relevant")), (NEWEST, _("Newest first"))]


class ThaiDateField(forms.DateField):
    """A date as the browser's date picker sends it (2026-03-15), or as a Thai reader
    types it: day/month/year, the year in BE (15/3/2569) or CE, Thai or Arabic digits."""

    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

    def to_python(self, value):
        if isinstance(value, str):
            value = value.translate(THAI_DIGITS)
            match = DAY_MONTH_YEAR.match(value)
            if match:
                day, month, year = (int(part) for part in match.groups())
                if year > 2400:
                    year -= BE_OFFSET
                try:
                    return datetime.date(year, month, day)
                except ValueError:
                    raise forms.ValidationError(
                        self.error_messages["invalid"], code="invalid"
                    ) from None
        return super().to_python(value)


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search for"),
        max_length=QUERY_MAX_LENGTH,
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "enterkeyhint": "search"}),
        error_messages={"max_length": _("Please search with at most %(limit_value)d characters.")},
    )
    department = forms.ModelChoiceField(
        label=_("Department"),
        queryset=Department.objects.none(),
        required=False,
        empty_label=_("All departments"),
        to_field_name="key",
        error_messages={"invalid_choice": _("This office has no such department.")},
    )
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        error_messages={"invalid_choice": _("There is no such kind of news.")},
    )
    information_type = forms.ModelChoiceField(
        label=_("Information type"),
        queryset=InformationType.objects.all(),
        required=False,
        empty_label=_("All types"),
        to_field_name="number",
        error_messages={"invalid_choice": _("There is no such information type.")},
    )
    fiscal_year = forms.TypedChoiceField(
        label=_("Fiscal year"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": _("There is no news in that fiscal year.")},
    )
    date_from = ThaiDateField(
        label=_("From date"),
        required=False,
        error_messages={"invalid": _("Enter a date such as 15/3/2569.")},
    )
    date_to = ThaiDateField(
        label=_("To date"),
        required=False,
        error_messages={"invalid": _("Enter a date such as 15/3/2569.")},
    )
    sort = forms.ChoiceField(
        label=_("Order"),
        required=False,
        choices=SortOrder.CHOICES,
        error_messages={"invalid_choice": _("Results can be ordered by relevance or date.")},
    )

    # The filters that only news items have: with any of them, only news is searched.
    NEWS_FILTERS = ("department", "kind", "information_type")
    FILTERS = (*NEWS_FILTERS, "fiscal_year", "date_from", "date_to")

    def __init__(self, *args, departments, fiscal_years, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = departments
        self.fields["kind"].choices = [("", _("All kinds")), *NewsKind.choices]
        self.fields["fiscal_year"].choices = [("", _("All years"))] + [
            (year, str(year)) for year in fiscal_years
        ]

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("date_from"), cleaned.get("date_to")
        if first and last and first > last:
            self.add_error("date_to", _("The end date is before the start date."))
        return cleaned

    def _post_clean(self):
        super()._post_clean()
        # Tell assistive technology which fields are wrong and where the message is.
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": f"{self[name].auto_id}-error"}
                )

    def filters(self) -> dict:
        """The filters given, by name (valid forms only)."""
        return {
            name: self.cleaned_data[name]
            for name in self.FILTERS
            if self.cleaned_data.get(name) not in (None, "")
        }
