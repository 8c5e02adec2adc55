"""Pages of an office's public website."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, Site
from wagtail.search import index

from prachasan.approvals.forms import PublicationRequestPageForm, publication_request_panel
from prachasan.offices.models import Office

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "image"]


class HomePage(Page):
    """The office's home page: header, urgent news, each department's latest news."""

    base_form_class = PublicationRequestPageForm

    welcome = models.TextField(_("welcome text"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("banner image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("welcome"),
        FieldPanel("hero_image"),
        publication_request_panel(),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "public_site.DepartmentPage",
        "public_site.StandardPage",
        "public_site.StaffDirectoryPage",
        "public_site.DownloadsPage",
        "public_site.ContactPage",
        "network.NetworkSurveyPage",
        "network.PhoneDirectoryPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("office home page")

    def get_context(self, request, *args, **kwargs):
        from .selectors import home_page_context

        context = super().get_context(request, *args, **kwargs)
        site = Site.find_for_request(request) or self.get_site()
        context.update(home_page_context(home=self, site=site, office=Office.for_request(request)))
        return context


class DepartmentPage(Page):
    """A department's own section: its mission, people and news."""

    base_form_class = PublicationRequestPageForm

    department = models.OneToOneField(
        "offices.Department",
        verbose_name=_("department"),
        on_delete=models.PROTECT,
        related_name="page",
    )
    body = RichTextField(_("about the department"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [
        *Page.content_panels,
        FieldPanel("department"),
        FieldPanel("body"),
        publication_request_panel(),
    ]
    parent_page_types = ["public_site.HomePage"]
    subpage_types = ["news.NewsIndexPage", "public_site.StandardPage"]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("department page")

    def get_context(self, request, *args, **kwargs):
        from .selectors import department_page_context

        context = super().get_context(request, *args, **kwargs)
        site = Site.find_for_request(request) or self.get_site()
        context.update(department_page_context(page=self, site=site))
        return context


class StandardPage(Page):
    """A page of text: about the office, its mission, its policies."""

    base_form_class = PublicationRequestPageForm

    lead = models.TextField(_("lead"), blank=True)
    body = RichTextField(_("body"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        FieldPanel("body"),
        publication_request_panel(),
    ]
    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")


class StaffDirectoryPage(Page):
    """The public staff directory (ทำเนียบบุคลากร), grouped by department."""

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
        verbose_name = _("staff directory")

    def get_context(self, request, *args, **kwargs):
        from prachasan.offices.selectors import staff_directory

        context = super().get_context(request, *args, **kwargs)
        context.update(staff_directory(office=Office.for_request(request)))
        return context


class DownloadsPage(Page):
    """Forms, manuals and plans to download, grouped by department."""

    base_form_class = PublicationRequestPageForm

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("items", heading=_("Files"), label=_("file")),
        publication_request_panel(),
    ]
    parent_page_types = ["public_site.HomePage"]
    subpage_types = []
    # Each file's title and description, its document's title and text (extracted by search).
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.RelatedFields(
            "items",
            [
                index.SearchField("title"),
                index.SearchField("description"),
                index.RelatedFields(
                    "document",
                    [
                        index.SearchField("title"),
                        index.RelatedFields("extracted_text", [index.SearchField("text")]),
                    ],
                ),
            ],
        ),
    ]

    class Meta:
        verbose_name = _("downloads page")

    def get_context(self, request, *args, **kwargs):
        from .selectors import downloads_by_department

        context = super().get_context(request, *args, **kwargs)
        context["groups"] = downloads_by_department(page=self)
        return context


class DownloadItem(Orderable):
    page = ParentalKey(DownloadsPage, on_delete=models.CASCADE, related_name="items")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("file"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("title"), max_length=255, blank=True)
    description = models.CharField(_("description"), max_length=500, blank=True)
    department = models.ForeignKey(
        "offices.Department",
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("document"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("department"),
    ]

    @property
    def display_title(self) -> str:
        return self.title or self.document.title


class ContactPage(Page):
    """How to reach the office: address, phones, e-mail and social media."""

    base_form_class = PublicationRequestPageForm

    body = RichTextField(_("body"), blank=True, features=RICH_TEXT_FEATURES)
    map_url = models.URLField(_("map link"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("body"),
        FieldPanel("map_url"),
        publication_request_panel(),
    ]
    parent_page_types = ["public_site.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")


class DailyVisits(models.Model):
    """Visits counted per site and day (one browser counts once a day)."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    date = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("daily visits")
        verbose_name_plural = _("daily visits")
        constraints = [
            models.UniqueConstraint(fields=["site", "date"], name="unique_visits_per_day")
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d}: {self.count}"
