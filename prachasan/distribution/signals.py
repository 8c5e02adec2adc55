"""An item that goes live is sent to the channels ticked for it: the dispatches are made
in the publishing transaction (the approval's end, or the scheduled publishing task) and
sent by the worker after commit."""

from wagtail.signals import page_published


def page_published_received(sender, instance, revision=None, **kwargs):
    from .services import dispatch_plan_create

    # Wagtail sends the signal when a version is scheduled too: only going live counts.
    if revision is not None and instance.live and instance.live_revision_id == revision.pk:
        dispatch_plan_create(revision=revision)


def connect():
    page_published.connect(page_published_received, dispatch_uid="distribution-published")
