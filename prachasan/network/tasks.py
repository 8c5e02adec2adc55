"""Background work of the registries, run by the task worker."""

from django_tasks import task

from . import imports


@task()
def registry_import_apply(*, registry_import_id: int) -> None:
    """Write a confirmed registry import (the service records the outcome on it)."""
    imports.registry_import_run(registry_import_id=registry_import_id)
