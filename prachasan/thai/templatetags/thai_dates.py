"""Template filters for Thai dates: ``{% load thai_dates %}``."""

from datetime import date

from django import template

from prachasan.thai import dates

register = template.Library()


# Like Django's own ``date`` filter, a value that is not a date renders as ""
# instead of breaking the whole page.


@register.filter
def thai_date(value: object) -> str:
    """Render ``21 พฤศจิกายน 2569``."""
    return dates.format_thai_date(value) if isinstance(value, date) else ""


@register.filter
def thai_date_medium(value: object) -> str:
    """Render ``21 พ.ย. 2569``."""
    return dates.format_thai_date(value, style="medium") if isinstance(value, date) else ""


@register.filter
def thai_date_short(value: object) -> str:
    """Render ``21 พ.ย. 69``."""
    return dates.format_thai_date(value, style="short") if isinstance(value, date) else ""


@register.filter
def thai_datetime(value: object) -> str:
    """Render ``21 พ.ย. 2569 เวลา 14.30 น.``."""
    return dates.format_thai_datetime(value) if isinstance(value, date) else ""


@register.filter
def thai_digits(value: object) -> str:
    """Render any value with Thai digits, e.g. after another filter."""
    return dates.to_thai_digits(value)


@register.filter
def be_year(value: object) -> int | str:
    """Render the Buddhist Era year, e.g. ``2569``."""
    return dates.be_year(value) if isinstance(value, date) else ""
