"""The e-mail adapter: one connection for the batch, a plain-text part, List-Unsubscribe,
and the office as the sender."""

from __future__ import annotations

import smtplib
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.mail import EmailMessage, get_connection

from .adapters import Message, PermanentError, RetryableError, SendResult
from .models import DispatchError

if TYPE_CHECKING:
    from .models import Channel, Dispatch


def _named(name: str, address: str) -> str:
    # Django encodes the Thai name when it sends; formataddr would encode it too early.
    name = name.replace('"', "").replace("\\", "").strip()
    return f'"{name}" <{address}>' if name else address


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
    email = recipient["email"] if isinstance(recipient, dict) else str(recipient)
    parts = []
    url = channel.settings.get("unsubscribe_url", "")
    if url:
        parts.append(f"<{url.replace('{email}', email)}>")
    mailbox = channel.settings.get("unsubscribe_email") or channel.office.email
    if mailbox:
        parts.append(f"<mailto:{mailbox}?subject=unsubscribe>")
    return ", ".join(parts)


def _connection(channel: Channel):
    host = channel.settings.get("smtp_host")
    if not host:
        return get_connection()
    return get_connection(
        "django.core.mail.backends.smtp.EmailBackend",
        host=host,
        port=int(channel.settings.get("smtp_port", 587)),
        username=channel.settings.get("smtp_username", ""),
        password=channel.secret_get("smtp_password"),
        use_tls=bool(channel.settings.get("smtp_use_tls", True)),
        timeout=int(channel.settings.get("smtp_timeout", 30)),
    )


def _smtp_error(error: Exception, *, reached: int, external_ids: list[str]):
    detail = f"{type(error).__name__}: {error}"[:2000]
    common = {"reached": reached, "external_ids": external_ids}
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return PermanentError(detail, reason=DispatchError.BAD_CREDENTIALS, **common)
    if isinstance(error, smtplib.SMTPSenderRefused):
        return PermanentError(detail, reason=DispatchError.REJECTED, **common)
    if isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500:
        return PermanentError(detail, reason=DispatchError.REJECTED, **common)
    if isinstance(error, TimeoutError):
        return RetryableError(detail, reason=DispatchError.TIMEOUT, **common)
    # Disconnections, 4xx answers, refused connections: they heal with time.
    return RetryableError(detail, reason=DispatchError.SERVER_ERROR, **common)


class EmailAdapter:
    def send(self, *, dispatch: Dispatch, message: Message) -> SendResult:
        from .services import dispatch_progress_record

        channel = dispatch.channel
        sender = _sender(channel)
        domain = sender.rsplit("@", 1)[-1].rstrip(">") or "prachasan"
        body = message.text + (f"\n\n{message.url}" if message.url else "")
        connection = _connection(channel)
        message_ids: list[str] = []
        refused: list[str] = []
        try:
            connection.open()
            for offset, recipient in enumerate(dispatch.pending_recipients):
                # Stable across retries, so a receiving server can drop a repeat.
                index = dispatch.recipients_done + offset
                message_id = f"<{dispatch.idempotency_key}.{index}@{domain}>"
                headers = {"Message-ID": message_id}
                unsubscribe = _list_unsubscribe(channel, recipient)
                if unsubscribe:
                    headers["List-Unsubscribe"] = unsubscribe
                email = EmailMessage(
                    subject=message.subject,
                    body=body,
                    from_email=sender,
                    to=[_address(recipient)],
                    headers=headers,
                    connection=connection,
                )
                try:
                    connection.send_messages([email])
                except smtplib.SMTPRecipientsRefused:
                    refused.append(_address(recipient))
                    dispatch_progress_record(
                        dispatch=dispatch,
                        reached=len(message_ids) + len(refused),
                        external_ids=message_ids,
                    )
                    continue
                message_ids.append(message_id)
                dispatch_progress_record(
                    dispatch=dispatch,
                    reached=len(message_ids) + len(refused),
                    external_ids=message_ids,
                )
        except Exception as error:  # noqa: BLE001 - classified for the retry rules
            handled = len(message_ids) + len(refused)
            raise _smtp_error(error, reached=handled, external_ids=message_ids) from error
        finally:
            connection.close()
        return SendResult(
            reached=len(message_ids) + len(refused), external_ids=message_ids, refused=refused
        )
