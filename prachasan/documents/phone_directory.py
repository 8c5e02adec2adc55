"""The printed phone directory (สมุดโทรศัพท์) for the office's staff: an A5 booklet with a
cover, a table of contents and a section per department, school cluster and committee."""

import datetime

from django.utils import timezone

from prachasan.network.phone_directory import phone_directory
from prachasan.offices.models import Office

from .emblem import office_emblem_png
from .pdf import image_data_uri, pdf_render
from .thai_text import document_date, document_text

# An A5 booklet, stapled or bound on the left of right-hand pages: the inner margin is
# the wider one. No base A4 page: the template's stylesheet sets everything.
BOOKLET_CSS = """
@page { size: A5; margin: 1.7cm 1.2cm 1.5cm 1.2cm; }
@page :right { margin-left: 1.8cm; margin-right: 1.2cm; }
@page :left { margin-left: 1.2cm; margin-right: 1.8cm; }
html { font-family: "Sarabun", sans-serif; font-size: 10.5pt; line-height: 1.4; color: #000; }
body { margin: 0; }
p { margin: 0; }
"""


def phone_directory_booklet_filename(
    *, office: Office, issued_on: datetime.date
) -> tuple[str, str]:
    """The download's Thai file name and its ASCII fallback."""
    return (
        f"สมุดโทรศัพท์ {office.short_name_th} {issued_on:%Y-%m-%d}.pdf",
        f"phone-directory-{issued_on:%Y-%m-%d}.pdf",
    )


def phone_directory_booklet_pdf(*, office: Office, issued_on: datetime.date | None = None) -> bytes:
    """The booklet as an A5 PDF in Sarabun. For internal use: it lists every member of
    staff with their mobile numbers and the school directors' mobiles, which the public
    phone directory page does not show."""
    thai = office.thai_digits_in_documents
    issued_on = issued_on or timezone.localdate()
    return pdf_render(
        template_name="documents/phone_directory_booklet.html",
        context={
            "office": office,
            "office_name": document_text(office.name_th, thai_digits=thai),
            "office_short_name": document_text(office.short_name_th, thai_digits=thai),
            "address": document_text(office.address, thai_digits=thai),
            "issued": document_date(issued_on, thai_digits=thai),
            "emblem_uri": image_data_uri(office_emblem_png(office=office)),
            "thai_digits": thai,
            "page_counter_style": "thai" if thai else "decimal",
            **phone_directory(office=office, internal=True),
        },
        stylesheet=BOOKLET_CSS,
    )
