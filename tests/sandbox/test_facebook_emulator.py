import json
import time

import pytest
import requests

PAGE = "104938271650"
TOKEN = "EAAB-sandbox-page-token"


@pytest.fixture
def graph(sandbox):
    base = f"{sandbox.url}/facebook/v21.0"

    def call(method, path, token=TOKEN, **data):
        if token is not None:
            data["access_token"] = token
        if method == "GET":
            return requests.get(f"{base}/{path}", params=data, timeout=5)
        return requests.post(f"{base}/{path}", data=data, timeout=5)

    return call


def test_a_feed_post_gets_a_page_scoped_id_and_is_listed(graph, sandbox):
    first = graph("POST", f"{PAGE}/feed", message="ประกาศรับสมัครครูผู้ช่วย", link="https://x.test/a")
    second = graph("POST", f"{PAGE}/feed", message="ข่าวที่สอง")
    assert first.status_code == 200 and second.status_code == 200
    first_id, second_id = first.json()["id"], second.json()["id"]
    assert first_id.startswith(f"{PAGE}_") and second_id.startswith(f"{PAGE}_")
    assert first_id != second_id

    listed = graph("GET", f"{PAGE}/feed", fields="id,message,link").json()["data"]
    assert [post["id"] for post in listed] == [second_id, first_id]  # newest first
    assert listed[1] == {
        "id": first_id,
        "message": "ประกาศรับสมัครครูผู้ช่วย",
        "link": "https://x.test/a",
    }
    # Each request is in the inbox with Graph's answer.
    entries = sandbox.inbox.entries("facebook")
    assert [e["method"] for e in entries] == ["POST", "POST", "GET"]
    assert entries[0]["body"]["message"] == "ประกาศรับสมัครครูผู้ช่วย"
    assert json.loads(entries[0]["response"]) == {"id": first_id}


def test_feed_listing_honours_since_and_limit(graph):
    graph("POST", f"{PAGE}/feed", message="old")
    since = int(time.time()) + 1
    assert graph("GET", f"{PAGE}/feed", since=since).json()["data"] == []
    for n in range(3):
        graph("POST", f"{PAGE}/feed", message=f"m{n}")
    assert len(graph("GET", f"{PAGE}/feed", limit=2).json()["data"]) == 2
    # Another page's feed is its own.
    assert graph("GET", "999/feed").json()["data"] == []


def test_a_photo_with_caption_is_a_post(graph):
    answer = graph("POST", f"{PAGE}/photos", url="https://x.test/p.jpg", caption="ภาพกิจกรรม")
    body = answer.json()
    assert answer.status_code == 200 and body["post_id"].startswith(f"{PAGE}_")
    [post] = graph("GET", f"{PAGE}/feed", fields="id,message,full_picture").json()["data"]
    assert post == {
        "id": body["post_id"],
        "message": "ภาพกิจกรรม",
        "full_picture": "https://x.test/p.jpg",
    }
    assert graph("GET", body["id"]).json()["caption"] == "ภาพกิจกรรม"


def test_unpublished_photos_attach_to_one_feed_post(graph):
    ids = [
        graph("POST", f"{PAGE}/photos", url=f"https://x.test/{n}.jpg", published="false").json()
        for n in range(2)
    ]
    assert all(set(photo) == {"id"} for photo in ids)  # no post of their own
    assert graph("GET", f"{PAGE}/feed").json()["data"] == []
    media = {f"attached_media[{n}]": json.dumps({"media_fbid": p["id"]}) for n, p in enumerate(ids)}
    post = graph("POST", f"{PAGE}/feed", message="สองภาพ", **media).json()
    [listed] = graph("GET", f"{PAGE}/feed", fields="id,attached_media").json()["data"]
    assert listed == {"id": post["id"], "attached_media": [p["id"] for p in ids]}
    # A photo of the page that was never uploaded cannot be attached.
    bad = graph("POST", f"{PAGE}/feed", message="x", **{"attached_media[0]": '{"media_fbid": "1"}'})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == 100


@pytest.mark.parametrize(
    ("token", "status", "code", "subcode"),
    [
        ("expired-EAAB", 400, 190, 463),
        ("invalid-EAAB", 400, 190, 467),
        ("noperm-EAAB", 403, 200, None),
        (None, 400, 104, None),
    ],
)
def test_tokens_are_checked_like_graph(graph, token, status, code, subcode):
    answer = graph("POST", f"{PAGE}/feed", token=token, message="x")
    assert answer.status_code == status
    error = answer.json()["error"]
    assert error["code"] == code and error.get("error_subcode") == subcode
    assert error["type"] == "OAuthException" and error["fbtrace_id"] and error["message"]
    assert graph("GET", f"{PAGE}/feed").json()["data"] == []  # nothing was posted


def test_a_bearer_token_is_accepted(sandbox):
    answer = requests.post(
        f"{sandbox.url}/facebook/v21.0/{PAGE}/feed",
        data={"message": "x"},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=5,
    )
    assert answer.status_code == 200


@pytest.mark.parametrize(
    "data",
    [{}, {"link": "not a url"}],
)
def test_invalid_parameters_are_error_100(graph, data):
    answer = graph("POST", f"{PAGE}/feed", **data)
    assert answer.status_code == 400 and answer.json()["error"]["code"] == 100


def test_a_photo_needs_a_url_or_a_file(graph):
    answer = graph("POST", f"{PAGE}/photos", caption="x")
    assert answer.status_code == 400 and answer.json()["error"]["code"] == 324


def test_an_unknown_version_or_method_is_refused(sandbox, graph):
    answer = requests.post(f"{sandbox.url}/facebook/latest/{PAGE}/feed", timeout=5)
    assert answer.status_code == 400
    deleted = requests.delete(
        f"{sandbox.url}/facebook/v21.0/{PAGE}/photos", params={"access_token": TOKEN}, timeout=5
    )
    assert deleted.status_code == 400 and deleted.json()["error"]["code"] == 100
