from datetime import UTC, date, datetime

import pytest
from django.template import Context, Template


def render(source: str, **context: object) -> str:
    return Template("{% load thai_dates %}" + source).render(Context(context))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{{ d|thai_date }}", "21 พฤศจิกายน 2569"),
        ("{{ d|thai_date_medium }}", "21 พ.ย. 2569"),
        ("{{ d|thai_date_short }}", "21 พ.ย. 69"),
        ("{{ d|be_year }}", "2569"),
        ("{{ d|thai_date|thai_digits }}", "๒๑ พฤศจิกายน ๒๕๖๙"),
    ],
)
def test_date_filters(source, expected):
    assert render(source, d=date(2026, 11, 21)) == expected


def test_thai_datetime_filter_uses_bangkok_time(settings):
    settings.TIME_ZONE = "Asia/Bangkok"
    # 07:30 UTC is 14:30 in Bangkok.
    moment = datetime(2026, 11, 21, 7, 30, tzinfo=UTC)
    assert render("{{ t|thai_datetime }}", t=moment) == "21 พ.ย. 2569 เวลา 14.30 น."


def test_thai_digits_filter_on_numbers():
    assert render("ที่ {{ n|thai_digits }}/{{ y|thai_digits }}", n=62, y=2565) == "ที่ ๖๒/๒๕๖๕"


@pytest.mark.parametrize("value", [None, "", "not a date"])
def test_filters_render_empty_for_missing_dates(value):
    source = (
        "[{{ d|thai_date }}|{{ d|thai_date_medium }}|{{ d|thai_date_short }}"
        "|{{ d|thai_datetime }}|{{ d|be_year }}]"
    )
    assert render(source, d=value) == "[||||]"


def test_thai_digits_filter_renders_empty_for_none():
    assert render("[{{ d|thai_digits }}]", d=None) == "[]"
