import logging

from django.core.management.base import BaseCommand

from prachasan.demo.services import DEMO_PASSWORD, demo_office_load


class Command(BaseCommand):
    help = "Load the demo office (idempotent: a second run changes nothing)."

    def handle(self, *args, **options):
        # Wagtail logs every page it publishes; the demo publishes a few hundred.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)
        try:
            result = demo_office_load()
        finally:
            wagtail_logger.setLevel(level)
        self.stdout.write(
            f"Demo office: {result['office'].name_th} — {result['news_created']} news items added"
        )
        for username, role in result["users"]:
            self.stdout.write(f"  {username:<14} {role:<22} password: {DEMO_PASSWORD}")
