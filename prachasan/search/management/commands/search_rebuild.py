import os

from django.core.management.base import BaseCommand, CommandError

from prachasan.search.indexing import document_text_extract, documents_without_text
from prachasan.search.rebuild import IndexRebuildError, index_rebuild


class Command(BaseCommand):
    help = (
        "Rebuild the whole search index: first extract the text of every PDF and DOCX "
        "file that has none yet, then index every page and record again, in several "
        "processes on the database backends."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--skip-files", action="store_true", help="Do not extract missing file texts."
        )
        parser.add_argument(
            "--chunk-size", type=int, default=1000, help="Objects indexed per batch."
        )
        parser.add_argument(
            "--processes",
            type=int,
            default=os.cpu_count() or 1,
            help=(
                "Processes that index the batches on the SQLite or PostgreSQL backend "
                "(default: the number of CPUs); 1 indexes in this process, as update_index."
            ),
        )

    def handle(
        self, *args, skip_files=False, chunk_size=1000, processes=None, verbosity=1, **options
    ):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1 or chunk_size < 1:
            raise CommandError("--processes and --chunk-size must be at least 1.")
        if not skip_files:
            documents = documents_without_text()
            for document in documents:
                document_text_extract(document_id=document.pk, reindex=False)
            if verbosity:
                self.stdout.write(f"Extracted the text of {len(documents)} file(s).")
        try:
            index_rebuild(
                processes=processes, chunk_size=chunk_size, stdout=self.stdout, verbosity=verbosity
            )
        except IndexRebuildError as error:
            raise CommandError(str(error)) from error
