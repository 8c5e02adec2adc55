from datetime import timedelta

import pytest
from django.utils import timezone

from prachasan.distribution.adapters import retry_after_seconds
from prachasan.distribution.models import Channel, ChannelKind, Dispatch, DispatchError
from prachasan.distribution.models import DispatchStatus as Status
from prachasan.distribution.services import (
    MAX_ATTEMPTS,
    _claim,
    dispatch_create,
    dispatch_retry,
    dispatch_send,
    retry_delay,
)

pytestmark = pytest.mark.django_db

PHONES = ["0811111111", "0822222222", "0833333333"]


@pytest.fixture
def dispatch(sms_channel, news_item, django_capture_on_commit_callbacks):
    """One waiting dispatch, not yet handed to the worker."""
    page, revision = news_item
    with django_capture_on_commit_callbacks(execute=False):
        (created,) = dispatch_create(channel=sms_channel, revision=revision, recipients=PHONES)
    return created


def test_create_makes_one_dispatch_per_batch_and_sends_after_commit(
    fake_adapter, sms_channel, news_item, django_capture_on_commit_callbacks
):
    page, revision = news_item
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        dispatches = dispatch_create(
            channel=sms_channel, revision=revision, recipients=PHONES, batch_size=2
        )
        assert fake_adapter.outbox == []  # nothing before commit
    assert len(callbacks) == 1
    assert [d.recipients for d in dispatches] == [PHONES[:2], PHONES[2:]]
    assert [call.recipients for call in fake_adapter.outbox] == [PHONES[:2], PHONES[2:]]
    assert {d.status for d in Dispatch.objects.filter(revision=revision)} == {Status.SENT}
    sent = Dispatch.objects.get(pk=dispatches[0].pk)
    assert sent.recipients_done == 2
    assert sent.external_ids == ["fake-1"]
    assert sent.sent_at is not None
    assert fake_adapter.outbox[0].idempotency_key == str(sent.idempotency_key)


def test_only_the_approved_version_goes_out_never_a_later_draft(fake_adapter, dispatch):
    page = dispatch.page.specific
    approved_title = page.title
    page.title = "ร่างที่ยังไม่ได้อนุญาต"
    page.save_revision()
    dispatch_send(dispatch_id=dispatch.pk)
    (call,) = fake_adapter.outbox
    assert call.message.subject == approved_title
    assert "ร่าง" not in call.message.text


def test_429_waits_as_long_as_retry_after_says(fake_adapter, dispatch):
    now = timezone.now()
    fake_adapter.fail_with = [(429, "600")]
    result = dispatch_send(dispatch_id=dispatch.pk, now=now)
    assert result.status == Status.RETRYING
    assert result.error == DispatchError.RATE_LIMITED
    assert result.error_detail.startswith("HTTP 429")
    # Longer than the one minute of back-off: the service asked for ten.
    assert result.next_attempt_at == now + timedelta(seconds=600)
    # Not due yet: nothing is sent.
    early = dispatch_send(dispatch_id=dispatch.pk, now=now + timedelta(seconds=599))
    assert early.status == Status.RETRYING and fake_adapter.outbox == []
    done = dispatch_send(dispatch_id=dispatch.pk, now=now + timedelta(seconds=600))
    assert done.status == Status.SENT
    assert done.attempts == 2
    assert done.error == ""
    assert len(fake_adapter.outbox) == 1


def test_500_is_retried_after_back_off_then_succeeds(fake_adapter, dispatch):
    now = timezone.now()
    fake_adapter.fail_with = [500]
    result = dispatch_send(dispatch_id=dispatch.pk, now=now)
    assert (result.status, result.error) == (Status.RETRYING, DispatchError.SERVER_ERROR)
    assert result.next_attempt_at == now + timedelta(minutes=1)
    done = dispatch_send(dispatch_id=dispatch.pk, now=result.next_attempt_at)
    assert done.status == Status.SENT
    assert [c.recipients for c in fake_adapter.outbox] == [PHONES]


def test_timeout_is_retried(fake_adapter, dispatch):
    fake_adapter.fail_with = [TimeoutError("read timed out")]
    result = dispatch_send(dispatch_id=dispatch.pk)
    assert (result.status, result.error) == (Status.RETRYING, DispatchError.TIMEOUT)
    assert "read timed out" in result.error_detail


def test_bad_token_stops_at_once_with_its_reason(fake_adapter, dispatch):
    fake_adapter.fail_with = [401]
    result = dispatch_send(dispatch_id=dispatch.pk)
    assert (result.status, result.error) == (Status.FAILED, DispatchError.BAD_CREDENTIALS)
    assert result.next_attempt_at is None
    assert result.attempts == 1
    # The officer reads why, in Thai (the interface's language).
    assert "โทเค็น" in result.get_error_display()
    # A failed dispatch is not sent again by the worker.
    assert dispatch_send(dispatch_id=dispatch.pk).status == Status.FAILED
    assert fake_adapter.outbox == []


def test_back_off_doubles_then_gives_up(fake_adapter, dispatch):
    now = timezone.now()
    fake_adapter.fail_with = [503] * MAX_ATTEMPTS
    delays = []
    for _ in range(MAX_ATTEMPTS):
        result = dispatch_send(dispatch_id=dispatch.pk, now=now)
        if result.next_attempt_at:
            delays.append(result.next_attempt_at - now)
            now = result.next_attempt_at
    assert delays == [timedelta(minutes=m) for m in (1, 2, 4, 8, 16)]
    assert (result.status, result.error) == (Status.FAILED, DispatchError.GAVE_UP)
    assert result.attempts == MAX_ATTEMPTS
    assert "503" in result.error_detail


def test_retry_delay_rules():
    assert retry_delay(attempts=1) == timedelta(minutes=1)
    assert retry_delay(attempts=20) == timedelta(hours=1)
    assert retry_delay(attempts=1, retry_after=5) == timedelta(minutes=1)
    assert retry_delay(attempts=1, retry_after=3 * 86400) == timedelta(hours=24)


def test_retry_after_as_an_http_date():
    now = timezone.now().replace(microsecond=0)
    later = now + timedelta(seconds=120)
    header = later.strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert retry_after_seconds(header, now=now) == 120
    assert retry_after_seconds("garbage") is None


def test_sending_twice_sends_once(fake_adapter, dispatch):
    first = dispatch_send(dispatch_id=dispatch.pk)
    second = dispatch_send(dispatch_id=dispatch.pk)
    assert first.status == second.status == Status.SENT
    assert len(fake_adapter.outbox) == 1
    assert second.attempts == 1


def test_a_dispatch_another_worker_is_sending_is_left_alone(fake_adapter, dispatch):
    now = timezone.now()
    assert _claim(dispatch_id=dispatch.pk, now=now) is True
    assert _claim(dispatch_id=dispatch.pk, now=now) is False
    result = dispatch_send(dispatch_id=dispatch.pk)
    assert result.status == Status.SENDING
    assert fake_adapter.outbox == []


def test_retry_button_sends_a_failed_dispatch_again(
    fake_adapter, dispatch, django_capture_on_commit_callbacks
):
    fake_adapter.fail_with = [401]
    dispatch_send(dispatch_id=dispatch.pk)
    with django_capture_on_commit_callbacks(execute=True):
        dispatch_retry(dispatch_id=dispatch.pk)
    dispatch.refresh_from_db()
    assert dispatch.status == Status.SENT
    assert len(fake_adapter.outbox) == 1


def test_a_kind_without_adapter_fails_with_its_reason(office, news_item, fake_adapter):
    page, revision = news_item
    # Feeds are read, not sent: a dispatch made for one by mistake fails with the reason.
    feed = Channel.objects.create(office=office, kind=ChannelKind.FEED, name="ฟีดทดสอบ")
    (created,) = dispatch_create(channel=feed, revision=revision, recipients=[])
    result = dispatch_send(dispatch_id=created.pk)
    assert (result.status, result.error) == (Status.FAILED, DispatchError.NOT_CONFIGURED)


def test_inactive_channel_does_not_send(fake_adapter, dispatch):
    Channel.objects.filter(pk=dispatch.channel_id).update(active=False)
    result = dispatch_send(dispatch_id=dispatch.pk)
    assert (result.status, result.error) == (Status.FAILED, DispatchError.CHANNEL_OFF)
    assert fake_adapter.outbox == []
