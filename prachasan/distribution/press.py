"""The press-release channel: the approved version e-mailed to the media registry, one
message per journalist, with the press release PDF in the office's format attached.
The sending (one connection per batch, List-Unsubscribe, resuming mid-batch) is the
e-mail adapter's."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .adapters import Message, PermanentError
from .email import EmailAdapter
from .models import DispatchError

if TYPE_CHECKING:
    from .models import Dispatch

SUBJECT_PREFIX = "ข่าวประชาสัมพันธ์"
CORRECTION_PREFIX = "แก้ไขข่าวประชาสัมพันธ์"
PDF = "application/pdf"


def press_subject(*, title: str, correction: bool = False) -> str:
    """ "ข่าวประชาสัมพันธ์: <title>" (a subject the officer already began so is kept)."""
    prefix = CORRECTION_PREFIX if correction else SUBJECT_PREFIX
    title = " ".join(title.split())
    return title if title.startswith(prefix) else f"{prefix}: {title}"


def press_body(*, office, text: str, url: str, correction: bool = False) -> str:
    """The plain-text letter the PDF goes with (the notice itself for a correction)."""
    lines = ["เรียน บรรณาธิการข่าวและสื่อมวลชน", ""]
    if correction:
        lines += [f"{office.name_th} ขอแจ้งแก้ไขข่าวประชาสัมพันธ์ที่ได้ส่งไปก่อนหน้านี้ ดังนี้", ""]
        lines += [text.strip(), ""]
    else:
        lines += [
            f"{office.name_th} ขอส่งข่าวประชาสัมพันธ์เพื่อโปรดพิจารณาเผยแพร่ "
            "รายละเอียดตามไฟล์ข่าวประชาสัมพันธ์ (PDF) ที่แนบมาพร้อมนี้",
            "",
        ]
        if text.strip():
            lines += [text.strip(), ""]
    if url:
        lines += [f"อ่านข่าวนี้ทางเว็บไซต์: {url}", ""]
    lines += ["จึงเรียนมาเพื่อโปรดพิจารณา", "", f"งานประชาสัมพันธ์ {office.name_th}"]
    contact = " ".join(
        part
        for part in (
            f"โทรศัพท์ {office.phone}" if office.phone else "",
            f"อีเมล {office.email}" if office.email else "",
        )
        if part
    )
    if contact:
        lines.append(contact)
    return "\n".join(lines)


class PressReleaseAdapter(EmailAdapter):
    """E-mails the approved version to the batch's recipients with its press release PDF,
    built once for the batch."""

    def message_prepare(self, *, dispatch: Dispatch, message: Message) -> Message:
        from prachasan.documents.press_release import (
            press_release_date,
            press_release_filename,
            press_release_pdf,
        )

        channel = dispatch.channel
        office = channel.office
        revision = dispatch.revision
        if revision is None or dispatch.page is None:
            raise PermanentError("item deleted", reason=DispatchError.VERSION_GONE)
        page = dispatch.page.specific
        title = message.title or revision.as_object().title
        letter = {
            "subject": press_subject(title=title, correction=message.correction),
            "text": press_body(
                office=office, text=message.text, url=message.url, correction=message.correction
            ),
            "url": "",  # in the letter already
        }
        if message.correction:
            return dataclasses.replace(message, **letter)
        dated = press_release_date(page=page, office=office)
        pdf = press_release_pdf(
            page=page,
            office=office,
            revision=revision,
            dated=dated,
            contact=channel.settings,
        )
        return dataclasses.replace(
            message,
            **letter,
            attachments=(
                *message.attachments,
                (press_release_filename(page=page, dated=dated), pdf, PDF),
            ),
        )
