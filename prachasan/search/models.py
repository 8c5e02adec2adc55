from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string


class DocumentText(models.Model):
    """The text of a document (PDF or DOCX), extracted once by the task queue so that
    indexing a page that attaches it never opens the file."""

    document = models.OneToOneField(
        get_document_model_string(),
        verbose_name=_("document"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="extracted_text",
    )
    text = models.TextField(_("text"), blank=True)
    # The file the text was taken from: a new upload under the same document has another.
    file_name = models.CharField(_("file name"), max_length=255, blank=True)
    file_hash = models.CharField(_("file hash"), max_length=40, blank=True)
    error = models.CharField(_("error"), max_length=255, blank=True)
    extracted_at = models.DateTimeField(_("extracted at"), auto_now=True)

    class Meta:
        verbose_name = _("document text")
        verbose_name_plural = _("document texts")

    def __str__(self):
        return self.file_name


class IndexUpgrade(models.Model):
    """A change of what the index entries hold that the entries written before it lack
    until the index is rebuilt (``manage.py search_rebuild`` deletes the row): the search
    does not rely on it meanwhile (``scopes.scope_ready``)."""

    name = models.CharField(_("name"), max_length=50, primary_key=True)
    marked_at = models.DateTimeField(_("marked at"), auto_now_add=True)

    class Meta:
        verbose_name = _("search index upgrade")
        verbose_name_plural = _("search index upgrades")

    def __str__(self):
        return self.name
