"""The publication request memo (บันทึกข้อความ ขออนุญาตเผยแพร่ข้อมูลข่าวสาร, seed 003) and the
Wagtail workflow tasks that carry it: the department director's check, then the order of
the area director or a deputy."""

from django import forms
from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState

from prachasan.offices.models import Department, Office


class TimeStandardUnit(models.TextChoices):
    HOURS = "hours", _("working hours")
    DAYS = "days", _("working days")


class MemoBlock(models.TextChoices):
    """Where a step's decision is written on the paper memo."""

    CHECK = "check", _("department director's check")
    ORDER = "order", _("area director's order")
    REVIEW = "review", _("other review")


class PublicationTask(Task):
    """A step of the publication request: who decides, how long it may take, and where the
    decision goes on the memo. The decisions are allow, refuse (with a reason) and send
    back for changes (with a comment); nobody decides on their own request."""

    time_standard = models.PositiveSmallIntegerField(
        _("time standard"),
        default=1,
        validators=[MinValueValidator(1)],
        help_text=_("How long the step may take, counted in the office's working time."),
    )
    time_standard_unit = models.CharField(
        _("unit"), max_length=10, choices=TimeStandardUnit.choices, default=TimeStandardUnit.DAYS
    )
    memo_block = models.CharField(
        _("place on the memo"), max_length=10, choices=MemoBlock.choices, default=MemoBlock.REVIEW
    )

    admin_form_fields = [*Task.admin_form_fields, "time_standard", "time_standard_unit"]

    class Meta:
        abstract = True

    # The people who decide at this step, for an item of ``office`` and ``department``.
    def deciders(self, *, office: Office | None, department: Department | None):
        raise NotImplementedError

    def skip_reason(self, *, office: Office | None, department: Department | None, requester):
        """Why the step does not apply to this item ("" when it does)."""
        return ""

    def start(self, workflow_state, user=None):
        from .services import publication_task_start

        return publication_task_start(task=self, workflow_state=workflow_state, user=user)

    def on_action(self, task_state, user, action_name, **kwargs):
        from .services import publication_request_decide

        publication_request_decide(
            task_state=task_state,
            user=user,
            action=action_name,
            comment=kwargs.get("comment", ""),
        )

    def _may_decide(self, obj, user) -> bool:
        from .selectors import task_user_may_decide

        return task_user_may_decide(task=self, obj=obj, user=user)

    def user_can_access_editor(self, obj, user):
        return self._may_decide(obj, user)

    def locked_for_user(self, obj, user):
        # What the deciders allow is exactly what was submitted: nobody edits an item
        # under review; a decider sends it back for changes instead.
        return True

    def get_actions(self, obj, user):
        if not self._may_decide(obj, user):
            return []
        return [
            ("approve", _("Allow publication"), False),
            ("refuse", _("Do not allow (give the reason)"), True),
            ("reject", _("Send back for changes"), True),
        ]

    def get_form_for_action(self, action):
        from .forms import DecisionReasonForm, TaskStateCommentForm

        return DecisionReasonForm if action in ("refuse", "reject") else TaskStateCommentForm

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from .selectors import task_states_user_may_decide

        return task_states_user_may_decide(task=self, user=user)

    @property
    def time_standard_display(self) -> str:
        return f"{self.time_standard} {self.get_time_standard_unit_display()}"


class DepartmentDirectorTask(PublicationTask):
    """Step 1: the directors of the item's own department check it against the Official
    Information Act 1997."""

    skip_departments = models.ManyToManyField(
        Department,
        verbose_name=_("skip for these departments"),
        blank=True,
        related_name="+",
        help_text=_("Items of these departments go straight to the next step."),
    )

    admin_form_fields = [*PublicationTask.admin_form_fields, "skip_departments"]
    admin_form_widgets = {"skip_departments": forms.CheckboxSelectMultiple}

    class Meta:
        verbose_name = _("department director's check")
        verbose_name_plural = _("department director's checks")

    @classmethod
    def get_description(cls):
        return _("The directors of the item's own department check it and allow or refuse it.")

    def save(self, *args, **kwargs):
        self.memo_block = MemoBlock.CHECK
        super().save(*args, **kwargs)

    def deciders(self, *, office, department):
        if department is None:
            return get_user_model_queryset().none()
        return department.directors.filter(is_active=True)

    def skip_reason(self, *, office, department, requester):
        if department is None:
            return str(_("The item belongs to no department."))
        if self.skip_departments.filter(pk=department.pk).exists():
            return str(_("This workflow skips the check for %(department)s.")) % {
                "department": department.name
            }
        deciders = self.deciders(office=office, department=department)
        if requester is not None:
            deciders = deciders.exclude(pk=requester.pk)
        if not deciders.exists():
            return str(_("%(department)s has no other director to check it.")) % {
                "department": department.name
            }
        return ""


class OfficeRoleTask(PublicationTask):
    """A step decided by the holders of office roles: by default the area director or a
    deputy (step 2, the order); a PR officer's review can be added as another step."""

    area_director = models.BooleanField(_("area director"), default=True)
    deputy_directors = models.BooleanField(_("deputy directors"), default=True)
    pr_officers = models.BooleanField(_("PR officers"), default=False)
    administrators = models.BooleanField(_("administrators"), default=False)

    admin_form_fields = [
        *PublicationTask.admin_form_fields,
        "memo_block",
        "area_director",
        "deputy_directors",
        "pr_officers",
        "administrators",
    ]

    class Meta:
        verbose_name = _("decision by office role")
        verbose_name_plural = _("decisions by office role")

    @classmethod
    def get_description(cls):
        return _(
            "The holders of the chosen roles in the item's office decide: by default the area "
            "director or a deputy gives the order."
        )

    @property
    def roles(self) -> list[str]:
        from prachasan.offices.models import RoleGroup

        Role = RoleGroup.Role
        chosen = [
            (self.area_director, Role.AREA_DIRECTOR),
            (self.deputy_directors, Role.DEPUTY_DIRECTOR),
            (self.pr_officers, Role.PR_OFFICER),
            (self.administrators, Role.ADMINISTRATOR),
        ]
        return [role for wanted, role in chosen if wanted]

    def deciders(self, *, office, department):
        users = get_user_model_queryset()
        if office is None:
            return users.none()
        return users.filter(
            is_active=True,
            groups__office_role__office=office,
            groups__office_role__role__in=self.roles,
            groups__office_role__department__isnull=True,
        ).distinct()


def get_user_model_queryset():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.all()


class RequestStatus(models.TextChoices):
    IN_REVIEW = "in_review", _("in review")
    CHANGES_REQUESTED = "changes", _("sent back for changes")
    ALLOWED = "allowed", _("allowed, waiting for its publication time")
    PUBLISHED = "published", _("allowed and published")
    REFUSED = "refused", _("not allowed")
    CANCELLED = "cancelled", _("withdrawn")


class PublicationRequest(models.Model):
    """One publication request memo: what the paper form holds, with its number in the
    office's yearly register. The memo keeps its own copy of names and titles so that it
    stays whole as evidence when people, departments or the item change later."""

    office = models.ForeignKey(
        Office, verbose_name=_("office"), on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveSmallIntegerField(_("year (BE)"))
    number = models.PositiveIntegerField(_("number"))
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("item"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publication_requests",
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("submitted version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    workflow_state = models.OneToOneField(
        "wagtailcore.WorkflowState",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publication_request",
    )
    subject = models.CharField(_("subject"), max_length=500)
    department = models.ForeignKey(
        Department,
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publication_requests",
    )
    department_name = models.CharField(_("department"), max_length=200, blank=True)
    work_unit = models.CharField(_("work unit"), max_length=200, blank=True)
    note = models.TextField(_("note to the deciders"), blank=True)
    attachments = models.JSONField(_("attached documents"), default=list, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publication_requests",
    )
    requester_name = models.CharField(_("requester"), max_length=255, blank=True)
    requester_position = models.CharField(_("requester's position"), max_length=255, blank=True)
    compliance_confirmed = models.BooleanField(
        _("complies with the Official Information Act 1997 and the office's measures"),
        default=False,
    )
    status = models.CharField(
        _("status"), max_length=20, choices=RequestStatus.choices, default=RequestStatus.IN_REVIEW
    )
    submitted_at = models.DateTimeField(_("submitted at"))
    finished_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    go_live_at = models.DateTimeField(_("scheduled for"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)

    class Meta:
        verbose_name = _("publication request")
        verbose_name_plural = _("publication requests")
        ordering = ["-submitted_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["office", "year", "number"], name="unique_request_number_per_year"
            )
        ]
        indexes = [models.Index(fields=["office", "status"])]

    def __str__(self):
        return f"{self.number_display} {self.subject}"

    @property
    def number_display(self) -> str:
        """The memo's ที่: the office's code and the running number of the year."""
        code = self.office.document_code
        return f"{code}/{self.number}" if code else f"{self.number}/{self.year}"

    @property
    def is_open(self) -> bool:
        return self.status in (RequestStatus.IN_REVIEW, RequestStatus.CHANGES_REQUESTED)


class RequestYearCounter(models.Model):
    """The last number given in an office's register of publication requests in a BE year."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["office", "year"], name="unique_request_counter")
        ]

    def __str__(self):
        return f"{self.office_id}/{self.year}: {self.last_number}"


class StepOutcome(models.TextChoices):
    WAITING = "waiting", _("waiting")
    ALLOWED = "allowed", _("allowed")
    REFUSED = "refused", _("not allowed")
    CHANGES = "changes", _("sent back for changes")
    SKIPPED = "skipped", _("skipped")
    CANCELLED = "cancelled", _("withdrawn")


class RequestStep(models.Model):
    """One step of one request, from the moment it reached its deciders to their
    decision: the time standard's deadline, the reminders sent and the decision itself,
    with the decider's name and position as written on the memo."""

    request = models.ForeignKey(PublicationRequest, on_delete=models.CASCADE, related_name="steps")
    task_state = models.OneToOneField(
        TaskState, null=True, blank=True, on_delete=models.SET_NULL, related_name="request_step"
    )
    task = models.ForeignKey(
        "wagtailcore.Task", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    name = models.CharField(_("step"), max_length=255)
    memo_block = models.CharField(max_length=10, choices=MemoBlock.choices)
    outcome = models.CharField(
        _("decision"), max_length=10, choices=StepOutcome.choices, default=StepOutcome.WAITING
    )
    started_at = models.DateTimeField(_("reached the deciders at"))
    due_at = models.DateTimeField(_("due"), null=True, blank=True)
    remind_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    overdue_notified_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decider_name = models.CharField(_("decided by"), max_length=255, blank=True)
    decider_position = models.CharField(_("position"), max_length=255, blank=True)
    comment = models.TextField(_("reason or comment"), blank=True)

    class Meta:
        verbose_name = _("request step")
        verbose_name_plural = _("request steps")
        ordering = ["started_at", "pk"]

    def __str__(self):
        return f"{self.request.number_display}: {self.name}"

    @property
    def is_waiting(self) -> bool:
        return self.outcome == StepOutcome.WAITING


class Notification(models.Model):
    """One e-mail or LINE message to one person about a request. Kept so that a failed
    send is retried and shown, never lost."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("waiting")
        SENT = "sent", _("sent")
        RETRYING = "retrying", _("retrying")
        FAILED = "failed", _("failed")

    class Kind(models.TextChoices):
        TO_DECIDE = "to_decide", _("waiting for your decision")
        DECISION = "decision", _("decision on your request")
        PUBLISHED = "published", _("published")
        REMINDER = "reminder", _("deadline near")
        OVERDUE = "overdue", _("deadline passed")

    request = models.ForeignKey(
        PublicationRequest,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)

    class Channel(models.TextChoices):
        EMAIL = "email", _("e-mail")
        LINE = "line", _("LINE")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # One row per person and channel: the e-mail and the LINE push are sent, retried and
    # shown each on its own.
    channel = models.CharField(
        _("sent by"), max_length=10, choices=Channel.choices, default=Channel.EMAIL
    )
    email = models.EmailField(_("e-mail"), blank=True)
    line_user_id = models.CharField(_("LINE user ID"), max_length=33, blank=True)
    subject = models.CharField(_("subject"), max_length=255)
    body = models.TextField(_("message"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.WAITING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.email or self.line_user_id}: {self.subject}"
