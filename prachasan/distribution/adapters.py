"""The one interface every channel adapter has, how an adapter is chosen, and the
in-memory fake the tests use (it records calls, like django.core.mail.outbox)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Protocol

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string

from .models import ChannelKind, DispatchError

if TYPE_CHECKING:
    from .models import Dispatch


@dataclass(frozen=True)
class Message:
    """What goes out: built from the approved revision, never from a draft."""

    subject: str
    text: str
    url: str = ""
    # The item's title (a LINE Flex bubble's header, a press release's heading).
    title: str = ""
    # Absolute URL of the version's picture (LINE image, Facebook photo), if any.
    image_url: str = ""
    # Every picture of the version, the first being image_url (a Facebook post of photos).
    image_urls: tuple = ()
    # Files sent with it: (file name, content, MIME type); the press release's PDF.
    attachments: tuple = ()
    # A correction notice for an item that was unpublished, rather than the item.
    correction: bool = False


@dataclass
class SendResult:
    reached: int
    external_ids: list[str] = field(default_factory=list)
    # Recipients the service would not take (an unknown address): handled, not reached.
    refused: list[str] = field(default_factory=list)


class DeliveryError(Exception):
    """A send that failed. ``reached`` recipients of the batch were handled before it."""

    retryable = False

    def __init__(
        self,
        detail: str,
        *,
        reason: str = DispatchError.OTHER,
        status: int | None = None,
        retry_after: float | None = None,
        reached: int = 0,
        external_ids: list[str] | None = None,
    ):
        super().__init__(detail)
        self.detail = detail
        self.reason = reason
        self.status = status
        self.retry_after = retry_after
        self.reached = reached
        self.external_ids = external_ids or []


class RetryableError(DeliveryError):
    retryable = True


class PermanentError(DeliveryError):
    retryable = False


def retry_after_seconds(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (a number of seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - (now or timezone.now())).total_seconds())


def http_error(
    status: int, detail: str = "", *, retry_after: str | None = None, reached: int = 0
) -> DeliveryError:
    """The error for an HTTP answer: 429 and 5xx heal with time, other 4xx do not."""
    detail = detail or f"HTTP {status}"
    if status == 429:
        return RetryableError(
            detail,
            reason=DispatchError.RATE_LIMITED,
            status=status,
            retry_after=retry_after_seconds(retry_after),
            reached=reached,
        )
    if status >= 500:
        return RetryableError(
            detail,
            reason=DispatchError.SERVER_ERROR,
            status=status,
            retry_after=retry_after_seconds(retry_after),
            reached=reached,
        )
    if status in (401, 403):
        reason = DispatchError.BAD_CREDENTIALS
    elif status in (400, 404, 410):
        reason = DispatchError.UNKNOWN_RECIPIENT if status != 400 else DispatchError.REJECTED
    else:
        reason = DispatchError.REJECTED
    return PermanentError(detail, reason=reason, status=status, reached=reached)


class Adapter(Protocol):
    def send(self, *, dispatch: Dispatch, message: Message) -> SendResult: ...


class NotConfiguredAdapter:
    """For the kinds of channel that cannot send yet."""

    def send(self, *, dispatch: Dispatch, message: Message) -> SendResult:
        raise PermanentError(
            f"no adapter for channel kind {dispatch.channel.kind!r}",
            reason=DispatchError.NOT_CONFIGURED,
        )


DEFAULT_ADAPTERS = {
    ChannelKind.EMAIL: "prachasan.distribution.email.EmailAdapter",
    ChannelKind.LINE: "prachasan.distribution.line.LineAdapter",
    ChannelKind.FACEBOOK: "prachasan.distribution.facebook.FacebookAdapter",
    ChannelKind.SMS: "prachasan.distribution.sms.SmsGatewayAdapter",
    ChannelKind.PRESS_RELEASE: "prachasan.distribution.press.PressReleaseAdapter",
}


def adapter_for(*, kind: str) -> Adapter:
    """The adapter of a channel kind; DISTRIBUTION_ADAPTERS in the settings overrides."""
    paths = {**DEFAULT_ADAPTERS, **getattr(settings, "DISTRIBUTION_ADAPTERS", {})}
    path = paths.get(kind)
    if path is None:
        return NotConfiguredAdapter()
    return import_string(path)()


@dataclass
class FakeCall:
    dispatch_id: int
    idempotency_key: str
    recipients: list
    message: Message


class FakeAdapter:
    """Records every send in ``FakeAdapter.outbox``; ``FakeAdapter.fail_with`` holds the
    failures to raise, one per call, before it succeeds again: an HTTP status (int), a
    (status, Retry-After) pair, or an exception."""

    outbox: list[FakeCall] = []
    fail_with: list = []

    @classmethod
    def reset(cls) -> None:
        cls.outbox = []
        cls.fail_with = []

    def send(self, *, dispatch: Dispatch, message: Message) -> SendResult:
        recipients = dispatch.pending_recipients
        if FakeAdapter.fail_with:
            failure = FakeAdapter.fail_with.pop(0)
            if isinstance(failure, BaseException):
                raise failure
            status, retry_after = failure if isinstance(failure, tuple) else (failure, None)
            raise http_error(status, retry_after=retry_after)
        FakeAdapter.outbox.append(
            FakeCall(
                dispatch_id=dispatch.pk,
                idempotency_key=str(dispatch.idempotency_key),
                recipients=list(recipients),
                message=message,
            )
        )
        return SendResult(reached=len(recipients), external_ids=[f"fake-{len(FakeAdapter.outbox)}"])
