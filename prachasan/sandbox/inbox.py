"""What the sandbox's emulators received, kept as JSON lines under the var directory so
that the admin (another process) and later runs can read it."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

SERVICES = ("line", "facebook", "sms", "smtp")


@dataclass
class Inbox:
    """One JSON-lines file per service in ``directory``; appends are serialised."""

    directory: Path
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _counts: dict = field(default_factory=dict, repr=False)

    def __post_init__(self):
        self.directory = Path(self.directory)
        self.directory.mkdir(parents=True, exist_ok=True)

    def path(self, service: str) -> Path:
        if service not in SERVICES:
            raise ValueError(f"unknown sandbox service {service!r}")
        return self.directory / f"{service}.jsonl"

    def record(self, service: str, entry: dict) -> dict:
        """Append one received request (or e-mail) and return it with its time."""
        entry = {"at": datetime.now(UTC).isoformat(), "service": service, **entry}
        line = json.dumps(entry, ensure_ascii=False, default=str)
        with self._lock, self.path(service).open("a", encoding="utf-8") as file:
            file.write(line + "\n")
            self._counts[service] = self._counts.get(service, 0) + 1
        return entry

    def entries(self, service: str, *, limit: int | None = None) -> list[dict]:
        """The service's entries, newest last (only the last ``limit`` when given)."""
        path = self.path(service)
        if not path.exists():
            return []
        with self._lock:
            lines = path.read_text(encoding="utf-8").splitlines()
        if limit is not None:
            lines = lines[-limit:]
        return [json.loads(line) for line in lines if line.strip()]

    def clear(self, service: str | None = None) -> None:
        with self._lock:
            for name in [service] if service else SERVICES:
                self.path(name).unlink(missing_ok=True)
                self._counts.pop(name, None)
