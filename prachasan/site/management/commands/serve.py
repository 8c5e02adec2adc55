"""Run the web server and the task worker together, and stop both together."""

import argparse
import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Start the web server and the task worker; Ctrl-C stops both."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", default=os.environ.get("PORT", "8000"))
        parser.add_argument("--no-worker", action="store_true", help="Start the web server only.")
        parser.add_argument(
            "--sandbox",
            action=argparse.BooleanOptionalAction,
            default=settings.DEBUG,
            help="Start the local sandbox (LINE, Facebook, SMS and SMTP on loopback); "
            "on by default in development.",
        )

    def handle(self, *args, host, port, no_worker, sandbox, **options):
        manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
        commands = {"web": [*manage, "runserver", f"{host}:{port}", "--noreload"]}
        if not no_worker:
            commands["worker"] = [*manage, "worker"]
        if sandbox:
            commands["sandbox"] = [*manage, "sandbox"]
        processes = {name: subprocess.Popen(cmd) for name, cmd in commands.items()}
        stopping = False

        def stop(*_):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        try:
            while not stopping:
                for name, process in processes.items():
                    if process.poll() is not None:
                        self.stderr.write(f"{name} stopped with code {process.returncode}")
                        stopping = True
                time.sleep(0.5)
        finally:
            for process in processes.values():
                if process.poll() is None:
                    process.terminate()
            for process in processes.values():
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
