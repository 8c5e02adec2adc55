"""Template filters for official documents: ``{% load official_documents %}``."""

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from prachasan.documents.thai_text import document_text

register = template.Library()


@register.filter
def document_digits(value: object, thai_digits: bool) -> str:
    """``value`` with Thai digits when ``thai_digits`` (the office's choice) is true:
    ``{{ person.position|document_digits:thai_digits }}``."""
    return document_text(value, thai_digits=bool(thai_digits))


@register.filter
def breakable_email(value: object) -> SafeString:
    """An e-mail address that may wrap after "@" and before each ".", not mid-name."""
    local, at, domain = str(value or "").partition("@")
    if not at:
        return escape(local)
    labels = "<wbr>.".join(escape(label) for label in domain.split("."))
    return mark_safe(f"{escape(local)}@<wbr>{labels}")
