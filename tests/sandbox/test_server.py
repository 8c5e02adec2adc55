import json
import smtplib
from email.message import EmailMessage

import requests

from prachasan.sandbox.faults import Fault
from prachasan.sandbox.server import Emulator, SandboxServer, json_response


class EchoEmulator(Emulator):
    service = "sms"

    def handle(self, request, path):
        return json_response({"path": path, "got": self.record_body(request)})


def test_requests_are_recorded_with_the_answer(tmp_path):
    with SandboxServer(tmp_path, emulators={"sms": EchoEmulator}, smtp_port=None) as server:
        answer = requests.post(f"{server.url}/sms/send", json={"to": "0812345678"}, timeout=5)
        assert answer.json() == {"path": "/send", "got": {"to": "0812345678"}}
        [entry] = server.inbox.entries("sms")
        assert entry["path"] == "/send" and entry["status"] == 200
        assert entry["body"] == {"to": "0812345678"}
        listed = requests.get(f"{server.url}/_sandbox/received/sms", timeout=5).json()
        assert listed[0]["body"] == {"to": "0812345678"}


def test_a_queued_fault_answers_then_is_used_up(tmp_path):
    with SandboxServer(tmp_path, emulators={"sms": EchoEmulator}, smtp_port=None) as server:
        requests.post(
            f"{server.url}/_sandbox/faults",
            data=json.dumps({"service": "sms", "status": 429, "retry_after": "7"}),
            timeout=5,
        )
        first = requests.post(f"{server.url}/sms/send", json={}, timeout=5)
        second = requests.post(f"{server.url}/sms/send", json={}, timeout=5)
        assert (first.status_code, first.headers["Retry-After"]) == (429, "7")
        assert second.status_code == 200
        server.faults.add(Fault(service="sms", status=503, times=2, path="^/other"))
        assert requests.post(f"{server.url}/sms/send", json={}, timeout=5).status_code == 200
        assert [e["status"] for e in server.inbox.entries("sms")] == [429, 200, 200]


def test_an_unknown_prefix_is_404(tmp_path):
    with SandboxServer(tmp_path, emulators={}, smtp_port=None) as server:
        assert requests.get(f"{server.url}/nothing/here", timeout=5).status_code == 404


def test_smtp_messages_are_recorded(sandbox):
    message = EmailMessage()
    message["From"] = "pr@example.go.th"
    message["To"] = "school@example.ac.th"
    message["Subject"] = "ประกาศผลการสอบ"
    message.set_content("เนื้อความ")
    with smtplib.SMTP(sandbox.host, sandbox.smtp_port) as smtp:
        smtp.send_message(message)
    [entry] = sandbox.inbox.entries("smtp")
    assert entry["to"] == ["school@example.ac.th"]
    assert entry["subject"] == "ประกาศผลการสอบ"
