"""Keeping the search index whole: the text of attached files, extracted in the task
queue and put into the index of every page that attaches the file.

Wagtail indexes a page or a record when it is saved (publishing and unpublishing save the
page); what it cannot see is a file's text arriving later, or a new attachment saved after
the page row. ``document_text_extract`` reindexes the pages of a file once its text is
stored, and a page whose index reaches into its children is indexed again once the
transaction that saved it (and them) has committed.
"""

from __future__ import annotations

import logging

from django.apps import apps
from django.db import transaction
from django.db.models import Q
from modelsearch import index as search_index
from modelsearch.index import RelatedFields
from wagtail.documents import get_document_model
from wagtail.models import Page

from .extract import ExtractionError, is_extractable, text_extract
from .models import DocumentText
from .scopes import moved_site_changed

logger = logging.getLogger(__name__)

# The pages whose index holds the text of their files: (page model, child relation).
ATTACHING_PAGES = (("news.NewsPage", "attachments"), ("public_site.DownloadsPage", "items"))


def document_text_extract(
    *, document_id: int, force: bool = False, reindex: bool = True
) -> DocumentText | None:
    """Store the text of the document's file (unless already taken from this very file)
    and reindex the pages that attach it (unless the caller rebuilds the whole index)."""
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:
        return None
    if not is_extractable(document.file.name):
        DocumentText.objects.filter(document=document).delete()
        return None
    try:
        file_hash = document.get_file_hash()
    except OSError:
        file_hash = ""
    record = DocumentText.objects.filter(document=document).first()
    if (
        record is not None
        and not force
        and record.file_name == document.file.name
        and record.file_hash == file_hash
        and not record.error
    ):
        return record
    text, error = "", ""
    try:
        with document.open_file() as file:
            text = text_extract(file_name=document.file.name, file=file)
    except (ExtractionError, OSError) as failure:
        error = str(failure)[:255]
        logger.warning("No text from document %s: %s", document.pk, error)
    record, _ = DocumentText.objects.update_or_create(
        document=document,
        defaults={
            "text": text,
            "file_name": document.file.name,
            "file_hash": file_hash,
            "error": error,
        },
    )
    if reindex:
        transaction.on_commit(lambda: document_pages_reindex(document_id=document.pk))
    return record


def documents_without_text():
    """The extractable documents whose text is missing or was taken from another file."""
    documents = get_document_model().objects.exclude(file="")
    extractable = Q()
    for suffix in (".pdf", ".docx"):
        extractable |= Q(file__iendswith=suffix)
    texts = DocumentText.objects.values_list("document_id", "file_name", "file_hash")
    current = {pk: (name, file_hash) for pk, name, file_hash in texts}
    return [
        document
        for document in documents.filter(extractable).only("pk", "file", "file_hash")
        if current.get(document.pk) != (document.file.name, document.file_hash)
        or not document.file_hash
    ]


def document_pages(*, document_id: int) -> list[Page]:
    """The pages that attach the document (as attachments or downloads)."""
    pages = []
    for label, relation in ATTACHING_PAGES:
        model = apps.get_model(label)
        pages.extend(model.objects.filter(**{f"{relation}__document_id": document_id}).distinct())
    return pages


def document_pages_reindex(*, document_id: int) -> int:
    """Index again the pages that attach the document; how many."""
    pages = document_pages(document_id=document_id)
    for page in pages:
        search_index.insert_or_update_object(page)
    return len(pages)


def _reaches_into_children(model) -> bool:
    return any(isinstance(field, RelatedFields) for field in model.get_search_fields())


# Signal receivers (connected in ``connect_receivers``) --------------------------------------


def document_saved(sender, instance, created, update_fields=None, raw=False, **kwargs):
    """A new or replaced file: extract its text in the task queue after the commit."""
    if raw or not instance.file or not is_extractable(instance.file.name):
        return
    if update_fields is not None and "file" not in update_fields:
        # Wagtail saving the size or hash it has just computed, not a new file.
        return
    from .tasks import document_text_extract_task

    document_id = instance.pk
    transaction.on_commit(lambda: document_text_extract_task.enqueue(document_id))


def page_saved(sender, instance, raw=False, **kwargs):
    """Index a page whose index reaches into its children (attachments, downloads, tags)
    again once they are committed: Wagtail indexes on the page row's post_save, before
    modelcluster saves the children."""
    if raw:
        return
    from modelsearch.tasks import insert_or_update_object_task

    meta = instance._meta
    page_id = str(instance.pk)
    transaction.on_commit(
        lambda: insert_or_update_object_task.enqueue(meta.app_label, meta.model_name, page_id)
    )


def page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """A page moved to another site: Wagtail indexes the page again (it saves it), but
    its descendants keep their entries, with the old site's scope word, so they are
    indexed again in the task queue after the commit."""
    if not moved_site_changed(
        page=instance, parent_before=parent_page_before, parent_after=parent_page_after
    ):
        return
    from .tasks import page_descendants_reindex_task

    page_id = instance.pk
    transaction.on_commit(lambda: page_descendants_reindex_task.enqueue(page_id))


def page_descendants_reindex(*, page_id: int, chunk_size: int = 500) -> int:
    """Index a page's descendants again; how many."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return 0
    keys = list(page.get_descendants().order_by("path").values_list("pk", flat=True))
    for start in range(0, len(keys), chunk_size):
        for descendant in Page.objects.filter(pk__in=keys[start : start + chunk_size]).specific():
            search_index.insert_or_update_object(descendant)
    return len(keys)


# An index marked by migration 0006 (entries without scope words) of at most this many
# entries is rebuilt by ``migrate`` itself (``small_index_upgrade``): seconds for an
# office's site; a larger one is left to ``manage.py search_rebuild``.
UPGRADE_REBUILD_ENTRIES = 20_000


def small_index_upgrade(sender, using="default", verbosity=1, stdout=None, **kwargs):
    """After ``migrate``: an index that migration 0006 marked is rebuilt at once when it
    is small, so that its searches ask for the filters' scope words."""
    from django.db import connections
    from modelsearch.conf import get_app_config

    from .models import IndexUpgrade
    from .rebuild import index_rebuild
    from .scopes import UPGRADE

    if sender.label != "prachasan_search" or using != "default":
        return
    # A migrate that stopped short of migration 0006 has no such table yet.
    if IndexUpgrade._meta.db_table not in connections[using].introspection.table_names():
        return
    if not IndexUpgrade.objects.filter(name=UPGRADE).exists():
        return
    entries = get_app_config().get_model("IndexEntry").objects.order_by()
    if entries[UPGRADE_REBUILD_ENTRIES : UPGRADE_REBUILD_ENTRIES + 1].exists():
        if verbosity and stdout is not None:
            stdout.write(
                "The search index lacks the filters' scope words: run"
                " `manage.py search_rebuild` (docs/search.md).\n"
            )
        return
    index_rebuild(processes=1, chunk_size=1000)
    if verbosity and stdout is not None:
        stdout.write("Search index rebuilt with the filters' scope words.\n")


def connect_receivers() -> None:
    from django.db.models.signals import post_migrate, post_save
    from wagtail.signals import post_page_move

    post_page_move.connect(page_moved, dispatch_uid="prachasan_search_page_moved")
    post_migrate.connect(small_index_upgrade, dispatch_uid="prachasan_search_index_upgrade")

    post_save.connect(
        document_saved, sender=get_document_model(), dispatch_uid="prachasan_search_document"
    )
    for model in search_index.get_indexed_models():
        if issubclass(model, Page) and model is not Page and _reaches_into_children(model):
            post_save.connect(page_saved, sender=model, dispatch_uid=f"prachasan_search_{model}")
