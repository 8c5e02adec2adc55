"""Benchmark: one news item to 10,000 LINE users by multicast, against the sandbox's LINE
emulator (which checks every request against LINE's OpenAPI spec).

The real path: ``dispatch_create`` splits the users into batches of 500 (LINE's multicast
limit) and queues one task per batch in the database queue; the database worker
(``db_worker --batch``) runs them, each ``dispatch_send`` making one multicast call with
the official SDK. The database is SQLite in WAL mode in a throwaway var directory.

    .venv/bin/python benchmarks/bench_line.py [--users 10000]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path

from bench_setup import bench_item_create, django_start, peak_rss_mib


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument(
        "--var-dir", help="use and keep this var directory (default: a new one, removed after)"
    )
    args = parser.parse_args()

    started = time.perf_counter()
    var = django_start(var_dir=args.var_dir)
    from django.core.management import call_command

    from prachasan.distribution.models import Channel, ChannelKind, Dispatch, DispatchStatus
    from prachasan.distribution.services import dispatch_create
    from prachasan.sandbox.server import SandboxServer

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no line per request
    office, page, revision = bench_item_create()
    setup_seconds = time.perf_counter() - started

    inbox = tempfile.TemporaryDirectory(prefix="sandbox-")
    with SandboxServer(Path(inbox.name), smtp_port=None) as sandbox:
        emulator = sandbox.sandbox.emulators["line"]
        emulator.quota_limit = None  # the benchmark is not about the month's quota
        channel = Channel.objects.create(
            office=office,
            kind=ChannelKind.LINE,
            name=f"LINE ทดสอบ {page.slug}",
            settings={"audience": "multicast", "api_base": f"{sandbox.url}/line"},
        )
        channel.secret_set("channel_access_token", "bench-" + uuid.uuid4().hex)
        channel.save()
        users = [{"to": "U" + uuid.uuid4().hex} for _ in range(args.users)]

        t0, cpu0 = time.perf_counter(), time.process_time()
        dispatches = dispatch_create(
            channel=channel, revision=revision, recipients=users, batch_size=args.batch_size
        )
        t1 = time.perf_counter()
        call_command("db_worker", batch=True, interval=0, verbosity=0)
        t2, cpu2 = time.perf_counter(), time.process_time()
        deliveries = list(emulator.deliveries)
    inbox.cleanup()

    sent = Dispatch.objects.filter(channel=channel)
    statuses = sorted(set(sent.values_list("status", flat=True)))
    reached = sum(sent.values_list("recipients_done", flat=True))
    delivered = [user for delivery in deliveries for user in delivery["to"]]
    figures = {
        "users": args.users,
        "batches": len(dispatches),
        "multicast_calls": len(deliveries),
        "dispatch_create_seconds": round(t1 - t0, 2),
        "worker_seconds": round(t2 - t1, 2),
        "total_seconds": round(t2 - t0, 2),
        "users_per_second": round(len(delivered) / (t2 - t0), 1),
        "dispatch_statuses": statuses,
        "recipients_reached": reached,
        "users_delivered": len(delivered),
        "distinct_users_delivered": len(set(delivered)),
        "cpu_seconds": round(cpu2 - cpu0, 2),
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "setup_seconds": round(setup_seconds, 1),
        "var_dir": str(var) if args.var_dir else "(temporary, removed)",
        "machine": {"nproc": os.cpu_count()},
    }
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    if not args.var_dir:
        shutil.rmtree(var, ignore_errors=True)
    ok = (
        statuses == [DispatchStatus.SENT]
        and reached == args.users
        and len(delivered) == len(set(delivered)) == args.users
        and len(deliveries) == len(dispatches)
    )
    if not ok:
        print("FAILED: not every user got exactly one message", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
