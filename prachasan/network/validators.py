"""Checks of the values people type into the registries, with Thai-aware normalising."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from prachasan.thai.dates import to_arabic_digits

_PHONE_SEPARATORS = re.compile(r"[\s\-().]")
_EXTENSION = re.compile(r"\s*(?:ต่อ|ext\.?|x)\s*(\d+)\s*$", re.IGNORECASE)


def phone_normalize(value: str) -> str:
    """Thai digits to Arabic, separators removed, +66 written as 0:
    "๐๘๑-๒๓๔-๕๖๗๘" → "0812345678". An extension is kept: "0 7400 0001 ต่อ 101"
    → "074000001 ต่อ 101"."""
    value = to_arabic_digits(value or "").strip()
    if not value:
        return ""
    extension = ""
    match = _EXTENSION.search(value)
    if match:
        extension = match.group(1)
        value = value[: match.start()]
    digits = _PHONE_SEPARATORS.sub("", value)
    if digits.startswith("+66"):
        digits = "0" + digits[3:]
    elif digits.startswith("66") and len(digits) in (10, 11):
        digits = "0" + digits[2:]
    return f"{digits} ต่อ {extension}" if extension else digits


def validate_thai_phone(value: str) -> None:
    """A Thai fixed line (9 digits starting 0[2-7]) or mobile (10 digits starting 06/08/09)."""
    digits = phone_normalize(value).split(" ")[0]
    if not digits:
        return
    if not digits.isdigit():
        raise ValidationError(
            _("Telephone number “%(value)s” may hold only digits."),
            code="invalid_phone",
            params={"value": value},
        )
    mobile = len(digits) == 10 and digits[:2] in ("06", "08", "09")
    fixed = len(digits) == 9 and digits[0] == "0" and digits[1] in "234567"
    if not (mobile or fixed):
        raise ValidationError(
            _(
                "Telephone number “%(value)s” is not a Thai number: a mobile number has 10 "
                "digits starting 06, 08 or 09, a fixed line 9 digits starting 02–07."
            ),
            code="invalid_phone",
            params={"value": value},
        )


def is_mobile(value: str) -> bool:
    digits = phone_normalize(value).split(" ")[0]
    return len(digits) == 10 and digits[:2] in ("06", "08", "09")


def validate_school_code(value: str) -> None:
    """The ministry's school code: 10 digits (8-digit codes of older systems are accepted)."""
    code = to_arabic_digits(value or "").strip()
    if not (code.isdigit() and len(code) in (8, 10)):
        raise ValidationError(
            _("School code “%(value)s” must be 10 digits (or the older 8-digit code)."),
            code="invalid_school_code",
            params={"value": value},
        )
