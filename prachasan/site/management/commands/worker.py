"""The task worker, with the sweep that makes cron unnecessary: every minute it publishes
what is scheduled, hands over the dispatches that are due or that a stopped worker left
half-sent, retries notifications and sends the deadline reminders."""

import logging
import threading

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection, transaction

logger = logging.getLogger(__name__)


def sweep() -> dict:
    """One pass of the periodic work; what each part did."""
    from prachasan.approvals.services import notifications_retry, step_deadlines_remind
    from prachasan.distribution.services import dispatches_enqueue_due

    done = {}
    with transaction.atomic():
        # A version going live and its dispatches are saved together.
        call_command("publish_scheduled", verbosity=0)
    done["dispatches"] = dispatches_enqueue_due()
    done["notifications"] = notifications_retry()
    step_deadlines_remind()
    return done


class Command(BaseCommand):
    help = "Run the task worker and, every minute, the sweep (scheduled publishing, retries)."

    def add_arguments(self, parser):
        parser.add_argument("--sweep-every", type=float, default=60.0)
        parser.add_argument("--once", action="store_true", help="Sweep once and stop.")

    def handle(self, *args, sweep_every, once, **options):
        if once:
            self.stdout.write(str(sweep()))
            return
        stop = threading.Event()

        def loop():
            while not stop.is_set():
                close_old_connections()
                try:
                    sweep()
                except Exception:  # noqa: BLE001 - the sweep must outlive a bad pass
                    logger.exception("worker sweep failed")
                finally:
                    connection.close()
                stop.wait(sweep_every)

        threading.Thread(target=loop, name="worker-sweep", daemon=True).start()
        try:
            backend = settings.TASKS["default"]["BACKEND"]
            if backend.startswith("django_tasks_rq"):
                call_command("rqworker", "default", "--with-scheduler")
            else:
                call_command("db_worker", interval=2, reload=False)
        finally:
            stop.set()
