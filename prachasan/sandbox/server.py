"""The local sandbox: one HTTP server on loopback that speaks the LINE Messaging API, the
Facebook Graph API and an SMS gateway, plus an SMTP server, so that the demo and the
integration tests deliver end to end with no internet.

Each service is an ``Emulator`` mounted under its prefix (``/line``, ``/facebook``,
``/sms``); a channel's ``api_base`` setting points at ``<sandbox url>/<prefix>``. Every
request is recorded in the ``Inbox`` with the answer given. ``/_sandbox/received/<service>``
lists what a service received (the admin reads it); ``POST /_sandbox/faults`` queues
failures (JSON: service, status, times, retry_after, path).
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import asdict
from pathlib import Path

from werkzeug.exceptions import HTTPException, NotFound
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from .faults import Fault, Faults
from .inbox import Inbox

logger = logging.getLogger(__name__)


def json_response(data, status: int = 200, headers: dict | None = None) -> Response:
    return Response(
        json.dumps(data, ensure_ascii=False),
        status=status,
        headers=headers or {},
        mimetype="application/json",
    )


class Emulator:
    """One emulated service. Subclasses set ``service`` and answer ``handle``; ``path`` is
    the request path without the service's prefix ("/v2/bot/message/push")."""

    service = ""

    def __init__(self, sandbox: Sandbox):
        self.sandbox = sandbox

    def handle(self, request: Request, path: str) -> Response:  # pragma: no cover
        raise NotImplementedError

    def record_body(self, request: Request):
        """The request body as it is kept in the inbox (parsed JSON or form, else text)."""
        if request.is_json:
            return request.get_json(silent=True)
        if request.form:
            return request.form.to_dict(flat=True)
        return request.get_data(as_text=True)[:10000]


def emulators_default() -> dict[str, type[Emulator]]:
    """The emulators the sandbox mounts, by prefix (each module may be missing while the
    sandbox is built up service by service)."""
    from importlib import import_module

    found = {}
    for prefix, path in (
        ("line", "prachasan.sandbox.line:LineEmulator"),
        ("facebook", "prachasan.sandbox.facebook:FacebookEmulator"),
        ("sms", "prachasan.sandbox.sms:SmsGatewayEmulator"),
    ):
        module, name = path.split(":")
        try:
            found[prefix] = getattr(import_module(module), name)
        except (ImportError, AttributeError):
            continue
    return found


class Sandbox:
    """The WSGI application and its state (inbox, faults, one emulator per service)."""

    def __init__(self, directory: Path, emulators: dict[str, type[Emulator]] | None = None):
        self.inbox = Inbox(Path(directory))
        self.faults = Faults()
        self.emulators = {
            prefix: cls(self) for prefix, cls in (emulators or emulators_default()).items()
        }
        self.url = ""  # set by SandboxServer once it listens

    def __call__(self, environ, start_response):
        request = Request(environ)
        try:
            response = self.route(request)
        except HTTPException as error:
            response = json_response({"message": error.description}, status=error.code)
        return response(environ, start_response)

    def route(self, request: Request) -> Response:
        parts = request.path.strip("/").split("/", 1)
        prefix, rest = parts[0], "/" + (parts[1] if len(parts) > 1 else "")
        if prefix == "_sandbox":
            return self.control(request, rest)
        emulator = self.emulators.get(prefix)
        if emulator is None:
            raise NotFound(f"no emulator at /{prefix}")
        fault = self.faults.take(emulator.service, rest)
        if fault is not None:
            headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
            response = json_response(
                fault.body or {"message": f"sandbox fault {fault.status}"},
                status=fault.status,
                headers=headers,
            )
        else:
            response = emulator.handle(request, rest)
        self.inbox.record(
            emulator.service,
            {
                "method": request.method,
                "path": rest,
                "query": request.args.to_dict(flat=True),
                "headers": {
                    # Kept whole, so the tests can check what an adapter sent; the
                    # admin's sandbox page shows bodies only, never these headers.
                    key: value
                    for key, value in request.headers.items()
                    if key.lower().startswith("x-")
                    or key.lower() in ("content-type", "authorization")
                },
                "body": emulator.record_body(request),
                "status": response.status_code,
                "response": response.get_data(as_text=True)[:2000],
            },
        )
        return response

    def control(self, request: Request, path: str) -> Response:
        if path.startswith("/received/"):
            service = path.removeprefix("/received/").strip("/")
            limit = request.args.get("limit", type=int)
            try:
                return json_response(self.inbox.entries(service, limit=limit))
            except ValueError as error:
                raise NotFound(str(error)) from error
        if path == "/faults" and request.method == "POST":
            data = request.get_json(force=True)
            self.faults.add(Fault(**data))
            return json_response({"queued": True}, status=201)
        if path == "/faults":
            return json_response([asdict(fault) for fault in self.faults.pending()])
        if path == "/clear" and request.method == "POST":
            self.inbox.clear()
            self.faults.clear()
            return json_response({"cleared": True})
        raise NotFound(path)


class SmtpHandler:
    """aiosmtpd handler that keeps each message's envelope and headers in the inbox."""

    def __init__(self, inbox: Inbox):
        self.inbox = inbox

    async def handle_DATA(self, server, session, envelope):
        from email import message_from_bytes
        from email.header import decode_header, make_header

        message = message_from_bytes(envelope.content)
        subject = str(make_header(decode_header(message.get("Subject", ""))))
        self.inbox.record(
            "smtp",
            {
                "from": envelope.mail_from,
                "to": list(envelope.rcpt_tos),
                "subject": subject,
                "message_id": message.get("Message-ID", ""),
                "list_unsubscribe": message.get("List-Unsubscribe", ""),
                "attachments": [
                    part.get_filename()
                    for part in message.walk()
                    if part.get_content_disposition() == "attachment"
                ],
                "size": len(envelope.content),
            },
        )
        return "250 Message accepted for delivery"


class SandboxServer:
    """Runs the sandbox on loopback in background threads: HTTP on ``port`` and SMTP on
    ``smtp_port`` (0 = any free port; the ones taken are in ``.port``/``.smtp_port``)."""

    def __init__(
        self,
        directory: Path,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        smtp_port: int | None = 0,
        emulators: dict[str, type[Emulator]] | None = None,
    ):
        self.host = host
        self.sandbox = Sandbox(directory, emulators)
        self._http = make_server(host, port, self.sandbox, threaded=True)
        self.port = self._http.server_port
        self.url = f"http://{host}:{self.port}"
        self.sandbox.url = self.url
        self._thread = None
        self._smtp = None
        self.smtp_port = None
        self._smtp_port_wanted = smtp_port

    @property
    def inbox(self) -> Inbox:
        return self.sandbox.inbox

    @property
    def faults(self) -> Faults:
        return self.sandbox.faults

    def start(self) -> SandboxServer:
        self._thread = threading.Thread(
            target=self._http.serve_forever, name="sandbox-http", daemon=True
        )
        self._thread.start()
        if self._smtp_port_wanted is not None:
            self._smtp_start(self._smtp_port_wanted)
        return self

    def _smtp_start(self, port: int) -> None:
        import socket

        from aiosmtpd.controller import Controller

        if port == 0:
            with socket.socket() as probe:
                probe.bind((self.host, 0))
                port = probe.getsockname()[1]
        self._smtp = Controller(
            SmtpHandler(self.inbox),
            hostname=self.host,
            port=port,
            # The benchmark sends tens of thousands of messages over one connection.
            data_size_limit=50 * 1024 * 1024,
        )
        self._smtp.start()
        self.smtp_port = port

    def stop(self) -> None:
        self._http.shutdown()
        self._http.server_close()
        if self._smtp is not None:
            self._smtp.stop()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
