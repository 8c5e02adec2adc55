"""The forms of the distribution screens: a channel's form for its kind (only the settings
that kind uses; secrets that are never rendered back), an offline appearance, a correction
notice, and the names of a LINE account's groups."""

from __future__ import annotations

from collections.abc import Callable

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateInput

from prachasan.network.models import RecipientGroup
from prachasan.news.models import NewsKind
from prachasan.offices.models import Office

from .models import Appearance, Channel, ChannelKind, LineGroup
from .selectors import (
    departments_of_offices,
    distribution_offices,
    news_pages_of_offices,
    page_site_id,
)

SMS_GENERIC = "generic"


def sms_profile_choices() -> list[tuple[str, str]]:
    """ "Generic" and the built-in provider profiles of the SMS adapter."""
    from . import sms

    choices = getattr(sms, "PROFILE_CHOICES", None)
    if choices:
        return list(choices)
    return [(SMS_GENERIC, gettext("Generic HTTP gateway")), ("thaibulksms", "ThaiBulkSMS")]


PROVIDER_DEFAULT = ("", _("the provider's default"))


# One setting of a kind: (key in channel.settings, form field factory). Factories, so that
# every form gets fresh fields with labels in the user's language.
SettingSpec = tuple[str, Callable[[], forms.Field]]


def _text(label, *, required=False, initial="", help_text="", max_length=500):
    return lambda: forms.CharField(
        label=label,
        required=required,
        initial=initial,
        help_text=help_text,
        max_length=max_length,
    )


def _url(label, *, required=False, initial="", help_text=""):
    return lambda: forms.URLField(
        label=label, required=required, initial=initial, help_text=help_text, assume_scheme="https"
    )


def _choice(label, choices, *, initial):
    # A blank choice (the provider's default) makes the field optional.
    return lambda: forms.ChoiceField(
        label=label,
        choices=choices() if callable(choices) else choices,
        initial=initial,
        required=initial != "",
    )


EMAIL_SETTINGS: list[SettingSpec] = [
    ("from_name", _text(_("Sender name"), help_text=_("Leave blank to use the office's name."))),
    (
        "from_email",
        lambda: forms.EmailField(
            label=_("Sender address"),
            required=False,
            help_text=_("Leave blank to use the office's address."),
        ),
    ),
    (
        "smtp_host",
        _text(
            _("SMTP server"),
            help_text=_("Leave blank to send through the system's own e-mail settings."),
        ),
    ),
    (
        "smtp_port",
        lambda: forms.IntegerField(
            label=_("SMTP port"), required=False, min_value=1, max_value=65535
        ),
    ),
    ("smtp_user", _text(_("SMTP user name"))),
    ("smtp_tls", lambda: forms.BooleanField(label=_("Use TLS (STARTTLS)"), required=False)),
]

SETTINGS_BY_KIND: dict[str, list[SettingSpec]] = {
    ChannelKind.EMAIL: [
        *EMAIL_SETTINGS,
        (
            "unsubscribe_url",
            _text(
                _("Unsubscribe address"),
                help_text=_("A web address; {email} is replaced by the recipient's address."),
            ),
        ),
    ],
    ChannelKind.PRESS_RELEASE: EMAIL_SETTINGS,
    ChannelKind.LINE: [
        (
            "audience",
            _choice(
                _("Send to"),
                [
                    ("groups", _("the LINE groups the account has joined")),
                    ("multicast", _("the recipient groups' LINE users (multicast)")),
                    ("broadcast", _("every friend of the account (broadcast)")),
                ],
                initial="groups",
            ),
        ),
        ("api_base", _url(_("API address"), required=True, initial="https://api.line.me")),
    ],
    ChannelKind.FACEBOOK: [
        (
            "page_id",
            _text(
                _("Page ID"),
                help_text=_("The number in the page's About section or in Meta Business Suite."),
            ),
        ),
        ("api_version", _text(_("Graph API version"), required=True, initial="v21.0")),
        (
            "api_base",
            _url(_("API address"), required=True, initial="https://graph.facebook.com"),
        ),
    ],
    ChannelKind.SMS: [
        ("profile", _choice(_("SMS provider"), sms_profile_choices, initial="thaibulksms")),
        ("sender", _text(_("Sender name"), max_length=11)),
        (
            "url",
            _url(
                _("Gateway address"),
                help_text=_("For a generic gateway; a built-in provider knows its own."),
            ),
        ),
        (
            "api_base",
            _url(
                _("Provider's API address"),
                help_text=_("Leave blank for the provider's own; the sandbox's address to test."),
            ),
        ),
        (
            "method",
            _choice(
                _("HTTP method"), [PROVIDER_DEFAULT, ("POST", "POST"), ("GET", "GET")], initial=""
            ),
        ),
        (
            "format",
            _choice(
                _("Request format"),
                [PROVIDER_DEFAULT, ("form", _("form")), ("json", "JSON")],
                initial="",
            ),
        ),
        (
            "auth",
            _choice(
                _("Authentication"),
                [
                    PROVIDER_DEFAULT,
                    ("none", _("none")),
                    ("bearer", _("bearer token (the API key)")),
                    ("basic", _("basic (API key and secret)")),
                    ("header", _("a header carrying the API key")),
                ],
                initial="",
            ),
        ),
        (
            "number_format",
            _choice(
                _("Phone numbers as"),
                [
                    PROVIDER_DEFAULT,
                    ("international", "66812345678"),
                    ("local", "0812345678"),
                    ("e164", "+66812345678"),
                ],
                initial="",
            ),
        ),
        ("auth_header", _text(_("Header name"), help_text=_("When the key goes in a header."))),
        ("fields.to", _text(_("Field for the phone number"))),
        ("fields.message", _text(_("Field for the text"))),
        ("fields.sender", _text(_("Field for the sender name"))),
        (
            "success_field",
            _text(_("Field that says it succeeded"), help_text=_("In the gateway's JSON answer.")),
        ),
        ("id_field", _text(_("Field with the message ID"), help_text=_("In the JSON answer."))),
        (
            "max_segments",
            lambda: forms.IntegerField(
                label=_("Longest message (parts)"),
                required=False,
                min_value=1,
                max_value=10,
                initial=3,
                help_text=_("A Thai SMS part holds 70 characters, or 67 each when split."),
            ),
        ),
    ],
}

SECRETS_BY_KIND: dict[str, list[tuple[str, str]]] = {
    ChannelKind.EMAIL: [("smtp_password", _("SMTP password"))],
    ChannelKind.PRESS_RELEASE: [("smtp_password", _("SMTP password"))],
    ChannelKind.LINE: [
        ("channel_access_token", _("Channel access token")),
        ("channel_secret", _("Channel secret")),
    ],
    ChannelKind.FACEBOOK: [("page_access_token", _("Page access token"))],
    ChannelKind.SMS: [("api_key", _("API key")), ("api_secret", _("API secret"))],
}

# Kinds that reach the people of recipient groups.
KINDS_WITH_RECIPIENTS = {
    ChannelKind.EMAIL,
    ChannelKind.SMS,
    ChannelKind.PRESS_RELEASE,
    ChannelKind.LINE,
}


def _field_name(key: str) -> str:
    return "setting_" + key.replace(".", "__")


def _setting_get(settings: dict, key: str):
    value = settings
    for part in key.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _setting_set(settings: dict, key: str, value) -> None:
    """Set one (dotted) setting; a blank value removes it, so that the adapter's default
    (a provider profile's, say) applies."""
    *parents, last = key.split(".")
    target = settings
    for part in parents:
        target = target.setdefault(part, {})
    if value in (None, ""):
        target.pop(last, None)
    else:
        target[last] = value
    if parents and not target:
        settings.pop(parents[0], None)


class ChannelForm(WagtailAdminModelForm):
    """The fields every channel has; ``channel_form_class`` adds those of its kind."""

    kind: str = ""
    setting_specs: list[SettingSpec] = []
    secret_specs: list[tuple[str, str]] = []

    default_news_kinds = forms.MultipleChoiceField(
        label=_("Ticked by default for"),
        choices=NewsKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The editor finds this channel ticked for items of these kinds."),
    )

    class Meta:
        model = Channel
        fields = ["office", "name", "active", "recipient_groups"]
        widgets = {"recipient_groups": forms.CheckboxSelectMultiple}

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        offices = (
            distribution_offices(user=for_user) if for_user is not None else Office.objects.none()
        )
        office_field = self.fields["office"]
        office_field.queryset = office_field.queryset.filter(pk__in=offices.values("pk"))
        if not self.instance.pk and office_field.queryset.count() == 1:
            office_field.initial = office_field.queryset.get().pk
        if "recipient_groups" in self.fields:
            if self.kind in KINDS_WITH_RECIPIENTS:
                self.fields["recipient_groups"].queryset = RecipientGroup.objects.filter(
                    office__in=offices.values("pk")
                ).order_by("name")
                self.fields["recipient_groups"].required = False
            else:
                del self.fields["recipient_groups"]
        self.fields["default_news_kinds"].initial = list(self.instance.default_news_kinds or [])

        stored = self.instance.settings or {}
        for key, make in self.setting_specs:
            field = make()
            value = _setting_get(stored, key)
            if value not in (None, ""):
                field.initial = value
            self.fields[_field_name(key)] = field

        masked = self.instance.secrets_masked() if self.instance.secrets_encrypted else {}
        for name, label in self.secret_specs:
            shown = masked.get(name)
            self.fields[f"secret_{name}"] = forms.CharField(
                label=label,
                required=False,
                strip=True,
                widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
                help_text=(
                    gettext("Stored: %(masked)s. Leave blank to keep it.") % {"masked": shown}
                    if shown
                    else gettext("Not set.")
                ),
            )
            if shown:
                self.fields[f"secret_{name}_clear"] = forms.BooleanField(
                    label=gettext("Clear the stored %(name)s") % {"name": label},
                    required=False,
                )

    # What the channel will hold once saved -----------------------------------------------

    def secret_will_be_set(self, name: str) -> bool:
        if self.cleaned_data.get(f"secret_{name}"):
            return True
        stored = name in (self.instance.secrets_encrypted or {})
        return stored and not self.cleaned_data.get(f"secret_{name}_clear")

    def clean(self):
        cleaned = super().clean()
        office = cleaned.get("office")
        groups = cleaned.get("recipient_groups")
        if office is not None and groups:
            others = [group for group in groups if group.office_id != office.pk]
            if others:
                self.add_error(
                    "recipient_groups",
                    gettext("These recipient groups belong to another office: %(names)s")
                    % {"names": ", ".join(str(group) for group in others)},
                )
        self.clean_kind()
        return cleaned

    def clean_kind(self) -> None:
        value = self.cleaned_data.get
        if self.kind == ChannelKind.LINE and not self.secret_will_be_set("channel_access_token"):
            self.add_error(
                "secret_channel_access_token",
                gettext(
                    "A LINE channel needs its channel access token (LINE Developers console, "
                    "Messaging API tab)."
                ),
            )
        if self.kind == ChannelKind.FACEBOOK and not value(_field_name("page_id")):
            self.add_error(_field_name("page_id"), gettext("A Facebook channel needs the page ID."))
        if (
            self.kind == ChannelKind.SMS
            and value(_field_name("profile")) == SMS_GENERIC
            and not value(_field_name("url"))
        ):
            self.add_error(
                _field_name("url"), gettext("A generic SMS gateway needs the gateway's address.")
            )

    def save(self, commit=True):
        channel = self.instance
        channel.kind = self.kind
        settings = dict(channel.settings or {})
        for key, _make in self.setting_specs:
            value = self.cleaned_data.get(_field_name(key))
            _setting_set(settings, key, value)
        channel.settings = settings
        channel.default_news_kinds = list(self.cleaned_data.get("default_news_kinds") or [])
        secrets = dict(channel.secrets_encrypted or {})
        for name, _label in self.secret_specs:
            if self.cleaned_data.get(f"secret_{name}_clear"):
                secrets.pop(name, None)
        channel.secrets_encrypted = secrets
        for name, _label in self.secret_specs:
            if new_value := self.cleaned_data.get(f"secret_{name}"):
                channel.secret_set(name, new_value)
        return super().save(commit=commit)


def channel_form_class(kind: str) -> type[ChannelForm]:
    """The channel form of one kind, with that kind's settings and secrets."""
    return type(
        f"{kind.title().replace('_', '')}ChannelForm",
        (ChannelForm,),
        {
            "kind": kind,
            "setting_specs": SETTINGS_BY_KIND.get(kind, []),
            "secret_specs": SECRETS_BY_KIND.get(kind, []),
        },
    )


class AppearanceForm(WagtailAdminModelForm):
    """An appearance off the web, of one of the user's offices' items."""

    page = forms.ModelChoiceField(
        label=_("Item"),
        queryset=None,
        required=False,
        help_text=_("The news item that appeared, if it is on the website."),
    )

    class Meta:
        model = Appearance
        fields = [
            "office",
            "kind",
            "outlet",
            "appeared_on",
            "title",
            "page",
            "department",
            "evidence",
            "note",
        ]
        widgets = {"appeared_on": AdminDateInput}

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        offices = (
            distribution_offices(user=for_user) if for_user is not None else Office.objects.none()
        )
        office_field = self.fields["office"]
        office_field.queryset = office_field.queryset.filter(pk__in=offices.values("pk"))
        if not self.instance.pk and office_field.queryset.count() == 1:
            office_field.initial = office_field.queryset.get().pk
        self.fields["department"].queryset = departments_of_offices(offices=offices)
        self.fields["page"].queryset = news_pages_of_offices(offices=offices)
        self.fields["page"].label_from_instance = lambda page: page.title

    def clean(self):
        cleaned = super().clean()
        office = cleaned.get("office")
        if office is None:
            return cleaned
        department = cleaned.get("department")
        if department is not None and department.office_id != office.pk:
            self.add_error("department", gettext("This department belongs to another office."))
        page = cleaned.get("page")
        if page is not None and page_site_id(page=page) != office.site_id:
            self.add_error("page", gettext("This item is on another office's website."))
        return cleaned


class CorrectionForm(forms.Form):
    """A correction notice to the channels an unpublished item went to."""

    channels = forms.ModelMultipleChoiceField(
        label=_("Send it to"),
        queryset=Channel.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one channel.")},
    )
    reason = forms.CharField(
        label=_("What was wrong"),
        widget=forms.Textarea({"rows": 3}),
        help_text=_("Kept in the correction record and counted by the accuracy indicator."),
        error_messages={"required": _("Write what was wrong with the item.")},
    )
    text = forms.CharField(
        label=_("Correction notice"),
        widget=forms.Textarea({"rows": 5}),
        help_text=_("What the recipients will read."),
        error_messages={"required": _("Write the notice the recipients will read.")},
    )

    def __init__(self, *args, channels, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["channels"].queryset = channels
        self.fields["channels"].label_from_instance = lambda channel: (
            f"{channel.name} ({channel.get_kind_display()})"
        )


LineGroupFormSet = forms.modelformset_factory(
    LineGroup,
    fields=["name", "send"],
    extra=0,
    can_delete=False,
)
