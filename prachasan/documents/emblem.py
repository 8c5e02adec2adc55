"""The emblem at the top of an office's documents."""

from prachasan.offices.models import Office


def office_emblem_png(*, office: Office) -> bytes | None:
    """The office's logo as PNG, standing in for the Garuda until the office uploads one;
    None without a logo, or with an SVG logo (Word documents cannot hold SVG)."""
    image = office.logo
    if image is None or image.is_svg():
        return None
    rendition = image.get_rendition("max-600x600|format-png")
    with rendition.file.open("rb") as file:
        return file.read()
