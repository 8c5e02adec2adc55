"""Wagtail's own labels for the workflow, renamed for the publication request.

The project's Thai catalogue (LOCALE_PATHS) takes precedence over Wagtail's, so these
messages, marked here for makemessages to keep, give Wagtail's buttons the users' words:
"ask permission to publish" rather than "submit to a workflow". Wagtail's Thai catalogue
also lacks some of them; without this they showed in English."""

from django.utils.translation import gettext_noop

WAGTAIL_WORKFLOW_LABELS = [
    # The Thai says only what the button does, without the workflow's name (which
    # repeats the office's): "%(workflow_name).0s" prints nothing.
    # xgettext:no-python-format
    gettext_noop("Submit to %(workflow_name)s"),
    gettext_noop("Resubmit to %(task_name)s"),
    gettext_noop("Submit for moderation"),
    gettext_noop("Cancel workflow "),
    gettext_noop("Restart workflow "),
    gettext_noop("Workflow"),
    gettext_noop("Workflows"),
]
