"""A local SMTP server for the benchmarks, run in a process of its own so that it does not
share the sender's interpreter (and its GIL).

It accepts every message, counts connections (one EHLO or HELO each), messages, bytes and
distinct Message-IDs (a repeat would show as messages > distinct), and writes those
figures as JSON to ``--stats`` when it is stopped (SIGTERM or SIGINT).

    python benchmarks/smtp_sink.py --port 8125 --stats /tmp/sink.json
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import sys
import threading
import time

from aiosmtpd.controller import Controller

MESSAGE_ID = re.compile(rb"^Message-ID:\s*(\S+)", re.I | re.M)


class CountingHandler:
    def __init__(self):
        self.connections = 0
        self.messages = 0
        self.bytes = 0
        self.message_ids: set[bytes] = set()
        self.first_at: float | None = None
        self.last_at: float | None = None

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_HELO(self, server, session, envelope, hostname):
        self.connections += 1
        session.host_name = hostname
        return f"250 {server.hostname}"

    async def handle_DATA(self, server, session, envelope):
        now = time.monotonic()
        self.first_at = self.first_at or now
        self.last_at = now
        self.messages += 1
        self.bytes += len(envelope.content)
        # The headers only: the body may be long.
        head = envelope.content.split(b"\r\n\r\n", 1)[0]
        found = MESSAGE_ID.search(head)
        if found:
            self.message_ids.add(found.group(1))
        return "250 Message accepted for delivery"

    def stats(self) -> dict:
        return {
            "connections": self.connections,
            "messages": self.messages,
            "distinct_message_ids": len(self.message_ids),
            "bytes": self.bytes,
            "receiving_seconds": round((self.last_at or 0) - (self.first_at or 0), 3),
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--stats", required=True, help="where to write the figures as JSON")
    args = parser.parse_args()

    handler = CountingHandler()
    controller = Controller(
        handler, hostname=args.host, port=args.port, data_size_limit=50 * 1024 * 1024
    )
    controller.start()
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    print("ready", flush=True)
    stop.wait()
    controller.stop()
    stats = handler.stats()
    stats["cpu_seconds"] = round(time.process_time(), 3)
    with open(args.stats, "w", encoding="utf-8") as file:
        json.dump(stats, file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
