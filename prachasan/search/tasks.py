from django_tasks import task

from .indexing import document_text_extract


@task()
def document_text_extract_task(document_id: int) -> None:
    """Extract a document's text for search and reindex the pages that attach it."""
    document_text_extract(document_id=document_id)
