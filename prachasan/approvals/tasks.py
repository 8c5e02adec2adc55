"""Background work of the publication requests: thin wrappers around the services."""

from django_tasks import task

from .services import notification_deliver, step_deadlines_remind


@task()
def notification_deliver_task(*, notification_id: int) -> None:
    notification_deliver(notification_id=notification_id)


@task()
def step_deadlines_remind_task() -> None:
    step_deadlines_remind()


@task()
def scheduled_publishing_task() -> None:
    """Wagtail's scheduled publishing: what is due goes live (and its request with it)."""
    from django.core.management import call_command
    from django.db import transaction

    # One transaction: a version that goes live and the dispatches made for it on
    # publication (distribution) are saved together or not at all.
    with transaction.atomic():
        call_command("publish_scheduled")
