"""The public network survey form, served by NetworkSurveyPage."""

from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_protect

from prachasan.offices.models import Office

from .forms import HONEYPOT_FIELD, NetworkSurveyForm
from .services import network_application_submit
from .throttle import client_ip, submission_record, submission_wait_seconds

# Applications an hour from one address: each office sets how many
# (Office.survey_hourly_limit), since a school's staff often share one connection.
SURVEY_WINDOW = 60 * 60
SURVEY_SCOPE = "network-survey"
SENT_PARAMETER = "sent"


def _initial_from(data) -> dict:
    """What the applicant typed, to show again without judging it."""
    initial = {}
    for name in NetworkSurveyForm.base_fields:
        if name != HONEYPOT_FIELD and name in data:
            initial[name] = data.getlist(name) if name == "participation" else data.get(name)
    return initial


@csrf_protect
def network_survey_serve(request, *, page):
    """GET shows the form (or, after sending, the thanks); POST checks and stores it."""
    context = page.get_context(request)
    template = page.get_template(request)
    if request.method == "POST":
        office = Office.for_request(request)
        ip = client_ip(request)
        # Counted per office: one install may serve several offices' sites.
        scope = f"{SURVEY_SCOPE}:{office.pk}"
        wait = submission_wait_seconds(
            scope=scope, ip=ip, limit=office.survey_hourly_limit, window=SURVEY_WINDOW
        )
        if wait:
            form = NetworkSurveyForm(initial=_initial_from(request.POST))
            context.update(form=form, rate_limited=True, retry_minutes=-(-wait // 60))
            response = TemplateResponse(request, template, context, status=429)
            response["Retry-After"] = str(wait)
            add_never_cache_headers(response)
            return response
        form = NetworkSurveyForm(request.POST)
        if form.is_spam():
            # A robot filled the trap: it sees the thanks and learns nothing.
            submission_record(scope=scope, ip=ip, window=SURVEY_WINDOW)
            return _thanks_redirect(page, request)
        if form.is_valid():
            try:
                network_application_submit(office=office, data=form.application_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                submission_record(scope=scope, ip=ip, window=SURVEY_WINDOW)
                return _thanks_redirect(page, request)
    elif request.GET.get(SENT_PARAMETER):
        response = TemplateResponse(request, "network/network_survey_thanks.html", context)
        add_never_cache_headers(response)
        return response
    else:
        form = NetworkSurveyForm()
    context["form"] = form
    response = TemplateResponse(request, template, context)
    # The page holds a CSRF token: a cache in front must not hand it to someone else.
    add_never_cache_headers(response)
    return response


def _thanks_redirect(page, request) -> HttpResponseRedirect:
    return HttpResponseRedirect(f"{page.get_url(request)}?{SENT_PARAMETER}=1")
