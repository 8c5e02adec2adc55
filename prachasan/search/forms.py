"""The public search form: the words, the filters and the order of the results."""

import datetime
import re

from django import forms
from django.utils.translation import gettext_lazy as _

from prachasan.news.forms import NewsFilterForm
from prachasan.thai.dates import BE_OFFSET

from .text import THAI_DIGITS

QUERY_MAX_LENGTH = 200
DAY_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")


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


class SearchForm(NewsFilterForm):
    """The news lists' filters (department, kind, information type, fiscal year), with
    the words, a date range and the order; a wrong filter is an error shown to the reader
    rather than ignored."""

    q = forms.CharField(
        label=_("Search for"),
        max_length=QUERY_MAX_LENGTH,
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "enterkeyhint": "search"}),
        error_messages={"max_length": _("Please search with at most %(limit_value)d characters.")},
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

    field_order = ["q", "department", "kind", "information_type", "fiscal_year"]
    FILTER_ERRORS = {
        "department": _("This office has no such department."),
        "kind": _("There is no such kind of news."),
        "information_type": _("There is no such information type."),
        "fiscal_year": _("There is no news in that fiscal year."),
    }

    def __init__(self, *args, departments, fiscal_years, **kwargs):
        super().__init__(*args, departments=departments, fiscal_years=fiscal_years, **kwargs)
        for name, message in self.FILTER_ERRORS.items():
            self.fields[name].error_messages["invalid_choice"] = message

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
