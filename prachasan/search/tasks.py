from django_tasks import task

from .indexing import document_text_extract, page_descendants_reindex


@task()
def document_text_extract_task(document_id: int) -> None:
    """Extract a document's text for search and reindex the pages that attach it."""
    document_text_extract(document_id=document_id)


@task()
def page_descendants_reindex_task(page_id: int) -> None:
    """Index again the descendants of a page moved to another site (their scope words)."""
    page_descendants_reindex(page_id=page_id)
