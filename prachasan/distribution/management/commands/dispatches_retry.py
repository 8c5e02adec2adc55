"""Send the dispatches whose retry is due and resume those a stopped worker left
half-sent. The task worker schedules retries by itself on the database and Redis
backends; run this from cron elsewhere, or after a worker was killed."""

from django.core.management.base import BaseCommand

from prachasan.distribution.services import dispatches_retry_due


class Command(BaseCommand):
    help = "Send due dispatch retries and resume dispatches a stopped worker left half-sent."

    def handle(self, *args, **options):
        self.stdout.write(f"dispatches tried: {dispatches_retry_due()}")
