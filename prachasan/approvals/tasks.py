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

    call_command("publish_scheduled")
