from django.core.management import call_command
from django.core.management.base import BaseCommand

from prachasan.search.indexing import document_text_extract, documents_without_text


class Command(BaseCommand):
    help = (
        "Rebuild the whole search index: first extract the text of every PDF and DOCX "
        "file that has none yet, then index every page and record again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--skip-files", action="store_true", help="Do not extract missing file texts."
        )
        parser.add_argument(
            "--chunk-size", type=int, default=1000, help="Objects indexed per batch."
        )

    def handle(self, *args, skip_files=False, chunk_size=1000, verbosity=1, **options):
        if not skip_files:
            documents = documents_without_text()
            for document in documents:
                document_text_extract(document_id=document.pk, reindex=False)
            if verbosity:
                self.stdout.write(f"Extracted the text of {len(documents)} file(s).")
        call_command("update_index", chunk_size=chunk_size, verbosity=verbosity)
