"""The plain text of an attached file, for the search index: PDF through poppler's
``pdftotext`` (in a subprocess, with a time limit) and DOCX through python-docx.

Other formats, a missing ``pdftotext`` or a broken file give no text: search still finds the
item by its title and body."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import PurePath
from typing import BinaryIO

logger = logging.getLogger(__name__)

PDF_TIMEOUT_SECONDS = 60
# The index keeps the first megabyte of text of a file: enough for any office document,
# bounded for a scanned book that went through OCR.
MAX_TEXT_CHARS = 1_000_000
EXTRACTABLE = {".pdf", ".docx"}


class ExtractionError(Exception):
    """The file could not be read; the message says why, for the record."""


def is_extractable(file_name: str) -> bool:
    return PurePath(file_name).suffix.lower() in EXTRACTABLE


def text_extract(*, file_name: str, file: BinaryIO) -> str:
    """The text of the file (named for its type), at most MAX_TEXT_CHARS characters."""
    suffix = PurePath(file_name).suffix.lower()
    if suffix == ".pdf":
        text = pdf_text(file)
    elif suffix == ".docx":
        text = docx_text(file)
    else:
        return ""
    return text[:MAX_TEXT_CHARS]


def pdf_text(file: BinaryIO) -> str:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        raise ExtractionError("pdftotext (poppler-utils) is not installed")
    # pdftotext reads a path: the storage may be remote, so copy to a temporary file.
    with tempfile.NamedTemporaryFile(suffix=".pdf") as pdf:
        shutil.copyfileobj(file, pdf)
        pdf.flush()
        try:
            result = subprocess.run(  # noqa: S603 (fixed program, our own temporary file)
                # -raw: the content stream's order, which keeps Thai vowels and tone
                # marks after their consonant (the default layout order moves an upper
                # vowel past the next letter: "ขึ้น" read as "ข้นึ").
                [pdftotext, "-q", "-raw", "-enc", "UTF-8", pdf.name, "-"],
                capture_output=True,
                timeout=PDF_TIMEOUT_SECONDS,
                check=False,
                env={**os.environ, "LC_ALL": "C.UTF-8"},
            )
        except subprocess.TimeoutExpired as error:
            raise ExtractionError("pdftotext took too long") from error
    if result.returncode != 0:
        raise ExtractionError(f"pdftotext exited with {result.returncode}")
    # Form feeds separate pages.
    return result.stdout.decode("utf-8", errors="replace").replace("\f", "\n")


def docx_text(file: BinaryIO) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(file)
    except (PackageNotFoundError, KeyError, ValueError) as error:
        raise ExtractionError(f"not a DOCX file: {error}") from error
    except Exception as error:  # noqa: BLE001 (zipfile and lxml raise many kinds)
        raise ExtractionError(f"unreadable DOCX file: {type(error).__name__}") from error
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" ".join(cell.text for cell in row.cells))
    for section in document.sections:
        for part in (section.header, section.footer):
            lines.extend(paragraph.text for paragraph in part.paragraphs)
    return "\n".join(line for line in lines if line.strip())
