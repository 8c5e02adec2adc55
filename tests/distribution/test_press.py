"""The press-release channel: the approved item e-mailed to the media registry with its
press release PDF attached, built once per batch."""

import subprocess
from email import message_from_bytes

import pytest
from django.core import mail

from prachasan.distribution import press
from prachasan.distribution.adapters import Message
from prachasan.distribution.models import Channel, ChannelKind, Dispatch
from prachasan.distribution.models import DispatchStatus as Status
from prachasan.distribution.press import PressReleaseAdapter, press_subject
from prachasan.distribution.services import dispatch_create, dispatch_send
from prachasan.documents import press_release
from prachasan.documents.thai_text import document_text
from prachasan.network.models import RecipientGroup
from prachasan.network.selectors import recipient_group_resolve
from prachasan.thai.dates import to_local_date
from tests.documents.conftest import skeleton

pytestmark = pytest.mark.django_db


@pytest.fixture
def media():
    """The demo's media group, as the channel's recipients: the registry's e-mails."""
    group = RecipientGroup.objects.get(name="สื่อมวลชนจังหวัด")
    recipients = [
        {"email": r.address, "name": r.name}
        for r in recipient_group_resolve(group=group, channel="email")
    ]
    assert len(recipients) >= 5
    return group, recipients


def _channel(office, group, **settings):
    office.email = "pr@office.example"
    office.save(update_fields=["email"])
    channel = Channel.objects.create(
        office=office,
        kind=ChannelKind.PRESS_RELEASE,
        name="ข่าวแจกสื่อมวลชน (ทดสอบส่ง)",
        settings=settings,
    )
    channel.recipient_groups.add(group)
    return channel


def _pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "attached.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_each_journalist_gets_the_release_with_its_pdf_over_smtp(
    office, media, news_item, sandbox, django_capture_on_commit_callbacks, tmp_path
):
    group, recipients = media
    page, revision = news_item
    channel = _channel(
        office,
        group,
        smtp_host="127.0.0.1",
        smtp_port=sandbox.smtp_port,
        smtp_tls=False,
    )
    captured = []
    handler = sandbox._smtp.handler
    original = handler.handle_DATA

    async def keeping(server, session, envelope):
        captured.append(envelope.content)
        return await original(server, session, envelope)

    handler.handle_DATA = keeping
    with django_capture_on_commit_callbacks(execute=True):
        (dispatch,) = dispatch_create(channel=channel, revision=revision, recipients=recipients)

    dispatch.refresh_from_db()
    assert (dispatch.status, dispatch.recipients_done) == (Status.SENT, len(recipients))
    title = revision.as_object().title
    filename = press_release.press_release_filename(
        page=page, dated=to_local_date(dispatch.created_at)
    )
    received = sandbox.inbox.entries("smtp")
    assert [entry["to"] for entry in received] == [[r["email"]] for r in recipients]
    assert {entry["subject"] for entry in received} == {f"ข่าวประชาสัมพันธ์: {title}"}
    assert {tuple(entry["attachments"]) for entry in received} == {(filename,)}
    assert all(entry["list_unsubscribe"] for entry in received)

    message = message_from_bytes(captured[0])
    assert message.get_content_type() == "multipart/mixed"
    letter, attached = message.get_payload()
    assert letter.get_content_type() == "text/plain"
    text = letter.get_payload(decode=True).decode("utf-8")
    assert text.startswith("เรียน บรรณาธิการข่าวและสื่อมวลชน")
    assert revision.as_object().lead in text
    assert page.full_url in text
    assert attached.get_content_type() == "application/pdf"
    pdf = attached.get_payload(decode=True)
    assert pdf.startswith(b"%PDF")
    read = skeleton(_pdf_text(pdf, tmp_path))
    assert skeleton("ข่าวประชาสัมพันธ์") in read
    assert skeleton(document_text(title, thai_digits=office.thai_digits_in_documents)) in read


def test_the_pdf_is_built_once_per_batch(office, media, news_item, monkeypatch):
    group, recipients = media
    page, revision = news_item
    channel = _channel(office, group)  # the project's e-mail backend (locmem in tests)
    built = []
    real = press_release.press_release_pdf

    def counting(**kwargs):
        built.append(kwargs["revision"])
        return real(**kwargs)

    monkeypatch.setattr(press_release, "press_release_pdf", counting)
    dispatch = Dispatch.objects.create(
        channel=channel, page=page, revision=revision, recipients=recipients
    )
    done = dispatch_send(dispatch_id=dispatch.pk)

    assert done.status == Status.SENT
    assert built == [revision]
    assert len(mail.outbox) == len(recipients)
    assert {m.attachments[0][0] for m in mail.outbox} == {
        press_release.press_release_filename(page=page, dated=to_local_date(dispatch.created_at))
    }
    assert {m.attachments[0][2] for m in mail.outbox} == {"application/pdf"}
    assert len({m.attachments[0][1] for m in mail.outbox}) == 1


def test_only_the_approved_version_goes_to_the_media(office, media, news_item, tmp_path):
    group, recipients = media
    page, revision = news_item
    approved = revision.as_object().title
    channel = _channel(office, group)
    dispatch = Dispatch.objects.create(
        channel=channel, page=page, revision=revision, recipients=recipients[:1]
    )
    draft = page.specific
    draft.title = "ร่างข่าวที่ยังไม่ได้รับอนุญาต"
    draft.save_revision()

    dispatch_send(dispatch_id=dispatch.pk)

    (sent,) = mail.outbox
    assert sent.subject == f"ข่าวประชาสัมพันธ์: {approved}"
    read = skeleton(_pdf_text(sent.attachments[0][1], tmp_path))
    assert skeleton(document_text(approved, thai_digits=office.thai_digits_in_documents)) in read
    assert skeleton("ร่างข่าว") not in read
    assert "ร่างข่าว" not in sent.body


def test_a_correction_goes_as_a_letter_without_the_release(office, media, news_item):
    group, recipients = media
    page, revision = news_item
    channel = _channel(office, group)
    dispatch = Dispatch.objects.create(
        channel=channel, page=page, revision=revision, recipients=recipients[:2]
    )
    notice = "ขอแก้ไขวันจัดกิจกรรมเป็นวันที่ 5 ธันวาคม 2569"
    title = revision.as_object().title
    PressReleaseAdapter().send(
        dispatch=dispatch,
        message=Message(subject="", text=notice, title=title, correction=True),
    )
    assert [m.subject for m in mail.outbox] == [f"แก้ไขข่าวประชาสัมพันธ์: {title}"] * 2
    assert all(m.attachments == [] for m in mail.outbox)
    assert notice in mail.outbox[0].body


def test_the_subject_is_prefixed_once():
    assert press_subject(title="ประชุม  ผู้บริหาร") == "ข่าวประชาสัมพันธ์: ประชุม ผู้บริหาร"
    assert press_subject(title="ข่าวประชาสัมพันธ์: ประชุม") == "ข่าวประชาสัมพันธ์: ประชุม"
    assert press.press_subject(title="ประชุม", correction=True) == "แก้ไขข่าวประชาสัมพันธ์: ประชุม"
