"""Creating dispatches and sending them, with retries that back off."""

from __future__ import annotations

import logging
import re
import socket
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from wagtail.models import Revision

from prachasan.offices.models import LINE_USER_ID

from .adapters import DeliveryError, Message, RetryableError, adapter_for
from .models import Channel, ChannelKind, Correction, Dispatch, DispatchError, DispatchStatus

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
# Recipients per dispatch, by kind: a LINE multicast takes at most 500 user IDs; an SMS
# gateway or a press-release mailing is slower per recipient, so smaller batches retry less.
BATCH_SIZES = {
    ChannelKind.EMAIL: 500,
    ChannelKind.PRESS_RELEASE: 200,
    ChannelKind.SMS: 100,
    ChannelKind.LINE: 500,
}
# Kinds that have no dispatch: feeds are read by their subscribers, offline appearances
# are logged by hand.
NOT_DISPATCHED = (ChannelKind.FEED, ChannelKind.OFFLINE)


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
    correction: Correction | None = None,
) -> list[Dispatch]:
    """One Dispatch per batch of recipients for the approved ``revision`` (carrying
    ``correction``'s notice instead when given); each is sent by the worker after commit."""
    batches = [recipients[i : i + batch_size] for i in range(0, len(recipients), batch_size)]
    dispatches = Dispatch.objects.bulk_create(
        [
            Dispatch(
                channel=channel,
                page_id=revision.object_id,
                revision=revision,
                correction=correction,
                batch_index=index,
                recipients=batch,
            )
            for index, batch in enumerate(batches or [[]])
        ]
    )
    # bulk_create sets primary keys on SQLite and PostgreSQL; read them back otherwise.
    ids = [d.pk for d in dispatches] or list(
        Dispatch.objects.filter(
            revision=revision, channel=channel, correction=correction
        ).values_list("pk", flat=True)
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


def channel_recipients(*, channel: Channel) -> list[dict]:
    """Who the channel reaches now, in the form its adapter takes: e-mail and press release
    ``{"email", "name"}``, SMS ``{"phone", "name"}``, LINE ``{"to", "name"}`` (the groups the
    officer ticked, or the users of the recipient groups for a multicast; nobody for a
    broadcast), Facebook nobody (the page posts). Each address once."""
    from prachasan.network.selectors import recipient_group_resolve

    kind = channel.kind
    if kind == ChannelKind.LINE:
        audience = channel.settings.get("audience", "groups")
        if audience == "broadcast":
            return []
        if audience == "groups":
            return [
                {"to": group.group_id, "name": group.name}
                for group in channel.line_groups.filter(send=True, left_at__isnull=True)
            ]
    if kind not in (
        ChannelKind.EMAIL,
        ChannelKind.PRESS_RELEASE,
        ChannelKind.SMS,
        ChannelKind.LINE,
    ):
        return []
    registry_channel, key = {
        ChannelKind.EMAIL: ("email", "email"),
        ChannelKind.PRESS_RELEASE: ("email", "email"),
        ChannelKind.SMS: ("sms", "phone"),
        ChannelKind.LINE: ("line", "to"),
    }[kind]
    found: dict[str, dict] = {}
    for group in channel.recipient_groups.all():
        for recipient in recipient_group_resolve(group=group, channel=registry_channel):
            address = recipient.address
            if kind == ChannelKind.LINE and not re.match(LINE_USER_ID, address):
                # A LINE ID a person typed ("@school") cannot be messaged; only the user
                # IDs the official account learnt from its followers can.
                continue
            found.setdefault(address, {key: address, "name": recipient.name})
    return list(found.values())


def page_channel_versions(page) -> dict:
    """The item's per-channel versions (``NewsPage.channel_versions``); {} for pages
    that have none."""
    return getattr(page, "channel_versions", None) or {}


@transaction.atomic
def dispatch_plan_create(*, revision: Revision) -> list[Dispatch]:
    """On publication: one dispatch per ticked channel and recipient batch of the version
    that went live, in the caller's transaction, sent by the worker after commit. A channel
    the item already went to is skipped, unless the officer asked to send the corrected
    version again."""
    page = revision.as_object()
    versions = page_channel_versions(page)
    ticked = {int(pk) for pk, version in versions.items() if version.get("send")}
    if not ticked:
        return []
    from prachasan.approvals.selectors import page_office

    office = page_office(page=page)
    channels = Channel.objects.filter(pk__in=ticked, office=office, active=True).exclude(
        kind__in=NOT_DISPATCHED
    )
    already = set(
        Dispatch.objects.filter(
            page_id=revision.object_id, correction__isnull=True, channel__in=channels
        ).values_list("channel_id", flat=True)
    )
    created = []
    for channel in channels.prefetch_related("recipient_groups"):
        version = versions.get(str(channel.pk), {})
        if channel.pk in already and not version.get("resend"):
            continue
        if Dispatch.objects.filter(revision=revision, channel=channel).exists():
            continue  # this version was already planned (a second signal, a re-run)
        created += dispatch_create(
            channel=channel,
            revision=revision,
            recipients=channel_recipients(channel=channel),
            batch_size=BATCH_SIZES.get(channel.kind, DEFAULT_BATCH_SIZE),
        )
    return created


@transaction.atomic
def correction_create(*, page, reason: str, text: str, channels, user=None) -> Correction:
    """Record a correction notice for an item and send it to ``channels`` (those the item
    went to), one dispatch per channel and recipient batch, after commit."""
    from prachasan.approvals.selectors import page_office

    page = page.specific
    office = page_office(page=page)
    revision = page.live_revision or page.get_latest_revision()
    correction = Correction.objects.create(
        office=office,
        page=page,
        page_title=page.title,
        revision=revision,
        reason=reason,
        text=text,
        created_by=user,
    )
    channels = [c for c in channels if c.office_id == office.pk and c.kind not in NOT_DISPATCHED]
    correction.channels.set(channels)
    for channel in channels:
        dispatch_create(
            channel=channel,
            revision=revision,
            recipients=channel_recipients(channel=channel),
            batch_size=BATCH_SIZES.get(channel.kind, DEFAULT_BATCH_SIZE),
            correction=correction,
        )
    return correction


def _image_url(*, image_id, base_url: str) -> str:
    from wagtail.images import get_image_model

    image = get_image_model().objects.filter(pk=image_id).first() if image_id else None
    if image is None:
        return ""
    # LINE's hero image and Facebook's photo: JPEG, 1040 px wide, 16:9.
    url = image.get_rendition("fill-1040x585|format-jpeg").url
    return url if url.startswith("http") else base_url.rstrip("/") + url


def dispatch_message(*, dispatch: Dispatch) -> Message:
    """The message of the approved version the dispatch was made for: the channel's own
    version of the item where the officer wrote one, the item's title, lead and link where
    not. A correction carries the notice instead."""
    page = dispatch.revision.as_object()
    live = dispatch.page.specific if dispatch.page else None
    url = (live.full_url or "") if live is not None and live.live else ""
    site = live.get_site() if live is not None else None
    base_url = site.root_url if site else ""
    version = page_channel_versions(page).get(str(dispatch.channel_id), {})
    texts = _version_texts(channel=dispatch.channel, page=page, version=version)
    if dispatch.correction_id:
        correction = dispatch.correction
        return Message(
            subject=texts["correction_subject"],
            text=correction.text,
            url=url,
            title=page.title,
            correction=True,
        )
    image_ids = [version.get("image"), *(version.get("images") or [])]
    image_urls = tuple(
        found
        for found in (_image_url(image_id=pk, base_url=base_url) for pk in image_ids if pk)
        if found
    )
    return Message(
        subject=texts["subject"],
        text=texts["text"],
        url=url,
        title=page.title,
        image_url=image_urls[0] if image_urls else "",
        image_urls=image_urls,
    )


def _version_texts(*, channel: Channel, page, version: dict) -> dict:
    """Subject and text: the officer's own, else what the item says (versions.version_text
    decides the defaults per kind, the same the editor shows as placeholders)."""
    from django.utils.translation import gettext

    try:
        from .versions import version_text

        defaults = version_text(channel=channel, page=page, version=version)
    except ImportError:  # pragma: no cover - while the editor's versions are being built
        defaults = {}
    lead = getattr(page, "lead", "") or getattr(page, "search_description", "")
    subject = version.get("subject") or defaults.get("subject") or page.title
    text = (
        version.get("text")
        or defaults.get("text")
        or (page.title + (f"\n\n{lead}" if lead else ""))
    )
    return {
        "subject": subject,
        "text": text,
        "correction_subject": gettext("Correction: %(title)s") % {"title": page.title},
    }


def _claimable(*, now: datetime, settled: timedelta = timedelta(0)) -> Q:
    """Dispatches a worker may take now: waiting or retrying and due (and untouched for
    ``settled``), or left "sending" past the lease by a worker that stopped."""
    due = Q(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now),
        status__in=[DispatchStatus.WAITING, DispatchStatus.RETRYING],
    )
    if settled:
        due &= Q(updated_at__lte=now - settled)
    abandoned = Q(status=DispatchStatus.SENDING, sending_started_at__lte=now - SENDING_LEASE)
    return due | abandoned


def _claim(*, dispatch_id: int, now: datetime) -> bool:
    """Move the dispatch to "sending" if nobody else has (or whoever had it stopped long
    ago): a conditional UPDATE, so two workers can never both win, on any database."""
    return bool(
        Dispatch.objects.filter(_claimable(now=now), pk=dispatch_id).update(
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
    dispatch = Dispatch.objects.select_related(
        "channel__office", "revision", "page", "correction"
    ).get(pk=dispatch_id)
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


def dispatch_progress_record(
    *, dispatch: Dispatch, reached: int, external_ids: list | None = None
) -> None:
    """Save, while a batch is being sent, how many of its recipients have been reached,
    so that a worker that stops mid-batch is resumed after them, not from the start. The
    in-memory dispatch is left as it was: the outcome is recorded from it at the end.
    Without ``external_ids`` only the count is written (a small write an adapter can
    afford after every message; the IDs' list grows with the batch)."""
    fields = {"recipients_done": dispatch.recipients_done + reached, "updated_at": timezone.now()}
    if external_ids is not None:
        fields["external_ids"] = [*dispatch.external_ids, *external_ids]
    Dispatch.objects.filter(pk=dispatch.pk, status=DispatchStatus.SENDING).update(**fields)


def dispatches_retry_due(*, now: datetime | None = None) -> int:
    """Send every dispatch whose retry is due, and resume those a stopped worker left
    half-sent (for backends that cannot defer a task, and after a crash)."""
    now = now or timezone.now()
    ids = list(Dispatch.objects.filter(_claimable(now=now)).values_list("pk", flat=True))
    for pk in ids:
        dispatch_send(dispatch_id=pk, now=now)
    return len(ids)


def dispatches_enqueue_due(*, now: datetime | None = None) -> int:
    """Hand the worker every dispatch that is due (a retry whose time came, one that was
    never enqueued) or that a stopped worker left half-sent; sending claims each one, so a
    dispatch enqueued twice is still sent once."""
    now = now or timezone.now()
    # Just made or just retried ones already have their task on the way.
    claimable = _claimable(now=now, settled=timedelta(seconds=30))
    ids = list(Dispatch.objects.filter(claimable).values_list("pk", flat=True))
    for pk in ids:
        dispatch_enqueue(dispatch_id=pk)
    return len(ids)
