"""The filters of the publication request list: department, status, the step a request
waits at, and the fiscal year and quarter it was submitted in, counted from each office's
own first month of the fiscal year."""

import datetime

import django_filters
from django.db.models import Min, Q
from django.utils import timezone
from django.utils.translation import pgettext, pgettext_lazy
from wagtail.admin.filters import WagtailFilterSet

from prachasan.offices.models import Department, Office
from prachasan.offices.selectors import offices_of_user
from prachasan.thai.dates import THAI_MONTHS_ABBR
from prachasan.thai.fiscal import (
    DEFAULT_START_MONTH,
    fiscal_quarter_bounds,
    fiscal_quarter_of,
    fiscal_year_bounds,
    fiscal_year_of,
)

from .models import MemoBlock, PublicationRequest, RequestStatus, RequestStep, StepOutcome

BLOCK_PREFIX = "block:"
NAME_PREFIX = "step:"


def user_offices(user) -> list[Office]:
    """The user's offices, read once per request (the filters and the export use them)."""
    cached = getattr(user, "_approvals_offices", None)
    if cached is None:
        cached = list(offices_of_user(user=user).order_by("pk"))
        user._approvals_offices = cached
    return cached


def start_month_of(offices) -> int:
    return offices[0].fiscal_year_start_month if offices else DEFAULT_START_MONTH


def period_bounds(*, fiscal_year: int, quarter: int | None, start_month: int):
    """The first and last day of a fiscal year, or of one of its quarters."""
    if quarter:
        return fiscal_quarter_bounds(fiscal_year, quarter, start_month=start_month)
    return fiscal_year_bounds(fiscal_year, start_month=start_month)


def _day_start(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def submitted_in_period_q(*, offices, fiscal_year: int, quarter: int | None) -> Q:
    """Requests submitted in the period, by each office's own fiscal calendar."""
    query = Q(pk__in=[])
    for office in offices:
        first, last = period_bounds(
            fiscal_year=fiscal_year, quarter=quarter, start_month=office.fiscal_year_start_month
        )
        query |= Q(
            office=office,
            submitted_at__gte=_day_start(first),
            submitted_at__lt=_day_start(last + datetime.timedelta(days=1)),
        )
    return query


def current_fiscal_year(offices) -> int:
    return fiscal_year_of(timezone.localdate(), start_month=start_month_of(offices))


def current_fiscal_quarter(offices) -> tuple[int, int]:
    return fiscal_quarter_of(timezone.localdate(), start_month=start_month_of(offices))


def _department_queryset(request):
    if request is None:
        return Department.objects.none()
    return Department.objects.filter(office__in=user_offices(request.user)).order_by(
        "office", "sort_order", "name"
    )


class PublicationRequestFilterSet(WagtailFilterSet):
    department = django_filters.ModelChoiceFilter(
        label=pgettext_lazy("approvals", "Department"),
        queryset=_department_queryset,
        empty_label=pgettext_lazy("approvals", "All departments"),
    )
    status = django_filters.ChoiceFilter(
        label=pgettext_lazy("approvals", "Status"),
        choices=RequestStatus.choices,
        empty_label=pgettext_lazy("approvals", "All statuses"),
    )
    step = django_filters.ChoiceFilter(
        label=pgettext_lazy("approvals", "Waiting at step"),
        method="filter_step",
        choices=[],
        empty_label=pgettext_lazy("approvals", "Any step"),
    )
    fiscal_year = django_filters.ChoiceFilter(
        label=pgettext_lazy("approvals", "Fiscal year"),
        method="filter_period",
        choices=[],
        empty_label=pgettext_lazy("approvals", "All fiscal years"),
    )
    quarter = django_filters.ChoiceFilter(
        label=pgettext_lazy("approvals", "Quarter"),
        method="filter_period",
        choices=[],
        empty_label=pgettext_lazy("approvals", "Whole year"),
    )

    class Meta:
        model = PublicationRequest
        fields = ["department", "status"]

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        super().__init__(data, queryset, request=request, prefix=prefix)
        self.offices = user_offices(request.user) if request is not None else []
        self.filters["step"].extra["choices"] = self.step_choices()
        self.filters["fiscal_year"].extra["choices"] = self.fiscal_year_choices()
        self.filters["quarter"].extra["choices"] = self.quarter_choices()

    def step_choices(self) -> list[tuple[str, str]]:
        """The blocks of the memo, then the names of the steps the offices' requests have
        waited at."""
        blocks = [(f"{BLOCK_PREFIX}{value}", label) for value, label in MemoBlock.choices]
        names = (
            RequestStep.objects.filter(request__office__in=self.offices)
            .values_list("name", flat=True)
            .distinct()
            .order_by("name")
        )
        return blocks + [(f"{NAME_PREFIX}{name}", name) for name in names]

    def fiscal_year_choices(self) -> list[tuple[str, str]]:
        """From the current fiscal year back to that of the first request."""
        start_month = start_month_of(self.offices)
        latest = current_fiscal_year(self.offices)
        first = PublicationRequest.objects.filter(office__in=self.offices).aggregate(
            first=Min("submitted_at")
        )["first"]
        earliest = fiscal_year_of(first, start_month=start_month) if first else latest
        earliest = min(earliest, latest - 1)
        # The year alone: the filter's name already says "fiscal year".
        return [(str(year), str(year)) for year in range(latest, earliest - 1, -1)]

    def quarter_choices(self) -> list[tuple[str, str]]:
        start_month = start_month_of(self.offices)
        choices = []
        for quarter in (1, 2, 3, 4):
            first_month = (start_month - 1 + 3 * (quarter - 1)) % 12
            last_month = (first_month + 2) % 12
            choices.append(
                (
                    str(quarter),
                    pgettext("approvals", "Quarter %(quarter)s (%(first)s – %(last)s)")
                    % {
                        "quarter": quarter,
                        "first": THAI_MONTHS_ABBR[first_month],
                        "last": THAI_MONTHS_ABBR[last_month],
                    },
                )
            )
        return choices

    def filter_step(self, queryset, name, value):
        if not value:
            return queryset
        waiting = RequestStep.objects.filter(outcome=StepOutcome.WAITING)
        if value.startswith(BLOCK_PREFIX):
            waiting = waiting.filter(memo_block=value.removeprefix(BLOCK_PREFIX))
        elif value.startswith(NAME_PREFIX):
            waiting = waiting.filter(name=value.removeprefix(NAME_PREFIX))
        else:
            return queryset.none()
        return queryset.filter(pk__in=waiting.values("request"))

    def filter_period(self, queryset, name, value):
        # The year and the quarter make one period: applied once, by whichever of the two
        # is set (a quarter alone is one of the current fiscal year).
        year, quarter = self.period()
        if year is None or (name == "quarter" and self.form.cleaned_data.get("fiscal_year")):
            return queryset
        return queryset.filter(
            submitted_in_period_q(offices=self.offices, fiscal_year=year, quarter=quarter)
        )

    def period(self) -> tuple[int | None, int | None]:
        """The chosen (fiscal year, quarter); (None, None) when neither is chosen."""
        data = self.form.cleaned_data if self.form.is_valid() else {}
        year = int(data["fiscal_year"]) if data.get("fiscal_year") else None
        quarter = int(data["quarter"]) if data.get("quarter") else None
        if year is None and quarter is not None:
            year = current_fiscal_year(self.offices)
        return year, quarter
