"""Thai fiscal years, quarters and reporting rounds, named by their last BE year."""

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from prachasan.thai.dates import BE_OFFSET, to_local_date

# The Thai government fiscal year starts on 1 October; offices may configure another.
DEFAULT_START_MONTH = 10


def _check_month(month: int) -> None:
    if not 1 <= month <= 12:
        raise ValueError(f"Month must be 1-12, got {month!r}.")


def _fiscal_year_start(be_year: int, start_month: int) -> date:
    ce_end_year = be_year - BE_OFFSET
    return date(ce_end_year if start_month == 1 else ce_end_year - 1, start_month, 1)


def _add_months(first_of_month: date, months: int) -> date:
    index = first_of_month.month - 1 + months
    return date(first_of_month.year + index // 12, index % 12 + 1, 1)


def _date_in_fiscal_year(year_start: date, month: int, day: int) -> date:
    year = _add_months(year_start, (month - year_start.month) % 12).year
    # 29 February only exists in leap years; a round ending then ends on the 28th.
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def fiscal_year_of(d: date, *, start_month: int = DEFAULT_START_MONTH) -> int:
    """Return the BE fiscal year containing ``d`` (1 Oct 2025 is in 2569)."""
    _check_month(start_month)
    local = to_local_date(d)
    # A year starting in January is the calendar year; otherwise the months from
    # start_month onwards belong to the fiscal year that ends next calendar year.
    ends_next_year = start_month > 1 and local.month >= start_month
    return local.year + (1 if ends_next_year else 0) + BE_OFFSET


def fiscal_year_bounds(
    be_year: int, *, start_month: int = DEFAULT_START_MONTH
) -> tuple[date, date]:
    """Return the first and last day (inclusive) of BE fiscal year ``be_year``."""
    _check_month(start_month)
    first = _fiscal_year_start(be_year, start_month)
    return first, _add_months(first, 12) - timedelta(days=1)


def fiscal_quarter_of(d: date, *, start_month: int = DEFAULT_START_MONTH) -> tuple[int, int]:
    """Return ``(BE fiscal year, quarter 1-4)`` for ``d``."""
    fiscal_year = fiscal_year_of(d, start_month=start_month)
    months_in = (to_local_date(d).month - start_month) % 12
    return fiscal_year, months_in // 3 + 1


def fiscal_quarter_bounds(
    be_year: int, quarter: int, *, start_month: int = DEFAULT_START_MONTH
) -> tuple[date, date]:
    """Return the first and last day (inclusive) of a fiscal quarter."""
    _check_month(start_month)
    if quarter not in (1, 2, 3, 4):
        raise ValueError(f"Quarter must be 1-4, got {quarter!r}.")
    first = _add_months(_fiscal_year_start(be_year, start_month), 3 * (quarter - 1))
    return first, _add_months(first, 3) - timedelta(days=1)


@dataclass(frozen=True)
class ReportingRound:
    """A named period inside every fiscal year, e.g. round 1 = 1 Oct to 30 Jun."""

    name: str
    start_month: int
    start_day: int
    end_month: int
    end_day: int

    def __post_init__(self) -> None:
        # Validate against a leap year so that a round may end on 29 February.
        for month, day in (
            (self.start_month, self.start_day),
            (self.end_month, self.end_day),
        ):
            _check_month(month)
            if not 1 <= day <= calendar.monthrange(2024, month)[1]:
                raise ValueError(f"Day {day} does not exist in month {month}.")

    def bounds(
        self, be_fiscal_year: int, *, start_month: int = DEFAULT_START_MONTH
    ) -> tuple[date, date]:
        """Return the first and last day (inclusive) of this round in a fiscal year."""
        _check_month(start_month)
        year_start = _fiscal_year_start(be_fiscal_year, start_month)
        first = _date_in_fiscal_year(year_start, self.start_month, self.start_day)
        last = _date_in_fiscal_year(year_start, self.end_month, self.end_day)
        if last < first:
            raise ValueError(
                f"Reporting round {self.name!r} ends before it starts in a fiscal "
                f"year starting in month {start_month}."
            )
        return first, last


DEFAULT_REPORTING_ROUNDS = (
    ReportingRound("รอบที่ 1", start_month=10, start_day=1, end_month=6, end_day=30),
    ReportingRound("รอบที่ 2", start_month=7, start_day=1, end_month=9, end_day=30),
)


def reporting_round_of(
    d: date,
    rounds: Iterable[ReportingRound],
    *,
    start_month: int = DEFAULT_START_MONTH,
) -> tuple[int, ReportingRound] | None:
    """Return ``(BE fiscal year, round)`` containing ``d``, or None if no round does."""
    local = to_local_date(d)
    fiscal_year = fiscal_year_of(local, start_month=start_month)
    for reporting_round in rounds:
        first, last = reporting_round.bounds(fiscal_year, start_month=start_month)
        if first <= local <= last:
            return fiscal_year, reporting_round
    return None
