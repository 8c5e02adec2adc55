"""Creating dispatches and sending them, with retries that back off."""

from __future__ import annotations

import logging
import socket
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from wagtail.models import Revision

from .adapters import DeliveryError, Message, RetryableError, adapter_for
from .models import Channel, Dispatch, DispatchError, DispatchStatus

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
# A dispatch left "sending" this long was dropped by a worker that stopped mid-batch (killed,
# machine restarted): it may be claimed again, and resumes after the recipients it reached.
SENDING_LEASE = timedelta(minutes=15)
BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_CAP = timedelta(hours=1)
# Never wait longer than this for a Retry-After, whatever the service says.
RETRY_AFTER_CAP = timedelta(hours=24)
DEFAULT_BATCH_SIZE = 500


def retry_delay(*, attempts: int, retry_after: float | None = None) -> timedelta:
    """Exponential back-off (1, 2, 4 … minutes, at most an hour), but never sooner than
    the service's Retry-After."""
    delay = min(BACKOFF_BASE * 2 ** max(attempts - 1, 0), BACKOFF_CAP)
    if retry_after is not None:
        delay = max(delay, min(timedelta(seconds=retry_after), RETRY_AFTER_CAP))
    return delay


@transaction.atomic
def dispatch_create(
    *,
    channel: Channel,
    revision: Revision,
    recipients: list,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> list[Dispatch]:
    """One Dispatch per batch of recipients for the approved ``revision``; each is sent by
    the worker after commit."""
    batches = [recipients[i : i + batch_size] for i in range(0, len(recipients), batch_size)]
    dispatches = Dispatch.objects.bulk_create(
        [
            Dispatch(
                channel=channel,
                page_id=revision.object_id,
                revision=revision,
                batch_index=index,
                recipients=batch,
            )
            for index, batch in enumerate(batches or [[]])
        ]
    )
    # bulk_create sets primary keys on SQLite and PostgreSQL; read them back otherwise.
    ids = [d.pk for d in dispatches] or list(
        Dispatch.objects.filter(revision=revision, channel=channel).values_list("pk", flat=True)
    )
    transaction.on_commit(lambda: [dispatch_enqueue(dispatch_id=pk) for pk in ids])
    return dispatches


def dispatch_enqueue(*, dispatch_id: int, run_after: datetime | None = None) -> None:
    """Hand a dispatch to the worker (later, on backends that can defer)."""
    from django_tasks import default_task_backend

    from .tasks import dispatch_send_task

    if run_after is not None and default_task_backend.supports_defer:
        dispatch_send_task.using(run_after=run_after).enqueue(dispatch_id=dispatch_id)
    elif run_after is None:
        dispatch_send_task.enqueue(dispatch_id=dispatch_id)
    # Otherwise the retry waits for dispatches_retry_due (a backend that cannot defer).


def dispatch_message(*, dispatch: Dispatch) -> Message:
    """The message of the approved version the dispatch was made for."""
    page = dispatch.revision.as_object()
    lead = getattr(page, "lead", "") or getattr(page, "search_description", "")
    url = (dispatch.page.specific.full_url or "") if dispatch.page else ""
    text = page.title + (f"\n\n{lead}" if lead else "")
    return Message(subject=page.title, text=text, url=url)


def _claim(*, dispatch_id: int, now: datetime) -> bool:
    """Move the dispatch to "sending" if nobody else has (or whoever had it stopped long
    ago): a conditional UPDATE, so two workers can never both win, on any database."""
    due = Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    waiting = Q(due, status__in=[DispatchStatus.WAITING, DispatchStatus.RETRYING])
    abandoned = Q(status=DispatchStatus.SENDING, sending_started_at__lte=now - SENDING_LEASE)
    return bool(
        Dispatch.objects.filter(waiting | abandoned, pk=dispatch_id).update(
            status=DispatchStatus.SENDING,
            attempts=F("attempts") + 1,
            sending_started_at=now,
            updated_at=now,
        )
    )


def _as_delivery_error(error: Exception) -> DeliveryError:
    if isinstance(error, DeliveryError):
        return error
    detail = f"{type(error).__name__}: {error}"[:2000]
    if isinstance(error, TimeoutError | socket.timeout):
        return RetryableError(detail, reason=DispatchError.TIMEOUT)
    try:
        import requests

        if isinstance(error, requests.Timeout):
            return RetryableError(detail, reason=DispatchError.TIMEOUT)
        if isinstance(error, requests.ConnectionError):
            return RetryableError(detail, reason=DispatchError.SERVER_ERROR)
    except ImportError:  # pragma: no cover
        pass
    if isinstance(error, ConnectionError):
        return RetryableError(detail, reason=DispatchError.SERVER_ERROR)
    # Unknown failures are retried too, up to MAX_ATTEMPTS: better late than lost.
    return RetryableError(detail, reason=DispatchError.OTHER)


def dispatch_send(*, dispatch_id: int, now: datetime | None = None) -> Dispatch:
    """Send one dispatch if it is due and nobody else is sending it; record the outcome,
    and on an error that heals schedule the next attempt."""
    now = now or timezone.now()
    if not _claim(dispatch_id=dispatch_id, now=now):
        return Dispatch.objects.get(pk=dispatch_id)
    dispatch = Dispatch.objects.select_related("channel__office", "revision", "page").get(
        pk=dispatch_id
    )
    try:
        if not dispatch.channel.active:
            raise DeliveryError("channel switched off", reason=DispatchError.CHANNEL_OFF)
        if dispatch.revision is None:
            raise DeliveryError("revision deleted", reason=DispatchError.VERSION_GONE)
        message = dispatch_message(dispatch=dispatch)
        result = adapter_for(kind=dispatch.channel.kind).send(dispatch=dispatch, message=message)
    except Exception as raw:  # noqa: BLE001 - every failure is recorded
        error = _as_delivery_error(raw)
        return _failure_record(dispatch=dispatch, error=error, now=now)
    dispatch.recipients_done += result.reached
    dispatch.external_ids = [*dispatch.external_ids, *result.external_ids]
    dispatch.status = DispatchStatus.SENT
    dispatch.sent_at = timezone.now()
    dispatch.next_attempt_at = None
    if result.refused:
        dispatch.error = DispatchError.UNKNOWN_RECIPIENT
        dispatch.error_detail = "refused: " + ", ".join(result.refused)
    else:
        dispatch.error, dispatch.error_detail = "", ""
    dispatch.save(
        update_fields=[
            "recipients_done",
            "external_ids",
            "status",
            "sent_at",
            "next_attempt_at",
            "error",
            "error_detail",
            "updated_at",
        ]
    )
    return dispatch


def _failure_record(*, dispatch: Dispatch, error: DeliveryError, now: datetime) -> Dispatch:
    dispatch.recipients_done += error.reached
    dispatch.external_ids = [*dispatch.external_ids, *error.external_ids]
    dispatch.error = error.reason
    dispatch.error_detail = ((f"HTTP {error.status}: " if error.status else "") + error.detail)[
        :2000
    ]
    if error.retryable and dispatch.attempts < MAX_ATTEMPTS:
        dispatch.status = DispatchStatus.RETRYING
        dispatch.next_attempt_at = now + retry_delay(
            attempts=dispatch.attempts, retry_after=error.retry_after
        )
        when = dispatch.next_attempt_at
        transaction.on_commit(lambda: dispatch_enqueue(dispatch_id=dispatch.pk, run_after=when))
    else:
        dispatch.status = DispatchStatus.FAILED
        dispatch.next_attempt_at = None
        if error.retryable:
            dispatch.error = DispatchError.GAVE_UP
    logger.warning("dispatch %s: %s", dispatch.pk, dispatch.error_detail)
    dispatch.save(
        update_fields=[
            "recipients_done",
            "external_ids",
            "status",
            "next_attempt_at",
            "error",
            "error_detail",
            "updated_at",
        ]
    )
    return dispatch


def dispatch_retry(*, dispatch_id: int) -> Dispatch:
    """Try a failed dispatch again (the officer's retry button), with fresh attempts."""
    updated = Dispatch.objects.filter(pk=dispatch_id, status=DispatchStatus.FAILED).update(
        status=DispatchStatus.WAITING, attempts=0, next_attempt_at=None, updated_at=timezone.now()
    )
    if updated:
        transaction.on_commit(lambda: dispatch_enqueue(dispatch_id=dispatch_id))
    return Dispatch.objects.get(pk=dispatch_id)


def dispatch_progress_record(*, dispatch: Dispatch, reached: int, external_ids: list) -> None:
    """Save, while a batch is being sent, how many of its recipients have been reached,
    so that a worker that stops mid-batch is resumed after them, not from the start. The
    in-memory dispatch is left as it was: the outcome is recorded from it at the end."""
    Dispatch.objects.filter(pk=dispatch.pk, status=DispatchStatus.SENDING).update(
        recipients_done=dispatch.recipients_done + reached,
        external_ids=[*dispatch.external_ids, *external_ids],
        updated_at=timezone.now(),
    )


def dispatches_retry_due(*, now: datetime | None = None) -> int:
    """Send every dispatch whose retry is due, and resume those a stopped worker left
    half-sent (for backends that cannot defer a task, and after a crash)."""
    now = now or timezone.now()
    due = Q(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now),
        status__in=[DispatchStatus.WAITING, DispatchStatus.RETRYING],
    )
    abandoned = Q(status=DispatchStatus.SENDING, sending_started_at__lte=now - SENDING_LEASE)
    ids = list(Dispatch.objects.filter(due | abandoned).values_list("pk", flat=True))
    for pk in ids:
        dispatch_send(dispatch_id=pk, now=now)
    return len(ids)
