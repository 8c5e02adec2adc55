"""E-mail over a real SMTP server on loopback: the sandbox's aiosmtpd, its handler made to
count connections and to refuse what a real server refuses."""

import datetime
from email import message_from_bytes
from email.header import decode_header, make_header

import pytest
from aiosmtpd.smtp import AuthResult
from django.utils import timezone

from prachasan.distribution import email as email_adapter
from prachasan.distribution.models import Channel, ChannelKind, Dispatch, DispatchError
from prachasan.distribution.models import DispatchStatus as Status
from prachasan.distribution.services import (
    SENDING_LEASE,
    dispatch_create,
    dispatch_message,
    dispatch_send,
    dispatches_retry_due,
)
from prachasan.sandbox.server import SmtpHandler

pytestmark = pytest.mark.django_db

RECIPIENTS = [
    {"email": "a@school.example", "name": "ผอ.โรงเรียนบ้านป่า"},
    {"email": "b@school.example", "name": "ครูปี่ ที่เยิ้ม"},
    {"email": "c@school.example", "name": ""},
]
PASSWORD = "smtp-pass-2569"


class CountingHandler(SmtpHandler):
    """The sandbox's SMTP handler (the inbox still records every message) that also counts
    connections, keeps each message whole, and refuses what the test queues: a reply to
    the DATA of the message numbered n (``refuse_data[n]``), or to one RCPT address."""

    def __init__(self, inbox):
        super().__init__(inbox)
        self.connections = 0
        self.delivered: list[tuple[str, bytes]] = []  # (envelope recipient, message)
        self.refuse_data: dict[int, str] = {}
        self.refuse_rcpt: dict[str, str] = {}
        self.data_seen = 0

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse_rcpt:
            return self.refuse_rcpt.pop(address)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.data_seen += 1
        if self.data_seen in self.refuse_data:
            return self.refuse_data.pop(self.data_seen)
        for address in envelope.rcpt_tos:
            self.delivered.append((address, envelope.content))
        return await super().handle_DATA(server, session, envelope)

    @property
    def addresses(self) -> list[str]:
        return [address for address, _ in self.delivered]


@pytest.fixture
def smtp(sandbox):
    """The sandbox's SMTP server with the counting handler; the controller builds a
    server per connection from ``handler``, so every connection from now on uses it."""
    handler = CountingHandler(sandbox.inbox)
    sandbox._smtp.handler = handler
    return handler


@pytest.fixture
def channel(office, sandbox):
    office.email = "pr@office.example"
    office.save(update_fields=["email"])
    return Channel.objects.create(
        office=office,
        kind=ChannelKind.EMAIL,
        name="อีเมลผู้บริหารสถานศึกษา (SMTP)",
        settings={
            "smtp_host": "127.0.0.1",
            "smtp_port": sandbox.smtp_port,
            "smtp_tls": False,
            "unsubscribe_url": "https://office.example/unsubscribe?e={email}",
        },
    )


def _create(channel, news_item, captured, recipients=RECIPIENTS, batch_size=500):
    page, revision = news_item
    with captured(execute=False):
        return dispatch_create(
            channel=channel, revision=revision, recipients=recipients, batch_size=batch_size
        )


@pytest.fixture
def dispatch(channel, news_item, django_capture_on_commit_callbacks):
    (created,) = _create(channel, news_item, django_capture_on_commit_callbacks)
    return created


def _decoded(value) -> str:
    return str(make_header(decode_header(str(value))))


def test_each_recipient_gets_one_plain_text_message_from_the_office(
    smtp, sandbox, dispatch, news_item
):
    page, revision = news_item
    done = dispatch_send(dispatch_id=dispatch.pk)

    assert (done.status, done.recipients_done) == (Status.SENT, 3)
    assert smtp.connections == 1
    assert smtp.addresses == [r["email"] for r in RECIPIENTS]
    office = dispatch.channel.office
    for (address, raw), recipient, message_id in zip(
        smtp.delivered, RECIPIENTS, done.external_ids, strict=True
    ):
        parsed = message_from_bytes(raw)
        assert parsed.get_content_type() == "text/plain"
        assert parsed.get_content_charset() == "utf-8"
        assert not parsed.is_multipart()
        assert _decoded(parsed["From"]) == f"{office.short_name_th} <pr@office.example>"
        expected_to = f"{recipient['name']} <{address}>" if recipient["name"] else address
        assert _decoded(parsed["To"]) == expected_to
        assert _decoded(parsed["Subject"]) == revision.as_object().title
        assert parsed["Message-ID"] == message_id
        assert parsed["List-Unsubscribe"] == (
            f"<https://office.example/unsubscribe?e={address}>, "
            "<mailto:pr@office.example?subject=unsubscribe>"
        )
        assert parsed["Date"]
        body = parsed.get_payload(decode=True).decode("utf-8")
        assert revision.as_object().lead in body
        assert page.full_url in body
    # The sandbox's inbox (what the admin shows) saw the same.
    received = sandbox.inbox.entries("smtp")
    assert [entry["to"] for entry in received] == [[r["email"]] for r in RECIPIENTS]
    assert {entry["from"] for entry in received} == {"pr@office.example"}


def test_the_message_on_the_wire_is_the_one_django_would_build(smtp, dispatch):
    """Over SMTP the adapter sends bytes it prepares once per batch; they carry the same
    headers and body as Django's own EmailMessage for that recipient."""
    dispatch_send(dispatch_id=dispatch.pk)
    mailing = email_adapter.Mailing(
        channel=dispatch.channel,
        message=dispatch_message(dispatch=dispatch),
        idempotency_key=dispatch.idempotency_key,
        connection=None,
    )
    for index, (_, raw) in enumerate(smtp.delivered):
        wire = message_from_bytes(raw)
        django = mailing.email(RECIPIENTS[index], index).message()
        for header in ("From", "To", "Subject", "Message-ID", "List-Unsubscribe", "MIME-Version"):
            assert _decoded(wire[header]) == _decoded(django[header]), header
        assert wire.get_content_type() == django.get_content_type()
        # The same text; SMTP carries it with CRLF line ends.
        sent = wire.get_payload(decode=True).replace(b"\r\n", b"\n").rstrip(b"\n")
        assert sent == django.get_payload(decode=True).rstrip(b"\n")


def test_one_connection_per_batch(smtp, channel, news_item, django_capture_on_commit_callbacks):
    page, revision = news_item
    with django_capture_on_commit_callbacks(execute=True):
        dispatches = dispatch_create(
            channel=channel, revision=revision, recipients=RECIPIENTS, batch_size=2
        )
    assert len(dispatches) == 2
    assert set(Dispatch.objects.filter(channel=channel).values_list("status", flat=True)) == {
        Status.SENT
    }
    assert smtp.connections == 2
    assert smtp.addresses == [r["email"] for r in RECIPIENTS]


@pytest.mark.parametrize(
    "refusal",
    [
        {"data": "451 4.3.0 Temporary local problem, try again later"},
        {"data": "421 4.7.0 Too many messages, closing connection"},
        {"rcpt": "450 4.2.0 Greylisted, come back in five minutes"},
    ],
    ids=["451-at-data", "421-at-data", "450-at-rcpt"],
)
def test_a_temporary_refusal_mid_batch_is_retried_from_the_recipient_not_reached(
    smtp, dispatch, refusal
):
    if "data" in refusal:
        smtp.refuse_data[2] = refusal["data"]
    else:
        smtp.refuse_rcpt["b@school.example"] = refusal["rcpt"]

    first = dispatch_send(dispatch_id=dispatch.pk)
    assert (first.status, first.error) == (Status.RETRYING, DispatchError.SERVER_ERROR)
    assert first.recipients_done == 1
    assert smtp.addresses == ["a@school.example"]

    done = dispatch_send(dispatch_id=dispatch.pk, now=first.next_attempt_at)
    assert done.status == Status.SENT
    # Each recipient once: the first is not sent again, the refused one is.
    assert smtp.addresses == [r["email"] for r in RECIPIENTS]
    assert done.recipients_done == 3
    assert len(set(done.external_ids)) == 3
    assert smtp.connections == 2


def test_an_unknown_address_is_skipped_and_kept_the_rest_go(smtp, dispatch):
    smtp.refuse_rcpt["b@school.example"] = "550 5.1.1 No such user"
    done = dispatch_send(dispatch_id=dispatch.pk)
    assert done.status == Status.SENT
    assert smtp.addresses == ["a@school.example", "c@school.example"]
    assert done.error == DispatchError.UNKNOWN_RECIPIENT
    assert "b@school.example" in done.error_detail
    assert done.recipients_done == 3
    assert len(done.external_ids) == 2


@pytest.fixture
def authenticating(sandbox):
    """The sandbox's server asks for a login (over plain text on loopback) and knows one
    user, "pr", with PASSWORD."""

    def check(server, session, envelope, mechanism, auth_data):
        known = (auth_data.login, auth_data.password) == (b"pr", PASSWORD.encode())
        # handled=False: the server answers "535 Authentication credentials invalid".
        return AuthResult(success=known, handled=False)

    sandbox._smtp.SMTP_kwargs.update(authenticator=check, auth_require_tls=False)
    yield
    for key in ("authenticator", "auth_require_tls"):
        sandbox._smtp.SMTP_kwargs.pop(key, None)


@pytest.mark.parametrize("password", ["wrong-password", PASSWORD])
def test_a_refused_password_fails_once_with_its_reason(
    smtp, authenticating, channel, news_item, django_capture_on_commit_callbacks, password
):
    channel.settings["smtp_user"] = "pr"
    channel.secret_set("smtp_password", password)
    channel.save()
    (created,) = _create(channel, news_item, django_capture_on_commit_callbacks)

    result = dispatch_send(dispatch_id=created.pk)

    if password == PASSWORD:  # the same server takes the right one
        assert result.status == Status.SENT
        assert len(smtp.delivered) == 3
        return
    assert (result.status, result.error) == (Status.FAILED, DispatchError.BAD_CREDENTIALS)
    assert result.attempts == 1
    assert "535" in result.error_detail
    assert smtp.delivered == []
    # Nothing tries it again by itself: it waits for the officer's retry button.
    later = timezone.now() + datetime.timedelta(days=1)
    dispatches_retry_due(now=later)
    assert Dispatch.objects.get(pk=created.pk).attempts == 1
    assert smtp.delivered == []


class WorkerKilled(BaseException):
    """What a killed worker looks like from inside: nothing after it runs."""


def test_a_worker_killed_between_two_batches_loses_and_repeats_nothing(
    smtp, channel, news_item, django_capture_on_commit_callbacks, monkeypatch
):
    recipients = [*RECIPIENTS, {"email": "d@school.example", "name": "ห้องข่าว"}]
    first, second = _create(
        channel, news_item, django_capture_on_commit_callbacks, recipients=recipients, batch_size=2
    )
    assert dispatch_send(dispatch_id=first.pk).status == Status.SENT

    # The worker takes the second batch and dies before its first message.
    real = email_adapter._connection

    def dying(channel):
        raise WorkerKilled

    monkeypatch.setattr(email_adapter, "_connection", dying)
    with pytest.raises(WorkerKilled):
        dispatch_send(dispatch_id=second.pk)
    monkeypatch.setattr(email_adapter, "_connection", real)
    assert Dispatch.objects.get(pk=second.pk).status == Status.SENDING

    # A worker started again later picks up what was left, and only that.
    later = timezone.now() + SENDING_LEASE + datetime.timedelta(minutes=1)
    dispatches_retry_due(now=later)
    assert set(Dispatch.objects.filter(channel=channel).values_list("status", flat=True)) == {
        Status.SENT
    }
    assert smtp.addresses == [r["email"] for r in recipients]
    message_ids = [message_from_bytes(raw)["Message-ID"] for _, raw in smtp.delivered]
    assert len(set(message_ids)) == 4


def test_a_worker_killed_mid_batch_resumes_after_the_messages_the_server_took(
    smtp, dispatch, monkeypatch
):
    from prachasan.distribution import services

    real = services.dispatch_progress_record
    saved = []

    def dying_after_the_second(*, dispatch, reached, external_ids=None):
        real(dispatch=dispatch, reached=reached, external_ids=external_ids)
        saved.append(reached)
        if reached == 2:
            raise WorkerKilled

    monkeypatch.setattr(services, "dispatch_progress_record", dying_after_the_second)
    with pytest.raises(WorkerKilled):
        dispatch_send(dispatch_id=dispatch.pk)
    monkeypatch.setattr(services, "dispatch_progress_record", real)
    left = Dispatch.objects.get(pk=dispatch.pk)
    assert (left.status, left.recipients_done) == (Status.SENDING, 2)

    later = timezone.now() + SENDING_LEASE + datetime.timedelta(minutes=1)
    dispatches_retry_due(now=later)
    done = Dispatch.objects.get(pk=dispatch.pk)
    assert done.status == Status.SENT
    assert smtp.addresses == [r["email"] for r in RECIPIENTS]
    assert len(set(done.external_ids)) == 3
