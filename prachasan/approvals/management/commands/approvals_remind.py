"""Send the reminders of publication request deadlines and retry the notifications that
failed. The task worker does both by itself where its backend can run a task later (the
database and Redis backends); this command is for other set-ups, or to run from cron."""

from django.core.management.base import BaseCommand

from prachasan.approvals.services import notifications_retry, step_deadlines_remind


class Command(BaseCommand):
    help = "Send deadline reminders of publication requests and retry failed notifications."

    def handle(self, *args, **options):
        counts = step_deadlines_remind()
        retried = notifications_retry()
        self.stdout.write(
            f"reminders: {counts['reminders']}, overdue: {counts['overdue']}, "
            f"notifications retried: {retried}"
        )
