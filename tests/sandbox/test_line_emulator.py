"""The sandbox's LINE emulator answers as LINE does: it checks each request against the
official spec, the token, the retry key and the group, counts the month's quota, and
plays LINE's side of the webhook, signed."""

import base64
import hashlib
import hmac
import json
import threading
import uuid

import pytest
import requests
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from prachasan.sandbox.line import (
    TO_INVALID,
    spec_request_errors,
    webhook_payload_errors,
)

GROUP = "C" + "4" * 32
USER = "U" + "d" * 32
TEXT = [{"type": "text", "text": "ข่าวประชาสัมพันธ์"}]


@pytest.fixture
def line(sandbox):
    return sandbox.sandbox.emulators["line"]


@pytest.fixture
def api(sandbox):
    """POST/GET to the emulator with a good token."""
    session = requests.Session()
    session.headers["Authorization"] = "Bearer sandbox-token"

    def call(method, path, body=None, **headers):
        return session.request(
            method, f"{sandbox.url}/line{path}", json=body, headers=headers, timeout=5
        )

    yield call
    session.close()


def test_a_push_answers_with_request_id_and_sent_messages(api, line):
    answer = api("POST", "/v2/bot/message/push", {"to": GROUP, "messages": TEXT})
    assert answer.status_code == 200
    assert answer.headers["x-line-request-id"]
    assert len(answer.json()["sentMessages"]) == 1
    assert line.deliveries[0]["request_id"] == answer.headers["x-line-request-id"]


def test_an_invalid_request_is_refused_with_line_error_details_and_recorded(api, sandbox, line):
    bad_flex = {"type": "flex", "altText": "x", "contents": {"type": "bubble", "body": {}}}
    answer = api("POST", "/v2/bot/message/push", {"to": GROUP, "messages": [bad_flex]})
    assert answer.status_code == 400
    data = answer.json()
    assert data["message"] == f"The request body has {len(data['details'])} error(s)"
    assert {detail["property"] for detail in data["details"]} == {"messages[0].contents.body"}
    assert "'layout' is a required property" in [d["message"] for d in data["details"]]
    (entry,) = sandbox.inbox.entries("line")
    assert entry["status"] == 400 and "layout" in entry["response"]
    assert line.deliveries == []
    too_long = [{"type": "text", "text": "ก" * 5001}]
    answer = api("POST", "/v2/bot/message/push", {"to": GROUP, "messages": too_long})
    assert answer.json()["details"] == [
        {"message": "Length must be <= 5000", "property": "messages[0].text"}
    ]
    answer = api("POST", "/v2/bot/message/multicast", {"to": [USER] * 501, "messages": TEXT})
    assert answer.status_code == 400


def test_tokens_are_checked_like_line(sandbox):
    url = f"{sandbox.url}/line/v2/bot/message/quota"
    assert requests.get(url, timeout=5).status_code == 401
    refused = requests.get(url, headers={"Authorization": "Bearer expired-1"}, timeout=5)
    assert refused.status_code == 401
    assert refused.json()["message"].startswith("Authentication failed")


def test_a_repeated_retry_key_answers_409_with_the_accepted_request(api, line):
    key = str(uuid.uuid4())
    body = {"to": GROUP, "messages": TEXT}
    first = api("POST", "/v2/bot/message/push", body, **{"X-Line-Retry-Key": key})
    again = api("POST", "/v2/bot/message/push", body, **{"X-Line-Retry-Key": key})
    assert (first.status_code, again.status_code) == (200, 409)
    assert again.headers["x-line-accepted-request-id"] == first.headers["x-line-request-id"]
    assert len(line.deliveries) == 1
    not_uuid = api("POST", "/v2/bot/message/push", body, **{"X-Line-Retry-Key": "again"})
    assert not_uuid.status_code == 400


def test_unknown_and_left_groups_are_refused(api, line):
    line.groups_left.add(GROUP)
    for to in (GROUP, "C1234", "someone"):
        answer = api("POST", "/v2/bot/message/push", {"to": to, "messages": TEXT})
        assert answer.status_code == 400
        assert answer.json()["message"] == TO_INVALID
    assert api("GET", f"/v2/bot/group/{GROUP}/summary").status_code == 404


def test_the_quota_counts_members_users_and_friends(api, line):
    line.group_members[GROUP] = 12
    line.friends = 40
    two = [*TEXT, *TEXT]
    api("POST", "/v2/bot/message/push", {"to": GROUP, "messages": two})
    api("POST", "/v2/bot/message/multicast", {"to": [USER, "U" + "e" * 32], "messages": TEXT})
    api("POST", "/v2/bot/message/broadcast", {"messages": TEXT})
    assert api("GET", "/v2/bot/message/quota/consumption").json() == {"totalUsage": 12 + 2 + 40}
    assert api("GET", "/v2/bot/message/quota").json() == {"type": "limited", "value": 15000}
    line.quota_limit = 60
    answer = api("POST", "/v2/bot/message/broadcast", {"messages": TEXT})
    assert answer.status_code == 429
    assert answer.json()["message"] == "You have reached your monthly limit."


def test_usage_and_groups_outlive_a_restart(api, sandbox, line):
    """make run's sandbox counts what the demo sent while it loaded."""
    from prachasan.sandbox.server import Sandbox

    line.group_members[GROUP] = 12
    line.group_names[GROUP] = "กลุ่มไลน์ประชาสัมพันธ์"
    api("POST", "/v2/bot/message/push", {"to": GROUP, "messages": TEXT})
    state = (sandbox.inbox.directory / "line-state.json").read_text(encoding="utf-8")
    assert "sandbox-token" not in state
    again = Sandbox(sandbox.inbox.directory).emulators["line"]
    assert again.used("sandbox-token") == 12
    assert again.group_members[GROUP] == 12
    assert again.group_names[GROUP] == "กลุ่มไลน์ประชาสัมพันธ์"
    assert again.used("another-token") == 0


def test_groups_have_a_name_and_a_member_count(api, line):
    line.group_names[GROUP] = "เครือข่ายประชาสัมพันธ์"
    line.group_members[GROUP] = 7
    summary = api("GET", f"/v2/bot/group/{GROUP}/summary").json()
    assert summary == {"groupId": GROUP, "groupName": "เครือข่ายประชาสัมพันธ์"}
    assert api("GET", f"/v2/bot/group/{GROUP}/members/count").json() == {"count": 7}


def test_the_sdk_requests_match_the_spec(sandbox, line):
    from linebot.v3.messaging import (
        ApiClient,
        BroadcastRequest,
        Configuration,
        MessagingApi,
        PushMessageRequest,
        TextMessage,
    )

    configuration = Configuration(host=f"{sandbox.url}/line", access_token="sandbox-token")
    with ApiClient(configuration) as client:
        api = MessagingApi(client)
        api.push_message(
            PushMessageRequest(to=GROUP, messages=[TextMessage(text="ทดสอบ")]),
            x_line_retry_key=str(uuid.uuid4()),
        )
        api.broadcast(BroadcastRequest(messages=[TextMessage(text="ทดสอบ")]))
        assert api.get_group_member_count(GROUP).count == 30
    entries = sandbox.inbox.entries("line")
    assert [entry["status"] for entry in entries] == [200, 200, 200]
    for entry in entries:
        errors = spec_request_errors(
            method=entry["method"],
            path=entry["path"],
            headers=entry["headers"],
            body=entry["body"] or None,
        )
        assert errors == []


def test_the_join_control_fires_a_signed_webhook(sandbox, line):
    received = []

    def app(environ, start_response):
        request = Request(environ)
        received.append((dict(request.headers), request.get_data()))
        return Response("OK")(environ, start_response)

    server = make_server("127.0.0.1", 0, app)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        answer = requests.post(
            f"{sandbox.url}/line/_sandbox/join",
            json={
                "url": f"http://127.0.0.1:{server.server_port}/line/webhook/1/",
                "secret": "channel-secret",
                "groupId": GROUP,
                "name": "กลุ่มผู้บริหาร",
                "members": 25,
            },
            timeout=10,
        )
    finally:
        server.shutdown()
    assert answer.json() == {"groupId": GROUP, "webhookStatus": 200}
    ((headers, body),) = received
    expected = base64.b64encode(hmac.new(b"channel-secret", body, hashlib.sha256).digest()).decode()
    assert headers["X-Line-Signature"] == expected
    payload = json.loads(body)
    assert webhook_payload_errors(payload) == []
    (event,) = payload["events"]
    assert event["type"] == "join" and event["source"] == {"type": "group", "groupId": GROUP}
    assert line.group_name(GROUP) == "กลุ่มผู้บริหาร" and line.members(GROUP) == 25
