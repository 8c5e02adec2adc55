"""What the Personal Data Protection Act 2019 (PDPA) asks us to keep about each person
in a registry: why we hold their data, on what legal basis, and since when."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class LegalBasis(models.TextChoices):
    CONSENT = "consent", _("consent")
    PUBLIC_TASK = "public_task", _("public task of the office")
    LEGAL_OBLIGATION = "legal_obligation", _("legal obligation")
    CONTRACT = "contract", _("contract")
    LEGITIMATE_INTEREST = "legitimate_interest", _("legitimate interest")


class PersonalData(models.Model):
    """Fields every registry entry about a person carries."""

    pdpa_purpose = models.CharField(
        _("purpose of keeping the data"),
        max_length=255,
        blank=True,
        help_text=_("e.g. sending news and invitations of the office"),
    )
    pdpa_legal_basis = models.CharField(
        _("legal basis"),
        max_length=30,
        choices=LegalBasis.choices,
        default=LegalBasis.PUBLIC_TASK,
    )
    pdpa_consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True, editable=False)

    pdpa_panel = MultiFieldPanel(
        [FieldPanel("pdpa_purpose"), FieldPanel("pdpa_legal_basis"), FieldPanel("pdpa_consent_at")],
        heading=_("Personal data (PDPA)"),
    )

    class Meta:
        abstract = True
