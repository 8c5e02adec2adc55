"""Nothing is lost: a notification that fails is kept, retried and shown."""

import pytest
from django.core import mail

from prachasan.approvals.models import Notification, PublicationRequest
from prachasan.approvals.services import (
    NOTIFICATION_MAX_ATTEMPTS,
    notification_deliver,
    notifications_retry,
)

pytestmark = pytest.mark.django_db


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP server did not answer")


def test_a_failed_send_is_retried_then_marked_failed(login, submit_news, settings):
    login("editor")
    settings.EMAIL_BACKEND = "tests.approvals.test_notifications.BrokenBackend"
    submit_news(slug="req-mail-fails")
    request = PublicationRequest.objects.get(page__slug="req-mail-fails")
    notification = Notification.objects.get(request=request, kind="to_decide")
    assert notification.status == Notification.Status.RETRYING
    assert "SMTP server did not answer" in notification.last_error
    for _ in range(NOTIFICATION_MAX_ATTEMPTS - 1):
        notification_deliver(notification_id=notification.pk)
    notification.refresh_from_db()
    assert notification.status == Notification.Status.FAILED
    assert notification.attempts == NOTIFICATION_MAX_ATTEMPTS


def test_retry_sends_once_the_server_is_back(login, submit_news, settings):
    login("editor")
    settings.EMAIL_BACKEND = "tests.approvals.test_notifications.BrokenBackend"
    submit_news(slug="req-mail-later")
    notification = Notification.objects.get(request__page__slug="req-mail-later")
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox.clear()
    Notification.objects.filter(pk=notification.pk).update(
        created_at=notification.created_at.replace(year=2020)
    )
    assert notifications_retry() >= 1
    notification.refresh_from_db()
    assert notification.status == Notification.Status.SENT
    assert [m.to for m in mail.outbox if m.subject == notification.subject]


def test_the_remind_command_tells_of_the_late_demo_request(django_capture_on_commit_callbacks):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("approvals_remind", stdout=out)
    assert "overdue: 1" in out.getvalue()
    late = Notification.objects.get(kind="overdue", recipient__username="areadirector")
    assert late.status == Notification.Status.SENT
    assert "ประกาศรับสมัครบุคคล" in late.subject
