from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from prachasan.thai.workdays import WorkCalendar, thai_public_holidays

BANGKOK = ZoneInfo("Asia/Bangkok")


def bangkok(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BANGKOK)


@pytest.fixture
def calendar() -> WorkCalendar:
    return WorkCalendar()


# Holiday facts below are those of the `holidays` package 0.108 (country TH).


def test_songkran_2025_with_its_substitution_day():
    found = thai_public_holidays([2025])
    april = {
        day: name for day, name in found.items() if date(2025, 4, 12) <= day <= date(2025, 4, 17)
    }
    # 13 April 2025 was a Sunday, so Wednesday 16 April was given in lieu.
    assert april == {
        date(2025, 4, 13): "วันสงกรานต์",
        date(2025, 4, 14): "วันสงกรานต์",
        date(2025, 4, 15): "วันสงกรานต์",
        date(2025, 4, 16): "ชดเชยวันสงกรานต์",
    }


def test_songkran_run_closes_the_office_until_thursday(calendar):
    assert calendar.next_working_day(date(2025, 4, 11)) == date(2025, 4, 17)
    assert calendar.non_working_reason(date(2025, 4, 16)) == "ชดเชยวันสงกรานต์"


def test_songkran_2026_falls_on_weekdays_without_substitution(calendar):
    assert [calendar.non_working_reason(date(2026, 4, day)) for day in (13, 14, 15)] == [
        "วันสงกรานต์"
    ] * 3
    assert calendar.next_working_day(date(2026, 4, 10)) == date(2026, 4, 16)


def test_weekend_holiday_moves_to_monday(calendar):
    # Coronation Day, 4 May 2025, was a Sunday.
    assert calendar.non_working_reason(date(2025, 5, 4)) == "วันฉัตรมงคล"
    assert calendar.non_working_reason(date(2025, 5, 5)) == "ชดเชยวันฉัตรมงคล"
    assert not calendar.is_working_day(date(2025, 5, 5))
    assert calendar.is_working_day(date(2025, 5, 6))


def test_father_day_2026_on_saturday_closes_monday_7_december(calendar):
    assert "ชดเชยวันพ่อแห่งชาติ" in calendar.non_working_reason(date(2026, 12, 7))
    assert calendar.next_working_day(date(2026, 12, 4)) == date(2026, 12, 8)


def test_new_year_run_2568_to_2569(calendar):
    assert calendar.non_working_reason(date(2025, 12, 31)) == "วันสิ้นปี"
    assert calendar.non_working_reason(date(2026, 1, 1)) == "วันขึ้นปีใหม่"
    # The cabinet's special day off bridging to the weekend.
    assert calendar.non_working_reason(date(2026, 1, 2)) == "วันหยุดพิเศษ (เพิ่มเติม)"
    assert calendar.next_working_day(date(2025, 12, 30)) == date(2026, 1, 5)


def test_substitution_for_31_december_lands_in_the_next_year(calendar):
    # 31 Dec 2022 was a Saturday; its day in lieu was Tuesday 3 Jan 2023.
    assert calendar.non_working_reason(date(2023, 1, 3)) == "ชดเชยวันสิ้นปี"


def test_royal_ploughing_day_closes_government_offices(calendar):
    assert calendar.non_working_reason(date(2026, 5, 13)) == "วันพืชมงคล"


def test_labour_day_is_a_working_day_for_government_offices(calendar):
    assert calendar.is_working_day(date(2026, 5, 1))
    # 1 May 2027 is a Saturday; the private sector's Monday in lieu is a working day.
    assert calendar.is_working_day(date(2027, 5, 3))
    assert calendar.non_working_reason(date(2027, 5, 1)) == "วันเสาร์"


def test_weekend_reasons(calendar):
    assert calendar.non_working_reason(date(2025, 11, 22)) == "วันเสาร์"
    assert calendar.non_working_reason(date(2025, 11, 23)) == "วันอาทิตย์"
    assert calendar.non_working_reason(date(2025, 11, 24)) is None
    assert calendar.is_working_day(date(2025, 11, 24))


def test_office_closures_are_non_working_days():
    calendar = WorkCalendar(closures={date(2025, 11, 24): "ปิดสำนักงานเพื่อย้ายที่ทำการ"})
    assert calendar.non_working_reason(date(2025, 11, 24)) == "ปิดสำนักงานเพื่อย้ายที่ทำการ"
    assert calendar.next_working_day(date(2025, 11, 21)) == date(2025, 11, 25)


def test_public_holidays_are_a_fresh_copy_each_call():
    first = thai_public_holidays([2026])
    first[date(2026, 1, 1)] = "changed"
    assert thai_public_holidays([2026])[date(2026, 1, 1)] == "วันขึ้นปีใหม่"


def test_add_working_hours_carries_over_to_next_morning(calendar):
    # 30 minutes on Monday, the remaining 2.5 hours from 08:30 on Tuesday.
    due = calendar.add_working_hours(bangkok(2025, 11, 24, 16, 0), 3)
    assert due == bangkok(2025, 11, 25, 11, 0)
    assert due.isoformat() == "2025-11-25T11:00:00+07:00"


def test_add_working_hours_across_a_weekend(calendar):
    due = calendar.add_working_hours(bangkok(2025, 11, 21, 15, 0), 4)
    assert due == bangkok(2025, 11, 24, 11, 0)


def test_add_working_hours_across_songkran(calendar):
    due = calendar.add_working_hours(bangkok(2025, 4, 11, 16, 0), timedelta(hours=1))
    assert due == bangkok(2025, 4, 17, 9, 0)


def test_add_working_hours_ending_at_closing_time_stays_that_day(calendar):
    assert calendar.add_working_hours(bangkok(2025, 11, 24, 13, 30), 3) == bangkok(
        2025, 11, 24, 16, 30
    )


def test_add_working_hours_before_opening_starts_at_opening(calendar):
    assert calendar.add_working_hours(bangkok(2025, 11, 24, 7, 0), 1.5) == bangkok(
        2025, 11, 24, 10, 0
    )


def test_add_working_hours_returns_bangkok_time_for_utc_input(calendar):
    # 02:00 UTC is 09:00 in Bangkok.
    due = calendar.add_working_hours(datetime(2025, 11, 24, 2, 0, tzinfo=UTC), 1)
    assert due.isoformat() == "2025-11-24T10:00:00+07:00"


def test_add_working_hours_with_custom_office_hours():
    calendar = WorkCalendar(work_start=time(8, 0), work_end=time(16, 0))
    assert calendar.add_working_hours(bangkok(2025, 11, 24, 15, 30), 3) == bangkok(
        2025, 11, 25, 10, 30
    )


def test_add_zero_working_hours_returns_the_moment(calendar):
    moment = bangkok(2025, 11, 22, 20, 0)
    assert calendar.add_working_hours(moment, 0) == moment


def test_add_working_days_from_friday_evening(calendar):
    # After closing on Friday counts as received at Monday's opening.
    assert calendar.add_working_days(bangkok(2025, 11, 21, 18, 0), 1) == bangkok(
        2025, 11, 25, 8, 30
    )


def test_add_working_days_keeps_the_time_of_day(calendar):
    assert calendar.add_working_days(bangkok(2025, 11, 21, 10, 15), 1) == bangkok(
        2025, 11, 24, 10, 15
    )


def test_add_working_days_to_dates(calendar):
    assert calendar.add_working_days(date(2025, 11, 21), 5) == date(2025, 11, 28)
    assert calendar.add_working_days(date(2025, 4, 11), 1) == date(2025, 4, 17)
    assert calendar.add_working_days(date(2025, 11, 22), 0) == date(2025, 11, 22)


def test_add_zero_working_days_to_a_weekend_moment_gives_next_opening(calendar):
    assert calendar.add_working_days(bangkok(2025, 11, 22, 11, 0), 0) == bangkok(
        2025, 11, 24, 8, 30
    )


def test_working_days_between_counts_after_the_start_day(calendar):
    assert calendar.working_days_between(date(2025, 4, 11), date(2025, 4, 18)) == 2
    assert calendar.working_days_between(date(2025, 11, 21), date(2025, 11, 28)) == 5
    assert calendar.working_days_between(date(2025, 11, 28), date(2025, 11, 21)) == 0


def test_working_time_between_skips_a_holiday(calendar):
    # 1 hour on Friday 11 April, none over Songkran, 1 hour on Thursday 17 April.
    start, end = bangkok(2025, 4, 11, 15, 30), bangkok(2025, 4, 17, 9, 30)
    assert calendar.working_time_between(start, end) == timedelta(hours=2)


def test_working_time_between_a_full_week(calendar):
    start, end = bangkok(2025, 11, 24, 0, 0), bangkok(2025, 11, 29, 0, 0)
    assert calendar.working_time_between(start, end) == timedelta(hours=40)


def test_working_time_between_reversed_moments_is_zero(calendar):
    start, end = bangkok(2025, 11, 24, 9, 0), bangkok(2025, 11, 24, 15, 0)
    assert calendar.working_time_between(end, start) == timedelta(0)


def test_naive_datetimes_are_rejected(calendar):
    naive = datetime(2025, 11, 24, 9, 0)  # noqa: DTZ001 - naive on purpose
    with pytest.raises(ValueError, match="Naive datetime"):
        calendar.add_working_hours(naive, 1)
    with pytest.raises(ValueError, match="Naive datetime"):
        calendar.add_working_days(naive, 1)
    with pytest.raises(ValueError, match="Naive datetime"):
        calendar.working_time_between(naive, bangkok(2025, 11, 25, 9, 0))


def test_negative_amounts_are_rejected(calendar):
    with pytest.raises(ValueError, match="negative"):
        calendar.add_working_hours(bangkok(2025, 11, 24, 9, 0), -1)
    with pytest.raises(ValueError, match="negative"):
        calendar.add_working_days(date(2025, 11, 24), -1)


def test_office_hours_must_end_after_they_start():
    with pytest.raises(ValueError, match="Office hours"):
        WorkCalendar(work_start=time(16, 30), work_end=time(8, 30))


def test_closures_covering_years_raise_instead_of_looping():
    start = date(2026, 1, 1)
    closed = {start + timedelta(days=i): "ปิด" for i in range(800)}
    calendar = WorkCalendar(closures=closed)
    with pytest.raises(ValueError, match="No working day"):
        calendar.next_working_day(start)
    with pytest.raises(ValueError, match="No working day"):
        calendar.add_working_hours(bangkok(2026, 1, 1, 9, 0), 1)
