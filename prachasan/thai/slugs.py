"""Readable Thai URL slugs.

Django's `slugify(allow_unicode=True)` and its unicode slug validator only keep `\\w`,
which excludes Thai vowel and tone marks (Unicode category Mn): "ประชุมผู้บริหาร"
becomes "ประชมผบรหาร". These functions keep Thai words whole.
"""

import re
import unicodedata

from django.core.validators import RegexValidator
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from .dates import to_arabic_digits

THAI_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_NOT_SLUG = re.compile(rf"[^\w{THAI_MARKS}]+")
_MARKS = re.compile(rf"[{THAI_MARKS}]")
_THAI = re.compile(r"[\u0e01-\u0e5b]")

validate_thai_slug = RegexValidator(
    re.compile(rf"^[-\w{THAI_MARKS}]+\Z"),
    _(
        "Enter a valid slug: letters (Thai or Latin), numbers, underscores or hyphens, "
        "without spaces."
    ),
    "invalid",
)


def thai_normalize(text: str) -> str:
    """Compose Thai characters the one way (ํา → ำ), drop invisible ones."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u0e4d\u0e32", "\u0e33")
    return re.sub("[\u200b\u200c\u200d\u00ad\ufeff]", "", text)


def thai_slugify(text: str, *, max_length: int = 80) -> str:
    """A URL slug that keeps Thai words readable: ประชุม-ผู้บริหาร-ครั้งที่-1-2570."""
    text = to_arabic_digits(thai_normalize(text)).lower().replace("_", " ")
    slug = _NOT_SLUG.sub("-", text).strip("-")
    if len(slug) <= max_length:
        return slug
    cut = slug.rfind("-", 0, max_length + 1)
    if cut < max_length // 2:
        cut = max_length
        # Never leave a vowel or tone mark cut off from its consonant.
        while cut > 1 and _MARKS.match(slug[cut]):
            cut -= 1
    return slug[:cut].strip("-")


def is_auto_slug(*, slug: str, title: str) -> bool:
    """Whether a slug is what Django or Wagtail's admin made from the title by
    stripping the Thai marks, so that it can be replaced by the readable one."""
    if not _THAI.search(title):
        return False
    if slug == slugify(title, allow_unicode=True):
        return True
    readable = thai_slugify(title, max_length=255)
    bare = _MARKS.sub("", readable)
    return _MARKS.sub("", slug) in (bare, bare.replace("-", ""))
