from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from prachasan.thai.fiscal import (
    DEFAULT_REPORTING_ROUNDS,
    ReportingRound,
    fiscal_quarter_bounds,
    fiscal_quarter_of,
    fiscal_year_bounds,
    fiscal_year_of,
    reporting_round_of,
)

ROUND_1, ROUND_2 = DEFAULT_REPORTING_ROUNDS


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2025, 9, 30), 2568),
        (date(2025, 10, 1), 2569),
        (date(2025, 12, 31), 2569),
        (date(2026, 1, 1), 2569),
        (date(2026, 9, 30), 2569),
        (date(2026, 10, 1), 2570),
    ],
)
def test_fiscal_year_is_named_by_the_be_year_it_ends_in(day, expected):
    assert fiscal_year_of(day) == expected


def test_fiscal_year_of_aware_datetime_uses_bangkok_date():
    # 18:00 UTC on 30 Sep is 01:00 on 1 Oct in Bangkok: the new fiscal year.
    with timezone.override(ZoneInfo("Asia/Bangkok")):
        assert fiscal_year_of(datetime(2026, 9, 30, 18, 0, tzinfo=UTC)) == 2570


def test_fiscal_year_bounds():
    assert fiscal_year_bounds(2569) == (date(2025, 10, 1), date(2026, 9, 30))


def test_configurable_start_month():
    assert fiscal_year_bounds(2569, start_month=1) == (
        date(2026, 1, 1),
        date(2026, 12, 31),
    )
    assert fiscal_year_of(date(2026, 12, 31), start_month=1) == 2569
    assert fiscal_year_bounds(2569, start_month=4) == (
        date(2025, 4, 1),
        date(2026, 3, 31),
    )
    assert fiscal_year_of(date(2025, 4, 1), start_month=4) == 2569


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2025, 10, 1), (2569, 1)),
        (date(2025, 12, 31), (2569, 1)),
        (date(2026, 1, 1), (2569, 2)),
        (date(2026, 6, 30), (2569, 3)),
        (date(2026, 9, 30), (2569, 4)),
    ],
)
def test_fiscal_quarter_of(day, expected):
    assert fiscal_quarter_of(day) == expected


@pytest.mark.parametrize(
    ("quarter", "expected"),
    [
        (1, (date(2025, 10, 1), date(2025, 12, 31))),
        (2, (date(2026, 1, 1), date(2026, 3, 31))),
        (3, (date(2026, 4, 1), date(2026, 6, 30))),
        (4, (date(2026, 7, 1), date(2026, 9, 30))),
    ],
)
def test_fiscal_quarter_bounds(quarter, expected):
    assert fiscal_quarter_bounds(2569, quarter) == expected


def test_invalid_quarter_and_month_are_rejected():
    with pytest.raises(ValueError, match="Quarter"):
        fiscal_quarter_bounds(2569, 5)
    with pytest.raises(ValueError, match="Month"):
        fiscal_year_of(date(2026, 1, 1), start_month=13)


def test_default_reporting_rounds_cross_the_calendar_year():
    assert ROUND_1.name == "รอบที่ 1"
    assert ROUND_1.bounds(2565) == (date(2021, 10, 1), date(2022, 6, 30))
    assert ROUND_2.name == "รอบที่ 2"
    assert ROUND_2.bounds(2565) == (date(2022, 7, 1), date(2022, 9, 30))


def test_round_ending_on_29_february_clamps_in_common_years():
    first_half = ReportingRound("ครึ่งแรก", start_month=10, start_day=1, end_month=2, end_day=29)
    assert first_half.bounds(2567) == (date(2023, 10, 1), date(2024, 2, 29))
    assert first_half.bounds(2568) == (date(2024, 10, 1), date(2025, 2, 28))


def test_invalid_rounds_are_rejected():
    with pytest.raises(ValueError, match="Day 31"):
        ReportingRound("x", start_month=4, start_day=31, end_month=6, end_day=30)
    # July to June would cross the end of an October fiscal year.
    backwards = ReportingRound("x", start_month=7, start_day=1, end_month=6, end_day=30)
    with pytest.raises(ValueError, match="ends before it starts"):
        backwards.bounds(2569)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2025, 10, 1), (2569, ROUND_1)),
        (date(2026, 6, 30), (2569, ROUND_1)),
        (date(2026, 7, 1), (2569, ROUND_2)),
        (date(2026, 9, 30), (2569, ROUND_2)),
        (date(2026, 10, 1), (2570, ROUND_1)),
    ],
)
def test_reporting_round_of(day, expected):
    assert reporting_round_of(day, DEFAULT_REPORTING_ROUNDS) == expected


def test_reporting_round_of_a_day_in_no_round():
    rounds = [ReportingRound("ไตรมาสแรก", start_month=10, start_day=1, end_month=12, end_day=31)]
    assert reporting_round_of(date(2026, 1, 15), rounds) is None
