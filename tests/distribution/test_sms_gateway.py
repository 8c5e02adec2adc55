import base64
from datetime import timedelta

import pytest
import requests
from django.utils import timezone
from django.utils.translation import gettext

from prachasan.distribution import services
from prachasan.distribution.adapters import Message
from prachasan.distribution.models import Channel, ChannelKind, Dispatch, DispatchError
from prachasan.distribution.models import DispatchStatus as Status
from prachasan.distribution.services import (
    SENDING_LEASE,
    dispatch_create,
    dispatch_send,
    dispatches_retry_due,
)
from prachasan.distribution.sms import (
    THAIBULKSMS,
    sms_gateway_config,
    thai_mobile_normalise,
)
from prachasan.sandbox.faults import Fault

pytestmark = pytest.mark.django_db

PHONES = [
    {"phone": "081-234-5678", "name": "ผอ.โรงเรียนบ้านหนองบัว"},
    {"phone": "0898765432", "name": "ครูประชาสัมพันธ์"},
    {"phone": "+66 61 111 2222", "name": "ศึกษานิเทศก์"},
    {"phone": "0922223333", "name": "ผอ.กลุ่มอำนวยการ"},
]
INTERNATIONAL = ["66812345678", "66898765432", "66611112222", "66922223333"]
SHORT = Message(subject="", text="ประกาศ สพป.ตัวอย่าง เขต 1 https://office.example/n/1/")


@pytest.fixture
def message(monkeypatch):
    """The SMS version that goes out (what the editor would have saved)."""
    current = {"message": SHORT}
    monkeypatch.setattr(services, "dispatch_message", lambda *, dispatch: current["message"])
    return current


@pytest.fixture
def gateway(sandbox):
    return sandbox.sandbox.emulators["sms"]


def channel_make(office, *, name, settings, secrets):
    channel = Channel(office=office, kind=ChannelKind.SMS, name=name, settings=settings)
    for key, value in secrets.items():
        channel.secret_set(key, value)
    channel.save()
    return channel


@pytest.fixture
def thaibulksms(office, sandbox):
    return channel_make(
        office,
        name="SMS ThaiBulkSMS",
        settings={"profile": THAIBULKSMS, "api_base": f"{sandbox.url}/sms", "sender": "OBEC-PR"},
        secrets={"api_key": "tbs-key", "api_secret": "tbs-secret"},
    )


@pytest.fixture
def generic(office, sandbox):
    return channel_make(
        office,
        name="SMS gateway",
        settings={
            "profile": "generic",
            "url": f"{sandbox.url}/sms/generic/send",
            "format": "json",
            "auth": "bearer",
            "success_field": "status",
            "success_value": "ok",
            "id_field": "message_id",
            "sender": "PR",
        },
        secrets={"api_key": "gateway-token"},
    )


@pytest.fixture
def create(news_item, django_capture_on_commit_callbacks):
    def make(channel, recipients=PHONES):
        with django_capture_on_commit_callbacks(execute=False):
            (dispatch,) = dispatch_create(
                channel=channel, revision=news_item[1], recipients=recipients
            )
        return dispatch

    return make


def test_thaibulksms_profile_sends_the_batch_in_one_request(
    thaibulksms, create, message, sandbox, gateway
):
    dispatch = create(thaibulksms, PHONES + [{"phone": "02-123-4567", "name": "โทรศัพท์บ้าน"}])
    dispatch = dispatch_send(dispatch_id=dispatch.pk)
    assert dispatch.status == Status.SENT, dispatch.error_detail
    assert [m["number"] for m in gateway.messages] == INTERNATIONAL
    assert {m["text"] for m in gateway.messages} == {SHORT.text}
    assert {m["sender"] for m in gateway.messages} == {"OBEC-PR"}
    assert dispatch.external_ids == [m["message_id"] for m in gateway.messages]
    assert dispatch.recipients_done == 5
    # A landline is no mobile: not sent, kept for the officer.
    assert dispatch.error == DispatchError.UNKNOWN_RECIPIENT
    assert "02-123-4567" in dispatch.error_detail
    [entry] = sandbox.inbox.entries("sms")
    assert entry["path"] == "/sms"
    assert entry["body"]["msisdn"] == ",".join(INTERNATIONAL)
    assert entry["body"]["force"] == "corporate"
    key, secret = base64.b64decode(entry["headers"]["Authorization"][6:]).decode().split(":")
    assert (key, secret) == ("tbs-key", "tbs-secret")
    # The idempotency key travels with the request.
    assert f"{dispatch.idempotency_key}-0" in gateway.answered


def test_numbers_the_gateway_refuses_are_kept(thaibulksms, create, message, gateway):
    # The number looks right to us, but the gateway lists it as bad: "as_is" lets it through.
    thaibulksms.settings["number_format"] = "as_is"
    thaibulksms.save()
    dispatch = create(thaibulksms, [{"phone": "0812345678"}, {"phone": "5551234"}])
    dispatch = dispatch_send(dispatch_id=dispatch.pk)
    assert dispatch.status == Status.SENT
    assert dispatch.error == DispatchError.UNKNOWN_RECIPIENT and "5551234" in dispatch.error_detail
    assert len(gateway.messages) == 1


def test_429_waits_for_retry_after(thaibulksms, create, message, sandbox, gateway):
    sandbox.faults.add(Fault(service="sms", status=429, retry_after="900"))
    dispatch = create(thaibulksms)
    now = timezone.now()
    dispatch = dispatch_send(dispatch_id=dispatch.pk, now=now)
    assert (dispatch.status, dispatch.error) == (Status.RETRYING, DispatchError.RATE_LIMITED)
    assert dispatch.next_attempt_at >= now + timedelta(seconds=900)
    assert gateway.messages == []
    dispatches_retry_due(now=now + timedelta(seconds=600))
    assert gateway.messages == []  # not yet due
    dispatches_retry_due(now=now + timedelta(seconds=901))
    assert Dispatch.objects.get(pk=dispatch.pk).status == Status.SENT
    assert [m["number"] for m in gateway.messages] == INTERNATIONAL


def test_500_then_success(generic, create, message, sandbox, gateway):
    sandbox.faults.add(Fault(service="sms", status=500))
    dispatch = create(generic)
    now = timezone.now()
    dispatch = dispatch_send(dispatch_id=dispatch.pk, now=now)
    assert (dispatch.status, dispatch.error) == (Status.RETRYING, DispatchError.SERVER_ERROR)
    assert dispatch.recipients_done == 0
    dispatch = dispatch_send(dispatch_id=dispatch.pk, now=now + timedelta(hours=1))
    assert dispatch.status == Status.SENT
    assert [m["number"] for m in gateway.messages] == INTERNATIONAL
    assert len(dispatch.external_ids) == 4


def test_a_failure_mid_batch_resumes_after_the_numbers_sent(
    generic, create, message, sandbox, gateway
):
    dispatch = create(generic)
    gateway_url = generic.settings["url"]
    # Two numbers go through, then the gateway answers 503 to the third request.
    real = requests.Session.request
    calls = []

    def third_fails(self, method, url, *args, **kwargs):
        calls.append(url)
        if len(calls) == 3:
            sandbox.faults.add(Fault(service="sms", status=503))
        return real(self, method, url, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(requests.Session, "request", third_fails)
        now = timezone.now()
        dispatch = dispatch_send(dispatch_id=dispatch.pk, now=now)
    assert calls == [gateway_url] * 3
    assert (dispatch.status, dispatch.recipients_done) == (Status.RETRYING, 2)
    assert len(dispatch.external_ids) == 2
    dispatch = dispatch_send(dispatch_id=dispatch.pk, now=now + timedelta(hours=1))
    assert dispatch.status == Status.SENT and dispatch.recipients_done == 4
    assert sorted(m["number"] for m in gateway.messages) == sorted(INTERNATIONAL)
    assert len(dispatch.external_ids) == 4


class WorkerKilled(BaseException):
    """What a killed worker looks like from inside: nothing catches it."""


@pytest.mark.parametrize("profile", ["generic", "thaibulksms"])
def test_a_killed_worker_resumes_and_each_phone_gets_one_sms(
    generic, thaibulksms, create, message, gateway, profile
):
    channel = generic if profile == "generic" else thaibulksms
    # One number per request, so that the worker dies between two of them.
    channel.settings["numbers_per_request"] = 1
    channel.save()
    dispatch = create(channel)
    real = requests.Session.request
    calls = []

    def dies_after_the_second(self, *args, **kwargs):
        calls.append(args)
        if len(calls) == 3:
            raise WorkerKilled
        return real(self, *args, **kwargs)

    now = timezone.now()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(requests.Session, "request", dies_after_the_second)
        with pytest.raises(WorkerKilled):
            dispatch_send(dispatch_id=dispatch.pk, now=now)
    left = Dispatch.objects.get(pk=dispatch.pk)
    assert (left.status, left.recipients_done, len(left.external_ids)) == (Status.SENDING, 2, 2)
    # Another worker picks it up after the lease, and goes on from the third number.
    dispatches_retry_due(now=now + SENDING_LEASE - timedelta(minutes=1))
    assert len(gateway.messages) == 2
    dispatches_retry_due(now=now + SENDING_LEASE + timedelta(minutes=1))
    done = Dispatch.objects.get(pk=dispatch.pk)
    assert done.status == Status.SENT and done.recipients_done == 4
    numbers = [m["number"] for m in gateway.messages]
    assert sorted(numbers) == sorted(INTERNATIONAL) and len(numbers) == len(set(numbers))
    assert done.external_ids == [m["message_id"] for m in gateway.messages]


def test_bad_credentials_fail_once_with_their_reason(
    thaibulksms, create, message, sandbox, gateway
):
    thaibulksms.secret_set("api_key", "invalid-key")
    thaibulksms.save()
    dispatch = dispatch_send(dispatch_id=create(thaibulksms).pk)
    assert (dispatch.status, dispatch.error) == (Status.FAILED, DispatchError.BAD_CREDENTIALS)
    assert dispatch.attempts == 1 and "UNAUTHORIZED" in dispatch.error_detail
    dispatches_retry_due(now=timezone.now() + timedelta(days=1))
    assert len(sandbox.inbox.entries("sms")) == 1
    assert gateway.messages == []


def test_a_thai_text_longer_than_the_channel_allows_is_refused(
    thaibulksms, create, message, sandbox, gateway
):
    message["message"] = Message(subject="", text="ประชาสัมพันธ์" * 16)  # 208 chars: 4 parts
    dispatch = dispatch_send(dispatch_id=create(thaibulksms).pk)
    assert (dispatch.status, dispatch.error) == (Status.FAILED, DispatchError.REJECTED)
    expected = gettext(
        "The SMS is %(parts)d parts long; this channel sends at most %(limit)d. "
        "Shorten the SMS version of the item."
    ) % {"parts": 4, "limit": 3}
    assert dispatch.error_detail == expected
    assert sandbox.inbox.entries("sms") == []
    # A channel that allows longer messages sends it.
    thaibulksms.settings["max_segments"] = 4
    thaibulksms.save()
    Dispatch.objects.all().delete()
    dispatch = dispatch_send(dispatch_id=create(thaibulksms).pk)
    assert dispatch.status == Status.SENT
    assert {m["parts"] for m in gateway.messages} == {4}


def test_generic_form_with_basic_auth(office, sandbox, create, message, gateway):
    channel = channel_make(
        office,
        name="SMS form",
        settings={
            "url": f"{sandbox.url}/sms/generic/send",
            "format": "form",
            "auth": "basic",
            "fields": {"to": "to", "message": "message", "sender": "sender"},
            "number_format": "local",
            "success_field": "status",
            "id_field": "message_id",
        },
        secrets={"api_key": "user", "api_secret": "pass"},
    )
    dispatch = dispatch_send(dispatch_id=create(channel, PHONES[:2]).pk)
    assert dispatch.status == Status.SENT, dispatch.error_detail
    entries = sandbox.inbox.entries("sms")
    assert [e["body"]["to"] for e in entries] == ["0812345678", "0898765432"]
    assert all(
        e["headers"]["Content-Type"].startswith("application/x-www-form-urlencoded")
        for e in entries
    )
    assert base64.b64decode(entries[0]["headers"]["Authorization"][6:]) == b"user:pass"
    assert "sender" not in entries[0]["body"]  # no sender configured
    assert dispatch.external_ids == [m["message_id"] for m in gateway.messages]


def test_generic_json_with_bearer(generic, sandbox, create, message, gateway):
    dispatch = dispatch_send(dispatch_id=create(generic, PHONES[:2]).pk)
    assert dispatch.status == Status.SENT, dispatch.error_detail
    entries = sandbox.inbox.entries("sms")
    assert [e["body"] for e in entries] == [
        {"to": "66812345678", "message": SHORT.text, "sender": "PR"},
        {"to": "66898765432", "message": SHORT.text, "sender": "PR"},
    ]
    assert {e["headers"]["Authorization"] for e in entries} == {"Bearer gateway-token"}
    assert set(gateway.answered) == {
        f"{dispatch.idempotency_key}-0",
        f"{dispatch.idempotency_key}-1",
    }


def test_generic_header_auth_get_and_renamed_fields(office, sandbox, create, message, gateway):
    # A gateway with other field names: the emulator reads "to", so map ours onto them.
    channel = channel_make(
        office,
        name="SMS GET",
        settings={
            "url": f"{sandbox.url}/sms/generic/send",
            "method": "GET",
            "auth": "header",
            "auth_header": "X-API-Key",
            "fields": {"to": "to", "message": "message", "sender": "from"},
            "sender": "PR",
            "numbers_per_request": 10,
            "id_field": "ids",
        },
        secrets={"api_key": "k"},
    )
    dispatch = dispatch_send(dispatch_id=create(channel).pk)
    assert dispatch.status == Status.SENT, dispatch.error_detail
    [entry] = sandbox.inbox.entries("sms")
    assert entry["method"] == "GET"
    assert entry["query"]["to"] == ",".join(INTERNATIONAL) and entry["query"]["from"] == "PR"
    assert len(dispatch.external_ids) == 4


def test_generic_answer_that_says_no_is_rejected(generic, create, message, gateway):
    generic.settings["success_value"] = "queued"  # this gateway says "ok"
    generic.save()
    dispatch = dispatch_send(dispatch_id=create(generic).pk)
    assert (dispatch.status, dispatch.error) == (Status.FAILED, DispatchError.REJECTED)
    assert "status='ok'" in dispatch.error_detail


def test_a_missing_key_is_not_configured(generic, create, message, sandbox):
    generic.secrets_encrypted = {}
    generic.save()
    dispatch = dispatch_send(dispatch_id=create(generic).pk)
    assert (dispatch.status, dispatch.error) == (Status.FAILED, DispatchError.NOT_CONFIGURED)
    assert sandbox.inbox.entries("sms") == []


@pytest.mark.parametrize(
    ("written", "local", "international", "e164"),
    [
        ("0812345678", "0812345678", "66812345678", "+66812345678"),
        ("081-234-5678", "0812345678", "66812345678", "+66812345678"),
        ("+66 81 234 5678", "0812345678", "66812345678", "+66812345678"),
        ("66912345678", "0912345678", "66912345678", "+66912345678"),
        ("612345678", "0612345678", "66612345678", "+66612345678"),
        ("021234567", None, None, None),  # Bangkok landline
        ("0712345678", None, None, None),
        ("08123", None, None, None),
        ("", None, None, None),
    ],
)
def test_thai_mobile_numbers(written, local, international, e164):
    assert thai_mobile_normalise(written, number_format="local") == local
    assert thai_mobile_normalise(written, number_format="international") == international
    assert thai_mobile_normalise(written, number_format="e164") == e164


def test_the_profile_fills_the_gateway_settings():
    config = sms_gateway_config(settings={"profile": THAIBULKSMS, "sender": "OBEC"})
    assert config["url"] == "https://api-v2.thaibulksms.com/sms"
    assert config["auth"] == "basic" and config["format"] == "form"
    assert config["fields"]["to"] == "msisdn"
    assert config["extra"] == {"force": "corporate"}
    assert sms_gateway_config(settings={"profile": THAIBULKSMS})["extra"] == {"force": "standard"}
    # The officer's own values win.
    config = sms_gateway_config(settings={"profile": THAIBULKSMS, "url": "https://gw.example/x"})
    assert config["url"] == "https://gw.example/x"
