"""Background work of distribution: thin wrappers around the services."""

from django_tasks import task

from .services import dispatch_send


@task()
def dispatch_send_task(*, dispatch_id: int) -> None:
    dispatch_send(dispatch_id=dispatch_id)
