"""Thai working days and office hours, for deadlines counted in วันทำการ."""

import functools
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta, tzinfo
from types import MappingProxyType
from zoneinfo import ZoneInfo

import holidays
from holidays.constants import GOVERNMENT, PUBLIC

BANGKOK = ZoneInfo("Asia/Bangkok")
OFFICE_OPENS = time(8, 30)
OFFICE_CLOSES = time(16, 30)
NO_CLOSURES: Mapping[date, str] = MappingProxyType({})
SATURDAY = "วันเสาร์"
SUNDAY = "วันอาทิตย์"

# More consecutive closed days than this means the calendar is misconfigured
# (closures covering years); fail loudly instead of searching forever.
MAX_CLOSED_RUN_DAYS = 366

# Which of the holidays package's Thai categories close government offices:
# - PUBLIC: the cabinet's วันหยุดราชการ, their ชดเชย substitution days and the
#   special (bridge) days the cabinet adds; all close government offices.
# - GOVERNMENT: วันพืชมงคล, a day off for the government sector only.
# Left out: ARMED_FORCES (วันกองทัพไทย, the armed forces only), BANK (defunct
# bank closing days), SCHOOL (วันครู, schools only: an office that closes adds
# it as a closure) and WORKDAY (observances on which offices stay open).
_CATEGORIES = (PUBLIC, GOVERNMENT)
# PUBLIC also lists วันแรงงานแห่งชาติ, but only the private and financial sectors
# stop that day; government offices stay open, so it and its ชดเชย day are dropped.
_OPEN_FOR_GOVERNMENT = ("วันแรงงานแห่งชาติ",)


def thai_public_holidays(years: Iterable[int]) -> dict[date, str]:
    """Return the days Thai government offices close in ``years``, with Thai names."""
    return dict(_holidays_for(tuple(sorted(set(years)))))


@functools.lru_cache(maxsize=64)
def _holidays_for(years: tuple[int, ...]) -> Mapping[date, str]:
    if not years:
        return NO_CLOSURES
    found = holidays.country_holidays("TH", years=years, language="th", categories=_CATEGORIES)
    closed = {}
    for day in found:
        names = [
            name
            for name in found.get_list(day)
            if not any(open_day in name for open_day in _OPEN_FOR_GOVERNMENT)
        ]
        if names:
            closed[day] = "; ".join(names)
    # Read-only: the same mapping is shared by every caller through the cache.
    return MappingProxyType(closed)


class WorkCalendar:
    """One office's working days and hours; holidays load lazily per year touched."""

    def __init__(
        self,
        *,
        closures: Mapping[date, str] = NO_CLOSURES,
        work_start: time = OFFICE_OPENS,
        work_end: time = OFFICE_CLOSES,
        tz: tzinfo = BANGKOK,
    ) -> None:
        if work_end <= work_start:
            raise ValueError(
                f"Office hours must end after they start ({work_start} to {work_end})."
            )
        self.closures = dict(closures)
        self.work_start = work_start
        self.work_end = work_end
        self.tz = tz
        self._holidays: dict[date, str] = {}
        self._loaded_years: set[int] = set()

    def is_working_day(self, d: date) -> bool:
        """Return True for Monday to Friday that is neither a holiday nor a closure."""
        return self.non_working_reason(d) is None

    def non_working_reason(self, d: date) -> str | None:
        """Return why ``d`` is not a working day (closure, holiday, weekend) or None."""
        day = self._to_date(d)
        # The office's own entry wins: it may rename or add to the national list.
        reason = self.closures.get(day) or self._holiday(day)
        if reason:
            return reason
        if day.weekday() == 5:
            return SATURDAY
        if day.weekday() == 6:
            return SUNDAY
        return None

    def next_working_day(self, d: date) -> date:
        """Return the first working day strictly after ``d``."""
        day = self._to_date(d)
        for _ in range(MAX_CLOSED_RUN_DAYS):
            day += timedelta(days=1)
            if self.is_working_day(day):
                return day
        raise ValueError(
            f"No working day within {MAX_CLOSED_RUN_DAYS} days after {d}; "
            "check the office's closures."
        )

    def add_working_days(self, moment: date | datetime, n: int) -> date | datetime:
        """Return the moment ``n`` working days after ``moment``.

        For a date: the n-th working day after it, the date itself never counting
        (``n=0`` returns it unchanged). For an aware datetime: first move a start
        outside office hours to the next opening (before opening on a working day:
        that day's opening; at or after closing, or on a closed day: the next working
        day's opening), then keep that time of day on the n-th following working day.
        The result is in the calendar's time zone. Friday 18:00 plus 1 gives Tuesday
        08:30 (the start counts as Monday 08:30).
        """
        if n < 0:
            raise ValueError(f"Cannot add a negative number of working days ({n}).")
        if not isinstance(moment, datetime):
            day = moment
            for _ in range(n):
                day = self.next_working_day(day)
            return day
        start = self._office_start(moment)
        day = start.date()
        for _ in range(n):
            day = self.next_working_day(day)
        return self._at(day, start.time())

    def add_working_hours(self, moment: date | datetime, hours: float | timedelta) -> datetime:
        """Return the aware moment (in tz) when ``hours`` of office time have passed.

        Only time inside office hours on working days counts; a date means midnight
        at its start, and zero hours returns the moment itself.
        """
        remaining = hours if isinstance(hours, timedelta) else timedelta(hours=hours)
        if remaining < timedelta(0):
            raise ValueError(f"Cannot add negative working time ({hours}).")
        cursor = self._aware(moment)
        if not remaining:
            return cursor
        cursor = self._office_start(cursor)
        while True:
            available = self._at(cursor.date(), self.work_end) - cursor
            if remaining <= available:
                return cursor + remaining
            remaining -= available
            cursor = self._at(self.next_working_day(cursor.date()), self.work_start)

    def working_time_between(self, start: date | datetime, end: date | datetime) -> timedelta:
        """Return the office time between two moments (a date means its midnight)."""
        start_at, end_at = self._aware(start), self._aware(end)
        total = timedelta(0)
        day = start_at.date()
        while start_at < end_at and day <= end_at.date():
            if self.is_working_day(day):
                begin = max(start_at, self._at(day, self.work_start))
                finish = min(end_at, self._at(day, self.work_end))
                total += max(finish - begin, timedelta(0))
            day += timedelta(days=1)
        return total

    def working_days_between(self, start_date: date, end_date: date) -> int:
        """Count working days after ``start_date`` up to and including ``end_date``."""
        # Same counting as add_working_days: the start day itself never counts.
        day, last = self._to_date(start_date), self._to_date(end_date)
        count = 0
        while day < last:
            day += timedelta(days=1)
            count += self.is_working_day(day)
        return count

    def _holiday(self, day: date) -> str | None:
        if day.year not in self._loaded_years:
            self._holidays.update(thai_public_holidays((day.year,)))
            self._loaded_years.add(day.year)
        return self._holidays.get(day)

    def _office_start(self, moment: datetime) -> datetime:
        # The moment itself if the office is open then, otherwise its next opening.
        local = self._aware(moment)
        day = local.date()
        if self.is_working_day(day):
            if local.time() < self.work_start:
                return self._at(day, self.work_start)
            if local.time() < self.work_end:
                return local
        return self._at(self.next_working_day(day), self.work_start)

    def _aware(self, moment: date | datetime) -> datetime:
        if not isinstance(moment, datetime):
            return self._at(moment, time(0))
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError(
                f"Naive datetime {moment.isoformat()} is ambiguous; pass an aware "
                "datetime (e.g. django.utils.timezone.now())."
            )
        return moment.astimezone(self.tz)

    def _to_date(self, d: date) -> date:
        return self._aware(d).date() if isinstance(d, datetime) else d

    def _at(self, day: date, at: time) -> datetime:
        return datetime.combine(day, at, tzinfo=self.tz)
