"""The page editor's "channels" panel: for each channel of the office, a tick to send the
item there and the channel's own version (SMS text with its live count, LINE and Facebook
text and picture, e-mail subject and body), each with a preview drawn as the officer
types. One form field over ``NewsPage.channel_versions`` carries it all, so the page form
stays a plain model form and every revision keeps its versions."""

from __future__ import annotations

from types import SimpleNamespace

from django import forms
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from prachasan.thai.dates import format_thai_datetime

from .models import ChannelKind
from .sms import GSM7, GSM7_BASIC, GSM7_EXTENSION, sms_segments
from .versions import (
    KIND_FIELDS,
    channels_for_page,
    page_images,
    page_link,
    page_sent_channels,
    sms_max_segments,
    version_clean,
    version_defaults,
    version_field_errors,
    version_text,
    versions_initial,
)

FIELD_NAME = "channel_versions"
PREVIEW_RENDITION = "max-600x400"


class ChannelVersionsWidget(forms.Widget):
    """Renders one row per channel (tick, fields, preview) and reads them back as
    ``{"<channel id>": version}``. The form sets ``rows``, ``images`` and ``page_info``."""

    template_name = "distribution/panels/channel_versions.html"

    class Media:
        css = {"all": ["distribution/channel_versions.css"]}
        js = ["distribution/channel_versions.js"]

    def __init__(self, attrs=None):
        super().__init__(attrs)
        self.rows: list[dict] = []
        self.images: list[dict] = []
        self.page_info: dict = {}
        # {channel id: {"subject" | "text": [messages]}}, set by the form's clean().
        self.row_errors: dict[int, dict[str, list[str]]] = {}

    def value_from_datadict(self, data, files, name):
        versions = {}
        for row in self.rows:
            prefix = f"{name}-{row['id']}"
            versions[str(row["id"])] = {
                "send": bool(data.get(f"{prefix}-send")),
                "subject": data.get(f"{prefix}-subject", ""),
                "text": data.get(f"{prefix}-text", ""),
                "image": data.get(f"{prefix}-image") or None,
                "images": data.getlist(f"{prefix}-images")
                if hasattr(data, "getlist")
                else data.get(f"{prefix}-images", []),
                "resend": bool(data.get(f"{prefix}-resend")),
            }
        return versions

    def value_omitted_from_data(self, data, files, name):
        # Unticked boxes send nothing: the rows are always part of the form.
        return False

    def render(self, name, value, attrs=None, renderer=None):
        # The project's template directory, which the default form renderer does not search.
        context = self.get_context(name, value, self.build_attrs(self.attrs, attrs))
        return mark_safe(render_to_string(self.template_name, context))  # noqa: S308

    def render_with_errors(self, name, value, attrs=None, errors=None, renderer=None):
        """Wagtail's hook for widgets that show their own errors: each one is shown on its
        channel's field."""
        return self.render(name, value, attrs, renderer)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        value = value if isinstance(value, dict) else {}
        rows = []
        for row in self.rows:
            version = version_clean(value.get(str(row["id"])))
            shown_text = version["text"] or row["defaults"]["text"]
            rows.append(
                {
                    **row,
                    "prefix": f"{name}-{row['id']}",
                    "version": version,
                    "errors": self.row_errors.get(row["id"], {}),
                    "shown_text": shown_text,
                    "sms_count": sms_count_display(shown_text)
                    if row["kind"] == ChannelKind.SMS
                    else "",
                    "shown_subject": version["subject"] or row["defaults"]["subject"],
                    "image_url": next(
                        (i["url"] for i in self.images if i["id"] == version["image"]), ""
                    ),
                }
            )
        config = {
            "page": self.page_info,
            "images": self.images,
            "gsm7": "".join(sorted(GSM7_BASIC)),
            "gsm7Extension": "".join(sorted(GSM7_EXTENSION)),
            "channels": {
                str(row["id"]): {
                    "kind": row["kind"],
                    "defaultKinds": row["default_kinds"],
                    "maxSegments": row["max_segments"],
                    "defaults": row["defaults"],
                }
                for row in self.rows
            },
            "labels": {
                "count": gettext("%(chars)s characters, %(parts)s SMS (%(encoding)s)"),
                "over": gettext("over the %(limit)s SMS this channel sends"),
            },
        }
        context["widget"].update(
            {
                "rows": rows,
                "images": self.images,
                "page": self.page_info,
                "config": config,
                "config_id": f"{attrs.get('id', name) if attrs else name}-config",
            }
        )
        return context


def sms_count_display(text: str) -> str:
    """ "N characters, M SMS (UCS-2)": what the editor shows under an SMS text."""
    parts, encoding = sms_segments(text)
    return gettext("%(chars)s characters, %(parts)s SMS (%(encoding)s)") % {
        "chars": len(text),
        "parts": parts,
        "encoding": "GSM-7" if encoding == GSM7 else "UCS-2",
    }


class ChannelVersionsField(forms.Field):
    widget = ChannelVersionsWidget

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_python(self, value):
        if not isinstance(value, dict):
            return {}
        return {str(key): version_clean(version) for key, version in value.items()}

    def has_changed(self, initial, data):
        return self.to_python(initial) != self.to_python(data)


class ChannelVersionsPanel(FieldPanel):
    """The channels panel of the news editor (hidden when the office has no channel)."""

    def __init__(self, field_name=FIELD_NAME, *args, **kwargs):
        kwargs.setdefault("heading", _("Channels"))
        kwargs.setdefault(
            "help_text",
            _(
                "Where the item goes besides the website, and what each channel sends. "
                "A blank field sends the text shown in grey."
            ),
        )
        kwargs.setdefault("disable_comments", True)
        super().__init__(field_name, *args, **kwargs)


def _image_options(page) -> list[dict]:
    options = []
    for image in page_images(page):
        try:
            url = image.get_rendition(PREVIEW_RENDITION).url
        except OSError:  # a missing file (SourceImageIOError) must not break the editor
            url = ""
        options.append({"id": image.pk, "title": image.title, "url": url})
    return options


def channel_versions_form_setup(form) -> None:
    """Give the page form's channels field its rows, or drop it when the office has no
    channel (the page keeps what it had)."""
    if FIELD_NAME not in form.fields:
        return
    page, parent = form.instance, getattr(form, "parent_page", None)
    channels = list(channels_for_page(page, parent=parent))
    form.channels = channels
    if not channels:
        del form.fields[FIELD_NAME]
        return
    sent = page_sent_channels(page=page)
    link = page_link(page, parent=parent)
    initial = versions_initial(page=page, channels=channels)
    revised_at = page.latest_revision_created_at
    rows = []
    for channel in channels:
        sent_at = sent.get(channel.pk)
        version = initial[str(channel.pk)]
        # A "send again" already carried out is not carried on to the next version.
        if version["resend"] and sent_at and revised_at and sent_at >= revised_at:
            version["resend"] = False
        rows.append(
            {
                "id": channel.pk,
                "name": channel.name,
                "kind": channel.kind,
                "kind_label": channel.get_kind_display(),
                "fields": KIND_FIELDS[channel.kind],
                "defaults": version_defaults(channel=channel, page=page, link=link),
                "default_kinds": list(channel.default_news_kinds or []),
                "max_segments": sms_max_segments(channel),
                "sender": channel.settings.get("from_name") or channel.settings.get("sender") or "",
                "sent_at": format_thai_datetime(timezone.localtime(sent_at)) if sent_at else "",
            }
        )
    office = channels[0].office
    widget = form.fields[FIELD_NAME].widget
    widget.rows = rows
    widget.images = _image_options(page)
    widget.page_info = {
        "isNew": not page.pk,
        "title": page.title or "",
        "hasCover": bool(page.cover_image_id),
        "link": link,
        "parentLink": parent.full_url if (parent is not None and not page.pk) else "",
        "office": office.short_name_th or office.name_th,
        "readMore": gettext("Read more"),
    }
    form.initial[FIELD_NAME] = initial


def channel_versions_form_clean(form, cleaned: dict) -> None:
    """Keep the versions of the office's channels only, drop pictures that are not the
    item's own, and put what stops a ticked version from going out on its field."""
    if FIELD_NAME not in form.fields:
        return
    submitted = cleaned.get(FIELD_NAME) or {}
    widget = form.fields[FIELD_NAME].widget
    widget.row_errors = {}
    allowed_images = {option["id"] for option in widget.images}
    cover = cleaned.get("cover_image")
    if cover is not None:
        allowed_images.add(cover.pk)
    page = SimpleNamespace(
        title=cleaned.get("title") or form.instance.title or "",
        lead=cleaned.get("lead") or "",
    )
    link = form.fields[FIELD_NAME].widget.page_info.get("link", "")
    if not link and widget.page_info.get("parentLink") and cleaned.get("slug"):
        link = f"{widget.page_info['parentLink']}{cleaned['slug']}/"
    versions = {}
    for channel in form.channels:
        version = version_clean(submitted.get(str(channel.pk)))
        if version["image"] not in allowed_images:
            version["image"] = None
        version["images"] = [i for i in version["images"] if i in allowed_images]
        versions[str(channel.pk)] = version
        if not (version["send"] or version["resend"]):
            continue
        sent = version_text(channel=channel, page=page, version=version, link=link)
        errors = version_field_errors(channel=channel, version=sent)
        if errors:
            widget.row_errors[channel.pk] = errors
            for messages in errors.values():
                for message in messages:
                    form.add_error(FIELD_NAME, f"{channel.name}: {message}")
    if FIELD_NAME not in form.errors:
        cleaned[FIELD_NAME] = versions
