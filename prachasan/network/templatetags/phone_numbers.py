"""Template filters for telephone numbers: ``{% load phone_numbers %}``."""

from django import template

from prachasan.network.validators import phone_normalize

register = template.Library()


@register.filter
def tel_href(value: object) -> str:
    """A ``tel:`` link for a Thai number as people type it: "0 7400 0001 ต่อ 101" →
    "tel:074000001,101" (the comma makes a phone pause, then dial the extension).
    "" when the value is not one number a phone could dial (a range such as
    "074-695911-17" is not)."""
    number, _, extension = phone_normalize(str(value or "")).partition(" ต่อ ")
    # A fixed line has 9 digits, a mobile 10, a hotline such as 1579 four or five.
    if not (number.isdigit() and (len(number) in (9, 10) or 3 <= len(number) <= 5)):
        return ""
    return f"tel:{number},{extension}" if extension else f"tel:{number}"
