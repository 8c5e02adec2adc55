"""Admin views of the publication requests."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from prachasan.offices.selectors import offices_of_user

from .models import PublicationRequest
from .selectors import memo_decisions, request_steps


def request_review(request, pk: int):
    """The request as its deciders review it, on a phone as on a desk."""
    publication_request = get_object_or_404(PublicationRequest, pk=pk)
    if not offices_of_user(user=request.user).filter(pk=publication_request.office_id).exists():
        raise PermissionDenied
    return TemplateResponse(
        request,
        "approvals/request_review.html",
        {
            "publication_request": publication_request,
            "steps": request_steps(request=publication_request),
            "decisions": memo_decisions(request=publication_request),
        },
    )
