from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from prachasan.thai.dates import (
    be_year,
    format_thai_date,
    format_thai_datetime,
    to_arabic_digits,
    to_thai_digits,
)

BANGKOK = ZoneInfo("Asia/Bangkok")


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("full", "21 พฤศจิกายน 2569"),
        ("medium", "21 พ.ย. 2569"),
        ("short", "21 พ.ย. 69"),
    ],
)
def test_format_thai_date_styles(style, expected):
    assert format_thai_date(date(2026, 11, 21), style=style) == expected


def test_format_thai_date_with_thai_digits():
    assert format_thai_date(date(2026, 11, 21), thai_digits=True) == "๒๑ พฤศจิกายน ๒๕๖๙"


def test_year_boundary_changes_be_year():
    assert format_thai_date(date(2025, 12, 31)) == "31 ธันวาคม 2568"
    assert format_thai_date(date(2026, 1, 1)) == "1 มกราคม 2569"


def test_leap_day():
    assert format_thai_date(date(2024, 2, 29)) == "29 กุมภาพันธ์ 2567"


def test_short_style_pads_two_digit_year():
    # CE 2057 is BE 2600: the short year must read 00, not 0.
    assert format_thai_date(date(2057, 3, 5), style="short") == "5 มี.ค. 00"


def test_aware_datetime_is_shown_in_bangkok_time():
    # 17:30 UTC on 31 Dec is already New Year's Day in Bangkok.
    moment = datetime(2025, 12, 31, 17, 30, tzinfo=UTC)
    with timezone.override(BANGKOK):
        assert format_thai_date(moment) == "1 มกราคม 2569"
        assert format_thai_datetime(moment) == "1 ม.ค. 2569 เวลา 0.30 น."
        assert be_year(moment) == 2569


def test_naive_datetime_is_used_as_is():
    moment = datetime(2025, 12, 31, 23, 0)  # noqa: DTZ001 - naive on purpose
    with timezone.override(UTC):
        assert format_thai_datetime(moment) == "31 ธ.ค. 2568 เวลา 23.00 น."


@pytest.mark.parametrize(
    ("hour", "minute", "expected"),
    [
        (14, 30, "21 พ.ย. 2569 เวลา 14.30 น."),
        (9, 5, "21 พ.ย. 2569 เวลา 9.05 น."),
    ],
)
def test_format_thai_datetime(hour, minute, expected):
    moment = datetime(2026, 11, 21, hour, minute, tzinfo=BANGKOK)
    assert format_thai_datetime(moment) == expected


def test_format_thai_datetime_with_thai_digits():
    moment = datetime(2026, 11, 21, 9, 5, tzinfo=BANGKOK)
    assert format_thai_datetime(moment, thai_digits=True) == "๒๑ พ.ย. ๒๕๖๙ เวลา ๙.๐๕ น."


def test_format_thai_datetime_of_plain_date_has_no_time():
    assert format_thai_datetime(date(2026, 11, 21)) == "21 พ.ย. 2569"


@pytest.mark.parametrize("empty", [None, ""])
def test_empty_values_format_as_empty_text(empty):
    assert format_thai_date(empty) == ""
    assert format_thai_datetime(empty) == ""


def test_unknown_style_is_rejected():
    with pytest.raises(ValueError, match="style"):
        format_thai_date(date(2026, 11, 21), style="long")


def test_thai_and_arabic_digits_convert_both_ways():
    assert to_thai_digits(2569) == "๒๕๖๙"
    assert to_thai_digits("ที่ ศธ 04123/62") == "ที่ ศธ ๐๔๑๒๓/๖๒"
    assert to_arabic_digits("ที่ ๖๒/๒๕๖๕") == "ที่ 62/2565"
    assert to_thai_digits(None) == ""


def test_be_year_adds_543():
    assert be_year(date(2025, 10, 1)) == 2568
