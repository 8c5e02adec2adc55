"""Django templates to PDF with WeasyPrint (Pango and HarfBuzz shape Thai and break lines
at word boundaries), in the Sarabun typeface on the page of a Thai official document."""

import base64
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

import fontpkg_sarabun
from django.template.loader import render_to_string
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

from .thai_text import sara_am_decompose

FONT_DIR = Path(fontpkg_sarabun.__file__).parent / "files"

_FACES = (
    ("Regular", 400, "normal"),
    ("Italic", 400, "italic"),
    ("Bold", 700, "normal"),
    ("BoldItalic", 700, "italic"),
)

FONT_FACE_CSS = "\n".join(
    f'@font-face {{ font-family: "Sarabun"; font-weight: {weight}; font-style: {style}; '
    f'src: url("{(FONT_DIR / f"Sarabun-{name}.ttf").as_uri()}"); }}'
    for name, weight, style in _FACES
)

PARAGRAPH_INDENT_CM = 2.5  # the first line of a paragraph, as typed in official documents
LINE_HEIGHT = 1.3  # single spacing in Sarabun: its ascender + descender, in em

# The page of the correspondence regulations (ระเบียบงานสารบรรณ): A4, margins top 2.5 cm,
# right 2 cm, bottom 2 cm, left 3 cm; 16 pt; single spacing. No justification: Thai has
# no spaces between words to stretch, and WeasyPrint cannot distribute letters as Word's
# "Thai distributed" does. The Google Fonts build of Sarabun draws about a third larger
# than TH Sarabun New at the same size, so a page holds less than the Word version.
OFFICIAL_DOCUMENT_CSS = f"""
@page {{ size: A4; margin: 2.5cm 2cm 2cm 3cm; }}
html {{ font-family: "Sarabun", sans-serif; font-size: 16pt; line-height: {LINE_HEIGHT};
  color: #000; }}
body {{ margin: 0; }}
p {{ margin: 0; overflow-wrap: break-word; }}
.indent {{ text-indent: {PARAGRAPH_INDENT_CM}cm; }}
"""


# Markup, style sheets and scripts, left alone when the text between them is prepared.
_NOT_TEXT = re.compile(
    r"(<style\b.*?</style>|<script\b.*?</script>|<title\b.*?</title>|<!--.*?-->|<[^>]*>)",
    re.S | re.I,
)
_DIGIT = "[0-9\u0e50-\u0e59]"
# A number with the spaces inside it ("0 7400 0001") and the word it belongs to.
_NUMBER = re.compile(rf"(?:(?:เขต|ที่|ต่อ|พ\.ศ\.) )?{_DIGIT}+(?:[ /.,:-]{_DIGIT}+)*")


def _number_keep_together(match: re.Match) -> str:
    text = match.group(0)
    return f'<span style="white-space: nowrap">{text}</span>' if " " in text else text


def _text_prepare(html: str) -> str:
    """The document's text made ready for WeasyPrint: SARA AM decomposed (everywhere, as
    CSS strings hold Thai too), and each number kept on one line with the word it
    belongs to ("เขต 1", "ที่ 62/2565", "พ.ศ. 2565", "0 7400 0001 ต่อ 101") so that no line
    ends in "เขต" with "๑" alone on the next. No-break spaces cannot do this: Pango
    breaks Thai with libthai, and WeasyPrint still breaks after them."""
    parts = _NOT_TEXT.split(sara_am_decompose(html))
    return "".join(
        part if index % 2 else _NUMBER.sub(_number_keep_together, part)
        for index, part in enumerate(parts)
    )


class _LocalFetcher(URLFetcher):
    """Documents load only the fonts and inline (data:) images, never the network or
    other local files, whatever a user typed into a field."""

    def fetch(self, url, headers=None):
        parsed = urlparse(url)
        if parsed.scheme == "data" or (
            parsed.scheme == "file"
            and Path(unquote(parsed.path)).resolve().is_relative_to(FONT_DIR.resolve())
        ):
            return super().fetch(url, headers)
        raise ValueError(f"Documents do not load {url}")


def pdf_render(
    *, template_name: str, context: dict, stylesheet: str = OFFICIAL_DOCUMENT_CSS
) -> bytes:
    """``template_name`` rendered with ``context`` as a PDF in Sarabun. ``stylesheet`` sets
    the page (by default the A4 official document); the template's own <style> adds to it."""
    return html_pdf_render(render_to_string(template_name, context), stylesheet=stylesheet)


def html_pdf_render(html: str, *, stylesheet: str = OFFICIAL_DOCUMENT_CSS) -> bytes:
    """A page of ``html`` as a PDF in Sarabun, its Thai text copying out of the PDF as the
    same letters (``_text_prepare``); ``stylesheet`` as for ``pdf_render``."""
    html = _text_prepare(html)
    fetcher = _LocalFetcher()
    # @font-face in a separate style sheet is seen only through a shared configuration;
    # without it WeasyPrint silently falls back to a system font.
    fonts = FontConfiguration()
    css = CSS(string=FONT_FACE_CSS + stylesheet, font_config=fonts, url_fetcher=fetcher)
    return HTML(string=html, url_fetcher=fetcher).write_pdf(stylesheets=[css], font_config=fonts)


def image_data_uri(data: bytes | None, *, mime_type: str = "image/png") -> str:
    """``data`` as a data: URI for an <img> in a document ("" for no image)."""
    if not data:
        return ""
    return f"data:{mime_type};base64,{base64.b64encode(data).decode('ascii')}"
