"""Counting SMS parts the way phones do."""

# GSM 03.38 basic character set (one septet each) and the extension table (two septets:
# the escape and the character).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")

GSM7 = "gsm7"
UCS2 = "ucs2"

_LIMITS = {GSM7: (160, 153), UCS2: (70, 67)}


def _units(text: str) -> tuple[list[int], str]:
    """The size of each character in the encoding the phone would choose."""
    if all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text):
        return [2 if ch in GSM7_EXTENSION else 1 for ch in text], GSM7
    # UCS-2 (UTF-16 on today's phones): characters outside the BMP take two units.
    return [2 if ord(ch) > 0xFFFF else 1 for ch in text], UCS2


def sms_segments(text: str) -> tuple[int, str]:
    """How many parts an SMS of ``text`` takes, and its encoding ("gsm7" or "ucs2").

    One part holds 160 GSM-7 septets or 70 UCS-2 units; a split message holds 153 or 67 per
    part (the rest is the concatenation header). A two-unit character is never split
    across parts."""
    units, encoding = _units(text)
    single, per_part = _LIMITS[encoding]
    total = sum(units)
    if total == 0:
        return 0, encoding
    if total <= single:
        return 1, encoding
    parts, used = 1, 0
    for size in units:
        if used + size > per_part:
            parts += 1
            used = 0
        used += size
    return parts, encoding
