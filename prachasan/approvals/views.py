"""Admin views of one publication request: its review page (made for a phone: the
notification e-mails link here), the submitted version's preview shown in it, the memo
as PDF and Word, and the memos of a quarter as one PDF."""

from datetime import datetime, timedelta

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.translation import npgettext, pgettext, pgettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button
from wagtail.utils.decorators import xframe_options_sameorigin_override

from prachasan.documents.views import attachment_response
from prachasan.offices.models import Office
from prachasan.thai.dates import format_thai_date, format_thai_datetime

from .models import MemoBlock, PublicationRequest, RequestStatus, StepOutcome
from .selectors import (
    memo_decisions,
    request_log_entries,
    request_steps,
    step_deciders,
    step_is_late,
    step_waited,
)
from .services import publication_request_decide

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

ALLOW, REFUSE, CHANGES = "approve", "refuse", "reject"


# Shared by the review page, the list and the dashboard ---------------------------------


def user_display_name(user) -> str:
    """A person's name as the office writes it: from their staff record when they have one."""
    if user is None:
        return ""
    person = getattr(user, "person", None)
    if person is not None:
        return person.full_name
    return user.get_full_name() or user.get_username()


def working_time_display(waited: timedelta, *, office: Office) -> str:
    """A span of working time in the office's working days, hours and minutes."""
    day = datetime.combine(timezone.localdate(), office.work_end) - datetime.combine(
        timezone.localdate(), office.work_start
    )
    minutes = int(waited.total_seconds() // 60)
    days, rest = divmod(minutes, max(int(day.total_seconds() // 60), 1))
    hours, minutes = divmod(rest, 60)
    parts = []
    if days:
        parts.append(
            npgettext("approvals", "%(n)d working day", "%(n)d working days", days) % {"n": days}
        )
    if hours:
        parts.append(npgettext("approvals", "%(n)d hour", "%(n)d hours", hours) % {"n": hours})
    if not days and (minutes or not hours):
        parts.append(
            npgettext("approvals", "%(n)d minute", "%(n)d minutes", minutes) % {"n": minutes}
        )
    return " ".join(parts)


def request_for_user(http_request, pk: int) -> PublicationRequest:
    """The request, for a user who may see it in the request list (its office's
    executives and PR officers, its department, its requester and deciders); anyone else
    finds nothing."""
    from .selectors import publication_requests_visible

    visible = publication_requests_visible(user=http_request.user)
    return get_object_or_404(
        visible.select_related("office", "department", "page", "revision"), pk=pk
    )


# The review page -------------------------------------------------------------------------


class DecisionForm(forms.Form):
    """One decision on the current step; which one is the button pressed."""

    action = forms.ChoiceField(
        choices=[
            (ALLOW, pgettext_lazy("approvals", "Allow publication")),
            (REFUSE, pgettext_lazy("approvals", "Do not allow")),
            (CHANGES, pgettext_lazy("approvals", "Send back for changes")),
        ]
    )
    comment = forms.CharField(
        label=pgettext_lazy("approvals", "Reason or comment"),
        required=False,
        widget=forms.Textarea({"rows": 3}),
        help_text=pgettext_lazy(
            "approvals", "Required to refuse or to send the item back: the requester will read it."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        action = cleaned.get("action")
        if not (cleaned.get("comment") or "").strip():
            if action == REFUSE:
                self.add_error(
                    "comment",
                    pgettext(
                        "approvals",
                        "Give the reason for not allowing it: the requester will read it.",
                    ),
                )
            elif action == CHANGES:
                self.add_error(
                    "comment",
                    pgettext(
                        "approvals", "Write what must be changed: the requester will read it."
                    ),
                )
        return cleaned


DECIDED_MESSAGES = {
    ALLOW: pgettext_lazy("approvals", "You allowed the publication of %(number)s “%(subject)s”."),
    REFUSE: pgettext_lazy(
        "approvals", "You did not allow the publication of %(number)s “%(subject)s”."
    ),
    CHANGES: pgettext_lazy("approvals", "You sent %(number)s “%(subject)s” back for changes."),
}

OUTCOME_CLASSES = {
    StepOutcome.ALLOWED: "approvals-outcome--allowed",
    StepOutcome.REFUSED: "approvals-outcome--refused",
    StepOutcome.CHANGES: "approvals-outcome--changes",
    StepOutcome.SKIPPED: "approvals-outcome--skipped",
}

STATUS_CLASSES = {
    RequestStatus.IN_REVIEW: "approvals-status--waiting",
    RequestStatus.CHANGES_REQUESTED: "approvals-status--changes",
    RequestStatus.ALLOWED: "approvals-status--allowed",
    RequestStatus.PUBLISHED: "approvals-status--allowed",
    RequestStatus.REFUSED: "approvals-status--refused",
    RequestStatus.CANCELLED: "approvals-status--cancelled",
}


def _decision_block(step, *, heading) -> dict:
    return {
        "heading": heading,
        "step": step,
        "name": step.decider_name if step else "",
        "position": step.decider_position if step else "",
        "when": format_thai_datetime(timezone.localtime(step.decided_at))
        if step and step.decided_at
        else "",
        "outcome": step.get_outcome_display() if step else "",
        "outcome_class": OUTCOME_CLASSES.get(step.outcome, "") if step else "",
        "comment": step.comment if step else "",
    }


@method_decorator(xframe_options_sameorigin_override, name="dispatch")
class RequestPreviewView(View):
    """The submitted version of the item as the public will see it, framed in the review
    page (the admin's own revision view may not be framed and needs edit rights)."""

    def get(self, request, pk: int):
        publication_request = request_for_user(request, pk)
        if publication_request.revision is None:
            raise Http404
        item = publication_request.revision.as_object()
        # As in Wagtail's own preview panel: no user bar over the item.
        return item.make_preview_request(
            request, item.default_preview_mode, extra_request_attrs={"in_preview_panel": True}
        )


class RequestReviewView(WagtailAdminTemplateMixin, TemplateView):
    """The request as its deciders review it, on a phone as on a desk: the item, the memo,
    the decisions so far, the current step and its deadline, the decision form for those
    who decide it, and what has happened to the item."""

    template_name = "approvals/request_review.html"
    header_icon = "clipboard-list"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.publication_request = request_for_user(request, kwargs["pk"])

    def get_page_title(self):
        return pgettext("approvals", "Publication request %(number)s") % {
            "number": self.publication_request.number_display
        }

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("publication_requests:index"),
                "label": pgettext("approvals", "Publication requests"),
            },
            {"url": "", "label": self.publication_request.number_display},
        ]

    @cached_property
    def memo_urls(self) -> dict[str, str]:
        pk = self.publication_request.pk
        return {
            "pdf": reverse("approvals_request_memo_pdf", args=[pk]),
            "docx": reverse("approvals_request_memo_docx", args=[pk]),
        }

    def get_header_more_buttons(self):
        return [
            Button(
                pgettext("approvals", "Memo (PDF)"),
                url=self.memo_urls["pdf"],
                icon_name="download",
                priority=10,
            ),
            Button(
                pgettext("approvals", "Memo (DOCX)"),
                url=self.memo_urls["docx"],
                icon_name="download",
                priority=20,
            ),
        ]

    @cached_property
    def steps(self):
        return request_steps(request=self.publication_request)

    @cached_property
    def current_step(self):
        waiting = [step for step in self.steps if step.outcome == StepOutcome.WAITING]
        if not waiting or self.publication_request.status != RequestStatus.IN_REVIEW:
            return None
        return waiting[-1]

    @cached_property
    def current_holders(self) -> list:
        if self.current_step is None:
            return []
        self.current_step.request = self.publication_request
        return step_deciders(step=self.current_step)

    @cached_property
    def may_decide(self) -> bool:
        user = self.request.user
        return any(holder.pk == user.pk for holder in self.current_holders)

    def post(self, request, *args, **kwargs):
        if not self.may_decide:
            raise PermissionDenied
        form = DecisionForm(request.POST)
        if form.is_valid():
            action = form.cleaned_data["action"]
            try:
                publication_request_decide(
                    task_state=self.current_step.task_state,
                    user=request.user,
                    action=action,
                    comment=form.cleaned_data["comment"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                publication_request = self.publication_request
                messages.success(
                    request,
                    DECIDED_MESSAGES[action]
                    % {
                        "number": publication_request.number_display,
                        "subject": publication_request.subject,
                    },
                )
                return redirect("approvals_request_review", pk=publication_request.pk)
        return self.render_to_response(self.get_context_data(form=form))

    def attachments(self) -> list[dict]:
        return [
            {
                "title": attachment.get("title") or attachment.get("filename"),
                "filename": attachment.get("filename", ""),
                "url": reverse(
                    "wagtaildocs_serve",
                    args=[attachment["document_id"], attachment.get("filename", "")],
                ),
            }
            for attachment in self.publication_request.attachments
            if attachment.get("document_id")
        ]

    def decisions(self) -> list[dict]:
        publication_request = self.publication_request
        decided = memo_decisions(request=publication_request)
        requester = {
            "heading": pgettext("approvals", "Requester"),
            "step": None,
            "name": publication_request.requester_name,
            "position": publication_request.requester_position,
            "when": format_thai_datetime(timezone.localtime(publication_request.submitted_at)),
            "outcome": pgettext("approvals", "asks for permission to publish"),
            "outcome_class": "",
            "comment": "",
        }
        blocks = [
            requester,
            _decision_block(decided.check, heading=MemoBlock.CHECK.label),
            _decision_block(decided.order, heading=MemoBlock.ORDER.label),
        ]
        blocks += [_decision_block(step, heading=step.name) for step in decided.reviews]
        return blocks

    def current(self) -> dict | None:
        step = self.current_step
        if step is None:
            return self.with_requester()
        office = self.publication_request.office
        return {
            "step": step,
            "holders": [user_display_name(user) for user in self.current_holders],
            "due": format_thai_datetime(timezone.localtime(step.due_at)) if step.due_at else "",
            "waited": working_time_display(step_waited(step=step), office=office),
            "is_late": step_is_late(step=step),
        }

    def with_requester(self) -> dict | None:
        """A request sent back for changes waits for its requester."""
        publication_request = self.publication_request
        if publication_request.status != RequestStatus.CHANGES_REQUESTED:
            return None
        sent_back = [step for step in self.steps if step.outcome == StepOutcome.CHANGES]
        since = sent_back[-1].decided_at if sent_back else None
        return {
            "step": None,
            "holders": [publication_request.requester_name],
            "since": format_thai_datetime(timezone.localtime(since)) if since else "",
            "is_late": False,
        }

    def timeline(self) -> list[dict]:
        return request_timeline(request=self.publication_request, steps=self.steps)

    def page_links(self) -> dict:
        page = self.publication_request.page
        if page is None:
            return {}
        links = {}
        if page.permissions_for_user(self.request.user).can_edit():
            links["edit"] = reverse("wagtailadmin_pages:edit", args=[page.pk])
        if page.live:
            links["live"] = page.get_url(request=self.request)
        return links

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        publication_request = self.publication_request
        may_decide = self.may_decide
        context.update(
            {
                "publication_request": publication_request,
                "status_class": STATUS_CLASSES.get(publication_request.status, ""),
                "submitted_date": format_thai_date(publication_request.submitted_at),
                "preview_url": reverse("approvals_request_preview", args=[publication_request.pk])
                if publication_request.revision_id
                else "",
                "attachments": self.attachments(),
                "decisions": self.decisions(),
                "current": self.current(),
                "may_decide": may_decide,
                "form": kwargs.get("form") or (DecisionForm() if may_decide else None),
                "timeline": self.timeline(),
                "memo_urls": self.memo_urls,
                "page_links": self.page_links(),
                "steps": self.steps,
            }
        )
        return context


# The item's timeline ----------------------------------------------------------------------

TIMELINE_LABELS = {
    "approvals.request_open": pgettext_lazy("approvals", "Publication request %(number)s opened"),
    "wagtail.workflow.start": pgettext_lazy("approvals", "Submitted for permission to publish"),
    "wagtail.workflow.resume": pgettext_lazy("approvals", "Submitted again after changes"),
    "wagtail.workflow.cancel": pgettext_lazy("approvals", "Request withdrawn"),
    "approvals.request_refuse": pgettext_lazy("approvals", "Not allowed to be published"),
    "wagtail.publish": pgettext_lazy("approvals", "Published"),
    "wagtail.publish.scheduled": pgettext_lazy(
        "approvals", "Allowed version scheduled for publication"
    ),
    "wagtail.unpublish": pgettext_lazy("approvals", "Unpublished"),
    "wagtail.edit": pgettext_lazy("approvals", "Edited after publication"),
}
STEP_LABELS = {
    StepOutcome.ALLOWED: pgettext_lazy("approvals", "Allowed at step “%(step)s”"),
    StepOutcome.CHANGES: pgettext_lazy("approvals", "Sent back for changes at step “%(step)s”"),
    StepOutcome.REFUSED: pgettext_lazy("approvals", "Not allowed at step “%(step)s”"),
}


def request_timeline(*, request: PublicationRequest, steps) -> list[dict]:
    """What happened to the item since the request was opened, in Thai, oldest first.
    Consecutive edits by one person are counted on one line."""
    by_task_state = {step.task_state_id: step for step in steps if step.task_state_id}
    rows: list[dict] = []
    for entry in request_log_entries(request=request):
        action = entry.action
        data = entry.data or {}
        comment = ""
        if action in ("wagtail.workflow.approve", "wagtail.workflow.reject"):
            workflow = data.get("workflow") or {}
            step = by_task_state.get(workflow.get("task_state_id"))
            if step is not None and step.outcome == StepOutcome.REFUSED:
                continue  # shown by its "not allowed" entry, with the reason
            outcome = step.outcome if step is not None else None
            if outcome not in STEP_LABELS:
                outcome = (
                    StepOutcome.ALLOWED
                    if action == "wagtail.workflow.approve"
                    else StepOutcome.CHANGES
                )
            task_name = step.name if step else (workflow.get("task") or {}).get("title", "")
            label = STEP_LABELS[outcome] % {"step": task_name}
            comment = data.get("comment") or ""
        elif action == "wagtail.workflow.cancel" and request.status == RequestStatus.REFUSED:
            continue  # a refusal ends the workflow: not a withdrawal
        elif action == "approvals.request_refuse":
            label = str(TIMELINE_LABELS[action])
            comment = data.get("reason") or ""
        elif action == "approvals.request_open":
            label = TIMELINE_LABELS[action] % {"number": data.get("number", "")}
        else:
            label = str(TIMELINE_LABELS[action])
        who = user_display_name(entry.user)
        previous = rows[-1] if rows else None
        if (
            action == "wagtail.edit"
            and previous
            and previous["action"] == action
            and previous["who"] == who
        ):
            previous["count"] += 1
            previous["when"] = format_thai_datetime(timezone.localtime(entry.timestamp))
            continue
        rows.append(
            {
                "action": action,
                "label": label,
                "who": who,
                "when": format_thai_datetime(timezone.localtime(entry.timestamp)),
                "comment": comment,
                "count": 1,
                "kind": action.rsplit(".", 1)[-1],
            }
        )
    return rows


# Downloads ------------------------------------------------------------------------------


def request_memo_pdf(request, pk: int):
    from prachasan.documents.memo import publication_memo_filename, publication_memo_pdf

    publication_request = request_for_user(request, pk)
    filename, fallback = publication_memo_filename(request=publication_request, extension="pdf")
    return attachment_response(
        publication_memo_pdf(request=publication_request),
        content_type=PDF,
        filename=filename,
        fallback=fallback,
    )


def request_memo_docx(request, pk: int):
    from prachasan.documents.memo import publication_memo_docx, publication_memo_filename

    publication_request = request_for_user(request, pk)
    filename, fallback = publication_memo_filename(request=publication_request, extension="docx")
    return attachment_response(
        publication_memo_docx(request=publication_request),
        content_type=DOCX,
        filename=filename,
        fallback=fallback,
    )


def request_bundle_pdf(request):
    """The memos of the requests the list shows for a fiscal quarter (the current one
    when none is chosen), in the register's order, as one PDF for the office's files."""
    from prachasan.documents.memo import publication_memos_bundle_pdf

    from .admin_views import requests_search
    from .filters import (
        PublicationRequestFilterSet,
        current_fiscal_quarter,
        submitted_in_period_q,
        user_offices,
    )
    from .selectors import publication_requests_visible

    offices = user_offices(request.user)
    if not offices:
        raise PermissionDenied
    filters = PublicationRequestFilterSet(
        request.GET, publication_requests_visible(user=request.user), request=request
    )
    requests = filters.qs
    year, quarter = filters.period()
    if year is None:
        year, quarter = current_fiscal_quarter(offices)
        requests = requests.filter(
            submitted_in_period_q(offices=offices, fiscal_year=year, quarter=quarter)
        )
    requests = requests_search(requests, request.GET.get("q", ""))
    office = _bundle_office(request, offices, requests)
    requests = list(
        requests.filter(office=office)
        .select_related("office", "department", "revision")
        .order_by("year", "number")
    )
    if quarter:
        title = pgettext(
            "approvals", "Publication requests, quarter %(quarter)s of fiscal year %(year)s"
        ) % {
            "quarter": quarter,
            "year": year,
        }
        names = (f"-ไตรมาส-{quarter}", f"-q{quarter}")
    else:
        title = pgettext("approvals", "Publication requests of fiscal year %(year)s") % {
            "year": year
        }
        names = ("", "")
    if not requests:
        messages.warning(
            request, pgettext("approvals", "No request matches: there is nothing to export.")
        )
        return redirect(reverse("publication_requests:index") + "?" + request.GET.urlencode())
    content = publication_memos_bundle_pdf(office=office, requests=requests, title=title)
    return attachment_response(
        content,
        content_type=PDF,
        filename=f"บันทึกขออนุญาตเผยแพร่-ปีงบประมาณ-{year}{names[0]}.pdf",
        fallback=f"memos-{year}{names[1]}.pdf",
    )


def _bundle_office(request, offices, requests) -> Office:
    """One office per bundle: the only one, or the one whose site this is."""
    if len(offices) == 1:
        return offices[0]
    office_ids = set(requests.values_list("office_id", flat=True))
    here = Office.for_request(request)
    if here is not None and here.pk in office_ids:
        return here
    return next((office for office in offices if office.pk in office_ids), offices[0])
