from datetime import timedelta

import pytest
import requests
from django.utils import timezone

from prachasan.distribution import services
from prachasan.distribution.adapters import Message, PermanentError, RetryableError
from prachasan.distribution.facebook import graph_error
from prachasan.distribution.models import Channel, ChannelKind, Dispatch, DispatchError
from prachasan.distribution.models import DispatchStatus as Status
from prachasan.distribution.services import (
    dispatch_create,
    dispatch_message,
    dispatch_retry,
    dispatch_send,
    dispatches_retry_due,
)
from prachasan.sandbox.faults import Fault

pytestmark = pytest.mark.django_db

PAGE = "104938271650"


@pytest.fixture
def fb_channel(office, sandbox):
    channel = Channel(
        office=office,
        kind=ChannelKind.FACEBOOK,
        name="เพจ Facebook สำนักงาน",
        settings={"api_base": f"{sandbox.url}/facebook", "page_id": PAGE},
    )
    channel.secret_set("page_access_token", "EAAB-sandbox-page-token")
    channel.save()
    return channel


@pytest.fixture
def fb_dispatch(fb_channel, news_item, django_capture_on_commit_callbacks):
    page, revision = news_item
    with django_capture_on_commit_callbacks(execute=False):
        (dispatch,) = dispatch_create(channel=fb_channel, revision=revision, recipients=[])
    return dispatch


def feed(sandbox):
    emulator = sandbox.sandbox.emulators["facebook"]
    return emulator.posts.get(PAGE, [])


def posts_made(sandbox):
    return [
        e for e in sandbox.inbox.entries("facebook") if e["method"] == "POST" and e["status"] == 200
    ]


def test_a_text_post_with_the_link(fb_dispatch, sandbox):
    expected = dispatch_message(dispatch=fb_dispatch)
    dispatch = dispatch_send(dispatch_id=fb_dispatch.pk)
    assert dispatch.status == Status.SENT, dispatch.error_detail
    [post] = feed(sandbox)
    assert dispatch.external_ids == [post["id"]]
    assert post["id"].startswith(f"{PAGE}_")
    assert post["message"] == expected.text.strip() and expected.text
    assert post["link"] == expected.url
    [entry] = sandbox.inbox.entries("facebook")
    assert entry["path"] == f"/v21.0/{PAGE}/feed"
    assert entry["body"]["access_token"] == "EAAB-sandbox-page-token"


def test_a_picture_goes_as_a_photo_with_caption(fb_dispatch, sandbox, monkeypatch):
    message = Message(
        subject="",
        text="ภาพกิจกรรมวันครู\n\nhttps://office.example/news/1/",
        url="https://office.example/news/1/",
        image_url="https://office.example/media/images/teachers-day.jpg",
    )
    monkeypatch.setattr(services, "dispatch_message", lambda *, dispatch: message)
    dispatch = dispatch_send(dispatch_id=fb_dispatch.pk)
    assert dispatch.status == Status.SENT, dispatch.error_detail
    [entry] = sandbox.inbox.entries("facebook")
    assert entry["path"] == f"/v21.0/{PAGE}/photos"
    assert entry["body"]["url"] == message.image_url
    assert entry["body"]["caption"] == message.text
    [post] = feed(sandbox)
    assert dispatch.external_ids == [post["id"]]  # the post, not the photo
    assert post["full_picture"] == message.image_url


def test_several_pictures_go_as_one_post_of_photos(fb_dispatch, sandbox, monkeypatch):
    urls = tuple(f"https://office.example/media/images/sports-{n}.jpg" for n in (1, 2, 3))
    message = Message(
        subject="",
        text="ภาพกิจกรรมกีฬาสี\n\nhttps://office.example/news/2/",
        url="https://office.example/news/2/",
        image_url=urls[0],
        image_urls=urls,
    )
    monkeypatch.setattr(services, "dispatch_message", lambda *, dispatch: message)
    dispatch = dispatch_send(dispatch_id=fb_dispatch.pk)
    assert dispatch.status == Status.SENT, dispatch.error_detail
    entries = sandbox.inbox.entries("facebook")
    uploads = [e for e in entries if e["path"].endswith("/photos")]
    assert [e["body"]["url"] for e in uploads] == list(urls)
    assert {e["body"]["published"] for e in uploads} == {"false"}
    [post] = feed(sandbox)
    assert dispatch.external_ids == [post["id"]]
    assert len(post["attached_media"]) == 3
    assert post["message"] == message.text


def test_429_waits_for_retry_after(fb_dispatch, sandbox):
    sandbox.faults.add(Fault(service="facebook", status=429, retry_after="600"))
    now = timezone.now()
    dispatch = dispatch_send(dispatch_id=fb_dispatch.pk, now=now)
    assert (dispatch.status, dispatch.error) == (Status.RETRYING, DispatchError.RATE_LIMITED)
    assert dispatch.next_attempt_at >= now + timedelta(seconds=600)
    # Not due before then.
    assert dispatch_send(dispatch_id=fb_dispatch.pk, now=now + timedelta(seconds=300)).status == (
        Status.RETRYING
    )
    assert feed(sandbox) == []
    dispatch = dispatch_send(dispatch_id=fb_dispatch.pk, now=now + timedelta(seconds=601))
    assert dispatch.status == Status.SENT
    assert len(feed(sandbox)) == 1


def test_a_graph_rate_limit_code_is_retried(fb_dispatch, sandbox):
    body = {
        "error": {
            "message": "(#32) Page request limit reached",
            "type": "OAuthException",
            "code": 32,
        }
    }
    sandbox.faults.add(Fault(service="facebook", status=400, body=body))
    dispatch = dispatch_send(dispatch_id=fb_dispatch.pk)
    assert (dispatch.status, dispatch.error) == (Status.RETRYING, DispatchError.RATE_LIMITED)
    assert "#32" in dispatch.error_detail


def test_a_500_then_success_posts_once(fb_dispatch, sandbox):
    sandbox.faults.add(Fault(service="facebook", status=500, path="/feed$"))
    now = timezone.now()
    dispatch = dispatch_send(dispatch_id=fb_dispatch.pk, now=now)
    assert (dispatch.status, dispatch.error) == (Status.RETRYING, DispatchError.SERVER_ERROR)
    dispatch = dispatch_send(dispatch_id=fb_dispatch.pk, now=now + timedelta(hours=1))
    assert dispatch.status == Status.SENT and dispatch.attempts == 2
    assert len(feed(sandbox)) == 1 and dispatch.external_ids == [feed(sandbox)[0]["id"]]
    # The second attempt first looked at the page for a post the first one might have made.
    methods = [e["method"] for e in sandbox.inbox.entries("facebook")]
    assert methods == ["POST", "GET", "POST"]


def test_a_timeout_after_facebook_posted_is_not_posted_twice(fb_dispatch, sandbox, monkeypatch):
    """The answer is lost after Graph made the post: the retry finds it on the page."""
    real_post = requests.Session.post
    lost = []

    def answer_lost(self, url, *args, **kwargs):
        response = real_post(self, url, *args, **kwargs)
        if not lost:
            lost.append(response)
            raise requests.ReadTimeout("read timed out")
        return response

    monkeypatch.setattr(requests.Session, "post", answer_lost)
    now = timezone.now()
    dispatch = dispatch_send(dispatch_id=fb_dispatch.pk, now=now)
    assert (dispatch.status, dispatch.error) == (Status.RETRYING, DispatchError.TIMEOUT)
    assert len(feed(sandbox)) == 1  # Facebook did post
    dispatch = dispatch_send(dispatch_id=fb_dispatch.pk, now=now + timedelta(hours=1))
    assert dispatch.status == Status.SENT
    assert len(feed(sandbox)) == 1
    assert dispatch.external_ids == [lost[0].json()["id"]]


def test_the_officers_retry_after_a_lost_answer_does_not_post_twice(
    fb_dispatch, sandbox, monkeypatch
):
    real_post = requests.Session.post

    def answer_lost(self, url, *args, **kwargs):
        real_post(self, url, *args, **kwargs)
        raise requests.ReadTimeout("read timed out")

    with monkeypatch.context() as patch:
        patch.setattr(requests.Session, "post", answer_lost)
        dispatch_send(dispatch_id=fb_dispatch.pk)
    # The worker gave up; the officer presses retry, which starts the attempts afresh.
    Dispatch.objects.filter(pk=fb_dispatch.pk).update(
        status=Status.FAILED, error=DispatchError.GAVE_UP
    )
    dispatch_retry(dispatch_id=fb_dispatch.pk)
    dispatch = dispatch_send(dispatch_id=fb_dispatch.pk)
    assert dispatch.status == Status.SENT and dispatch.attempts == 1
    assert len(feed(sandbox)) == 1 and dispatch.external_ids == [feed(sandbox)[0]["id"]]


@pytest.mark.parametrize("token", ["expired-EAAB", "invalid-EAAB", "noperm-EAAB"])
def test_a_bad_token_fails_once_with_its_reason(fb_channel, fb_dispatch, sandbox, token):
    fb_channel.secret_set("page_access_token", token)
    fb_channel.save()
    dispatch = dispatch_send(dispatch_id=fb_dispatch.pk)
    assert (dispatch.status, dispatch.error) == (Status.FAILED, DispatchError.BAD_CREDENTIALS)
    assert dispatch.attempts == 1 and dispatch.next_attempt_at is None
    assert "OAuthException" in dispatch.error_detail
    # Nothing brings it back by itself.
    dispatches_retry_due(now=timezone.now() + timedelta(days=1))
    assert len(sandbox.inbox.entries("facebook")) == 1
    assert Dispatch.objects.get(pk=fb_dispatch.pk).status == Status.FAILED


def test_an_invalid_parameter_is_rejected(fb_dispatch, sandbox, monkeypatch):
    message = Message(subject="", text="x", url="not a link")
    monkeypatch.setattr(services, "dispatch_message", lambda *, dispatch: message)
    dispatch = dispatch_send(dispatch_id=fb_dispatch.pk)
    assert (dispatch.status, dispatch.error) == (Status.FAILED, DispatchError.REJECTED)


def test_a_dispatch_that_holds_a_post_id_is_not_posted_again(fb_dispatch, sandbox):
    dispatch = dispatch_send(dispatch_id=fb_dispatch.pk)
    assert dispatch.status == Status.SENT
    # An officer retries it anyway (say the log showed it failed after the post was made).
    Dispatch.objects.filter(pk=dispatch.pk).update(status=Status.FAILED)
    dispatch_retry(dispatch_id=dispatch.pk)
    again = dispatch_send(dispatch_id=dispatch.pk)
    assert again.status == Status.SENT and again.external_ids == dispatch.external_ids
    assert len(feed(sandbox)) == 1 and len(posts_made(sandbox)) == 1


def test_a_channel_without_a_page_or_token_is_not_configured(fb_channel, fb_dispatch, sandbox):
    fb_channel.settings = {"api_base": fb_channel.settings["api_base"]}
    fb_channel.save()
    dispatch = dispatch_send(dispatch_id=fb_dispatch.pk)
    assert (dispatch.status, dispatch.error) == (Status.FAILED, DispatchError.NOT_CONFIGURED)
    assert sandbox.inbox.entries("facebook") == []


def _graph(code, **extra):
    return {"error": {"message": "m", "type": "OAuthException", "code": code, **extra}}


@pytest.mark.parametrize(
    ("status", "body", "retryable", "reason"),
    [
        (400, _graph(190, error_subcode=463), False, DispatchError.BAD_CREDENTIALS),
        (403, _graph(10), False, DispatchError.BAD_CREDENTIALS),
        (403, _graph(200), False, DispatchError.BAD_CREDENTIALS),
        (400, _graph(4), True, DispatchError.RATE_LIMITED),
        (400, _graph(17), True, DispatchError.RATE_LIMITED),
        (400, _graph(32), True, DispatchError.RATE_LIMITED),
        (400, _graph(613), True, DispatchError.RATE_LIMITED),
        (429, None, True, DispatchError.RATE_LIMITED),
        (500, _graph(2), True, DispatchError.SERVER_ERROR),
        (400, _graph(1), True, DispatchError.SERVER_ERROR),
        (503, None, True, DispatchError.SERVER_ERROR),
        (400, _graph(100), False, DispatchError.REJECTED),
        (400, _graph(368), False, DispatchError.REJECTED),
    ],
)
def test_graph_errors_are_classified(status, body, retryable, reason):
    error = graph_error(status, body)
    assert isinstance(error, RetryableError if retryable else PermanentError)
    assert error.reason == reason


def test_graph_rate_limit_waits_for_its_estimate():
    usage = '{"104938271650": [{"type": "pages", "estimated_time_to_regain_access": 7}]}'
    error = graph_error(400, _graph(32), headers={"X-Business-Use-Case-Usage": usage})
    assert error.retry_after == 7 * 60
    assert graph_error(429, None, headers={"Retry-After": "30"}).retry_after == 30
