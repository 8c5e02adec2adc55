from django.http import HttpResponse, HttpResponseNotAllowed
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Site

from .services import visit_record


@csrf_exempt
def visit(request):
    """Count a visit. Called once a day per browser by the page script, so the count
    stays right when nginx serves the pages from its cache."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    site = Site.find_for_request(request)
    if site is not None:
        visit_record(site=site)
    return HttpResponse(status=204)
