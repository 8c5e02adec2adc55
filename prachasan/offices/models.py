"""The office (a Wagtail site with its settings), its departments and its people."""

import datetime

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable
from wagtail.search import index

from .forms import OfficeScopedAdminForm

# A LINE user ID (what the Messaging API pushes and multicasts to): "U" and 32 hex digits.
# Not the LINE ID a person chooses ("@school"), which cannot be messaged.
LINE_USER_ID = r"^U[0-9a-f]{32}$"


@register_setting(icon="home")
class Office(ClusterableModel, BaseSiteSetting):
    """An area office: one Wagtail site, its names, contacts and policies."""

    name_th = models.CharField(_("office name (Thai)"), max_length=255)
    name_en = models.CharField(_("office name (English)"), max_length=255, blank=True)
    short_name_th = models.CharField(
        _("short name (Thai)"), max_length=80, help_text=_("e.g. สพป.ตัวอย่าง เขต 1")
    )
    short_name_en = models.CharField(_("short name (English)"), max_length=80, blank=True)
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=80, blank=True)
    fax = models.CharField(_("fax"), max_length=80, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    line_url = models.URLField(_("LINE official account"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    document_code = models.CharField(
        _("document code"),
        max_length=40,
        blank=True,
        help_text=_("The code before document numbers, e.g. ศธ 04999"),
    )
    memo_emblem = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("emblem on memos"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The Garuda at the top left of the office's memos (บันทึกข้อความ), printed 1.5 cm "
            "high. Without it, memos show the logo, as orders do."
        ),
    )
    thai_digits_in_documents = models.BooleanField(
        _("Thai digits in official documents"), default=True
    )
    fiscal_year_start_month = models.PositiveSmallIntegerField(
        _("fiscal year starts in month"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    work_start = models.TimeField(_("working hours start"), default=datetime.time(8, 30))
    work_end = models.TimeField(_("working hours end"), default=datetime.time(16, 30))
    visitor_count_offset = models.PositiveBigIntegerField(
        _("visits counted before prachasan"),
        default=0,
        help_text=_("Added to the visitor count, e.g. the count of the old website."),
    )
    survey_hourly_limit = models.PositiveSmallIntegerField(
        _("network survey applications per hour from one address"),
        default=20,
        validators=[MinValueValidator(1)],
        help_text=_(
            "How many applications the public network survey form accepts in an hour from "
            "one internet address. A school's staff often share one address."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name_th"),
                FieldPanel("name_en"),
                FieldRowPanel([FieldPanel("short_name_th"), FieldPanel("short_name_en")]),
                FieldPanel("logo"),
            ],
            heading=_("Names"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("fax")]),
                FieldPanel("email"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("line_url"), FieldPanel("youtube_url")],
            heading=_("Social media"),
        ),
        InlinePanel("external_systems", heading=_("Staff systems"), label=_("system")),
        InlinePanel("quick_links", heading=_("Quick links"), label=_("link")),
        MultiFieldPanel(
            [
                FieldPanel("document_code"),
                FieldPanel("memo_emblem"),
                FieldPanel("thai_digits_in_documents"),
                FieldPanel("fiscal_year_start_month"),
                FieldRowPanel([FieldPanel("work_start"), FieldPanel("work_end")]),
                FieldPanel("visitor_count_offset"),
                FieldPanel("survey_hourly_limit"),
            ],
            heading=_("Policies"),
        ),
        InlinePanel("reporting_rounds", heading=_("Reporting rounds"), label=_("round")),
    ]

    select_related = ["logo", "memo_emblem"]

    class Meta:
        verbose_name = _("office")
        verbose_name_plural = _("offices")

    def __str__(self):
        return self.short_name_th or self.name_th or str(self.site)

    @classmethod
    def get_permission_policy(cls):
        # Only the user's own offices' settings, not every site's (one install, many offices).
        from .permission_policies import OfficeSettingPermissionPolicy

        return OfficeSettingPermissionPolicy(cls)


class ExternalSystemLink(Orderable):
    """A system the staff use every day (e-office, salary, supervision)."""

    office = ParentalKey(Office, on_delete=models.CASCADE, related_name="external_systems")
    label = models.CharField(_("label"), max_length=120)
    url = models.URLField(_("address"))

    panels = [FieldRowPanel([FieldPanel("label"), FieldPanel("url")])]


class QuickLink(Orderable):
    """A link shown on the home page (OBEC, the ministry, complaint channels)."""

    office = ParentalKey(Office, on_delete=models.CASCADE, related_name="quick_links")
    label = models.CharField(_("label"), max_length=120)
    url = models.URLField(_("address"))

    panels = [FieldRowPanel([FieldPanel("label"), FieldPanel("url")])]


class ReportingRound(Orderable):
    """A reporting period inside the fiscal year, e.g. round 1 = 1 Oct to 30 Jun."""

    office = ParentalKey(Office, on_delete=models.CASCADE, related_name="reporting_rounds")
    name = models.CharField(_("name"), max_length=80)
    start_month = models.PositiveSmallIntegerField(
        _("start month"), validators=[MinValueValidator(1), MaxValueValidator(12)]
    )
    start_day = models.PositiveSmallIntegerField(
        _("start day"), validators=[MinValueValidator(1), MaxValueValidator(31)]
    )
    end_month = models.PositiveSmallIntegerField(
        _("end month"), validators=[MinValueValidator(1), MaxValueValidator(12)]
    )
    end_day = models.PositiveSmallIntegerField(
        _("end day"), validators=[MinValueValidator(1), MaxValueValidator(31)]
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("start_day"), FieldPanel("start_month")]),
        FieldRowPanel([FieldPanel("end_day"), FieldPanel("end_month")]),
    ]

    def __str__(self):
        return self.name


class OfficeClosure(models.Model):
    """A day the office is closed beyond the public holidays (cabinet bridge days)."""

    base_form_class = OfficeScopedAdminForm

    office = models.ForeignKey(
        Office, verbose_name=_("office"), on_delete=models.CASCADE, related_name="closures"
    )
    date = models.DateField(_("date"))
    name = models.CharField(_("reason"), max_length=200)

    panels = [FieldPanel("office"), FieldPanel("date"), FieldPanel("name")]

    class Meta:
        verbose_name = _("office closure")
        verbose_name_plural = _("office closures")
        ordering = ["-date"]
        constraints = [
            models.UniqueConstraint(fields=["office", "date"], name="unique_closure_per_day")
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.name}"


class Department(index.Indexed, models.Model):
    """A unit of the office (กลุ่ม / หน่วย), with its directors and web editors."""

    base_form_class = OfficeScopedAdminForm

    office = models.ForeignKey(
        Office, verbose_name=_("office"), on_delete=models.CASCADE, related_name="departments"
    )
    key = models.SlugField(
        _("code"), max_length=40, help_text=_("Short Latin code used in addresses and reports.")
    )
    name = models.CharField(_("name"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    short_name = models.CharField(_("short name"), max_length=80)
    description = models.TextField(_("mission"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    directors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("directors"),
        blank=True,
        related_name="directed_departments",
        help_text=_("They check this department's items before the area director."),
    )
    web_editors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("web editors"),
        blank=True,
        related_name="edited_departments",
        help_text=_("They write and submit this department's items."),
    )

    panels = [
        FieldPanel("office"),
        FieldRowPanel([FieldPanel("name"), FieldPanel("short_name")]),
        FieldRowPanel([FieldPanel("name_en"), FieldPanel("key")]),
        FieldPanel("description"),
        FieldPanel("sort_order"),
        FieldPanel("directors"),
        FieldPanel("web_editors"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["office", "sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["office", "key"], name="unique_department_key")
        ]

    def __str__(self):
        return self.name


class Person(index.Indexed, models.Model):
    """Someone who works at the office; each contact detail is public only if allowed."""

    base_form_class = OfficeScopedAdminForm

    class Rank(models.TextChoices):
        AREA_DIRECTOR = "area_director", _("area director")
        DEPUTY_DIRECTOR = "deputy_director", _("deputy director")
        DEPARTMENT_DIRECTOR = "department_director", _("department director")
        STAFF = "staff", _("staff")

    office = models.ForeignKey(
        Office, verbose_name=_("office"), on_delete=models.CASCADE, related_name="people"
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
    )
    title = models.CharField(
        pgettext_lazy("person", "title"),
        max_length=40,
        blank=True,
        help_text=_("e.g. Mr, Mrs, Ms, Dr"),
    )
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    first_name_en = models.CharField(_("first name (English)"), max_length=100, blank=True)
    last_name_en = models.CharField(_("last name (English)"), max_length=100, blank=True)
    position = models.CharField(_("position"), max_length=255)
    rank = models.CharField(_("rank"), max_length=30, choices=Rank.choices, default=Rank.STAFF)
    department = models.ForeignKey(
        Department,
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)
    phone_office = models.CharField(_("office telephone"), max_length=80, blank=True)
    phone_mobile = models.CharField(_("mobile telephone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    # Never shown publicly: the office's LINE account pushes the person's notifications.
    line_user_id = models.CharField(
        _("LINE user ID"),
        max_length=33,
        blank=True,
        validators=[
            RegexValidator(
                LINE_USER_ID, _("A LINE user ID is U followed by 32 characters 0-9, a-f.")
            )
        ],
        help_text=_("LINE user ID (U + 32 hex) for notifications"),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_listed = models.BooleanField(_("listed in the public staff directory"), default=True)
    show_photo = models.BooleanField(_("show photo publicly"), default=True)
    show_phone_office = models.BooleanField(_("show office telephone publicly"), default=True)
    show_phone_mobile = models.BooleanField(_("show mobile telephone publicly"), default=False)
    show_email = models.BooleanField(_("show e-mail publicly"), default=False)
    # Set when the person's data is erased on request (PDPA) but the entry must stay.
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True, editable=False)

    panels = [
        FieldPanel("office"),
        FieldRowPanel([FieldPanel("title"), FieldPanel("first_name"), FieldPanel("last_name")]),
        FieldRowPanel([FieldPanel("first_name_en"), FieldPanel("last_name_en")]),
        FieldPanel("position"),
        FieldRowPanel([FieldPanel("rank"), FieldPanel("department"), FieldPanel("sort_order")]),
        FieldPanel("photo"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("phone_office"), FieldPanel("phone_mobile")]),
                FieldPanel("email"),
                FieldPanel("line_user_id"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_listed"),
                FieldPanel("show_photo"),
                FieldPanel("show_phone_office"),
                FieldPanel("show_phone_mobile"),
                FieldPanel("show_email"),
            ],
            heading=_("What may be shown publicly"),
        ),
        FieldPanel("user"),
    ]
    search_fields = [
        index.SearchField("first_name"),
        index.SearchField("last_name"),
        index.SearchField("position"),
        index.RelatedFields("department", [index.SearchField("name")]),
        index.AutocompleteField("first_name"),
        index.AutocompleteField("last_name"),
        index.FilterField("department"),
        index.FilterField("office"),
    ]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["office", "sort_order", "first_name"]

    def __str__(self):
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.title}{self.first_name} {self.last_name}".strip()

    @property
    def public_photo(self):
        return self.photo if self.show_photo else None

    @property
    def public_phone_office(self) -> str:
        return self.phone_office if self.show_phone_office else ""

    @property
    def public_phone_mobile(self) -> str:
        return self.phone_mobile if self.show_phone_mobile else ""

    @property
    def public_email(self) -> str:
        return self.email if self.show_email else ""


class RoleGroup(models.Model):
    """Links a Wagtail group to the office role (and department) it stands for."""

    class Role(models.TextChoices):
        ADMINISTRATOR = "administrator", _("administrator")
        PR_OFFICER = "pr_officer", _("PR officer")
        WEB_EDITOR = "web_editor", _("department web editor")
        DEPARTMENT_DIRECTOR = "department_director", _("department director")
        DEPUTY_DIRECTOR = "deputy_director", _("deputy director")
        AREA_DIRECTOR = "area_director", _("area director")

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="role_groups")
    role = models.CharField(max_length=30, choices=Role.choices)
    department = models.ForeignKey(
        Department, null=True, blank=True, on_delete=models.CASCADE, related_name="role_groups"
    )
    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="office_role")

    class Meta:
        verbose_name = _("role group")
        verbose_name_plural = _("role groups")
        constraints = [
            models.UniqueConstraint(
                fields=["office", "role", "department"],
                condition=models.Q(department__isnull=False),
                name="unique_department_role_group",
            ),
            models.UniqueConstraint(
                fields=["office", "role"],
                condition=models.Q(department__isnull=True),
                name="unique_office_role_group",
            ),
        ]

    def __str__(self):
        return self.group.name
