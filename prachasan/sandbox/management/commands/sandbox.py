"""Run the local sandbox (LINE, Facebook, SMS gateway and SMTP on loopback) until stopped."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand

from prachasan.sandbox.server import SandboxServer


class Command(BaseCommand):
    help = "Run the local sandbox that stands in for LINE, Facebook, an SMS gateway and SMTP."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=settings.SANDBOX_PORT)
        parser.add_argument("--smtp-port", type=int, default=settings.SANDBOX_SMTP_PORT)

    def handle(self, *args, host, port, smtp_port, **options):
        server = SandboxServer(settings.SANDBOX_DIR, host=host, port=port, smtp_port=smtp_port)
        server.start()
        self.stdout.write(
            f"Sandbox at {server.url} (SMTP on {host}:{server.smtp_port}); "
            f"services: {', '.join(server.sandbox.emulators) or '-'}"
        )
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()
