"""The LINE channel end to end against the sandbox's LINE emulator: each audience, the
retry key, errors that heal and errors that do not, a worker killed mid-batch, the join
webhook and the quota; every request the emulator received must match LINE's spec."""

import json
import uuid
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from prachasan.distribution import services
from prachasan.distribution.adapters import DeliveryError, Message
from prachasan.distribution.line import (
    ALT_TEXT_MAX,
    BUBBLE_TEXT_MAX,
    line_flex_message,
    line_messages,
    line_quota,
    retry_key,
)
from prachasan.distribution.models import (
    Channel,
    ChannelKind,
    Dispatch,
    DispatchError,
    DispatchStatus,
    LineGroup,
)
from prachasan.distribution.services import SENDING_LEASE, dispatch_create, dispatch_send
from prachasan.sandbox.faults import Fault
from prachasan.sandbox.line import (
    spec_request_errors,
    webhook_event,
    webhook_payload_errors,
    webhook_request,
)

pytestmark = pytest.mark.django_db

GROUPS = ["C" + "1" * 32, "C" + "2" * 32, "C" + "3" * 32]
USERS = ["U" + "a" * 32, "U" + "b" * 32, "U" + "c" * 32]
SECRET = "0123456789abcdef0123456789abcdef"


@pytest.fixture
def sandbox(sandbox):
    """The sandbox; after the test, every request its LINE emulator received must match
    LINE's spec."""
    yield sandbox
    for entry in sandbox.inbox.entries("line"):
        if entry["path"].startswith("/_sandbox/"):
            continue
        body = entry["body"]
        errors = spec_request_errors(
            method=entry["method"],
            path=entry["path"],
            headers=entry["headers"],
            body=body if body not in ("", None) else None,
            query=entry["query"],
        )
        assert errors == [], (entry["method"], entry["path"], errors)


@pytest.fixture
def line(sandbox):
    """The LINE emulator of the running sandbox."""
    return sandbox.sandbox.emulators["line"]


@pytest.fixture
def line_channel(office, sandbox):
    channel = Channel(
        office=office,
        kind=ChannelKind.LINE,
        name="LINE OA สพป.ตัวอย่าง",
        settings={"api_base": f"{sandbox.url}/line", "audience": "groups"},
    )
    channel.secret_set("channel_access_token", "sandbox-token-" + uuid.uuid4().hex)
    channel.secret_set("channel_secret", SECRET)
    channel.save()
    return channel


def _dispatch(channel, revision, recipients, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        (dispatch,) = dispatch_create(channel=channel, revision=revision, recipients=recipients)
    return dispatch


@pytest.fixture
def send(news_item, django_capture_on_commit_callbacks):
    """Create one dispatch of the demo item to ``channel`` and send it once."""
    _page, revision = news_item

    def go(channel, recipients):
        dispatch = _dispatch(channel, revision, recipients, django_capture_on_commit_callbacks)
        return dispatch_send(dispatch_id=dispatch.pk)

    return go


def _groups(ids=GROUPS):
    return [{"to": group_id, "name": f"กลุ่ม {n}"} for n, group_id in enumerate(ids, 1)]


# -- audiences --------------------------------------------------------------------------


def test_each_group_gets_one_push_with_its_own_retry_key(line, line_channel, send, news_item):
    line.group_members[GROUPS[0]] = 12
    dispatch = send(line_channel, _groups())
    assert dispatch.status == DispatchStatus.SENT
    assert dispatch.recipients_done == 3
    pushes = [d for d in line.deliveries if d["kind"] == "push"]
    assert [d["to"] for d in pushes] == [[g] for g in GROUPS]
    assert dispatch.external_ids == [d["request_id"] for d in pushes]
    keys = [d["retry_key"] for d in pushes]
    assert keys == [retry_key(dispatch, i) for i in range(3)]
    assert len(set(keys)) == 3 and str(dispatch.idempotency_key) not in keys
    flex = pushes[0]["messages"][0]
    page, _revision = news_item
    assert flex["type"] == "flex"
    assert page.title in json.dumps(flex, ensure_ascii=False)
    # LINE counts a push to a group once per member.
    assert line.used(line_channel.secret_get("channel_access_token")) == 12 + 30 + 30


def test_multicast_sends_the_batch_in_one_call(line, line_channel, send):
    line_channel.settings["audience"] = "multicast"
    line_channel.save()
    dispatch = send(line_channel, [{"to": user} for user in USERS])
    assert dispatch.status == DispatchStatus.SENT
    ((delivery),) = line.deliveries
    assert delivery["kind"] == "multicast" and delivery["to"] == USERS
    assert delivery["retry_key"] == str(dispatch.idempotency_key)
    assert dispatch.external_ids == [delivery["request_id"]]
    assert dispatch.recipients_done == 3


def test_a_multicast_of_more_than_500_is_refused_before_it_leaves(
    line, line_channel, news_item, django_capture_on_commit_callbacks
):
    line_channel.settings["audience"] = "multicast"
    line_channel.save()
    _page, revision = news_item
    dispatch = Dispatch.objects.create(
        channel=line_channel,
        page_id=revision.object_id,
        revision=revision,
        recipients=[{"to": "U" + f"{n:032x}"} for n in range(501)],
    )
    dispatch = dispatch_send(dispatch_id=dispatch.pk)
    assert dispatch.status == DispatchStatus.FAILED
    assert dispatch.error == DispatchError.REJECTED
    assert line.deliveries == []


def test_broadcast_reaches_every_friend_in_one_call(line, line_channel, send):
    line_channel.settings["audience"] = "broadcast"
    line_channel.save()
    line.friends = 250
    dispatch = send(line_channel, [])
    assert dispatch.status == DispatchStatus.SENT
    ((delivery),) = line.deliveries
    assert delivery["kind"] == "broadcast" and delivery["count"] == 250
    assert dispatch.external_ids == [delivery["request_id"]]


# -- errors -----------------------------------------------------------------------------


def test_a_429_waits_at_least_its_retry_after(sandbox, line, line_channel, send):
    sandbox.faults.add(Fault(service="line", status=429, retry_after="900", path="push"))
    before = timezone.now()
    dispatch = send(line_channel, _groups(GROUPS[:1]))
    assert dispatch.status == DispatchStatus.RETRYING
    assert dispatch.error == DispatchError.RATE_LIMITED
    assert dispatch.next_attempt_at >= before + timedelta(seconds=900)
    assert line.deliveries == []


def test_a_server_error_is_retried_and_then_delivered_once(sandbox, line, line_channel, send):
    sandbox.faults.add(Fault(service="line", status=500, path="push"))
    dispatch = send(line_channel, _groups(GROUPS[:1]))
    assert dispatch.status == DispatchStatus.RETRYING
    assert dispatch.error == DispatchError.SERVER_ERROR
    dispatch = dispatch_send(dispatch_id=dispatch.pk, now=dispatch.next_attempt_at)
    assert dispatch.status == DispatchStatus.SENT
    assert dispatch.attempts == 2
    assert len(line.deliveries) == 1
    assert [e["status"] for e in sandbox.inbox.entries("line")] == [500, 200]


def test_a_refused_token_fails_at_once_with_its_reason(sandbox, line, line_channel, send):
    line_channel.secret_set("channel_access_token", "invalid-token-from-an-old-channel")
    line_channel.save()
    dispatch = send(line_channel, _groups(GROUPS[:1]))
    assert dispatch.status == DispatchStatus.FAILED
    assert dispatch.error == DispatchError.BAD_CREDENTIALS
    assert dispatch.attempts == 1
    assert "HTTP 401" in dispatch.error_detail and "Authentication failed" in dispatch.error_detail
    assert [e["status"] for e in sandbox.inbox.entries("line")] == [401]


def test_a_group_the_account_left_fails_for_good(line, line_channel, send):
    line.groups_left.add(GROUPS[0])
    dispatch = send(line_channel, _groups(GROUPS[:1]))
    assert dispatch.status == DispatchStatus.FAILED
    assert dispatch.error == DispatchError.UNKNOWN_RECIPIENT
    assert "'to'" in dispatch.error_detail
    assert line.deliveries == []


def test_the_other_groups_still_get_it_when_one_was_left(line, line_channel, send):
    line.groups_left.add(GROUPS[1])
    dispatch = send(line_channel, _groups())
    assert dispatch.status == DispatchStatus.SENT
    assert dispatch.error == DispatchError.UNKNOWN_RECIPIENT
    assert GROUPS[1] in dispatch.error_detail
    assert [d["to"] for d in line.deliveries] == [[GROUPS[0]], [GROUPS[2]]]
    assert dispatch.recipients_done == 3


class WorkerKilled(BaseException):
    """What a killed worker looks like from inside: nothing catches it."""


def test_a_killed_worker_resumes_after_the_last_group_pushed(line, line_channel, send, monkeypatch):
    from linebot.v3.messaging import MessagingApi

    original = MessagingApi.push_message_with_http_info
    calls = []

    def push_then_die(self, *args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise WorkerKilled
        return original(self, *args, **kwargs)

    monkeypatch.setattr(MessagingApi, "push_message_with_http_info", push_then_die)
    with pytest.raises(WorkerKilled):
        send(line_channel, _groups())
    dispatch = Dispatch.objects.get(channel=line_channel)
    assert dispatch.status == DispatchStatus.SENDING
    assert dispatch.recipients_done == 1
    monkeypatch.setattr(MessagingApi, "push_message_with_http_info", original)
    later = timezone.now() + SENDING_LEASE + timedelta(minutes=1)
    assert services.dispatches_retry_due(now=later) >= 1
    dispatch.refresh_from_db()
    assert dispatch.status == DispatchStatus.SENT
    assert dispatch.recipients_done == 3
    assert [d["to"] for d in line.deliveries] == [[g] for g in GROUPS]
    assert len(dispatch.external_ids) == 3


def test_a_repeat_line_already_accepted_counts_as_sent(line, line_channel, send):
    dispatch = send(line_channel, _groups(GROUPS[:1]))
    (first,) = line.deliveries
    # The answer was lost: the worker thinks nothing went and tries again.
    Dispatch.objects.filter(pk=dispatch.pk).update(
        status=DispatchStatus.WAITING, recipients_done=0, external_ids=[]
    )
    dispatch = dispatch_send(dispatch_id=dispatch.pk)
    assert dispatch.status == DispatchStatus.SENT
    assert dispatch.recipients_done == 1
    assert dispatch.external_ids == [first["request_id"]]
    assert len(line.deliveries) == 1


def test_a_version_with_a_picture_has_it_as_the_bubble_hero(line, line_channel, send, monkeypatch):
    picture = "https://prachasan.example/media/images/news.jpg"
    original = services.dispatch_message

    def with_picture(*, dispatch):
        message = original(dispatch=dispatch)
        return Message(
            subject=message.subject,
            text=message.text + "\n\n" + "รายละเอียด " * 80,
            url="https://prachasan.example/news/item/",
            title=message.subject,
            image_url=picture,
        )

    monkeypatch.setattr(services, "dispatch_message", with_picture)
    send(line_channel, _groups(GROUPS[:1]))
    (delivery,) = line.deliveries
    flex, text = delivery["messages"]
    assert flex["contents"]["hero"]["url"] == picture
    button = flex["contents"]["footer"]["contents"][0]["action"]
    assert button == {
        "type": "uri",
        "label": gettext("Read more"),
        "uri": "https://prachasan.example/news/item/",
    }
    assert text["type"] == "text" and text["text"].endswith("https://prachasan.example/news/item/")


# -- the message ------------------------------------------------------------------------


def _valid_push(messages):
    return spec_request_errors(
        method="POST",
        path="/v2/bot/message/push",
        headers={"Authorization": "Bearer t", "Content-Type": "application/json"},
        body={"to": GROUPS[0], "messages": messages},
    )


def test_the_flex_bubble_fits_line_limits():
    message = Message(
        subject="ประกาศ " * 100,
        title="ประกาศ " * 100,
        text="ประกาศ " * 100 + "\n\n" + "เนื้อหา " * 50,
        url="https://prachasan.example/news/1/",
        image_url="http://insecure.example/picture.jpg",
    )
    flex = line_flex_message(message)
    assert len(flex["altText"]) <= ALT_TEXT_MAX
    assert "hero" not in flex["contents"]  # LINE shows HTTPS pictures only
    lead = flex["contents"]["body"]["contents"][1]["text"]
    assert len(lead) <= BUBBLE_TEXT_MAX and lead.endswith("…")
    assert _valid_push(line_messages(message)) == []


def test_a_short_item_is_one_bubble_and_a_correction_says_so():
    short = Message(subject="ข่าว", title="ข่าว", text="ข่าว\n\nสั้น ๆ", url="https://x.example/")
    (flex,) = line_messages(short)
    assert [c["text"] for c in flex["contents"]["body"]["contents"]] == ["ข่าว", "สั้น ๆ"]
    correction = Message(
        subject="ข่าว", title="ข่าว", text="ข้อความแก้ไข", url="https://x.example/", correction=True
    )
    (flex,) = line_messages(correction)
    assert flex["contents"]["body"]["contents"][0]["text"] == gettext("Correction notice")
    assert _valid_push([flex]) == []


def test_a_too_long_text_is_trimmed_to_5000():
    message = Message(subject="t", title="t", text="ก" * 9000, url="https://x.example/")
    flex, text = line_messages(message)
    assert len(text["text"]) <= 5000
    assert text["text"].endswith("https://x.example/")
    assert _valid_push([flex, text]) == []


# -- webhook ----------------------------------------------------------------------------


def _webhook(client, channel, events, secret=SECRET, signature=None):
    body, headers = webhook_request(events, channel_secret=secret)
    assert webhook_payload_errors(body) == []
    return client.post(
        f"/line/webhook/{channel.pk}/",
        data=body,
        content_type="application/json",
        headers={
            "X-Line-Signature": signature if signature is not None else headers["X-Line-Signature"]
        },
    )


def test_a_join_records_the_group_with_its_name_and_a_leave_stops_pushes(
    client, line, line_channel
):
    line.group_names[GROUPS[0]] = "ผู้บริหารโรงเรียน สพป.ตัวอย่าง"
    answer = _webhook(client, line_channel, [webhook_event("join", group_id=GROUPS[0])])
    assert answer.status_code == 200
    group = LineGroup.objects.get(channel=line_channel, group_id=GROUPS[0])
    assert group.name == "ผู้บริหารโรงเรียน สพป.ตัวอย่าง"
    assert group.joined_at is not None and group.left_at is None
    assert group.send is False  # the officer decides
    group.send = True
    group.save()
    answer = _webhook(client, line_channel, [webhook_event("leave", group_id=GROUPS[0])])
    assert answer.status_code == 200
    group.refresh_from_db()
    assert group.left_at is not None and group.send is False
    # Joining again clears the leave but keeps the officer's choice off.
    _webhook(client, line_channel, [webhook_event("join", group_id=GROUPS[0])])
    group.refresh_from_db()
    assert group.left_at is None and group.send is False


def test_a_follower_is_recorded_and_multicast_reaches_them_through_the_registry(
    client, login, line, line_channel, django_capture_on_commit_callbacks, news_item
):
    """Follow (webhook) → the officer sees the follower's ID on the channel page → puts it
    in the school's record → the multicast to a recipient group with that school reaches it."""
    from prachasan.distribution.models import LineFollower
    from prachasan.distribution.services import channel_recipients
    from prachasan.network.models import RecipientGroup, RecipientRule, School

    user_id = "U" + uuid.uuid4().hex
    line.user_names[user_id] = "ผอ.สมศรี"
    answer = _webhook(client, line_channel, [webhook_event("follow", user_id=user_id)])
    assert answer.status_code == 200
    follower = LineFollower.objects.get(channel=line_channel, user_id=user_id)
    assert follower.display_name == "ผอ.สมศรี" and follower.unfollowed_at is None
    login("pr")
    page = client.get(f"/admin/distribution/channels/inspect/{line_channel.pk}/")
    assert user_id in page.content.decode() and "ผอ.สมศรี" in page.content.decode()

    school = School.objects.filter(office=line_channel.office).order_by("pk").first()
    school.line_id = user_id
    school.save(update_fields=["line_id"])
    group = RecipientGroup(office=line_channel.office, name="โรงเรียนที่ติดตาม LINE")
    group.rules = [RecipientRule(source="schools")]
    group.save()
    line_channel.settings = {**line_channel.settings, "audience": "multicast"}
    line_channel.save()
    line_channel.recipient_groups.set([group])
    # Only the schools whose records carry a LINE user ID (the demo has two more).
    reached = [r["to"] for r in channel_recipients(channel=line_channel)]
    assert user_id in reached and all(to.startswith("U") and len(to) == 33 for to in reached)
    _page, revision = news_item
    dispatch = _dispatch(
        line_channel,
        revision,
        channel_recipients(channel=line_channel),
        django_capture_on_commit_callbacks,
    )
    assert dispatch_send(dispatch_id=dispatch.pk).status == "sent"
    assert line.deliveries[-1]["kind"] == "multicast"
    assert sorted(line.deliveries[-1]["to"]) == sorted(reached)

    _webhook(client, line_channel, [webhook_event("unfollow", user_id=user_id)])
    follower.refresh_from_db()
    assert follower.unfollowed_at is not None


def test_a_bad_or_missing_signature_changes_nothing(client, line_channel):
    events = [webhook_event("join", group_id=GROUPS[1])]
    assert _webhook(client, line_channel, events, secret="not-the-secret").status_code == 403
    assert _webhook(client, line_channel, events, signature="").status_code == 400
    assert not LineGroup.objects.filter(channel=line_channel).exists()


def test_the_webhook_answers_200_when_line_cannot_name_the_group(client, line_channel, sandbox):
    sandbox.faults.add(Fault(service="line", status=500, path="summary"))
    events = [
        webhook_event("join", group_id=GROUPS[2]),
        {
            **webhook_event("join", group_id=GROUPS[2]),
            "type": "memberJoined",
            "joined": {"members": [{"type": "user", "userId": USERS[0]}]},
        },
    ]
    answer = _webhook(client, line_channel, events)
    assert answer.status_code == 200
    assert LineGroup.objects.get(channel=line_channel, group_id=GROUPS[2]).name == ""


def test_the_webhook_is_only_for_line_channels(client, office, line_channel):
    other = Channel.objects.create(office=office, kind=ChannelKind.SMS, name="SMS")
    body, headers = webhook_request([], channel_secret=SECRET)
    answer = client.post(
        f"/line/webhook/{other.pk}/",
        data=body,
        content_type="application/json",
        headers={"X-Line-Signature": headers["X-Line-Signature"]},
    )
    assert answer.status_code == 404
    assert client.get(f"/line/webhook/{line_channel.pk}/").status_code == 405


# -- quota ------------------------------------------------------------------------------


def test_quota_reports_the_month_limit_and_what_was_used(line, line_channel, send):
    line.quota_limit = 300
    line_channel.settings["audience"] = "multicast"
    line_channel.save()
    send(line_channel, [{"to": user} for user in USERS])
    assert line_quota(line_channel) == {"type": "limited", "limit": 300, "used": 3}
    line.quota_limit = None
    assert line_quota(line_channel) == {"type": "none", "limit": None, "used": 3}


def test_quota_with_a_refused_token_raises_a_clear_error(line_channel):
    line_channel.secret_set("channel_access_token", "expired-token")
    with pytest.raises(DeliveryError) as raised:
        line_quota(line_channel)
    assert raised.value.reason == DispatchError.BAD_CREDENTIALS


def test_the_month_quota_used_up_fails_with_a_reason_not_endless_retries(line, line_channel, send):
    line.quota_limit = 10
    dispatch = send(line_channel, _groups(GROUPS[:1]))  # 30 members
    assert dispatch.status == DispatchStatus.FAILED
    assert dispatch.error == DispatchError.REJECTED
    assert "quota" in dispatch.error_detail


# -- notifications to the deciders ------------------------------------------------------


@pytest.fixture
def area_director_on_line(office, sandbox):
    """The area director gave a LINE user ID; the office's LINE accounts use the sandbox."""
    from prachasan.offices.models import Person

    for channel in Channel.objects.filter(office=office, kind=ChannelKind.LINE):
        channel.settings = {**channel.settings, "api_base": f"{sandbox.url}/line"}
        channel.save(update_fields=["settings"])
    person = Person.objects.get(user__username="areadirector")
    person.line_user_id = USERS[0]
    person.full_clean()
    person.save(update_fields=["line_user_id"])
    return person


def _remind(django_capture_on_commit_callbacks):
    from io import StringIO

    from django.core.management import call_command

    with django_capture_on_commit_callbacks(execute=True):
        call_command("approvals_remind", stdout=StringIO())


def test_the_late_request_reaches_the_area_director_on_line_too(
    line, area_director_on_line, django_capture_on_commit_callbacks
):
    from prachasan.approvals.models import Notification

    _remind(django_capture_on_commit_callbacks)
    late = Notification.objects.filter(kind="overdue", recipient__username="areadirector")
    by_line = late.get(channel=Notification.Channel.LINE)
    by_email = late.get(channel=Notification.Channel.EMAIL)
    assert by_line.status == by_email.status == Notification.Status.SENT
    assert by_line.line_user_id == USERS[0] and by_line.email == ""
    (push,) = [d for d in line.deliveries if d["to"] == [USERS[0]]]
    (text,) = push["messages"]
    review = reverse("approvals_request_review", args=[by_line.request_id])
    assert text["type"] == "text" and text["text"].startswith(by_line.subject)
    assert text["text"].endswith("http://testserver" + review)
    assert len(text["text"]) < 400  # short, for a phone
    assert uuid.UUID(push["retry_key"])
    # Nobody else has a LINE user ID: no other pushes.
    assert all(d["to"] == [USERS[0]] for d in line.deliveries)


def test_a_failed_line_notification_is_retried_then_sent_once(
    sandbox, line, office, area_director_on_line, django_capture_on_commit_callbacks
):
    from prachasan.approvals.models import Notification
    from prachasan.approvals.services import notifications_retry

    sandbox.faults.add(Fault(service="line", status=503, times=1, path="push"))
    _remind(django_capture_on_commit_callbacks)
    notification = Notification.objects.get(
        kind="overdue", recipient__username="areadirector", channel=Notification.Channel.LINE
    )
    assert notification.status == Notification.Status.RETRYING
    assert "503" in notification.last_error
    Notification.objects.filter(pk=notification.pk).update(
        created_at=notification.created_at - timedelta(minutes=10)
    )
    assert notifications_retry() >= 1
    notification.refresh_from_db()
    assert notification.status == Notification.Status.SENT
    assert notification.attempts == 2 and notification.last_error == ""
    assert len([d for d in line.deliveries if d["to"] == [USERS[0]]]) == 1


def test_no_line_account_no_line_notification(
    office, area_director_on_line, django_capture_on_commit_callbacks
):
    from prachasan.approvals.models import Notification

    Channel.objects.filter(office=office, kind=ChannelKind.LINE).update(active=False)
    _remind(django_capture_on_commit_callbacks)
    assert not Notification.objects.filter(channel=Notification.Channel.LINE).exists()
    assert Notification.objects.filter(kind="overdue", recipient__username="areadirector").exists()


def test_a_line_user_id_must_look_like_one(area_director_on_line):
    from django.core.exceptions import ValidationError

    area_director_on_line.line_user_id = "@areadirector"
    with pytest.raises(ValidationError):
        area_director_on_line.full_clean()


def test_the_person_screen_has_the_line_user_id(client, login, area_director_on_line):
    login("admin")
    page = client.get(f"/admin/snippets/offices/person/edit/{area_director_on_line.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="line_user_id"' in html and USERS[0] in html
