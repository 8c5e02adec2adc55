"""Thai calendar formatting: Buddhist Era years, Thai month names, Thai digits."""

from datetime import date, datetime

from django.utils import timezone

THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_ABBR = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
BE_OFFSET = 543
DATE_STYLES = ("full", "medium", "short")

_ARABIC_DIGITS = "0123456789"
_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans(_ARABIC_DIGITS, _THAI_DIGITS)
_TO_ARABIC = str.maketrans(_THAI_DIGITS, _ARABIC_DIGITS)


def to_thai_digits(value: object) -> str:
    """Return ``value`` as text with Arabic digits 0-9 replaced by Thai digits ๐-๙."""
    if value is None:
        return ""
    return str(value).translate(_TO_THAI)


def to_arabic_digits(value: object) -> str:
    """Return ``value`` as text with Thai digits ๐-๙ replaced by Arabic digits 0-9."""
    if value is None:
        return ""
    return str(value).translate(_TO_ARABIC)


def to_local_date(value: date | datetime) -> date:
    """Return the calendar date of ``value`` as seen in the current Django time zone."""
    local = _local(value)
    return local.date() if isinstance(local, datetime) else local


def be_year(d: date | datetime) -> int:
    """Return the Buddhist Era year (CE + 543) of ``d`` in the current time zone."""
    return to_local_date(d).year + BE_OFFSET


def format_thai_date(
    d: date | datetime | None, *, style: str = "full", thai_digits: bool = False
) -> str:
    """Format ``d`` as ``21 พฤศจิกายน 2569``, ``21 พ.ย. 2569`` or ``21 พ.ย. 69``."""
    if not d:  # None or "" from an empty form field or template variable
        return ""
    if style not in DATE_STYLES:
        raise ValueError(f"Unknown Thai date style {style!r}; use one of {DATE_STYLES}.")
    local = to_local_date(d)
    year = local.year + BE_OFFSET
    if style == "full":
        text = f"{local.day} {THAI_MONTHS[local.month - 1]} {year}"
    elif style == "medium":
        text = f"{local.day} {THAI_MONTHS_ABBR[local.month - 1]} {year}"
    else:
        text = f"{local.day} {THAI_MONTHS_ABBR[local.month - 1]} {year % 100:02d}"
    return to_thai_digits(text) if thai_digits else text


def format_thai_datetime(dt: date | datetime | None, *, thai_digits: bool = False) -> str:
    """Format ``dt`` as ``21 พ.ย. 2569 เวลา 14.30 น.`` (a plain date: date only)."""
    if not dt:
        return ""
    text = format_thai_date(dt, style="medium")
    if isinstance(dt, datetime):
        local = _local(dt)
        # Thai official style: hour unpadded, a full stop before the minutes, then "น.".
        text = f"{text} เวลา {local.hour}.{local.minute:02d} น."
    return to_thai_digits(text) if thai_digits else text


def _local(value: date | datetime) -> date | datetime:
    if isinstance(value, datetime):
        # Naive datetimes are taken to be local already; converting them would guess.
        return timezone.localtime(value) if timezone.is_aware(value) else value
    if isinstance(value, date):
        return value
    raise TypeError(f"Expected a date or datetime, got {type(value).__name__}.")
