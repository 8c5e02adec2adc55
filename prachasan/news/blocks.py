"""StreamField blocks of a news item. Keep class names and import paths stable:
renaming a block rewrites migrations."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "news/blocks/image.html"


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False)
    images = blocks.ListBlock(ImageWithCaptionBlock(), label=_("images"), min_num=1)

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = "news/blocks/gallery.html"


class DocumentListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False)
    documents = blocks.ListBlock(DocumentChooserBlock(), label=_("documents"), min_num=1)

    class Meta:
        icon = "doc-full"
        label = _("Documents")
        template = "news/blocks/document_list.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("said by"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quotation")
        template = "news/blocks/quote.html"


class NewsBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"],
    )
    image = ImageWithCaptionBlock()
    gallery = GalleryBlock()
    documents = DocumentListBlock()
    quote = QuoteBlock()
    table = TableBlock(label=_("Table"), template="news/blocks/table.html")
    embed = EmbedBlock(label=_("Embedded media"), template="news/blocks/embed.html")
