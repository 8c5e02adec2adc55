import json

import pytest
import requests

from prachasan.sandbox.sms import STARTING_CREDIT

THAI_100 = "ประชาสัมพันธ์" * 7 + "ก" * 9  # 100 characters: two UCS-2 parts


@pytest.fixture
def gateway(sandbox):
    return sandbox.sandbox.emulators["sms"]


def test_thaibulksms_sends_counts_parts_and_credit(sandbox, gateway):
    assert len(THAI_100) == 100
    answer = requests.post(
        f"{sandbox.url}/sms/sms",
        data={
            "msisdn": "0812345678,+66898765432,12345",
            "message": THAI_100,
            "sender": "OBEC-PR",
            "force": "corporate",
        },
        auth=("key", "secret"),
        timeout=5,
    )
    assert answer.status_code == 201
    body = answer.json()
    assert [item["number"] for item in body["phone_number_list"]] == ["66812345678", "66898765432"]
    assert all(
        item["used_credit"] == 2 and item["message_id"] for item in body["phone_number_list"]
    )
    assert body["bad_phone_number_list"] == [{"number": "12345", "message": "Invalid phone number"}]
    assert body["total_use_credit"] == 4
    assert body["remaining_credit"] == STARTING_CREDIT - 4
    assert body["credit_type"] == "corporate"
    assert [(m["number"], m["parts"], m["encoding"], m["sender"]) for m in gateway.messages] == [
        ("66812345678", 2, "ucs2", "OBEC-PR"),
        ("66898765432", 2, "ucs2", "OBEC-PR"),
    ]
    credit = requests.get(f"{sandbox.url}/sms/credit", auth=("key", "secret"), timeout=5)
    assert credit.json() == {"remaining_credit": STARTING_CREDIT - 4}
    [entry] = sandbox.inbox.entries("sms")[:1]
    assert entry["body"]["msisdn"] == "0812345678,+66898765432,12345"


@pytest.mark.parametrize("auth", [None, ("invalid-key", "secret"), ("key", "")])
def test_thaibulksms_refuses_a_wrong_key(sandbox, gateway, auth):
    answer = requests.post(
        f"{sandbox.url}/sms/sms",
        data={"msisdn": "0812345678", "message": "x"},
        auth=auth,
        timeout=5,
    )
    assert answer.status_code == 401
    assert answer.json()["error"]["name"] == "UNAUTHORIZED"
    assert gateway.messages == []


@pytest.mark.parametrize(
    "data",
    [
        {"message": "x"},
        {"msisdn": "0812345678"},
        {"msisdn": "0812345678", "message": "x", "force": "corporate"},  # no sender
        {"msisdn": "0812345678", "message": "x", "force": "premium"},
    ],
)
def test_thaibulksms_checks_its_parameters(sandbox, gateway, data):
    answer = requests.post(f"{sandbox.url}/sms/sms", data=data, auth=("k", "s"), timeout=5)
    assert answer.status_code == 400 and answer.json()["error"]["code"] == 400
    assert gateway.messages == []


def test_thaibulksms_takes_json_too(sandbox, gateway):
    answer = requests.post(
        f"{sandbox.url}/sms/sms",
        json={"msisdn": "66812345678", "message": "Hello"},
        auth=("k", "s"),
        timeout=5,
    )
    assert answer.status_code == 201
    assert answer.json()["phone_number_list"][0]["used_credit"] == 1
    assert answer.json()["credit_type"] == "standard"


def test_a_repeated_idempotency_key_sends_nothing_more(sandbox, gateway):
    def send():
        return requests.post(
            f"{sandbox.url}/sms/sms",
            data={"msisdn": "0812345678", "message": "ทดสอบ"},
            auth=("k", "s"),
            headers={"Idempotency-Key": "dispatch-1-0"},
            timeout=5,
        )

    first, second = send(), send()
    assert first.json() == second.json()
    assert "Idempotent-Replayed" not in first.headers
    assert second.headers["Idempotent-Replayed"] == "true"
    assert len(gateway.messages) == 1


@pytest.mark.parametrize(
    "headers",
    [{"Authorization": "Bearer tok"}, {"X-API-Key": "tok"}, {"Authorization": "Basic azpz"}],
)
def test_generic_gateway_authenticates_and_answers(sandbox, gateway, headers):
    answer = requests.post(
        f"{sandbox.url}/sms/generic/send",
        json={"to": "0812345678,0898765432", "message": THAI_100, "sender": "PR"},
        headers=headers,
        timeout=5,
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["status"] == "ok" and body["segments"] == 2 and body["credits"] == 4
    assert body["message_id"] == body["ids"][0] and len(body["ids"]) == 2
    assert [m["number"] for m in gateway.messages] == ["66812345678", "66898765432"]


def test_generic_gateway_takes_a_form_and_a_query(sandbox, gateway):
    form = requests.post(
        f"{sandbox.url}/sms/generic/send",
        data={"to": "0812345678", "message": "a"},
        headers={"X-API-Key": "k"},
        timeout=5,
    )
    query = requests.get(
        f"{sandbox.url}/sms/generic/send",
        params={"to": "0812345678", "message": "b"},
        headers={"X-API-Key": "k"},
        timeout=5,
    )
    assert form.status_code == query.status_code == 200
    assert [m["text"] for m in gateway.messages] == ["a", "b"]


@pytest.mark.parametrize(
    ("headers", "data", "status"),
    [
        ({}, {"to": "0812345678", "message": "x"}, 401),
        ({"Authorization": "Bearer invalid-token"}, {"to": "0812345678", "message": "x"}, 401),
        ({"X-API-Key": "k"}, {"to": "12", "message": "x"}, 400),
        ({"X-API-Key": "k"}, {"to": "0812345678"}, 400),
    ],
)
def test_generic_gateway_errors(sandbox, gateway, headers, data, status):
    answer = requests.post(
        f"{sandbox.url}/sms/generic/send",
        data=json.dumps(data),
        headers={"Content-Type": "application/json", **headers},
        timeout=5,
    )
    assert answer.status_code == status and answer.json()["status"] == "error"
    assert gateway.messages == []


def test_an_unknown_path_is_404(sandbox):
    assert requests.post(f"{sandbox.url}/sms/nothing", timeout=5).status_code == 404
