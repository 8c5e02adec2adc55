import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend

from prachasan.distribution import email as email_adapter
from prachasan.distribution.models import Channel, ChannelKind, DispatchError
from prachasan.distribution.models import DispatchStatus as Status
from prachasan.distribution.services import dispatch_create, dispatch_send

pytestmark = pytest.mark.django_db

RECIPIENTS = [
    "a@school.example",
    {"email": "b@school.example", "name": "ผอ.โรงเรียนบ้านตัวอย่าง"},
    "c@school.example",
]


class FlakyBackend(LocmemBackend):
    """Locmem that fails on the message numbered ``fail_at`` (counted over the test)."""

    fail_at: int | None = None
    error: Exception | None = None
    sent = 0

    def send_messages(self, messages):
        for message in messages:
            if FlakyBackend.sent == FlakyBackend.fail_at:
                FlakyBackend.fail_at = None
                raise FlakyBackend.error
            FlakyBackend.sent += 1
            super().send_messages([message])
        return len(messages)


@pytest.fixture
def flaky(settings):
    settings.EMAIL_BACKEND = f"{__name__}.FlakyBackend"
    FlakyBackend.sent, FlakyBackend.fail_at, FlakyBackend.error = 0, None, None
    return FlakyBackend


@pytest.fixture
def email_channel(office):
    office.email = "pr@office.example"
    office.save(update_fields=["email"])
    return Channel.objects.create(
        office=office,
        kind=ChannelKind.EMAIL,
        name="อีเมลผู้บริหารสถานศึกษา",
        settings={"unsubscribe_url": "https://office.example/unsubscribe?e={email}"},
    )


@pytest.fixture
def email_dispatch(email_channel, news_item, django_capture_on_commit_callbacks):
    page, revision = news_item
    with django_capture_on_commit_callbacks(execute=False):
        (dispatch,) = dispatch_create(
            channel=email_channel, revision=revision, recipients=RECIPIENTS
        )
    return dispatch


def test_a_batch_goes_over_one_connection(email_dispatch, monkeypatch):
    connections = []
    real = email_adapter.get_connection

    sends = []

    def counting(*args, **kwargs):
        connection = real(*args, **kwargs)
        send_messages = connection.send_messages

        def recording(messages):
            sends.append((connection, len(messages)))
            return send_messages(messages)

        connection.send_messages = recording
        connections.append(connection)
        return connection

    monkeypatch.setattr(email_adapter, "get_connection", counting)
    result = dispatch_send(dispatch_id=email_dispatch.pk)

    assert result.status == Status.SENT
    assert len(connections) == 1
    assert len(mail.outbox) == 3
    assert sends == [(connections[0], 1)] * 3
    assert result.recipients_done == 3
    assert result.external_ids == [m.extra_headers["Message-ID"] for m in mail.outbox]


def test_each_message_is_plain_text_from_the_office_with_list_unsubscribe(
    email_dispatch, news_item
):
    page, revision = news_item
    dispatch_send(dispatch_id=email_dispatch.pk)
    first, second, _ = mail.outbox
    office = email_dispatch.channel.office
    assert first.from_email == f'"{office.short_name_th}" <pr@office.example>'
    assert second.to == ['"ผอ.โรงเรียนบ้านตัวอย่าง" <b@school.example>']
    assert first.subject == revision.as_object().title
    parsed = first.message()
    assert parsed.get_content_type() == "text/plain"
    assert parsed["List-Unsubscribe"] == (
        "<https://office.example/unsubscribe?e=a@school.example>, "
        "<mailto:pr@office.example?subject=unsubscribe>"
    )
    assert str(email_dispatch.idempotency_key) in parsed["Message-ID"]


def test_a_dropped_connection_resumes_after_the_recipients_already_reached(email_dispatch, flaky):
    flaky.fail_at = 1
    flaky.error = smtplib.SMTPServerDisconnected("connection lost")
    result = dispatch_send(dispatch_id=email_dispatch.pk)
    assert (result.status, result.error) == (Status.RETRYING, DispatchError.SERVER_ERROR)
    assert result.recipients_done == 1
    done = dispatch_send(dispatch_id=email_dispatch.pk, now=result.next_attempt_at)
    assert done.status == Status.SENT
    # Each recipient once: the first is not sent again.
    assert [m.to[0].rsplit("<", 1)[-1].rstrip(">") for m in mail.outbox] == [
        "a@school.example",
        "b@school.example",
        "c@school.example",
    ]
    assert len(done.external_ids) == 3


def test_refused_password_fails_without_retry(email_dispatch, flaky):
    flaky.fail_at = 0
    flaky.error = smtplib.SMTPAuthenticationError(535, b"authentication failed")
    result = dispatch_send(dispatch_id=email_dispatch.pk)
    assert (result.status, result.error) == (Status.FAILED, DispatchError.BAD_CREDENTIALS)
    assert mail.outbox == []


def test_an_unknown_address_is_skipped_and_kept(email_dispatch, flaky):
    flaky.fail_at = 1
    flaky.error = smtplib.SMTPRecipientsRefused({"b@school.example": (550, b"no such user")})
    result = dispatch_send(dispatch_id=email_dispatch.pk)
    assert result.status == Status.SENT
    assert len(mail.outbox) == 2
    assert result.error == DispatchError.UNKNOWN_RECIPIENT
    assert "b@school.example" in result.error_detail


def test_smtp_settings_and_password_come_from_the_channel(email_channel, monkeypatch):
    email_channel.settings.update({"smtp_host": "smtp.office.example", "smtp_username": "pr"})
    email_channel.secret_set("smtp_password", "s3cret-pass")
    email_channel.save()
    seen = {}

    def capture(backend=None, **kwargs):
        seen.update(kwargs, backend=backend)
        return LocmemBackend()

    monkeypatch.setattr(email_adapter, "get_connection", capture)
    email_adapter._connection(Channel.objects.get(pk=email_channel.pk))
    assert seen["backend"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (seen["host"], seen["username"], seen["password"]) == (
        "smtp.office.example",
        "pr",
        "s3cret-pass",
    )


class WorkerKilled(BaseException):
    """What a killed worker looks like from inside: nothing after it runs."""


def test_a_worker_killed_mid_batch_is_resumed_after_the_recipients_it_reached(
    email_dispatch, flaky
):
    import datetime

    from django.utils import timezone

    from prachasan.distribution.models import Dispatch
    from prachasan.distribution.services import SENDING_LEASE, dispatches_retry_due

    flaky.fail_at = 2
    flaky.error = WorkerKilled()
    with pytest.raises(WorkerKilled):
        dispatch_send(dispatch_id=email_dispatch.pk)
    left = Dispatch.objects.get(pk=email_dispatch.pk)
    assert left.status == Status.SENDING
    assert left.recipients_done == 2  # saved as each message went
    # Another worker does not take it while the first might still be sending...
    assert dispatch_send(dispatch_id=email_dispatch.pk).recipients_done == 2
    assert len(mail.outbox) == 2
    # ...but does once the lease has run out, and sends only to the one not reached.
    later = timezone.now() + SENDING_LEASE + datetime.timedelta(minutes=1)
    assert dispatches_retry_due(now=later) >= 1
    done = Dispatch.objects.get(pk=email_dispatch.pk)
    assert done.status == Status.SENT
    assert [m.to[0].rsplit("<", 1)[-1].rstrip(">") for m in mail.outbox] == [
        "a@school.example",
        "b@school.example",
        "c@school.example",
    ]
    assert len(done.external_ids) == 3
