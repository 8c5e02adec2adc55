"""Small Thai PDF files for the demo's attachments and downloads."""

from html import escape
from pathlib import Path

import fontpkg_sarabun
from weasyprint import HTML

FONT_DIR = Path(fontpkg_sarabun.__file__).parent / "files"

PAGE_CSS = f"""
@font-face {{ font-family: Sarabun; src: url("{(FONT_DIR / "Sarabun-Regular.ttf").as_uri()}"); }}
@font-face {{ font-family: Sarabun; font-weight: bold;
  src: url("{(FONT_DIR / "Sarabun-Bold.ttf").as_uri()}"); }}
@page {{ size: A4; margin: 2.5cm 2cm 2cm 3cm; }}
body {{ font-family: Sarabun; font-size: 16pt; line-height: 1.4; }}
h1 {{ font-size: 20pt; text-align: center; }}
p {{ text-indent: 2.5cm; margin: 0 0 0.4em; }}
"""


def make_pdf(*, title: str, paragraphs: list[str]) -> bytes:
    """An A4 page in Sarabun 16 pt with the title and paragraphs (real, searchable text)."""
    body = "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
    html = (
        f'<html lang="th"><head><meta charset="utf-8"><style>{PAGE_CSS}</style></head>'
        f"<body><h1>{escape(title)}</h1>{body}</body></html>"
    )
    return HTML(string=html).write_pdf()
