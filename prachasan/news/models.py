"""News items and the indexes that list them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, Site
from wagtail.search import index

from prachasan.approvals.forms import PublicationRequestPageForm, publication_request_panel
from prachasan.distribution.panels import (
    ChannelVersionsField,
    ChannelVersionsPanel,
    channel_versions_form_clean,
    channel_versions_form_setup,
)
from prachasan.offices.models import Office

from .blocks import NewsBodyBlock


class NewsKind(models.TextChoices):
    URGENT = "urgent", _("urgent news")
    ACTIVITY = "activity", _("activity news")
    ANNOUNCEMENT = "announcement", _("announcement")
    PR = "pr", _("PR news")
    SCHOOL = "school", _("school news")


class InformationType(models.Model):
    """One of the types of official information an office publishes (seed 003, 1.1-1.18)."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    name = models.CharField(_("name"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255, blank=True)

    panels = [FieldPanel("number"), FieldPanel("name"), FieldPanel("name_en")]

    class Meta:
        verbose_name = _("information type")
        verbose_name_plural = _("information types")
        ordering = ["number"]

    def __str__(self):
        return f"{self.number}. {self.name}"


class NewsIndexPage(Page):
    """Lists news: of one department when it has one, of the whole office otherwise."""

    intro = models.TextField(_("introduction"), blank=True)
    department = models.ForeignKey(
        "offices.Department",
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty for the office's own news index, which lists every item."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("department"),
        publication_request_panel(),
    ]
    base_form_class = PublicationRequestPageForm
    subpage_types = ["news.NewsPage"]
    page_description = _("A list of news items, filtered and paged.")

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        from .selectors import news_index_context

        context = super().get_context(request, *args, **kwargs)
        site = Site.find_for_request(request) or self.get_site()
        context.update(
            news_index_context(
                index_page=self, site=site, office=Office.for_request(request), data=request.GET
            )
        )
        return context


class NewsPageForm(PublicationRequestPageForm):
    """The news editor's form: the publication request, and each channel's version of
    the item (``channel_versions``, see prachasan.distribution.panels)."""

    channel_versions = ChannelVersionsField(label=_("Channels"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        channel_versions_form_setup(self)

    def clean(self):
        cleaned = super().clean()
        channel_versions_form_clean(self, cleaned)
        parent = self.parent_page.specific if self.parent_page else None
        parent_department = getattr(parent, "department", None)
        if parent_department is not None:
            # An item filed under a department's news index belongs to that department,
            # so its editors (and later its director) are the ones who handle it.
            if cleaned.get("department") and cleaned["department"] != parent_department:
                self.add_error(
                    "department",
                    ValidationError(
                        _("This news index belongs to %(department)s."),
                        params={"department": parent_department},
                    ),
                )
            else:
                cleaned["department"] = parent_department
        if cleaned.get("activity_time") and not cleaned.get("activity_date"):
            self.add_error("activity_date", _("Give the date of the activity as well."))
        return cleaned


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPage(Page):
    """A news item (ข่าวประชาสัมพันธ์): written once, published on the site and beyond."""

    lead = models.TextField(_("lead"), help_text=_("One or two sentences that sum the item up."))
    body = StreamField(NewsBodyBlock(), verbose_name=_("body"), blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    department = models.ForeignKey(
        "offices.Department",
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_items",
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=NewsKind.choices, default=NewsKind.ACTIVITY
    )
    information_type = models.ForeignKey(
        InformationType,
        verbose_name=_("information type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_items",
    )
    activity_date = models.DateField(_("activity date"), null=True, blank=True)
    activity_time = models.TimeField(_("activity time"), null=True, blank=True)
    activity_place = models.CharField(_("activity place"), max_length=255, blank=True)
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    photo_consent = models.BooleanField(
        _("the people in the photos agreed to publication"),
        default=False,
        help_text=_(
            "Required when the item has photos: publication is public-service PR, not "
            "commercial, and harms no one in the pictures."
        ),
    )

    # Where the item goes beyond the site, and each channel's own version of it:
    # {"<channel id>": {"send": bool, "subject": str, "text": str, "image": image id | None,
    #  "resend": bool}}. Part of the page, so a revision carries exactly what was approved.
    channel_versions = models.JSONField(_("channels"), default=dict, blank=True)

    base_form_class = NewsPageForm
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("department")]),
                FieldPanel("information_type"),
                FieldPanel("tags"),
            ],
            heading=_("Classification"),
        ),
        ChannelVersionsPanel(),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("activity_date"), FieldPanel("activity_time")]),
                FieldPanel("activity_place"),
            ],
            heading=_("Activity"),
            classname="collapsible",
        ),
        InlinePanel("attachments", heading=_("Attachments"), label=_("attachment")),
        FieldPanel("photo_consent"),
        publication_request_panel(),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("department"),
        index.FilterField("kind"),
        index.FilterField("information_type"),
        index.FilterField("first_published_at"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        # An attachment's title, its file's title and the file's text (extracted by search).
        index.RelatedFields(
            "attachments",
            [
                index.SearchField("title"),
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
    page_description = _("A news item, announcement or activity report.")

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def clean(self):
        super().clean()
        if self.has_photos() and not self.photo_consent:
            raise ValidationError(
                {"photo_consent": _("Confirm that the people in the photos agreed to publication.")}
            )

    def has_photos(self) -> bool:
        if self.cover_image_id:
            return True
        return any(block.block_type in ("image", "gallery") for block in self.body)

    @property
    def published_at(self):
        return self.first_published_at or self.latest_revision_created_at

    def gallery_images(self):
        """Every image of the body's galleries, in order, for the detail page."""
        images = []
        for block in self.body:
            if block.block_type == "gallery":
                images.extend(block.value["images"])
        return images


class NewsAttachment(Orderable):
    """A file published with the item (an announcement, a form)."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("title"), max_length=255, blank=True, help_text=_("Leave empty to use the file's title.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    @property
    def display_title(self) -> str:
        return self.title or self.document.title
