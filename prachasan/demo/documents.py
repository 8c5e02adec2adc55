"""Small Thai PDF files for the demo's attachments and downloads."""

from html import escape

from prachasan.documents.pdf import OFFICIAL_DOCUMENT_CSS, html_pdf_render

PAGE_CSS = (
    OFFICIAL_DOCUMENT_CSS
    + """
h1 { font-size: 20pt; text-align: center; }
p { text-indent: 2.5cm; margin: 0 0 0.4em; line-height: 1.4; }
"""
)


def make_pdf(*, title: str, paragraphs: list[str]) -> bytes:
    """An A4 page in Sarabun 16 pt with the title and paragraphs: real text, which copies
    out of the PDF (and into the search index) as the same Thai letters."""
    body = "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
    html = (
        '<html lang="th"><head><meta charset="utf-8"></head>'
        f"<body><h1>{escape(title)}</h1>{body}</body></html>"
    )
    return html_pdf_render(html, stylesheet=PAGE_CSS)
