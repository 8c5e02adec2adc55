"""The registries an office keeps: schools and clusters, media, the PR network and its
applications, recipient groups, committees and appointment orders."""

from http import HTTPMethod

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from prachasan.approvals.forms import PublicationRequestPageForm, publication_request_panel
from prachasan.offices.forms import OfficeScopedAdminForm

from .personal_data import PersonalData
from .validators import validate_school_code, validate_thai_phone


class OfficeRecord(models.Model):
    """A registry entry of one office; its admin form offers only the user's offices."""

    office = models.ForeignKey(
        "offices.Office", verbose_name=_("office"), on_delete=models.CASCADE, related_name="+"
    )

    base_form_class = OfficeScopedAdminForm

    class Meta:
        abstract = True


class SchoolCluster(OfficeRecord, models.Model):
    """A school cluster (ศูนย์เครือข่ายสถานศึกษา)."""

    name = models.CharField(_("name"), max_length=200)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("office"), FieldPanel("name"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = _("school cluster")
        verbose_name_plural = _("school clusters")
        ordering = ["office", "sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["office", "name"], name="unique_cluster_name")
        ]

    def __str__(self):
        return self.name


class School(OfficeRecord, index.Indexed, models.Model):
    """A school of the office (สถานศึกษาในสังกัด)."""

    code = models.CharField(_("school code"), max_length=10, validators=[validate_school_code])
    name = models.CharField(_("name"), max_length=255)
    cluster = models.ForeignKey(
        SchoolCluster,
        verbose_name=_("school cluster"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="schools",
    )
    district = models.CharField(_("district"), max_length=100, blank=True)
    address = models.TextField(_("address"), blank=True)
    director_name = models.CharField(_("director"), max_length=200, blank=True)
    phone = models.CharField(
        _("telephone"), max_length=40, blank=True, validators=[validate_thai_phone]
    )
    director_phone = models.CharField(
        _("director's mobile telephone"),
        max_length=40,
        blank=True,
        validators=[validate_thai_phone],
    )
    email = models.EmailField(_("e-mail"), blank=True)
    line_id = models.CharField(_("LINE ID"), max_length=100, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    panels = [
        FieldPanel("office"),
        FieldRowPanel([FieldPanel("code"), FieldPanel("name")]),
        FieldRowPanel([FieldPanel("cluster"), FieldPanel("district")]),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("director_name"), FieldPanel("director_phone")]),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email"), FieldPanel("line_id")]),
        FieldPanel("is_active"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("code"),
        index.SearchField("director_name"),
        index.SearchField("district"),
        index.AutocompleteField("name"),
        index.FilterField("office"),
        index.FilterField("cluster"),
    ]

    class Meta:
        verbose_name = _("school")
        verbose_name_plural = _("schools")
        ordering = ["office", "name"]
        constraints = [
            models.UniqueConstraint(fields=["office", "code"], name="unique_school_code")
        ]

    def __str__(self):
        return self.name


class MediaKind(models.TextChoices):
    NEWSPAPER = "newspaper", _("newspaper")
    TV = "tv", _("television")
    RADIO = "radio", _("radio")
    COMMUNITY_RADIO = "community_radio", _("community radio")
    ONLINE = "online", _("online media")
    PA_SYSTEM = "pa_system", _("PA system")
    OTHER = "other", _("other")


class MediaContact(OfficeRecord, PersonalData, index.Indexed, models.Model):
    """A journalist or outlet in the media registry (ทะเบียนสื่อมวลชน)."""

    outlet = models.CharField(_("outlet"), max_length=255)
    kind = models.CharField(_("kind of media"), max_length=20, choices=MediaKind.choices)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    position = models.CharField(_("position"), max_length=200, blank=True)
    phone = models.CharField(
        _("telephone"), max_length=40, blank=True, validators=[validate_thai_phone]
    )
    email = models.EmailField(_("e-mail"), blank=True)
    line_id = models.CharField(_("LINE ID"), max_length=100, blank=True)
    address = models.TextField(_("address"), blank=True)
    province = models.CharField(_("province"), max_length=100, blank=True)
    coverage = models.CharField(_("coverage"), max_length=255, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    panels = [
        FieldPanel("office"),
        FieldRowPanel([FieldPanel("outlet"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("contact_name"), FieldPanel("position")]),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email"), FieldPanel("line_id")]),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("province"), FieldPanel("coverage")]),
        FieldPanel("notes"),
        FieldPanel("is_active"),
        PersonalData.pdpa_panel,
    ]
    search_fields = [
        index.SearchField("outlet"),
        index.SearchField("contact_name"),
        index.SearchField("province"),
        index.AutocompleteField("outlet"),
        index.FilterField("office"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("media contact")
        verbose_name_plural = _("media registry")
        ordering = ["office", "outlet", "contact_name"]

    def __str__(self):
        return f"{self.outlet} ({self.contact_name})" if self.contact_name else self.outlet


class NetworkScope(models.TextChoices):
    INTERNAL = "internal", _("internal network")
    EXTERNAL = "external", _("external network")


class NetworkKind(models.TextChoices):
    SCHOOL = "school", _("school")
    STAFF = "staff", _("staff")
    AGENCY = "agency", _("government agency")
    LOCAL_GOVERNMENT = "local_government", _("local government")
    COMMUNITY = "community", _("community organisation")
    BUSINESS = "business", _("business")
    MEDIA = "media", _("media")

    @classmethod
    def scope_of(cls, kind: str) -> str:
        internal = {cls.SCHOOL, cls.STAFF}
        return NetworkScope.INTERNAL if kind in internal else NetworkScope.EXTERNAL


class NetworkContactFields(PersonalData):
    """What the network survey form asks and the network register keeps (seed 004, 7.1-7.2)."""

    kind = models.CharField(_("kind of member"), max_length=20, choices=NetworkKind.choices)
    organisation = models.CharField(_("organisation"), max_length=255)
    contact_name = models.CharField(_("contact person"), max_length=200)
    position = models.CharField(_("position"), max_length=200, blank=True)
    phone = models.CharField(
        _("telephone"), max_length=40, blank=True, validators=[validate_thai_phone]
    )
    email = models.EmailField(_("e-mail"), blank=True)
    line_id = models.CharField(_("LINE ID"), max_length=100, blank=True)
    address = models.TextField(_("address"), blank=True)
    accepts_email = models.BooleanField(_("accepts news by e-mail"), default=False)
    accepts_sms = models.BooleanField(_("accepts news by SMS"), default=False)
    accepts_line = models.BooleanField(_("accepts news by LINE"), default=False)
    interests = models.TextField(_("how they would like to take part"), blank=True)

    class Meta:
        abstract = True

    @property
    def scope(self) -> str:
        return NetworkKind.scope_of(self.kind)


class NetworkMember(OfficeRecord, NetworkContactFields, index.Indexed, models.Model):
    """A member of the PR network (เครือข่ายประชาสัมพันธ์), internal or external."""

    school = models.ForeignKey(
        School, verbose_name=_("school"), null=True, blank=True, on_delete=models.SET_NULL
    )
    person = models.ForeignKey(
        "offices.Person",
        verbose_name=_("staff member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    joined_on = models.DateField(_("joined on"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    panels = [
        FieldPanel("office"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("organisation")]),
        FieldRowPanel([FieldPanel("school"), FieldPanel("person")]),
        FieldRowPanel([FieldPanel("contact_name"), FieldPanel("position")]),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email"), FieldPanel("line_id")]),
        FieldPanel("address"),
        MultiFieldPanel(
            [FieldPanel("accepts_email"), FieldPanel("accepts_sms"), FieldPanel("accepts_line")],
            heading=_("Channels through which they accept news"),
        ),
        FieldPanel("interests"),
        FieldRowPanel([FieldPanel("joined_on"), FieldPanel("is_active")]),
        FieldPanel("notes"),
        PersonalData.pdpa_panel,
    ]
    search_fields = [
        index.SearchField("organisation"),
        index.SearchField("contact_name"),
        index.AutocompleteField("organisation"),
        index.FilterField("office"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("network member")
        verbose_name_plural = _("PR network")
        ordering = ["office", "kind", "organisation"]

    def __str__(self):
        return f"{self.organisation} ({self.contact_name})"


class NetworkApplication(OfficeRecord, NetworkContactFields):
    """An application sent through the public network survey form, waiting for a PR
    officer to verify it (it becomes a member) or decline it with a reason."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for verification")
        ACCEPTED = "accepted", _("accepted")
        DECLINED = "declined", _("declined")

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decline_reason = models.TextField(_("reason for declining"), blank=True)
    member = models.OneToOneField(
        NetworkMember,
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="application",
    )

    class Meta:
        verbose_name = _("network application")
        verbose_name_plural = _("network applications")
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.organisation} ({self.contact_name})"


class Order(OfficeRecord, ClusterableModel):
    """An appointment order (คำสั่งแต่งตั้ง) in the office's yearly sequence: ที่ 62/2565."""

    number = models.PositiveIntegerField(_("number"), validators=[MinValueValidator(1)])
    be_year = models.PositiveSmallIntegerField(_("year (BE)"))
    date = models.DateField(_("date"))
    subject = models.CharField(_("subject"), max_length=500)
    preamble = models.TextField(
        _("preamble"),
        blank=True,
        help_text=_("Why the order is given and under which authority."),
    )
    closing = models.TextField(_("closing"), blank=True, default="ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป")
    signer_name = models.CharField(_("signed by"), max_length=200)
    signer_position = models.CharField(_("signer's position"), max_length=255)
    scan = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("signed scan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("appointment order")
        verbose_name_plural = _("appointment orders")
        ordering = ["office", "-be_year", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["office", "be_year", "number"], name="unique_order_number"
            )
        ]

    def __str__(self):
        return f"{self.number}/{self.be_year} {self.subject}"

    @property
    def reference(self) -> str:
        return f"{self.number}/{self.be_year}"


class Committee(OfficeRecord, ClusterableModel):
    """A committee (คณะกรรมการ) appointed by an order, with its members and their duties."""

    name = models.CharField(_("name"), max_length=255)
    order = models.ForeignKey(
        Order,
        verbose_name=_("appointed by order"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="committees",
    )
    duties = models.TextField(_("duties"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    panels = [
        FieldPanel("office"),
        FieldPanel("name"),
        FieldPanel("order"),
        FieldPanel("duties"),
        FieldPanel("is_active"),
        InlinePanel("members", heading=_("Members"), label=_("member")),
    ]

    class Meta:
        verbose_name = _("committee")
        verbose_name_plural = _("committees")
        ordering = ["office", "name"]

    def __str__(self):
        return self.name


class CommitteeRole(models.TextChoices):
    CHAIR = "chair", "ประธานกรรมการ"
    VICE_CHAIR = "vice_chair", "รองประธานกรรมการ"
    MEMBER = "member", "กรรมการ"
    MEMBER_SECRETARY = "member_secretary", "กรรมการและเลขานุการ"
    ASSISTANT_SECRETARY = "assistant_secretary", "กรรมการและผู้ช่วยเลขานุการ"
    ADVISER = "adviser", "ที่ปรึกษา"


class CommitteeMember(PersonalData, Orderable):
    """One member of a committee: a staff member, a school's person or an outsider."""

    committee = ParentalKey(Committee, on_delete=models.CASCADE, related_name="members")
    role = models.CharField(
        _("role"), max_length=30, choices=CommitteeRole.choices, default=CommitteeRole.MEMBER
    )
    person = models.ForeignKey(
        "offices.Person",
        verbose_name=_("staff member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    school = models.ForeignKey(
        School, verbose_name=_("school"), null=True, blank=True, on_delete=models.SET_NULL
    )
    name = models.CharField(
        _("name"), max_length=200, blank=True, help_text=_("For someone not on the staff list.")
    )
    position = models.CharField(_("position"), max_length=255, blank=True)
    phone = models.CharField(
        _("telephone"), max_length=40, blank=True, validators=[validate_thai_phone]
    )
    duties = models.TextField(_("duties"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("role"), FieldPanel("person"), FieldPanel("school")]),
        FieldRowPanel([FieldPanel("name"), FieldPanel("position"), FieldPanel("phone")]),
        FieldPanel("duties"),
    ]

    @property
    def display_name(self) -> str:
        if self.person_id:
            return self.person.full_name
        return self.name

    @property
    def display_position(self) -> str:
        if self.position:
            return self.position
        return self.person.position if self.person_id else ""


Order.panels = [
    FieldPanel("office"),
    FieldRowPanel([FieldPanel("number"), FieldPanel("be_year"), FieldPanel("date")]),
    FieldPanel("subject"),
    FieldPanel("preamble"),
    FieldPanel("closing"),
    FieldRowPanel([FieldPanel("signer_name"), FieldPanel("signer_position")]),
    FieldPanel("scan"),
]


class RecipientGroup(OfficeRecord, ClusterableModel):
    """A named, saved selection over the registries ("ผู้อำนวยการโรงเรียนทุกแห่ง",
    "สื่อมวลชนจังหวัด"), resolved to each channel's addresses when something is sent."""

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("office"),
        FieldPanel("name"),
        FieldPanel("description"),
        InlinePanel("rules", heading=_("Who is in the group"), label=_("selection"), min_num=1),
    ]

    class Meta:
        verbose_name = _("recipient group")
        verbose_name_plural = _("recipient groups")
        ordering = ["office", "name"]
        constraints = [
            models.UniqueConstraint(fields=["office", "name"], name="unique_recipient_group")
        ]

    def __str__(self):
        return self.name


class RecipientSource(models.TextChoices):
    SCHOOL_DIRECTORS = "school_directors", _("school directors")
    SCHOOLS = "schools", _("schools (the school's own contacts)")
    MEDIA = "media", _("media registry")
    NETWORK = "network", _("PR network members")
    STAFF = "staff", _("office staff")
    COMMITTEE = "committee", _("members of a committee")


class RecipientRule(Orderable):
    """One selection of a recipient group; the group is the union of its selections."""

    group = ParentalKey(RecipientGroup, on_delete=models.CASCADE, related_name="rules")
    source = models.CharField(_("who"), max_length=30, choices=RecipientSource.choices)
    cluster = models.ForeignKey(
        SchoolCluster,
        verbose_name=_("only this school cluster"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    media_kind = models.CharField(
        _("only this kind of media"), max_length=20, choices=MediaKind.choices, blank=True
    )
    province = models.CharField(_("only this province"), max_length=100, blank=True)
    network_scope = models.CharField(
        _("only this network"), max_length=20, choices=NetworkScope.choices, blank=True
    )
    network_kind = models.CharField(
        _("only this kind of member"), max_length=20, choices=NetworkKind.choices, blank=True
    )
    department = models.ForeignKey(
        "offices.Department",
        verbose_name=_("only this department"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    committee = models.ForeignKey(
        Committee,
        verbose_name=_("committee"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [
        FieldPanel("source"),
        FieldRowPanel([FieldPanel("cluster"), FieldPanel("department"), FieldPanel("committee")]),
        FieldRowPanel([FieldPanel("media_kind"), FieldPanel("province")]),
        FieldRowPanel([FieldPanel("network_scope"), FieldPanel("network_kind")]),
    ]

    def __str__(self):
        return self.get_source_display()


class RegistryImport(OfficeRecord, models.Model):
    """One upload of the school list or the media registry: the rows read and checked at
    the preview, kept until the task worker writes them once the user confirms, then the
    outcome. The rows are dropped once written: the file may hold personal data."""

    class Registry(models.TextChoices):
        SCHOOLS = "schools", _("schools")
        MEDIA = "media", _("media registry")

    class Status(models.TextChoices):
        PREVIEWED = "previewed", _("checked, waiting for confirmation")
        WAITING = "waiting", _("waiting to be imported")
        RUNNING = "running", _("importing")
        DONE = "done", _("imported")
        FAILED = "failed", _("not imported")

    registry = models.CharField(_("registry"), max_length=20, choices=Registry.choices)
    file_name = models.CharField(_("file"), max_length=255, blank=True)
    table = models.JSONField(_("rows read from the file"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PREVIEWED
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    row_count = models.PositiveIntegerField(_("rows"), default=0)
    created_count = models.PositiveIntegerField(_("new"), default=0)
    updated_count = models.PositiveIntegerField(_("updated"), default=0)
    unchanged_count = models.PositiveIntegerField(_("unchanged"), default=0)
    clusters_created = models.PositiveIntegerField(_("school clusters created"), default=0)
    error = models.TextField(_("error"), blank=True)
    row_errors = models.JSONField(_("errors by row"), default=list, blank=True)

    class Meta:
        verbose_name = _("registry import")
        verbose_name_plural = _("registry imports")
        ordering = ["-uploaded_at", "-pk"]
        indexes = [models.Index(fields=["office", "registry", "-uploaded_at"])]

    def __str__(self):
        return f"{self.get_registry_display()}: {self.file_name}"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)


class NetworkSurveyPage(Page):
    """The public network survey form (แบบสำรวจเครือข่ายการประชาสัมพันธ์, seed 004 7.1):
    anyone can apply to join the office's PR network."""

    base_form_class = PublicationRequestPageForm

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    privacy_notice = RichTextField(
        _("privacy notice"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Why the office keeps the applicant's data and for how long (PDPA)."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("privacy_notice"),
        FieldPanel("thank_you_text"),
        publication_request_panel(),
    ]
    parent_page_types = ["public_site.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS, HTTPMethod.POST]

    class Meta:
        verbose_name = _("network survey form")

    def serve(self, request, *args, **kwargs):
        # The form is handled by a view; imported here because the view needs these models.
        from .views import network_survey_serve

        return network_survey_serve(request, page=self)


class PhoneDirectoryPage(Page):
    """The public phone directory (สมุดโทรศัพท์): executives, staff by department, school
    directors and committee members, each showing only what the person allows."""

    base_form_class = PublicationRequestPageForm

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        publication_request_panel(),
    ]
    parent_page_types = ["public_site.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("phone directory")

    def get_context(self, request, *args, **kwargs):
        from prachasan.offices.models import Office

        from .phone_directory import phone_directory

        context = super().get_context(request, *args, **kwargs)
        context.update(phone_directory(office=Office.for_request(request)))
        return context
