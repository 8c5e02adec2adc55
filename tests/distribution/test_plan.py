"""Publication makes the dispatches: what the deciders allowed goes to the channels
ticked for it, to the registries' recipients, and nothing a later draft says."""

import pytest
from django.db import transaction
from wagtail.models import Workflow

from prachasan.distribution.models import Channel, ChannelKind, Correction, Dispatch
from prachasan.distribution.services import (
    channel_recipients,
    correction_create,
    dispatch_send,
    dispatches_enqueue_due,
)
from prachasan.network.models import RecipientGroup
from prachasan.news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def directors_group(office):
    return RecipientGroup.objects.get(office=office, name="ผู้อำนวยการโรงเรียนทุกแห่ง")


@pytest.fixture
def sms(office, directors_group, fake_adapter):
    channel = Channel.objects.create(office=office, kind=ChannelKind.SMS, name="SMS ผอ.")
    channel.recipient_groups.add(directors_group)
    return channel


def _act(client, page, action):
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    return client.post(f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/", {})


def _draft(*, versions, title="ประกาศรับสมัครครูผู้ช่วย", slug="plan-item"):
    index = NewsIndexPage.objects.get(department__key="ict")
    page = NewsPage(title=title, slug=slug, lead="รับสมัครถึงวันที่ 30", live=False)
    page.channel_versions = versions
    index.add_child(instance=page)
    return page


def test_allowing_the_item_creates_its_dispatches_with_the_approved_version(
    client, login, sms, fake_adapter, django_capture_on_commit_callbacks
):
    editor = login("editor")
    page = _draft(versions={str(sms.pk): {"send": True, "text": "รับสมัครครู ดูที่เว็บ"}})
    revision = page.save_revision(user=editor)
    Workflow.objects.get(workflow_pages__page=page.get_site().root_page).start(page, editor)
    login("director")
    _act(client, page, "approve")
    # A draft written while the request waits for the area director never goes out.
    page.refresh_from_db()
    page.channel_versions = {str(sms.pk): {"send": True, "text": "ร่างที่ยังไม่อนุญาต"}}
    draft = page.save_revision(user=editor)
    assert draft != revision
    login("areadirector")
    with django_capture_on_commit_callbacks(execute=True):
        _act(client, page, "approve")
    page.refresh_from_db()
    assert page.live and page.live_revision == revision
    dispatches = list(Dispatch.objects.filter(page=page).order_by("batch_index"))
    recipients = channel_recipients(channel=sms)
    assert recipients and all(r["phone"] for r in recipients)
    assert sum(len(d.recipients) for d in dispatches) == len(recipients)
    assert {d.revision_id for d in dispatches} == {revision.pk}
    # The worker ran them on commit (immediate backend in the tests): each phone once.
    sent = [r["phone"] for call in fake_adapter.outbox for r in call.recipients]
    assert sorted(sent) == sorted(r["phone"] for r in recipients)
    assert {call.message.text for call in fake_adapter.outbox} == {"รับสมัครครู ดูที่เว็บ"}


def test_a_channel_not_ticked_or_switched_off_gets_nothing(office, sms, fake_adapter):
    other = Channel.objects.create(office=office, kind=ChannelKind.SMS, name="ปิดอยู่", active=False)
    page = _draft(
        versions={str(sms.pk): {"send": False}, str(other.pk): {"send": True}}, slug="plan-none"
    )
    with transaction.atomic():
        page.save_revision().publish()
    assert not Dispatch.objects.filter(page=page).exists()


def test_publishing_again_does_not_send_again_unless_asked(
    office, sms, fake_adapter, django_capture_on_commit_callbacks
):
    page = _draft(versions={str(sms.pk): {"send": True}}, slug="plan-again")
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    first = Dispatch.objects.filter(page=page).count()
    assert first >= 1
    calls = len(fake_adapter.outbox)
    page.title = "ประกาศรับสมัครครูผู้ช่วย (แก้ไขวันที่)"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert Dispatch.objects.filter(page=page).count() == first
    page.channel_versions = {str(sms.pk): {"send": True, "resend": True}}
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert Dispatch.objects.filter(page=page).count() == 2 * first
    assert len(fake_adapter.outbox) > calls
    # Left blank, the SMS says what the item says: its (new) title.
    assert "แก้ไขวันที่" in fake_adapter.outbox[-1].message.text


def test_a_correction_goes_to_the_channels_with_its_notice(
    office, sms, fake_adapter, django_capture_on_commit_callbacks
):
    page = _draft(versions={str(sms.pk): {"send": True}}, slug="plan-correct")
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    page.unpublish()
    fake_adapter.reset()
    with django_capture_on_commit_callbacks(execute=True):
        correction = correction_create(
            page=page,
            reason="วันที่ปิดรับสมัครผิด",
            text="แก้ไข: ปิดรับสมัครวันที่ 31",
            channels=[sms],
            user=None,
        )
    assert Correction.objects.get(pk=correction.pk).channels.get() == sms
    assert correction.dispatches.count() >= 1
    assert fake_adapter.outbox and all(c.message.correction for c in fake_adapter.outbox)
    assert {c.message.text for c in fake_adapter.outbox} == {"แก้ไข: ปิดรับสมัครวันที่ 31"}


def test_the_sweep_hands_over_what_is_due_and_sending_claims_once(
    office, sms, fake_adapter, django_capture_on_commit_callbacks
):
    page = _draft(versions={str(sms.pk): {"send": True}}, slug="plan-sweep")
    with transaction.atomic():  # no on-commit hooks run: as if the worker were down
        page.save_revision().publish()
    dispatch = Dispatch.objects.filter(page=page).first()
    Dispatch.objects.filter(pk=dispatch.pk).update(
        updated_at=dispatch.updated_at.replace(year=2020)
    )
    assert dispatches_enqueue_due() >= 1
    dispatch.refresh_from_db()
    assert dispatch.status == "sent"
    calls = len(fake_adapter.outbox)
    dispatch_send(dispatch_id=dispatch.pk)
    assert len(fake_adapter.outbox) == calls


def test_a_scheduled_item_is_sent_when_the_worker_publishes_it(
    office, sms, fake_adapter, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    page = _draft(versions={str(sms.pk): {"send": True}}, slug="plan-scheduled")
    page.go_live_at = timezone.now() + timedelta(hours=2)
    revision = page.save_revision()
    revision.publish()
    assert not Dispatch.objects.filter(page=page).exists()
    # Two hours later (the time is moved back rather than waited for).
    revision.refresh_from_db()
    past = timezone.now() - timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    with django_capture_on_commit_callbacks(execute=True):
        call_command("worker", "--once")
    page.refresh_from_db()
    assert page.live
    assert Dispatch.objects.filter(page=page, revision=revision, status="sent").exists()
    assert fake_adapter.outbox
