"""The e-mail adapter: one connection for the batch, a plain-text part, List-Unsubscribe,
the office as the sender, and the message's attachments (the press release's PDF)."""

from __future__ import annotations

import smtplib
import time
from email.utils import formatdate, parseaddr
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.mail import BadHeaderError, EmailMessage, get_connection
from django.core.mail.backends.smtp import EmailBackend as SmtpBackend
from django.core.mail.message import sanitize_address

from .adapters import Message, PermanentError, RetryableError, SendResult
from .models import DispatchError

if TYPE_CHECKING:
    from .models import Channel, Dispatch

# Headers that differ from one recipient to the next; the rest is built once per batch.
_PER_RECIPIENT = frozenset({b"to", b"message-id", b"list-unsubscribe", b"date"})
_PLACEHOLDER = "recipient@prachasan.invalid"


def _named(name: str, address: str) -> str:
    # Django encodes the Thai name when it sends; formataddr would encode it too early.
    name = name.replace('"', "").replace("\\", "").strip()
    return f'"{name}" <{address}>' if name else address


def _email_of(recipient) -> str:
    return recipient["email"] if isinstance(recipient, dict) else str(recipient)


def _name_of(recipient) -> str:
    name = recipient.get("name", "") if isinstance(recipient, dict) else ""
    return (name or "").replace('"', "").replace("\\", "").strip()


def _address(recipient) -> str:
    if isinstance(recipient, dict):
        return _named(recipient.get("name", ""), recipient["email"])
    return str(recipient)


def _sender(channel: Channel) -> str:
    office = channel.office
    address = channel.settings.get("from_email") or office.email
    if not address:
        return settings.DEFAULT_FROM_EMAIL
    return _named(channel.settings.get("from_name") or office.short_name_th, address)


def _list_unsubscribe(channel: Channel, recipient) -> str:
    email = _email_of(recipient)
    parts = []
    url = channel.settings.get("unsubscribe_url", "")
    if url:
        parts.append(f"<{url.replace('{email}', email)}>")
    mailbox = channel.settings.get("unsubscribe_email") or channel.office.email
    if mailbox:
        parts.append(f"<mailto:{mailbox}?subject=unsubscribe>")
    return ", ".join(parts)


def _setting(channel: Channel, *names: str, default=None):
    """The first of ``names`` set in the channel's settings (the channel screens write
    ``smtp_user``/``smtp_tls``; the first channels were saved with the longer names)."""
    for name in names:
        if channel.settings.get(name) not in (None, ""):
            return channel.settings[name]
    return default


def _connection(channel: Channel):
    host = channel.settings.get("smtp_host")
    if not host:
        return get_connection()
    return get_connection(
        "django.core.mail.backends.smtp.EmailBackend",
        host=host,
        port=int(_setting(channel, "smtp_port", default=587)),
        username=_setting(channel, "smtp_user", "smtp_username", default=""),
        password=channel.secret_get("smtp_password"),
        use_tls=bool(_setting(channel, "smtp_tls", "smtp_use_tls", default=True)),
        timeout=int(_setting(channel, "smtp_timeout", default=30)),
    )


def _temporary(error: smtplib.SMTPRecipientsRefused) -> bool:
    """A refusal that heals: 421 (the server is closing), 450/451/452 (greylisting, a full
    mailbox, try later), rather than 550 (no such user)."""
    return any(code < 500 for code, _ in error.recipients.values())


def _smtp_error(error: Exception, *, reached: int, external_ids: list[str]):
    detail = f"{type(error).__name__}: {error}"[:2000]
    common = {"reached": reached, "external_ids": external_ids}
    code = getattr(error, "smtp_code", None) or 0
    if isinstance(error, smtplib.SMTPAuthenticationError) and code != 454:
        # 535 and its kind; 454 is the server's own trouble and heals.
        return PermanentError(detail, reason=DispatchError.BAD_CREDENTIALS, **common)
    if isinstance(error, smtplib.SMTPResponseException) and code >= 500:
        return PermanentError(detail, reason=DispatchError.REJECTED, **common)
    if isinstance(error, TimeoutError):
        return RetryableError(detail, reason=DispatchError.TIMEOUT, **common)
    # Disconnections, 4xx answers, refused connections: they heal with time.
    return RetryableError(detail, reason=DispatchError.SERVER_ERROR, **common)


class Mailing:
    """One batch's messages: what they share (sender, subject, body, attachments) is
    built once; each recipient's message differs only in To, Message-ID,
    List-Unsubscribe and Date.

    ``email()`` gives Django's EmailMessage, for any e-mail backend. ``raw()`` gives the
    same message as bytes for an SMTP connection: Django encodes the shared parts once,
    for a first message, and each recipient's headers are set in it, which keeps a
    30,000-message mailing inside a minute (benchmarks/README.md)."""

    def __init__(self, *, channel: Channel, message: Message, idempotency_key, connection):
        self.channel = channel
        self.sender = _sender(channel)
        self.envelope_sender = parseaddr(self.sender)[1]
        self.domain = self.sender.rsplit("@", 1)[-1].rstrip(">") or "prachasan"
        self.subject = message.subject
        # The version's text already ends with the link where the officer kept it.
        link = message.url and message.url not in message.text
        self.body = message.text + (f"\n\n{message.url}" if link else "")
        self.attachments = list(message.attachments)
        self.idempotency_key = idempotency_key
        self.connection = connection
        self._shared: tuple[list[bytes], bytes] | None = None

    def message_id(self, index: int) -> str:
        # Stable across retries, so a receiving server can drop a repeat.
        return f"<{self.idempotency_key}.{index}@{self.domain}>"

    def headers(self, recipient, index: int) -> dict[str, str]:
        headers = {"Message-ID": self.message_id(index)}
        unsubscribe = _list_unsubscribe(self.channel, recipient)
        if unsubscribe:
            headers["List-Unsubscribe"] = unsubscribe
        return headers

    def email(self, recipient, index: int) -> EmailMessage:
        return EmailMessage(
            subject=self.subject,
            body=self.body,
            from_email=self.sender,
            to=[_address(recipient)],
            headers=self.headers(recipient, index),
            attachments=self.attachments,
            connection=self.connection,
        )

    def _shared_parts(self) -> tuple[list[bytes], bytes]:
        """The header lines every message has (folded as Django folds them) and the
        encoded body with its attachments."""
        if self._shared is None:
            first = self.email({"email": _PLACEHOLDER}, 0).message()
            head, body = first.as_bytes(linesep="\r\n").split(b"\r\n\r\n", 1)
            lines: list[bytes] = []
            for line in head.split(b"\r\n"):
                if line[:1] in (b" ", b"\t") and lines:
                    lines[-1] += b"\r\n" + line  # a folded header's continuation
                else:
                    lines.append(line)
            shared = [
                line for line in lines if line.split(b":", 1)[0].lower() not in _PER_RECIPIENT
            ]
            self._shared = (shared, body)
        return self._shared

    def raw(self, recipient, index: int) -> tuple[str, bytes]:
        """The envelope recipient and the message as the SMTP server receives it."""
        shared, body = self._shared_parts()
        charset = settings.DEFAULT_CHARSET
        to = sanitize_address((_name_of(recipient), _email_of(recipient)), charset)
        lines = [
            *shared,
            f"To: {to}".replace("\n", "\r\n").replace("\r\r\n", "\r\n"),
            f"Date: {formatdate(localtime=settings.EMAIL_USE_LOCALTIME)}",
        ]
        for name, value in self.headers(recipient, index).items():
            if "\n" in value or "\r" in value:
                raise BadHeaderError(f"Header values can't contain newlines ({name})")
            lines.append(f"{name}: {value}")
        head = b"\r\n".join(line if isinstance(line, bytes) else line.encode() for line in lines)
        return sanitize_address(("", _email_of(recipient)), charset), head + b"\r\n\r\n" + body


class _Progress:
    """Saves the batch's progress as it goes. The count after every message, so that a
    worker killed mid-batch resends at most the one message in flight (with the same
    Message-ID, which the receiving server can drop). The Message-IDs with it while there
    are as many new as saved (a list written n times would cost n² as the batch grows),
    and at least every IDS_INTERVAL: a killed worker's log may lack the IDs of its last
    moments' messages, never their count."""

    IDS_INTERVAL = 0.5  # seconds

    def __init__(self, *, dispatch: Dispatch, record):
        self.dispatch = dispatch
        self.record = record
        self.ids_saved = 0
        self.ids_saved_at = time.monotonic()

    def save(self, *, handled: int, external_ids: list[str]) -> None:
        new = len(external_ids) - self.ids_saved
        now = time.monotonic()
        if new and (new >= self.ids_saved or now - self.ids_saved_at >= self.IDS_INTERVAL):
            self.record(dispatch=self.dispatch, reached=handled, external_ids=external_ids)
            self.ids_saved, self.ids_saved_at = len(external_ids), now
        else:
            self.record(dispatch=self.dispatch, reached=handled)


class EmailAdapter:
    """One plain-text message per recipient over one connection for the whole batch,
    resumable after the recipients a stopped attempt reached."""

    def message_prepare(self, *, dispatch: Dispatch, message: Message) -> Message:
        """The message as this channel sends it, built once per batch (the press release
        adds its heading and its PDF here)."""
        return message

    def send(self, *, dispatch: Dispatch, message: Message) -> SendResult:
        from .services import dispatch_progress_record

        message = self.message_prepare(dispatch=dispatch, message=message)
        connection = _connection(dispatch.channel)
        mailing = Mailing(
            channel=dispatch.channel,
            message=message,
            idempotency_key=dispatch.idempotency_key,
            connection=connection,
        )
        # Straight to smtplib with the prepared bytes when the backend is Django's own
        # SMTP backend; through the backend's send_messages otherwise (outbox, locmem,
        # a provider's API).
        direct = type(connection) is SmtpBackend
        message_ids: list[str] = []
        refused: list[str] = []
        progress = _Progress(dispatch=dispatch, record=dispatch_progress_record)
        try:
            connection.open()
            for offset, recipient in enumerate(dispatch.pending_recipients):
                index = dispatch.recipients_done + offset
                try:
                    if direct:
                        to, raw = mailing.raw(recipient, index)
                        connection.connection.sendmail(mailing.envelope_sender, [to], raw)
                    else:
                        connection.send_messages([mailing.email(recipient, index)])
                except smtplib.SMTPRecipientsRefused as error:
                    if _temporary(error):
                        raise
                    refused.append(_address(recipient))
                except (BadHeaderError, ValueError):
                    # An address that cannot be written (a line break, no "@"): skipped
                    # and kept, like one the server refuses.
                    refused.append(_address(recipient))
                else:
                    message_ids.append(mailing.message_id(index))
                progress.save(handled=len(message_ids) + len(refused), external_ids=message_ids)
        except Exception as error:  # noqa: BLE001 - classified for the retry rules
            handled = len(message_ids) + len(refused)
            raise _smtp_error(error, reached=handled, external_ids=message_ids) from error
        finally:
            connection.close()
        return SendResult(
            reached=len(message_ids) + len(refused), external_ids=message_ids, refused=refused
        )
