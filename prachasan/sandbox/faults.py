"""Failures the sandbox is told to answer with, to show and test retries: "the next two
requests to the SMS gateway get HTTP 503", "the next LINE push gets 429, Retry-After 3"."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field


@dataclass
class Fault:
    service: str
    status: int
    times: int = 1
    retry_after: str | None = None
    # Only requests whose path matches (re.search); every path of the service when empty.
    path: str = ""
    body: dict = field(default_factory=dict)


class Faults:
    def __init__(self):
        self._lock = threading.Lock()
        self._queue: list[Fault] = []

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._queue.append(fault)

    def take(self, service: str, path: str) -> Fault | None:
        """The first fault waiting for this request, used up by one."""
        with self._lock:
            for fault in self._queue:
                if fault.service == service and (not fault.path or re.search(fault.path, path)):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._queue.remove(fault)
                    return fault
        return None

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()

    def pending(self) -> list[Fault]:
        with self._lock:
            return list(self._queue)
