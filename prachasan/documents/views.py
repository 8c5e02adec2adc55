"""Admin downloads of the office's documents: appointment orders and the phone booklet.
The admin URLs are registered in wagtail_hooks.py, behind Wagtail's admin login. Each
serves only the offices the user works for (every office for a superuser): another
office's document is not found."""

from urllib.parse import quote

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from wagtail.permission_policies import ModelPermissionPolicy

from prachasan.network.models import Order
from prachasan.offices.models import Office
from prachasan.offices.selectors import offices_of_user

from .orders import order_docx_render, order_filename, order_pdf_render
from .phone_directory import phone_directory_booklet_filename, phone_directory_booklet_pdf

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

order_permission_policy = ModelPermissionPolicy(Order)


def attachment_response(
    content: bytes, *, content_type: str, filename: str, fallback: str
) -> HttpResponse:
    """A download named ``filename`` (Thai, RFC 5987 ``filename*``), with an ASCII
    ``fallback`` for clients that read only ``filename``."""
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = (
        f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"
    )
    response["Cache-Control"] = "private, no-store"
    return response


def _order_for(request: HttpRequest, pk: int) -> Order:
    if not order_permission_policy.user_has_permission(request.user, "change"):
        raise PermissionDenied
    orders = Order.objects.filter(office__in=offices_of_user(user=request.user))
    return get_object_or_404(orders.select_related("office", "office__logo"), pk=pk)


def order_pdf_download(request: HttpRequest, pk: int) -> HttpResponse:
    order = _order_for(request, pk)
    filename, fallback = order_filename(order=order, extension="pdf")
    return attachment_response(
        order_pdf_render(order=order), content_type=PDF, filename=filename, fallback=fallback
    )


def order_docx_download(request: HttpRequest, pk: int) -> HttpResponse:
    order = _order_for(request, pk)
    filename, fallback = order_filename(order=order, extension="docx")
    return attachment_response(
        order_docx_render(order=order), content_type=DOCX, filename=filename, fallback=fallback
    )


def phone_directory_booklet_download(request: HttpRequest) -> HttpResponse:
    """The staff's own phone book, of the office whose site the admin is served on: any
    admin user of that office may print it. It lists mobile numbers the public directory
    does not show, so nobody else gets it."""
    office = Office.for_request(request)
    if not offices_of_user(user=request.user).filter(pk=office.pk).exists():
        raise Http404
    issued_on = timezone.localdate()
    filename, fallback = phone_directory_booklet_filename(office=office, issued_on=issued_on)
    return attachment_response(
        phone_directory_booklet_pdf(office=office, issued_on=issued_on),
        content_type=PDF,
        filename=filename,
        fallback=fallback,
    )
