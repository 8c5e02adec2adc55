"""Forms of the network survey (public) and of the review of its applications (admin)."""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.boundfield import BoundField
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .models import NetworkKind
from .services import network_contact_validate
from .validators import phone_normalize, validate_thai_phone

# The public names of the kinds of member, as the applicant reads them.
SURVEY_KINDS = [
    (NetworkKind.SCHOOL, pgettext_lazy("network survey", "School")),
    (NetworkKind.STAFF, pgettext_lazy("network survey", "Staff of the office or a school")),
    (NetworkKind.AGENCY, pgettext_lazy("network survey", "Government agency")),
    (NetworkKind.LOCAL_GOVERNMENT, pgettext_lazy("network survey", "Local government")),
    (NetworkKind.COMMUNITY, pgettext_lazy("network survey", "Community organisation")),
    (NetworkKind.BUSINESS, pgettext_lazy("network survey", "Business")),
    (NetworkKind.MEDIA, pgettext_lazy("network survey", "Media")),
]

# Ways to take part, after the network's work in seed 004 (5.2.6-5.2.8).
SURVEY_PARTICIPATION = [
    ("share", _("Receive the office's news and pass it on")),
    ("send_news", _("Send news of my organisation to the office")),
    ("activities", _("Take part in the office's PR activities")),
    ("working_group", _("Join the PR network's working group")),
]

HONEYPOT_FIELD = "website"


class SurveyBoundField(BoundField):
    """Points each control at its hint and its error message (aria-describedby)."""

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        if not self.use_fieldset:
            described_by = self.described_by
            if described_by:
                attrs["aria-describedby"] = described_by
        return attrs

    @property
    def described_by(self) -> str:
        ids = []
        if self.help_text:
            ids.append(f"{self.auto_id}_helptext")
        if self.errors:
            ids.append(f"{self.auto_id}_error")
        return " ".join(ids)

    @property
    def error_target(self) -> str:
        """The id the error summary links to: the first option of a group."""
        return f"{self.auto_id}_0" if self.use_fieldset else self.id_for_label


class NetworkSurveyForm(forms.Form):
    """The network survey form (แบบสำรวจเครือข่ายการประชาสัมพันธ์)."""

    bound_field_class = SurveyBoundField

    kind = forms.ChoiceField(
        label=_("You are"),
        choices=SURVEY_KINDS,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what kind of member you are.")},
    )
    organisation = forms.CharField(
        label=pgettext_lazy("network survey", "Organisation"),
        max_length=255,
        help_text=_("The school, agency, organisation, business or outlet you belong to."),
        error_messages={"required": _("Enter the name of your organisation.")},
    )
    contact_name = forms.CharField(
        label=_("Your name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Enter your name.")},
    )
    position = forms.CharField(
        label=pgettext_lazy("network survey", "Position"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    phone = forms.CharField(
        label=_("Telephone number"),
        max_length=40,
        required=False,
        help_text=_("A mobile number if you would like news by SMS, e.g. 081 234 5678."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={"invalid": _("Enter an e-mail address such as name@example.com.")},
    )
    line_id = forms.CharField(
        label=pgettext_lazy("network survey", "LINE ID"),
        max_length=100,
        required=False,
        widget=forms.TextInput(
            attrs={"autocapitalize": "none", "autocomplete": "off", "spellcheck": "false"}
        ),
    )
    address = forms.CharField(
        label=_("Postal address"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "street-address"}),
    )
    accepts_email = forms.BooleanField(label=_("E-mail"), required=False)
    accepts_sms = forms.BooleanField(label=pgettext_lazy("network survey", "SMS"), required=False)
    accepts_line = forms.BooleanField(label=pgettext_lazy("network survey", "LINE"), required=False)
    participation = forms.MultipleChoiceField(
        label=_("How would you like to take part?"),
        choices=SURVEY_PARTICIPATION,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    interests = forms.CharField(
        label=_("Other ways or ideas"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    pdpa_consent = forms.BooleanField(
        label=_(
            "I consent to the office keeping and using the data above to send me its news "
            "and invitations, as the privacy notice describes."
        ),
        error_messages={"required": _("Tick the box to consent to the office keeping your data.")},
    )
    # A trap for robots: hidden from people and screen readers; see the template.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def is_spam(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD))

    def clean_phone(self) -> str:
        value = phone_normalize(self.cleaned_data["phone"])
        try:
            validate_thai_phone(value)
        except ValidationError:
            raise ValidationError(
                _(
                    "Enter a Thai telephone number: a mobile number has 10 digits starting "
                    "06, 08 or 09, a fixed line 9 digits starting 02 to 07."
                ),
                code="invalid_phone",
            ) from None
        return value

    def clean_line_id(self) -> str:
        return self.cleaned_data["line_id"].strip()

    def clean(self):
        cleaned = super().clean()
        try:
            network_contact_validate(data=cleaned)
        except ValidationError as error:
            for field, messages in error.error_dict.items():
                # A field whose value is already wrong shows that error alone.
                if field not in self.errors:
                    self.add_error(field, messages)
        return cleaned

    @property
    def application_data(self) -> dict:
        """The cleaned data as the submit service takes it."""
        data = dict(self.cleaned_data)
        chosen = dict(SURVEY_PARTICIPATION)
        ways = [f"- {chosen[key]}" for key in data.pop("participation", [])]
        other = data.get("interests", "").strip()
        data["interests"] = "\n".join([*ways, other] if other else ways)
        data.pop(HONEYPOT_FIELD, None)
        return data

    @property
    def error_list(self) -> list[tuple[str, str]]:
        """(target id, message) for the error summary at the top of the form."""
        items = [("", str(message)) for message in self.non_field_errors()]
        for field in self:
            for message in field.errors:
                items.append((field.error_target, str(message)))
        return items


class NetworkApplicationDeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for declining"),
        help_text=_("The applicant receives this reason by e-mail, if they gave an address."),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "required": _("Give the reason for declining: the applicant will be told it.")
        },
    )
