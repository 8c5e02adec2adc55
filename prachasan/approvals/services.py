"""Writes of the publication request: opening it when an item is submitted, each step's
start with its deadline, the decisions, publication at the end, and the e-mails that tell
people about each of these."""

import contextlib
import contextvars
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Page, TaskState, Workflow, WorkflowPage, WorkflowState, WorkflowTask
from wagtail.signals import task_submitted

from prachasan.offices.models import Office, Person, RoleGroup
from prachasan.offices.selectors import office_work_calendar

from .forms import request_input
from .models import (
    DepartmentDirectorTask,
    MemoBlock,
    Notification,
    OfficeRoleTask,
    PublicationRequest,
    RequestStatus,
    RequestStep,
    RequestYearCounter,
    StepOutcome,
    TimeStandardUnit,
)
from .selectors import page_department, page_office, step_deciders, user_decides_request

ALLOW, REFUSE, CHANGES = "approve", "refuse", "reject"

# A step's reminder goes out when this share of its time standard has passed.
REMINDER_AT_SHARE = 0.75


def _name_and_position(user) -> tuple[str, str]:
    """A user's name and position as written on the memo: from their staff record."""
    if user is None:
        return "", ""
    person = Person.objects.filter(user=user).first()
    if person is not None:
        return person.full_name, person.position
    return user.get_full_name() or user.get_username(), ""


def _request_number_next(*, office: Office, year: int) -> int:
    RequestYearCounter.objects.get_or_create(office=office, year=year)
    # The update locks the counter row until the transaction ends: no two requests of
    # the year get the same number.
    RequestYearCounter.objects.filter(office=office, year=year).update(
        last_number=F("last_number") + 1
    )
    return RequestYearCounter.objects.get(office=office, year=year).last_number


def _attachments_of(page: Page) -> list[dict]:
    attachments = getattr(page, "attachments", None)
    if attachments is None:
        return []
    return [
        {
            "title": attachment.display_title,
            "document_id": attachment.document_id,
            "filename": attachment.document.filename,
        }
        for attachment in attachments.select_related("document")
    ]


def _request_input_take() -> dict:
    value = request_input.get() or {}
    request_input.set(None)
    return value


@transaction.atomic
def publication_request_ensure(*, workflow_state: WorkflowState) -> PublicationRequest:
    """The request of a workflow: opened with the next number of the office's register
    when the item is first submitted; on resubmission after changes, the same request
    with what the requester wrote this time."""
    page = workflow_state.content_object.specific
    given = _request_input_take()
    request = PublicationRequest.objects.filter(workflow_state=workflow_state).first()
    if request is not None:
        if given:
            request.work_unit = given.get("work_unit", request.work_unit)
            request.note = given.get("note", request.note)
            request.compliance_confirmed = given.get("confirmed", False)
        request.subject = page.title[:500]
        request.attachments = _attachments_of(page)
        request.save(
            update_fields=["work_unit", "note", "compliance_confirmed", "subject", "attachments"]
        )
        return request
    office = page_office(page=page)
    if office is None:
        raise ValidationError(_("This page is not on an office's site."))
    department = page_department(page=page)
    requester = workflow_state.requested_by
    name, position = _name_and_position(requester)
    now = timezone.now()
    year = timezone.localdate(now).year + 543
    request = PublicationRequest.objects.create(
        office=office,
        year=year,
        number=_request_number_next(office=office, year=year),
        page=page,
        revision=page.get_latest_revision(),
        workflow_state=workflow_state,
        subject=page.title[:500],
        department=department,
        department_name=department.name if department else "",
        work_unit=given.get("work_unit", ""),
        note=given.get("note", ""),
        attachments=_attachments_of(page),
        requested_by=requester,
        requester_name=name,
        requester_position=position,
        compliance_confirmed=given.get("confirmed", False),
        submitted_at=now,
    )
    log(
        instance=page,
        action="approvals.request_open",
        user=requester,
        data={"request_id": request.pk, "number": request.number_display, "year": year},
        revision=request.revision,
    )
    return request


def step_deadline(
    *, task, office: Office, started_at: datetime
) -> tuple[datetime | None, datetime | None]:
    """When a step is due and when its reminder goes out, in the office's working time."""
    calendar = office_work_calendar(office=office)
    if task.time_standard_unit == TimeStandardUnit.DAYS:
        due = calendar.add_working_days(started_at, task.time_standard)
        day = datetime.combine(started_at.date(), office.work_end) - datetime.combine(
            started_at.date(), office.work_start
        )
        standard = day * task.time_standard
    else:
        standard = timedelta(hours=task.time_standard)
        due = calendar.add_working_hours(started_at, standard)
    remind = calendar.add_working_hours(started_at, standard * REMINDER_AT_SHARE)
    return due, min(remind, due)


@transaction.atomic
def publication_task_start(*, task, workflow_state: WorkflowState, user=None) -> TaskState:
    """Start a step of the request: skipped, with the reason kept, when it does not apply
    to the item; otherwise due by the step's time standard, with its deciders told."""
    request = publication_request_ensure(workflow_state=workflow_state)
    now = timezone.now()
    task_state = task.get_task_state_class()(workflow_state=workflow_state)
    task_state.task = task
    task_state.revision = workflow_state.content_object.get_latest_revision()
    with translation.override("th"):  # written on the memo, a Thai document
        reason = task.skip_reason(
            office=request.office, department=request.department, requester=request.requested_by
        )
    step = RequestStep(
        request=request,
        task=task,
        name=task.name,
        memo_block=task.memo_block,
        started_at=now,
    )
    if reason:
        task_state.status = TaskState.STATUS_SKIPPED
        task_state.finished_at = now
        task_state.comment = reason
        task_state.save()
        step.task_state = task_state
        step.outcome = StepOutcome.SKIPPED
        step.decided_at = now
        step.comment = reason
        step.save()
        return task_state
    task_state.status = TaskState.STATUS_IN_PROGRESS
    task_state.save()
    step.task_state = task_state
    step.due_at, step.remind_at = step_deadline(task=task, office=request.office, started_at=now)
    step.save()
    request.status = RequestStatus.IN_REVIEW
    request.revision = task_state.revision
    request.save(update_fields=["status", "revision"])
    task_submitted.send(
        sender=task_state.specific.__class__, instance=task_state.specific, user=user
    )
    _notify_on_commit(lambda: _step_started_notify(step_id=step.pk))
    _notify_on_commit(lambda: _deadline_checks_enqueue(moments=[step.remind_at, step.due_at]))
    return task_state


def _deadline_checks_enqueue(*, moments) -> None:
    """Have the worker check the deadlines when the reminder and the deadline come, on
    backends that can run a task later (the "approvals_remind" command covers the rest)."""
    from django_tasks import default_task_backend

    from .tasks import step_deadlines_remind_task

    if not default_task_backend.supports_defer:
        return
    for moment in moments:
        if moment is not None:
            step_deadlines_remind_task.using(run_after=moment).enqueue()


@transaction.atomic
def publication_request_decide(*, task_state: TaskState, user, action: str, comment: str = ""):
    """Record one decision on a step: allow (the next step starts, or the item is
    published at the last), refuse with a reason (the request ends), or send back for
    changes with a comment (the requester edits and submits again)."""
    task_state = TaskState.objects.select_for_update().get(pk=task_state.pk)
    if task_state.status != TaskState.STATUS_IN_PROGRESS:
        raise ValidationError(_("This step has already been decided."))
    step = RequestStep.objects.select_related("request__office", "request__department").get(
        task_state=task_state
    )
    request = step.request
    if not user_decides_request(task=task_state.task.specific, request=request, user=user):
        raise PermissionDenied(_("You do not decide this step of the request."))
    if action not in (ALLOW, REFUSE, CHANGES):
        raise ValidationError(_("Unknown decision."))
    comment = (comment or "").strip()
    if action in (REFUSE, CHANGES) and not comment:
        raise ValidationError(_("Give the reason: the requester will read it."))
    now = timezone.now()
    step.decided_at = now
    step.decided_by = user
    step.decider_name, step.decider_position = _name_and_position(user)
    step.comment = comment
    step.outcome = {
        ALLOW: StepOutcome.ALLOWED,
        REFUSE: StepOutcome.REFUSED,
        CHANGES: StepOutcome.CHANGES,
    }[action]
    step.save()
    if action == ALLOW:
        task_state.approve(user=user, comment=comment)
    elif action == CHANGES:
        request.status = RequestStatus.CHANGES_REQUESTED
        request.save(update_fields=["status"])
        task_state.reject(user=user, comment=comment)
    else:
        request.status = RequestStatus.REFUSED
        request.finished_at = now
        request.save(update_fields=["status", "finished_at"])
        task_state.reject(user=user, comment=comment)
        workflow_state = WorkflowState.objects.get(pk=task_state.workflow_state_id)
        workflow_state.cancel(user=user)
        log(
            instance=task_state.revision.as_object(),
            action="approvals.request_refuse",
            user=user,
            data={"request_id": request.pk, "number": request.number_display, "reason": comment},
            revision=task_state.revision,
        )
    _notify_on_commit(lambda: _decision_notify(step_id=step.pk))
    return step


@transaction.atomic
def publication_request_finish(workflow_state: WorkflowState, user=None) -> None:
    """Wagtail's end of an allowed workflow (WAGTAIL_FINISH_WORKFLOW_ACTION): publish the
    version the deciders allowed, at once or at its scheduled time."""
    task_state = workflow_state.current_task_state
    revision = (
        task_state.revision if task_state else workflow_state.content_object.get_latest_revision()
    )
    revision.publish(user=user)
    request = PublicationRequest.objects.filter(workflow_state=workflow_state).first()
    if request is None:
        return
    page = Page.objects.get(pk=revision.object_id)
    now = timezone.now()
    request.revision = revision
    request.finished_at = now
    if page.live and page.live_revision_id == revision.pk:
        request.status = RequestStatus.PUBLISHED
        request.published_at = now
    else:
        request.status = RequestStatus.ALLOWED
        request.go_live_at = revision.approved_go_live_at
    request.save(update_fields=["revision", "finished_at", "status", "published_at", "go_live_at"])
    if request.go_live_at and request.status == RequestStatus.ALLOWED:
        go_live_at = request.go_live_at
        transaction.on_commit(lambda: _scheduled_publishing_enqueue(at=go_live_at))


def _scheduled_publishing_enqueue(*, at: datetime) -> None:
    """Have the worker publish the allowed version when its time comes, so that no cron
    job is needed (backends that cannot run a task later rely on "publish_scheduled")."""
    from django_tasks import default_task_backend

    from .tasks import scheduled_publishing_task

    if default_task_backend.supports_defer:
        scheduled_publishing_task.using(run_after=at).enqueue()


def publication_request_published(*, revision) -> None:
    """A scheduled, allowed version went live: its request is published."""
    requests = PublicationRequest.objects.filter(revision=revision, status=RequestStatus.ALLOWED)
    for request in requests:
        request.status = RequestStatus.PUBLISHED
        request.published_at = timezone.now()
        request.save(update_fields=["status", "published_at"])
        _notify_on_commit(lambda pk=request.pk: _published_notify(request_id=pk))


def publication_request_withdrawn(*, workflow_state: WorkflowState) -> None:
    """The requester (or a decider) cancelled the workflow: an open request ends withdrawn."""
    request = PublicationRequest.objects.filter(workflow_state=workflow_state).first()
    if request is None or not request.is_open:
        return
    now = timezone.now()
    request.status = RequestStatus.CANCELLED
    request.finished_at = now
    request.save(update_fields=["status", "finished_at"])
    request.steps.filter(outcome=StepOutcome.WAITING).update(
        outcome=StepOutcome.CANCELLED, decided_at=now
    )


@transaction.atomic
def office_workflow_ensure(*, office: Office) -> Workflow:
    """The office's publication workflow on its site, created with the defaults of seed
    004 where it has none: the department director's check within 1 working day, then the
    order of the area director or a deputy within 3 working hours."""
    home = office.site.root_page
    assigned = WorkflowPage.objects.filter(page=home).select_related("workflow").first()
    if assigned is not None:
        return assigned.workflow
    short = office.short_name_th
    with translation.override("th"):
        check = DepartmentDirectorTask.objects.create(
            name=_("Department director checks (%(office)s)") % {"office": short},
            time_standard=1,
            time_standard_unit=TimeStandardUnit.DAYS,
        )
        order = OfficeRoleTask.objects.create(
            name=_("Area director or deputy orders (%(office)s)") % {"office": short},
            time_standard=3,
            time_standard_unit=TimeStandardUnit.HOURS,
            memo_block=MemoBlock.ORDER,
        )
        workflow = Workflow.objects.create(
            name=_("Permission to publish (%(office)s)") % {"office": short}
        )
    WorkflowTask.objects.create(workflow=workflow, task=check, sort_order=0)
    WorkflowTask.objects.create(workflow=workflow, task=order, sort_order=1)
    WorkflowPage.objects.create(workflow=workflow, page=home)
    return workflow


# Notifications -----------------------------------------------------------------------

NOTIFICATION_MAX_ATTEMPTS = 5

# Off while past requests are recorded (the demo's history, an import of paper memos):
# nobody is to be e-mailed about decisions made long ago.
notifications_enabled: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "approvals_notifications_enabled", default=True
)


def _notify_on_commit(callback) -> None:
    # Decided now, not at commit: the caller may have switched notifications off only
    # for the duration of its own call.
    if notifications_enabled.get():
        transaction.on_commit(callback)


@contextlib.contextmanager
def notifications_off():
    token = notifications_enabled.set(False)
    try:
        yield
    finally:
        notifications_enabled.reset(token)


def _admin_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _review_url(request: PublicationRequest) -> str:
    from django.urls import reverse

    return _admin_url(reverse("approvals_request_review", args=[request.pk]))


def _line_channel(office):
    """The office's LINE account that pushes notifications (its first active one)."""
    from prachasan.distribution.models import Channel, ChannelKind

    return (
        Channel.objects.filter(office=office, kind=ChannelKind.LINE, active=True)
        .order_by("pk")
        .first()
    )


def _line_user_id(user) -> str:
    from django.core.exceptions import ObjectDoesNotExist

    try:
        return user.person.line_user_id
    except ObjectDoesNotExist:
        return ""


def _notify(*, request: PublicationRequest, kind: str, users, subject: str, body: str) -> list:
    """One e-mail per person, and a short LINE message too to those who gave their LINE
    user ID when the office has a LINE account."""
    created = []
    if not notifications_enabled.get():
        return created
    line_channel = _line_channel(request.office)
    line_text = "\n\n".join([subject, _review_url(request)])
    for user in users:
        if not user.is_active:
            continue
        if user.email:
            created.append(
                Notification.objects.create(
                    request=request,
                    kind=kind,
                    recipient=user,
                    email=user.email,
                    subject=subject[:255],
                    body=body,
                )
            )
        line_user_id = _line_user_id(user) if line_channel else ""
        if line_user_id:
            created.append(
                Notification.objects.create(
                    request=request,
                    kind=kind,
                    recipient=user,
                    channel=Notification.Channel.LINE,
                    line_user_id=line_user_id,
                    subject=subject[:255],
                    body=line_text,
                )
            )
    for notification in created:
        transaction.on_commit(lambda pk=notification.pk: _deliver_enqueue(notification_id=pk))
    return created


def _deliver_enqueue(*, notification_id: int, run_after: datetime | None = None) -> None:
    from django_tasks import default_task_backend

    from .tasks import notification_deliver_task

    task = notification_deliver_task
    if run_after is not None:
        if not default_task_backend.supports_defer:
            return  # the "approvals_remind" command retries it
        task = task.using(run_after=run_after)
    task.enqueue(notification_id=notification_id)


def _subject(request: PublicationRequest, text: str) -> str:
    return f"[{request.office.short_name_th}] {text}: {request.subject}"


def _request_lines(request: PublicationRequest) -> list[str]:
    from prachasan.thai.dates import format_thai_date as thai_date

    return [
        _("Memo: %(number)s, %(date)s")
        % {
            "number": request.number_display,
            "date": thai_date(timezone.localtime(request.submitted_at)),
        },
        _("Subject: %(subject)s") % {"subject": request.subject},
        _("Department: %(department)s") % {"department": request.department_name or "-"},
        _("Requested by: %(name)s") % {"name": request.requester_name},
    ]


def _step_started_notify(*, step_id: int) -> None:
    from prachasan.thai.dates import format_thai_datetime as thai_datetime

    step = RequestStep.objects.select_related("request__office").get(pk=step_id)
    request = step.request
    with translation.override("th"):
        body = "\n".join(
            [
                _("An item waits for your decision on its publication."),
                "",
                *_request_lines(request),
                _("Step: %(step)s") % {"step": step.name},
                _("Decide by: %(due)s") % {"due": thai_datetime(timezone.localtime(step.due_at))},
                "",
                _("Review it (works on a phone): %(url)s") % {"url": _review_url(request)},
            ]
        )
        _notify(
            request=request,
            kind=Notification.Kind.TO_DECIDE,
            users=step_deciders(step=step),
            subject=_subject(request, _("Waiting for your decision")),
            body=body,
        )


def _decision_notify(*, step_id: int) -> None:
    step = RequestStep.objects.select_related("request__office", "request__requested_by").get(
        pk=step_id
    )
    request = step.request
    if request.requested_by is None:
        return
    with translation.override("th"):
        outcome = {
            StepOutcome.ALLOWED: _("allowed"),
            StepOutcome.REFUSED: _("did not allow"),
            StepOutcome.CHANGES: _("sent it back for changes"),
        }[step.outcome]
        lines = [
            _("%(name)s (%(step)s) %(outcome)s.")
            % {"name": step.decider_name, "step": step.name, "outcome": outcome},
        ]
        if step.comment:
            label = _("Comment") if step.outcome == StepOutcome.ALLOWED else _("Reason")
            lines.append(f"{label}: {step.comment}")
        request.refresh_from_db()
        if request.status == RequestStatus.PUBLISHED:
            lines.append(_("The item is now published."))
        elif request.status == RequestStatus.ALLOWED:
            lines.append(_("The item will be published at its scheduled time."))
        elif request.status == RequestStatus.CHANGES_REQUESTED:
            lines.append(_("Edit the item and submit it again."))
        elif request.status == RequestStatus.IN_REVIEW:
            lines.append(_("The request goes on to the next step."))
        body = "\n".join([*lines, "", *_request_lines(request), "", _review_url(request)])
        _notify(
            request=request,
            kind=Notification.Kind.DECISION,
            users=[request.requested_by],
            subject=_subject(request, _("Decision on your publication request")),
            body=body,
        )


def _published_notify(*, request_id: int) -> None:
    request = PublicationRequest.objects.select_related("office", "requested_by").get(pk=request_id)
    if request.requested_by is None:
        return
    with translation.override("th"):
        _notify(
            request=request,
            kind=Notification.Kind.PUBLISHED,
            users=[request.requested_by],
            subject=_subject(request, _("Published")),
            body="\n".join([_("The item is now published."), "", *_request_lines(request)]),
        )


def notification_deliver(*, notification_id: int) -> Notification:
    """Send one notification; on failure keep the error and try again later, up to
    NOTIFICATION_MAX_ATTEMPTS times, then show it as failed."""
    from django.core.mail import EmailMessage

    notification = Notification.objects.select_related("request__office").get(pk=notification_id)
    if notification.status in (Notification.Status.SENT, Notification.Status.FAILED):
        return notification
    office = notification.request.office if notification.request else None
    sender = settings.DEFAULT_FROM_EMAIL
    if office is not None and office.email:
        sender = f"{office.short_name_th} <{office.email}>"
    notification.attempts += 1
    try:
        if notification.channel == Notification.Channel.LINE:
            _line_push(notification=notification, office=office)
        else:
            EmailMessage(
                subject=notification.subject,
                body=notification.body,
                from_email=sender,
                to=[notification.email],
            ).send()
    except Exception as error:  # noqa: BLE001 - every failure is kept and retried
        notification.last_error = f"{type(error).__name__}: {error}"[:2000]
        if notification.attempts >= NOTIFICATION_MAX_ATTEMPTS:
            notification.status = Notification.Status.FAILED
        else:
            notification.status = Notification.Status.RETRYING
            delay = timedelta(minutes=2**notification.attempts)
            transaction.on_commit(
                lambda: _deliver_enqueue(
                    notification_id=notification_id, run_after=timezone.now() + delay
                )
            )
    else:
        notification.status = Notification.Status.SENT
        notification.sent_at = timezone.now()
        notification.last_error = ""
    notification.save(update_fields=["attempts", "status", "sent_at", "last_error"])
    return notification


def _line_push(*, notification: Notification, office) -> None:
    """Push a LINE notification with a retry key of its own, so that a retry after a lost
    answer is not delivered twice."""
    import uuid

    from prachasan.distribution.adapters import DeliveryError
    from prachasan.distribution.line import line_notification_push

    channel = _line_channel(office) if office is not None else None
    if channel is None:
        raise RuntimeError("the office has no active LINE channel")
    key = uuid.uuid5(
        uuid.NAMESPACE_URL,
        f"prachasan:notification:{notification.pk}:{notification.created_at.isoformat()}",
    )
    try:
        line_notification_push(
            channel=channel, user_id=notification.line_user_id, text=notification.body, key=str(key)
        )
    except DeliveryError as error:
        status = f"HTTP {error.status} " if error.status else ""
        raise RuntimeError(f"LINE {status}({error.reason}): {error.detail}") from error


def notifications_retry(*, older_than: timedelta = timedelta(minutes=1)) -> int:
    """Try again every notification waiting for a retry (for backends that cannot
    schedule one, and after a worker stopped)."""
    cutoff = timezone.now() - older_than
    ids = list(
        Notification.objects.filter(
            status__in=(Notification.Status.RETRYING, Notification.Status.WAITING),
            created_at__lte=cutoff,
        ).values_list("pk", flat=True)
    )
    for pk in ids:
        notification_deliver(notification_id=pk)
    return len(ids)


@transaction.atomic
def step_deadlines_remind(*, now: datetime | None = None) -> dict[str, int]:
    """Tell the deciders of waiting steps when a deadline nears, and the deciders and the
    PR officers when it has passed; each at most once per step."""
    from prachasan.thai.dates import format_thai_datetime as thai_datetime

    now = now or timezone.now()
    waiting = RequestStep.objects.filter(
        outcome=StepOutcome.WAITING,
        request__status=RequestStatus.IN_REVIEW,
        task_state__status=TaskState.STATUS_IN_PROGRESS,
    ).select_related("request__office")
    counts = {"reminders": 0, "overdue": 0}
    with translation.override("th"):
        for step in waiting.filter(remind_at__lte=now, due_at__gt=now, reminded_at__isnull=True):
            request = step.request
            _notify(
                request=request,
                kind=Notification.Kind.REMINDER,
                users=step_deciders(step=step),
                subject=_subject(request, _("Deadline near")),
                body="\n".join(
                    [
                        _("The time standard of this step ends at %(due)s.")
                        % {"due": thai_datetime(timezone.localtime(step.due_at))},
                        "",
                        *_request_lines(request),
                        "",
                        _review_url(request),
                    ]
                ),
            )
            step.reminded_at = now
            step.save(update_fields=["reminded_at"])
            counts["reminders"] += 1
        for step in waiting.filter(due_at__lte=now, overdue_notified_at__isnull=True):
            request = step.request
            pr_officers = RoleGroup.objects.filter(
                office=request.office, role=RoleGroup.Role.PR_OFFICER, department__isnull=True
            ).values_list("group__user", flat=True)
            from django.contrib.auth import get_user_model

            users = {user.pk: user for user in step_deciders(step=step)}
            for user in get_user_model().objects.filter(pk__in=pr_officers):
                users.setdefault(user.pk, user)
            _notify(
                request=request,
                kind=Notification.Kind.OVERDUE,
                users=users.values(),
                subject=_subject(request, _("Deadline passed")),
                body="\n".join(
                    [
                        _("The time standard of step “%(step)s” ended at %(due)s.")
                        % {
                            "step": step.name,
                            "due": thai_datetime(timezone.localtime(step.due_at)),
                        },
                        "",
                        *_request_lines(request),
                        "",
                        _review_url(request),
                    ]
                ),
            )
            step.overdue_notified_at = now
            step.save(update_fields=["overdue_notified_at"])
            counts["overdue"] += 1
    return counts
