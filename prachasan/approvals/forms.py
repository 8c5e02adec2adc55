"""Forms of the publication request: the request part of the page editor and the reason
a decider must give to refuse or send an item back."""

import contextvars

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.forms import TaskStateCommentForm

from prachasan.thai.forms import ThaiPageForm

__all__ = ["DecisionReasonForm", "PublicationRequestPageForm", "TaskStateCommentForm"]

# What the requester wrote on the page form, handed to the service that opens the request
# when Wagtail starts the workflow in the same request (the workflow signals carry only
# the workflow state).
request_input: contextvars.ContextVar[dict | None] = contextvars.ContextVar(
    "publication_request_input", default=None
)


class DecisionReasonForm(forms.Form):
    comment = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea({"rows": 3}),
        error_messages={"required": _("Give the reason: the requester will read it.")},
    )


class PublicationRequestPageForm(ThaiPageForm):
    """The page form with the requester's part of the memo. Submitting for approval needs
    the confirmation that the item complies with the Official Information Act 1997 and
    the office's publication measures, as the paper form does."""

    publication_work_unit = forms.CharField(
        label=_("Work unit (งาน)"),
        required=False,
        max_length=200,
        help_text=_("The work unit asking for publication, written on the memo."),
    )
    publication_note = forms.CharField(
        label=_("Note to the deciders"),
        required=False,
        widget=forms.Textarea({"rows": 2}),
    )
    publication_confirm = forms.BooleanField(
        label=_(
            "I have checked that this item complies with the Official Information Act 1997 and "
            "follows the office's measures for publishing information on its website and "
            "social media."
        ),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "publication_work_unit" in self.fields:
            from .selectors import publication_request_latest

            latest = publication_request_latest(page=self.instance)
            if latest is not None:
                self.fields["publication_work_unit"].initial = latest.work_unit

    def clean(self):
        cleaned = super().clean()
        submitting = bool(self.data.get("action-submit"))
        confirmed = cleaned.get("publication_confirm")
        if submitting and "publication_confirm" in self.fields and not confirmed:
            self.add_error(
                "publication_confirm",
                _(
                    "Confirm that the item complies with the Official Information Act "
                    "1997 before you ask for permission to publish."
                ),
            )
        return cleaned

    def save(self, commit=True):
        page = super().save(commit=commit)
        if self.data.get("action-submit") and "publication_confirm" in self.fields:
            request_input.set(
                {
                    "work_unit": self.cleaned_data.get("publication_work_unit", ""),
                    "note": self.cleaned_data.get("publication_note", ""),
                    "confirmed": bool(self.cleaned_data.get("publication_confirm")),
                }
            )
        return page


def publication_request_panel() -> MultiFieldPanel:
    """The requester's part of the memo, for the page editor of every public page."""
    return MultiFieldPanel(
        [
            FieldPanel("publication_work_unit"),
            FieldPanel("publication_note"),
            FieldPanel("publication_confirm"),
        ],
        heading=_("Publication request"),
        help_text=_(
            "Filled in when you submit the item for permission to publish (บันทึกข้อความ "
            "ขออนุญาตเผยแพร่ข้อมูลข่าวสาร)."
        ),
    )
