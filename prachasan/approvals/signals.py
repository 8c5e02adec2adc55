"""The request follows the workflow: Wagtail's own e-mails are replaced by ours (they miss
a refusal at the last step and are in English), a withdrawn workflow ends the request, and
a scheduled version that goes live marks its request published."""

from django.core.signals import request_started
from wagtail.models import WorkflowState
from wagtail.signals import page_published, workflow_cancelled, workflow_submitted

WAGTAIL_NOTIFIERS = (
    ("task_submitted", "group_approval_task_submitted_email_notification"),
    ("workflow_submitted", "workflow_state_submitted_email_notification"),
    ("workflow_rejected", "workflow_state_rejected_email_notification"),
    ("workflow_approved", "workflow_state_approved_email_notification"),
)


def _wagtail_notifiers_disconnect():
    from wagtail import signals
    from wagtail.models import TaskState

    for name, uid in WAGTAIL_NOTIFIERS:
        sender = TaskState if name == "task_submitted" else WorkflowState
        getattr(signals, name).disconnect(sender=sender, dispatch_uid=uid)


def workflow_submitted_received(sender, instance, user=None, **kwargs):
    from .services import publication_request_ensure

    publication_request_ensure(workflow_state=instance)


def workflow_cancelled_received(sender, instance, user=None, **kwargs):
    from .services import publication_request_withdrawn

    publication_request_withdrawn(workflow_state=instance)


def page_published_received(sender, instance, revision=None, **kwargs):
    from .services import publication_request_published

    if revision is not None:
        publication_request_published(revision=revision)


def request_started_received(sender, **kwargs):
    # What a page form left for the workflow never carries over to another request.
    from .forms import request_input

    request_input.set(None)


def connect():
    _wagtail_notifiers_disconnect()
    workflow_submitted.connect(
        workflow_submitted_received, sender=WorkflowState, dispatch_uid="approvals-submitted"
    )
    workflow_cancelled.connect(
        workflow_cancelled_received, sender=WorkflowState, dispatch_uid="approvals-cancelled"
    )
    page_published.connect(page_published_received, dispatch_uid="approvals-published")
    request_started.connect(request_started_received, dispatch_uid="approvals-request-input")
