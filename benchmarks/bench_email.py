"""Benchmark: one news item to 30,000 e-mail recipients through a local SMTP server.

The real path: ``dispatch_create`` splits the recipients into batches of 500 and queues
one task per batch in the database queue; the database worker (``db_worker --batch``,
what `make run` starts) runs them, each ``dispatch_send`` sending its batch over one
SMTP connection. The SMTP server (``smtp_sink.py``, aiosmtpd) runs in another process.
The database is SQLite in WAL mode in a throwaway var directory.

    .venv/bin/python benchmarks/bench_email.py [--recipients 30000] [--profile]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_setup import bench_item_create, django_start, peak_rss_mib

HERE = Path(__file__).resolve().parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SmtpSink:
    """smtp_sink.py in a process of its own; its figures once stopped."""

    def __init__(self):
        self.port = free_port()
        self.stats_path = Path(tempfile.mkstemp(prefix="smtp-sink-", suffix=".json")[1])
        self.process = subprocess.Popen(
            [
                sys.executable,
                str(HERE / "smtp_sink.py"),
                "--port",
                str(self.port),
                "--stats",
                str(self.stats_path),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        if self.process.stdout.readline().strip() != "ready":
            raise RuntimeError("the SMTP sink did not start")

    def stop(self) -> dict:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)
        stats = json.loads(self.stats_path.read_text())
        self.stats_path.unlink()
        return stats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--recipients", type=int, default=30_000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument(
        "--var-dir", help="use and keep this var directory (default: a new one, removed after)"
    )
    parser.add_argument(
        "--profile", help="write a pyinstrument profile here (.html, or text otherwise)"
    )
    args = parser.parse_args()

    started = time.perf_counter()
    var = django_start(var_dir=args.var_dir)
    from django.core.management import call_command

    from prachasan.distribution.models import Channel, ChannelKind, Dispatch, DispatchStatus
    from prachasan.distribution.services import dispatch_create

    office, page, revision = bench_item_create()
    setup_seconds = time.perf_counter() - started

    sink = SmtpSink()
    channel = Channel.objects.create(
        office=office,
        kind=ChannelKind.EMAIL,
        name=f"อีเมลทดสอบ {page.slug}",
        settings={
            "smtp_host": "127.0.0.1",
            "smtp_port": sink.port,
            "smtp_tls": False,
            "unsubscribe_url": "https://bench.example/unsubscribe?e={email}",
        },
    )
    recipients = [
        {"email": f"reader{i:05d}@school{i % 120:03d}.example", "name": f"ผู้รับข่าว {i}"}
        for i in range(args.recipients)
    ]

    profiler = None
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()

    t0, cpu0 = time.perf_counter(), time.process_time()
    dispatches = dispatch_create(
        channel=channel, revision=revision, recipients=recipients, batch_size=args.batch_size
    )
    t1 = time.perf_counter()
    # What `make run`'s worker does, until the queue is empty.
    call_command("db_worker", batch=True, interval=0, verbosity=0)
    t2, cpu2 = time.perf_counter(), time.process_time()

    if profiler is not None:
        profiler.stop()
        output = Path(args.profile)
        output.write_text(
            profiler.output_html()
            if output.suffix == ".html"
            else profiler.output_text(unicode=True, color=False, show_all=True)
        )
    received = sink.stop()

    sent = Dispatch.objects.filter(channel=channel)
    statuses = sorted(set(sent.values_list("status", flat=True)))
    reached = sum(sent.values_list("recipients_done", flat=True))
    send_seconds = t2 - t0
    figures = {
        "recipients": args.recipients,
        "batches": len(dispatches),
        "batch_size": args.batch_size,
        "dispatch_create_seconds": round(t1 - t0, 2),
        "worker_seconds": round(t2 - t1, 2),
        "total_seconds": round(send_seconds, 2),
        "messages_per_second": round(received["messages"] / send_seconds, 1),
        "dispatch_statuses": statuses,
        "recipients_reached": reached,
        "smtp": received,
        "sender_peak_rss_mib": round(peak_rss_mib(), 1),
        "sender_cpu_seconds": round(cpu2 - cpu0, 2),
        "setup_seconds": round(setup_seconds, 1),
        "var_dir": str(var) if args.var_dir else "(temporary, removed)",
        "machine": {"nproc": os.cpu_count()},
    }
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    if not args.var_dir:
        shutil.rmtree(var, ignore_errors=True)
    ok = (
        statuses == [DispatchStatus.SENT]
        and reached == args.recipients
        and received["messages"] == args.recipients
        and received["distinct_message_ids"] == args.recipients
        and received["connections"] == len(dispatches)
    )
    if not ok:
        print("FAILED: not every recipient got exactly one message", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
