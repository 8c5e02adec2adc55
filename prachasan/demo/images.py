"""Placeholder pictures for the demo office, drawn locally with Pillow.

Everything here is deterministic for a given seed and needs no network: covers for
news items, "photos" for galleries, staff portraits and the office emblem. Thai text is
drawn with Sarabun through Raqm (HarfBuzz), which stacks vowels and tone marks on the
right consonant; Pillow's basic layout would overlap them (ปี่, น้ำ), so it is only a
fallback. Lines break at word boundaries found by PyThaiNLP.
"""

from __future__ import annotations

import functools
import io
import math
import random
import re
from pathlib import Path

import fontpkg_sarabun
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, features
from pythainlp.corpus import thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import Trie

from prachasan.thai.dates import THAI_MONTHS as THAI_MONTH_NAMES
from prachasan.thai.dates import THAI_MONTHS_ABBR

FONT_DIR = Path(fontpkg_sarabun.__file__).parent / "files"

RGB = tuple[int, int, int]
RGBA = tuple[int, int, int, int]

# Calm institutional colours: (dark, mid, light, accent).
PALETTES: list[tuple[RGB, RGB, RGB, RGB]] = [
    ((27, 54, 93), (54, 98, 148), (205, 220, 236), (214, 170, 62)),  # navy and gold
    ((22, 78, 82), (44, 128, 128), (208, 232, 226), (235, 190, 90)),  # teal
    ((38, 82, 52), (78, 130, 84), (218, 234, 208), (226, 183, 74)),  # forest green
    ((72, 52, 110), (116, 92, 160), (226, 218, 240), (232, 186, 92)),  # royal purple
    ((112, 40, 52), (160, 78, 82), (242, 222, 214), (222, 178, 88)),  # maroon
    ((44, 62, 80), (86, 112, 136), (222, 228, 234), (92, 170, 160)),  # slate
    ((30, 96, 130), (70, 150, 180), (214, 236, 244), (244, 170, 80)),  # sky blue
    ((96, 70, 36), (150, 116, 64), (240, 228, 204), (86, 140, 110)),  # earth
]

# Abbreviations the general dictionary does not know; without them "สพป." is cut in two.
EXTRA_WORDS = frozenset(
    {"สพป.", "สพม.", "สพฐ.", "สพท.", "ผอ.", "ศธ.", "อ.ก.ค.ศ.", "ก.ต.ป.น.", "พ.ศ.", "ดร."}
)
NO_BREAK_BEFORE = frozenset(")]}.,:;!?%ๆฯ-/”’")
NO_BREAK_AFTER = frozenset("([{“‘-/")
# Words that read badly at the end of a line: they belong with the word after them.
GLUE_FORWARD = frozenset({"การ", "ความ", "ประจำ", "ณ", "นาย", "นาง", "นางสาว", "ดร."})
THAI_MONTHS = frozenset(THAI_MONTH_NAMES + THAI_MONTHS_ABBR)
LEADING_VOWELS = frozenset("เแโใไ")
# Tone marks stacked over an upper vowel reach 1.3 em above the baseline and lower
# vowels 0.35 em below it, well past the font's ascent and descent: Thai needs this leading.
THAI_LINE_HEIGHT = 1.55


@functools.cache
def _font(weight: str, size: int) -> ImageFont.FreeTypeFont:
    """Sarabun at one weight and size; Raqm shaping when this Pillow has it."""
    layout = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(FONT_DIR / f"Sarabun-{weight}.ttf"), size, layout_engine=layout)


@functools.cache
def _dictionary() -> frozenset[str]:
    return frozenset(thai_words()) | EXTRA_WORDS


def _words(text: str) -> list[str]:
    """Word tokens of `text`, spaces kept.

    The tokenizer gets only the dictionary words that occur in `text`: the result is the
    same as with the whole dictionary, without building a 60,000-word trie (0.3 s).
    """
    present = [word for word in _dictionary() if word in text]
    return word_tokenize(text, custom_dict=Trie(present), keep_whitespace=True)


def _chunks(text: str) -> list[tuple[bool, str]]:
    """Unbreakable pieces of `text` as (preceded_by_space, piece)."""
    chunks: list[tuple[bool, str]] = []
    space = False
    glue_next = False
    for token in _words(" ".join(text.split())):
        if token.isspace():
            space = True
            continue
        if chunks:
            glued = (
                glue_next
                or token[0] in NO_BREAK_BEFORE
                or chunks[-1][1][-1] in NO_BREAK_AFTER
                # "เขต 1", "พ.ศ. 2570", "ร้อยละ 63.4": a number stays with the word before,
                # and a date stays whole: "23 - 24 พฤศจิกายน 2569".
                or (space and token[0].isdigit())
                or (token in THAI_MONTHS and chunks[-1][1][-1].isdigit())
            )
            if glued:
                prev_space, prev = chunks[-1]
                chunks[-1] = (prev_space, prev + (" " if space else "") + token)
                space = False
                glue_next = token in GLUE_FORWARD
                continue
        chunks.append((space, token))
        space = False
        glue_next = token in GLUE_FORWARD
    # An ordinal stays with its noun: "ครั้งที่ 1/2570", "รุ่นที่ 1".
    merged: list[tuple[bool, str]] = []
    for space, chunk in chunks:
        if merged and not space and re.match(r"ที่ \d", chunk):
            merged[-1] = (merged[-1][0], merged[-1][1] + chunk)
        else:
            merged.append((space, chunk))
    return merged


def _wrap_chunks(
    chunks: list[tuple[bool, str]], font: ImageFont.FreeTypeFont, max_width: float
) -> list[str]:
    lines: list[str] = []
    line = ""
    for space, chunk in chunks:
        candidate = f"{line} {chunk}" if (line and space) else line + chunk
        if not line or font.getlength(candidate) <= max_width:
            line = candidate
        else:
            lines.append(line)
            line = chunk
    if line:
        lines.append(line)
    return lines


def _fit_title(
    text: str, max_width: float, max_lines: int, sizes: range
) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest bold font in `sizes` that sets `text` in `max_lines`; else an ellipsis."""
    chunks = _chunks(text)
    for size in sizes:
        font = _font("Bold", size)
        lines = _wrap_chunks(chunks, font, max_width)
        if len(lines) <= max_lines:
            return font, lines
    # Too long even at the smallest size: cut the last line at a word and mark the cut.
    lines = lines[:max_lines]
    words = _words(lines[-1])
    while len(words) > 1 and font.getlength("".join(words).rstrip() + "…") > max_width:
        words.pop()
    lines[-1] = "".join(words).rstrip() + "…"
    return font, lines


def _gradient(size: tuple[int, int], top: RGB, bottom: RGB, angle: float = 0) -> Image.Image:
    """A two-colour linear gradient, tilted by `angle` degrees (at most 45)."""
    mask = Image.linear_gradient("L")
    if angle:
        mask = mask.rotate(angle, resample=Image.Resampling.BILINEAR)
        # The largest upright square inside the turned one has no empty corners.
        side = 256 / (math.cos(math.radians(abs(angle))) + math.sin(math.radians(abs(angle))))
        mask = mask.crop((128 - side / 2, 128 - side / 2, 128 + side / 2, 128 + side / 2))
    mask = mask.resize(size, Image.Resampling.BILINEAR)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)


def _mix(a: RGB, b: RGB, t: float, alpha: int = 255) -> RGBA:
    """The colour `t` of the way from `a` to `b`, with `alpha`."""
    r, g, bl = (round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    return (r, g, bl, alpha)


def _rgb(colour: RGBA) -> RGB:
    return colour[:3]  # type: ignore[return-value]


def _glow(
    image: Image.Image, centre: tuple[float, float], radius: float, colour: RGB, strength: float
) -> None:
    """A soft round light (sun, spotlight) painted onto `image`."""
    size = max(2, round(radius * 2))
    # radial_gradient is 0 at the centre and 181 at the middle of each edge.
    mask = Image.radial_gradient("L").resize((size, size), Image.Resampling.BILINEAR)
    mask = mask.point(lambda v: round(255 * strength * max(0.0, 1 - v / 181) ** 2))
    image.paste(colour, (round(centre[0] - radius), round(centre[1] - radius)), mask)


def _jpeg(image: Image.Image, quality: int = 86) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()


def _soften(image: Image.Image, radius: float) -> Image.Image:
    """A depth-of-field blur, done at half size: four times faster and looks the same."""
    small = image.reduce(2).filter(ImageFilter.GaussianBlur(radius=max(1.0, radius / 2)))
    return small.resize(image.size, Image.Resampling.BILINEAR)


@functools.cache
def _grain(size: tuple[int, int]) -> Image.Image:
    """Film grain; seeded, so the same picture comes out every time."""
    noise = random.Random(size[0] * 100_003 + size[1]).randbytes(size[0] * size[1])
    return Image.frombytes("L", size, noise).convert("RGB")


# --- cover scenes: drawn on a 2x canvas and reduced, for smooth edges -------------------
# Each takes the drawing, the canvas width, the scene height `h` (the ground line sits at
# 0.8 h), the palette and the random source.


def _silhouette(
    draw: ImageDraw.ImageDraw, x: float, ground: float, tall: float, fill: RGBA
) -> None:
    """A simple standing figure, feet on `ground`."""
    head = tall * 0.17
    draw.ellipse((x - head / 2, ground - tall, x + head / 2, ground - tall + head), fill=fill)
    body_top = ground - tall + head * 1.1
    draw.rounded_rectangle(
        (x - tall * 0.16, body_top, x + tall * 0.16, ground), radius=tall * 0.12, fill=fill
    )


def _trees(draw, w, h, pal, rng, ground, count=5, x_range=(0.05, 0.95)) -> None:
    dark, mid, _, _ = pal
    for _ in range(count):
        x = w * rng.uniform(*x_range)
        size = h * rng.uniform(0.14, 0.24)
        draw.rectangle(
            (x - size * 0.06, ground - size * 0.9, x + size * 0.06, ground),
            fill=_mix(dark, (60, 40, 20), 0.5, 230),
        )
        leaf = _mix(mid, (60, 130, 70), rng.uniform(0.3, 0.7), 235)
        draw.ellipse(
            (x - size * 0.5, ground - size * 1.7, x + size * 0.5, ground - size * 0.7), fill=leaf
        )


def _scene_office(draw, w, h, pal, rng) -> None:
    """The area office: a building with a tiered Thai roof, a flag pole and trees."""
    dark, mid, light, accent = pal
    ground = h * 0.8
    cx = w * rng.uniform(0.62, 0.74)
    bw = w * 0.34
    draw.rectangle(
        (cx - bw / 2, ground - h * 0.30, cx + bw / 2, ground), fill=_mix(light, mid, 0.12, 240)
    )
    for i, (spread, rise) in enumerate(((0.62, 0.13), (0.50, 0.10), (0.34, 0.08))):
        base = ground - h * 0.30 - i * h * 0.075
        draw.polygon(
            [
                (cx - bw * spread, base),
                (cx + bw * spread, base),
                (cx + bw * spread * 0.55, base - h * rise),
                (cx - bw * spread * 0.55, base - h * rise),
            ],
            fill=_mix(accent, dark, 0.35 + i * 0.1, 245),
        )
    for i in range(6):
        px = cx - bw / 2 + bw * (i + 0.5) / 6
        draw.rectangle(
            (px - bw * 0.018, ground - h * 0.29, px + bw * 0.018, ground),
            fill=_mix(mid, dark, 0.3, 200),
        )
    draw.rectangle(
        (cx - bw * 0.06, ground - h * 0.12, cx + bw * 0.06, ground), fill=_mix(dark, mid, 0.2, 235)
    )
    fx = cx - bw * 0.72
    draw.rectangle(
        (fx, ground - h * 0.50, fx + w * 0.004, ground), fill=_mix(light, dark, 0.5, 235)
    )
    for k, colour in enumerate(
        ((165, 25, 49), (244, 245, 248), (45, 42, 74), (244, 245, 248), (165, 25, 49))
    ):
        stripe = h * 0.075 / 6
        y0 = ground - h * 0.50 + (k * stripe if k <= 2 else (k + 1) * stripe)
        y1 = y0 + (2 * stripe if k == 2 else stripe)
        draw.rectangle((fx + w * 0.004, y0, fx + w * 0.065, y1), fill=(*colour, 245))
    _trees(draw, w, h, pal, rng, ground, count=3, x_range=(0.05, 0.32))


def _scene_people(draw, w, h, pal, rng) -> None:
    """A group in front of an event backdrop."""
    dark, mid, light, accent = pal
    ground = h * 0.8
    draw.rounded_rectangle(
        (w * 0.40, h * 0.12, w * 0.95, h * 0.50),
        radius=h * 0.02,
        fill=_mix(light, accent, 0.15, 215),
    )
    draw.rectangle((w * 0.40, h * 0.12, w * 0.95, h * 0.17), fill=_mix(accent, dark, 0.2, 235))
    draw.ellipse(
        (w * 0.43, h * 0.21, w * 0.43 + h * 0.14, h * 0.35), fill=_mix(mid, light, 0.3, 200)
    )
    count = rng.randint(5, 7)
    for i in range(count):
        x = w * (0.42 + 0.51 * (i + 0.5) / count) + rng.uniform(-8, 8)
        _silhouette(
            draw,
            x,
            ground,
            h * rng.uniform(0.40, 0.48),
            _mix(dark, mid, rng.uniform(0.0, 0.5), 240),
        )


def _scene_books(draw, w, h, pal, rng) -> None:
    """A stack of books, an open book and a light bulb: learning."""
    dark, mid, light, accent = pal
    ground = h * 0.8
    x = w * 0.56
    y = ground
    for _ in range(rng.randint(3, 5)):
        bw = w * rng.uniform(0.20, 0.26)
        bh = h * rng.uniform(0.05, 0.07)
        shift = rng.uniform(-w * 0.025, w * 0.025)
        colour = _mix(rng.choice((dark, mid, accent)), light, rng.uniform(0.0, 0.35), 245)
        draw.rounded_rectangle(
            (x + shift, y - bh, x + shift + bw, y), radius=bh * 0.25, fill=colour
        )
        draw.rectangle(
            (x + shift + bw * 0.9, y - bh * 0.8, x + shift + bw * 0.97, y - bh * 0.2),
            fill=_mix(light, light, 0, 235),
        )
        y -= bh
    ox = x + w * 0.115
    page = h * 0.12
    draw.polygon(
        [
            (ox - w * 0.12, y - h * 0.02),
            (ox, y),
            (ox, y - page),
            (ox - w * 0.11, y - page - h * 0.02),
        ],
        fill=_mix(light, light, 0, 250),
    )
    draw.polygon(
        [
            (ox + w * 0.12, y - h * 0.02),
            (ox, y),
            (ox, y - page),
            (ox + w * 0.11, y - page - h * 0.02),
        ],
        fill=_mix(light, mid, 0.12, 250),
    )
    by = y - page - h * 0.14
    draw.ellipse(
        (ox - h * 0.06, by - h * 0.06, ox + h * 0.06, by + h * 0.06),
        fill=_mix(accent, light, 0.3, 250),
    )
    draw.rectangle(
        (ox - h * 0.025, by + h * 0.05, ox + h * 0.025, by + h * 0.085),
        fill=_mix(dark, mid, 0.4, 250),
    )
    for k in range(7):
        a = math.pi * (1.1 + 0.8 * k / 6)
        r1, r2 = h * 0.085, h * 0.12
        draw.line(
            (
                ox + r1 * math.cos(a),
                by + r1 * math.sin(a),
                ox + r2 * math.cos(a),
                by + r2 * math.sin(a),
            ),
            fill=_mix(accent, light, 0.2, 235),
            width=max(2, round(h * 0.008)),
        )


def _scene_school(draw, w, h, pal, rng) -> None:
    """Hills, trees and a small school."""
    dark, mid, light, accent = pal
    for k, depth in enumerate((0.60, 0.70)):
        points = (
            [(0, h)]
            + [(w * i / 8, h * (depth + rng.uniform(-0.05, 0.05))) for i in range(9)]
            + [(w, h)]
        )
        draw.polygon(points, fill=_mix(mid, dark, 0.2 + 0.3 * k, 200 + 25 * k))
    _trees(draw, w, h, pal, rng, h * 0.8, count=5, x_range=(0.78, 0.97))
    sx, base = w * 0.50, h * 0.8
    draw.rectangle((sx, base - h * 0.16, sx + w * 0.24, base), fill=_mix(light, light, 0, 245))
    draw.polygon(
        [
            (sx - w * 0.015, base - h * 0.16),
            (sx + w * 0.255, base - h * 0.16),
            (sx + w * 0.12, base - h * 0.27),
        ],
        fill=_mix(accent, dark, 0.35, 245),
    )
    for i in range(5):
        wx = sx + w * (0.015 + i * 0.046)
        draw.rectangle(
            (wx, base - h * 0.12, wx + w * 0.028, base - h * 0.06), fill=_mix(mid, dark, 0.3, 235)
        )


SCENES = (_scene_office, _scene_people, _scene_books, _scene_school)


def make_cover_image(*, seed: int, title: str, width: int = 1200, height: int = 630) -> bytes:
    """A JPEG cover for a news item: a calm illustrated scene above the title set in Thai."""
    rng = random.Random(seed)
    pal = PALETTES[seed % len(PALETTES)]
    dark, mid, light, accent = pal

    margin = round(width * 0.055)
    sizes = range(round(height * 0.089), round(height * 0.055), -2)
    font, lines = _fit_title(title, width - 2 * margin, 3, sizes)
    size = font.size
    line_height = round(size * THAI_LINE_HEIGHT)
    pad = round(height * 0.045)
    band_height = 2 * pad + round(size * 1.25) + line_height * (len(lines) - 1) + round(size * 0.35)
    band_top = height - band_height

    image = _gradient(
        (width, height), _rgb(_mix(mid, light, 0.25)), dark, angle=rng.choice((0, 15, -15, 30))
    )
    sun = (width * rng.uniform(0.55, 0.85), band_top * rng.uniform(0.2, 0.45))
    _glow(image, sun, band_top * 0.55, _rgb(_mix(light, accent, 0.45)), 0.55)

    scale = 2
    layer = Image.new("RGBA", (width * scale, height * scale), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    w = width * scale
    h = band_top * scale / 0.8  # the scene's ground line meets the title band
    for _ in range(4):
        cx, cy, r = w * rng.random(), h * rng.uniform(0, 0.5), h * rng.uniform(0.03, 0.08)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=_mix(light, light, 0, 40))
    SCENES[rng.randrange(len(SCENES))](draw, w, h, pal, rng)
    layer = layer.reduce(scale)
    image.paste(layer, (0, 0), layer)

    # The band is dark enough for white text to keep a contrast well above 7:1.
    band = Image.new("RGBA", (width, band_height), _mix(dark, (0, 0, 0), 0.45, 228))
    image.paste(band, (0, band_top), band)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, band_top, width, band_top + max(4, height // 110)), fill=accent)
    baseline = band_top + pad + round(size * 1.25)
    for line in lines:
        draw.text((margin, baseline), line, font=font, fill=(255, 255, 255), anchor="ls")
        baseline += line_height
    return _jpeg(image)


# --- gallery "photos" -------------------------------------------------------------------

SKIN: list[RGB] = [(236, 200, 166), (222, 180, 140), (200, 156, 116), (172, 128, 92)]
HAIR: list[RGB] = [(28, 24, 22), (40, 32, 28), (58, 46, 38), (96, 96, 96)]
# (shirt, lower) pairs: white shirts, khaki uniform, colour-of-the-day polo shirts.
OUTFITS: list[tuple[RGB, RGB]] = [
    ((240, 240, 236), (30, 32, 40)),
    ((238, 238, 232), (44, 52, 84)),
    ((176, 148, 98), (160, 132, 86)),
    ((150, 186, 222), (36, 40, 56)),
    ((238, 204, 80), (30, 32, 40)),
    ((120, 84, 160), (30, 32, 40)),
    ((226, 132, 164), (40, 40, 48)),
    ((110, 150, 92), (50, 50, 56)),
]
STUDENT: tuple[RGB, RGB] = ((244, 244, 240), (32, 44, 86))


def _darker(colour: RGB, t: float = 0.18) -> RGBA:
    return _mix(colour, (0, 0, 0), t)


def _figure(
    draw: ImageDraw.ImageDraw,
    x: float,
    feet: float,
    tall: float,
    rng: random.Random,
    *,
    outfit: tuple[RGB, RGB],
    back: bool = False,
) -> None:
    """A person facing the camera (or turned away), drawn from simple shapes."""
    shirt, lower = outfit
    skin = rng.choice(SKIN)
    hair = rng.choice(HAIR)
    long_hair = rng.random() < 0.45
    skirt = long_hair and rng.random() < 0.6
    top = feet - tall
    head = tall * 0.13
    shoulder = top + head * 1.2
    hip = top + tall * 0.53
    leg = tall * 0.085
    if long_hair:
        draw.rounded_rectangle(
            (x - head * 0.56, top + head * 0.15, x + head * 0.56, top + head * 1.55),
            radius=head * 0.4,
            fill=hair,
        )
    # Legs, or a skirt over them.
    if skirt:
        knee = top + tall * 0.80
        draw.rectangle((x - tall * 0.075, knee, x - tall * 0.075 + leg * 0.7, feet), fill=skin)
        draw.rectangle((x + tall * 0.075 - leg * 0.7, knee, x + tall * 0.075, feet), fill=skin)
        draw.polygon(
            [
                (x - tall * 0.12, hip),
                (x + tall * 0.12, hip),
                (x + tall * 0.15, knee),
                (x - tall * 0.15, knee),
            ],
            fill=lower,
        )
    else:
        for side in (-1, 1):
            outer = x + side * tall * 0.115
            inner = outer - side * leg
            draw.rounded_rectangle(
                (min(outer, inner), hip, max(outer, inner), feet), radius=leg * 0.3, fill=lower
            )
    for side in (-1, 1):
        sx = x + side * tall * 0.09
        draw.ellipse(
            (sx - leg * 0.75, feet - leg * 0.45, sx + leg * 0.75, feet + leg * 0.25),
            fill=(26, 24, 24),
        )
    # Arms, torso, hands.
    arm = tall * 0.062
    for side in (-1, 1):
        outer = x + side * tall * 0.165
        inner = outer - side * arm
        draw.rounded_rectangle(
            (min(outer, inner), shoulder + tall * 0.02, max(outer, inner), top + tall * 0.54),
            radius=arm / 2,
            fill=_darker(shirt, 0.1),
        )
        draw.ellipse(
            (
                min(outer, inner),
                top + tall * 0.52,
                max(outer, inner),
                top + tall * 0.52 + arm * 1.1,
            ),
            fill=skin,
        )
    draw.rounded_rectangle(
        (x - tall * 0.135, shoulder, x + tall * 0.135, hip + tall * 0.04),
        radius=tall * 0.05,
        fill=shirt,
    )
    if not back:
        draw.polygon(
            [(x - head * 0.35, shoulder), (x + head * 0.35, shoulder), (x, shoulder + head * 0.55)],
            fill=_darker(shirt, 0.12),
        )
    # Neck and head.
    draw.rectangle(
        (x - head * 0.2, top + head * 0.8, x + head * 0.2, shoulder + 2), fill=_darker(skin, 0.06)
    )
    if back:
        draw.ellipse((x - head / 2, top, x + head / 2, top + head * 1.12), fill=hair)
    else:
        draw.ellipse((x - head / 2, top, x + head / 2, top + head * 1.12), fill=skin)
        draw.chord(
            (x - head / 2 - 1, top - 1, x + head / 2 + 1, top + head * 0.75), 180, 360, fill=hair
        )


def _photo_group(image: Image.Image, pal, rng: random.Random) -> Image.Image:
    """The usual activity photo: people lined up in front of the event's vinyl backdrop."""
    dark, mid, light, accent = pal
    w, h = image.size
    draw = ImageDraw.Draw(image, "RGBA")
    backdrop = _gradient(
        (round(w * 0.9), round(h * 0.56)),
        _rgb(_mix(mid, light, 0.2)),
        _rgb(_mix(dark, mid, 0.3)),
        angle=15,
    )
    image.paste(backdrop, (round(w * 0.05), round(h * 0.06)))
    draw.ellipse((w * 0.09, h * 0.12, w * 0.09 + h * 0.16, h * 0.28), fill=_mix(light, accent, 0.4))
    for i, length in enumerate((0.62, 0.48, 0.36)):
        y = h * (0.14 + i * 0.065)
        draw.rounded_rectangle(
            (w * 0.26, y, w * (0.26 + length), y + h * (0.04 if i == 0 else 0.025)),
            radius=h * 0.01,
            fill=_mix(light, (255, 255, 255), 0.5, 230),
        )
    draw.rectangle((w * 0.05, h * 0.06, w * 0.95, h * 0.09), fill=_mix(accent, dark, 0.15))
    draw.rectangle((0, h * 0.62, w, h), fill=_mix(mid, dark, 0.55))
    for k in range(4):
        _glow(image, (w * (0.15 + 0.23 * k), h * 0.0), h * 0.25, (255, 250, 235), 0.35)
    image = _soften(image, w / 300)
    draw = ImageDraw.Draw(image, "RGBA")
    outfit = rng.choice(OUTFITS)
    for feet, tall, count in (
        (h * 0.90, h * 0.52, rng.randint(7, 9)),
        (h * 1.02, h * 0.50, rng.randint(5, 7)),
    ):
        offset = rng.uniform(0.3, 0.7)
        for i in range(count):
            x = w * (0.04 + 0.92 * (i + offset) / count)
            # Most wear the day's uniform; a few do not.
            wear = outfit if rng.random() < 0.7 else rng.choice(OUTFITS)
            _figure(
                draw, x, feet + rng.uniform(-4, 4), tall * rng.uniform(0.92, 1.05), rng, outfit=wear
            )
    return image


def _photo_meeting(image: Image.Image, pal, rng: random.Random) -> Image.Image:
    """A meeting room seen from the back: a screen with a chart, a speaker, rows of heads."""
    dark, mid, light, accent = pal
    w, h = image.size
    draw = ImageDraw.Draw(image, "RGBA")
    draw.rectangle((0, h * 0.55, w, h), fill=_mix(mid, (96, 84, 78), 0.6))
    sx0, sy0, sx1, sy1 = w * 0.30, h * 0.08, w * 0.78, h * 0.44
    draw.rectangle((sx0 - 6, sy0 - 6, sx1 + 6, sy1 + 6), fill=(60, 60, 64))
    draw.rectangle((sx0, sy0, sx1, sy1), fill=(246, 246, 244))
    draw.rectangle((sx0, sy0, sx1, sy0 + (sy1 - sy0) * 0.16), fill=_mix(dark, mid, 0.2))
    bars = rng.randint(4, 7)
    for i in range(bars):
        bx = sx0 + (sx1 - sx0) * (0.12 + 0.78 * i / bars)
        top = sy1 - (sy1 - sy0) * rng.uniform(0.2, 0.7)
        draw.rectangle(
            (bx, top, bx + (sx1 - sx0) * 0.07, sy1 - (sy1 - sy0) * 0.08),
            fill=_mix(accent, mid, 0.3 * (i % 2)),
        )
    _glow(image, ((sx0 + sx1) / 2, (sy0 + sy1) / 2), w * 0.35, (255, 255, 255), 0.25)
    draw.rectangle((w * 0.08, h * 0.40, w * 0.18, h * 0.60), fill=_mix(dark, (80, 50, 30), 0.5))
    _figure(draw, w * 0.13, h * 0.60, h * 0.30, rng, outfit=rng.choice(OUTFITS))
    draw.rectangle((w * 0.07, h * 0.43, w * 0.19, h * 0.62), fill=_mix(dark, (80, 50, 30), 0.4))
    image = _soften(image, w / 320)
    draw = ImageDraw.Draw(image, "RGBA")
    # The audience from behind: chair backs, shoulders and heads, nearer rows larger.
    for y, scale in ((0.64, 0.6), (0.79, 0.82), (0.97, 1.1)):
        count = round(7 / scale)
        for i in range(count):
            if rng.random() < 0.15:
                continue  # an empty seat
            x = w * (i + 0.5 + rng.uniform(-0.12, 0.12)) / count
            s = h * 0.085 * scale
            base = y * h
            draw.rounded_rectangle(
                (x - s * 1.05, base - s * 0.2, x + s * 1.05, base + s * 1.6),
                radius=s * 0.3,
                fill=(52, 48, 50),
            )
            draw.rounded_rectangle(
                (x - s * 0.95, base - s * 0.5, x + s * 0.95, base + s * 0.9),
                radius=s * 0.55,
                fill=rng.choice(OUTFITS)[0],
            )
            draw.ellipse(
                (x - s * 0.42, base - s * 1.35, x + s * 0.42, base - s * 0.3), fill=rng.choice(HAIR)
            )
    return image


def _photo_schoolyard(image: Image.Image, pal, rng: random.Random) -> Image.Image:
    """Students and teachers in a schoolyard in front of the school building."""
    dark, mid, light, accent = pal
    w, h = image.size
    horizon = h * rng.uniform(0.50, 0.58)
    draw = ImageDraw.Draw(image, "RGBA")
    draw.rectangle(
        (0, horizon, w, h), fill=_mix((168, 150, 112), (120, 150, 84), rng.uniform(0.2, 0.8))
    )
    for _ in range(6):
        x, r = w * rng.random(), h * rng.uniform(0.08, 0.14)
        draw.rectangle(
            (x - r * 0.08, horizon - r * 1.2, x + r * 0.08, horizon + 2), fill=(92, 70, 48)
        )
        draw.ellipse(
            (x - r, horizon - r * 2.5, x + r, horizon - r * 0.8),
            fill=_mix((70, 128, 70), (40, 90, 50), rng.random()),
        )
    bx = w * rng.uniform(0.12, 0.45)
    bw = w * 0.46
    draw.rectangle((bx, horizon - h * 0.24, bx + bw, horizon), fill=(238, 230, 214))
    draw.rectangle((bx, horizon - h * 0.125, bx + bw, horizon - h * 0.115), fill=(200, 190, 170))
    draw.polygon(
        [
            (bx - w * 0.02, horizon - h * 0.24),
            (bx + bw + w * 0.02, horizon - h * 0.24),
            (bx + bw * 0.5, horizon - h * 0.34),
        ],
        fill=_mix(accent, (160, 60, 40), 0.6),
    )
    for floor in (0.21, 0.10):
        for i in range(8):
            wx = bx + bw * (0.04 + i * 0.12)
            draw.rectangle(
                (wx, horizon - h * floor, wx + bw * 0.07, horizon - h * (floor - 0.06)),
                fill=(110, 140, 160),
            )
    fx = bx - w * 0.06
    draw.rectangle((fx, horizon - h * 0.42, fx + 4, horizon), fill=(200, 200, 200))
    for k, colour in enumerate(
        ((165, 25, 49), (244, 245, 248), (45, 42, 74), (45, 42, 74), (244, 245, 248), (165, 25, 49))
    ):
        draw.rectangle(
            (
                fx + 4,
                horizon - h * 0.42 + k * h * 0.012,
                fx + 4 + w * 0.07,
                horizon - h * 0.42 + (k + 1) * h * 0.012,
            ),
            fill=colour,
        )
    image = _soften(image, w / 260)
    draw = ImageDraw.Draw(image, "RGBA")
    people = []
    for _ in range(rng.randint(9, 14)):
        depth = rng.uniform(0, 1)
        feet = horizon + (h - horizon) * (0.15 + 0.9 * depth)
        teacher = rng.random() < 0.2
        tall = h * (0.18 + 0.34 * depth) * (1.0 if teacher else 0.78)
        people.append((feet, w * rng.uniform(0.03, 0.97), tall, teacher))
    for feet, x, tall, teacher in sorted(people):
        _figure(draw, x, feet, tall, rng, outfit=rng.choice(OUTFITS[:4]) if teacher else STUDENT)
    return image


PHOTOS = (_photo_group, _photo_meeting, _photo_schoolyard)


def make_gallery_image(*, seed: int, width: int = 1024, height: int = 683) -> bytes:
    """A JPEG "event photo" without text: a group shot, a meeting or a schoolyard."""
    rng = random.Random(seed * 7919 + 1)
    pal = PALETTES[rng.randrange(len(PALETTES))]
    kind = PHOTOS[rng.randrange(len(PHOTOS))]
    if kind is _photo_schoolyard:
        image = _gradient((width, height), (140, 190, 230), (226, 238, 246))
    else:
        image = _gradient((width, height), (246, 240, 228), (214, 204, 188))
    image = kind(image, pal, rng)
    # A touch of softness, a vignette and grain make it read as a photograph.
    image = image.filter(ImageFilter.BoxBlur(0.5))
    vignette = Image.radial_gradient("L").resize((width, height), Image.Resampling.BILINEAR)
    image = Image.composite(
        Image.new("RGB", (width, height), (18, 18, 22)),
        image,
        vignette.point(lambda v: round(max(0, v - 140) * 0.8)),
    )
    grain = _grain((width, height))
    return _jpeg(Image.blend(image, grain, 0.045), quality=84)


# --- portraits and emblem ----------------------------------------------------------------


def _initials(text: str) -> str:
    """Letters to show for a name or given initials.

    A Thai word's initial is its first consonant, not a leading vowel (เ, แ, โ, ใ, ไ), and
    a whole name ("ธีรวัฒน์ พงษ์ไพบูลย์") gives one letter per word ("ธพ").
    """
    letters = []
    for word in text.split():
        stripped = word.lstrip("".join(LEADING_VOWELS)) or word
        letters.append(stripped if len(text.split()) == 1 and len(stripped) <= 2 else stripped[0])
    return "".join(letters)[:2]


def make_portrait(*, seed: int, initials: str, size: int = 400) -> bytes:
    """A JPEG staff-photo placeholder: a coloured round avatar with the person's initial."""
    rng = random.Random(seed * 104729 + 3)
    dark, mid, light, accent = PALETTES[rng.randrange(len(PALETTES))]
    scale = 2
    s = size * scale
    image = Image.new("RGB", (s, s), (243, 241, 236))
    disc = _gradient((s, s), _rgb(_mix(mid, light, 0.15)), dark, angle=rng.choice((0, 30, -30)))
    mask = Image.new("L", (s, s), 0)
    inset = s * 0.04
    ImageDraw.Draw(mask).ellipse((inset, inset, s - inset, s - inset), fill=255)
    image.paste(disc, (0, 0), mask)
    # A soft light from the top left gives the disc some depth.
    shine = Image.new("L", (s, s), 0)
    ImageDraw.Draw(shine).ellipse((-s * 0.2, -s * 0.35, s * 0.9, s * 0.55), fill=26)
    image.paste((255, 255, 255), (0, 0), ImageChops.darker(shine, mask))
    draw = ImageDraw.Draw(image)
    draw.ellipse((inset, inset, s - inset, s - inset), outline=accent, width=round(s * 0.015))

    letters = _initials(initials) or "?"
    font = _font("Bold", round(s * (0.56 if len(letters) == 1 else 0.40)))
    left, top, right, bottom = draw.textbbox((0, 0), letters, font=font, anchor="ls")
    x = (s - (right - left)) / 2 - left
    y = (s - (bottom - top)) / 2 - top
    draw.text((x, y), letters, font=font, fill=(255, 255, 255), anchor="ls")
    return _jpeg(image.reduce(scale), quality=88)


def _clusters(text: str) -> list[str]:
    """`text` split into pieces drawn as one: a consonant with its vowel and tone marks."""
    clusters: list[str] = []
    for char in text:
        combining = char == "\u0e31" or "\u0e34" <= char <= "\u0e3a" or "\u0e47" <= char <= "\u0e4e"
        if clusters and (combining or char == "\u0e33") and not clusters[-1].isspace():
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def _arc_text(
    image: Image.Image,
    text: str,
    font: ImageFont.FreeTypeFont,
    centre: float,
    radius: float,
    fill: RGB,
) -> None:
    """Draw `text` along the top of a circle, reading clockwise, centred at the top."""
    pieces = _clusters(text)
    widths = [font.getlength(p) for p in pieces]
    spacing = font.size * 0.05
    total = sum(widths) + spacing * (len(pieces) - 1)
    angle = -total / radius / 2
    box = int(font.size * 2.6)
    for piece, width in zip(pieces, widths, strict=True):
        mid_angle = angle + width / 2 / radius
        if not piece.isspace():
            glyph = Image.new("RGBA", (box, box), (0, 0, 0, 0))
            ImageDraw.Draw(glyph).text((box / 2, box / 2), piece, font=font, fill=fill, anchor="ms")
            glyph = glyph.rotate(-math.degrees(mid_angle), resample=Image.Resampling.BILINEAR)
            x = centre + radius * math.sin(mid_angle) - box / 2
            y = centre - radius * math.cos(mid_angle) - box / 2
            image.alpha_composite(glyph, (round(x), round(y)))
        angle += (width + spacing) / radius


def make_logo(*, text: str, size: int = 256) -> bytes:
    """A PNG emblem placeholder: transparent background, `text` around the top of the rim."""
    scale = 4
    s = size * scale
    c = s / 2
    navy, gold, cream = (27, 54, 93), (201, 160, 56), (250, 246, 234)
    image = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((s * 0.01, s * 0.01, s * 0.99, s * 0.99), fill=gold)
    draw.ellipse((s * 0.035, s * 0.035, s * 0.965, s * 0.965), fill=navy)
    draw.ellipse(
        (s * 0.22, s * 0.22, s * 0.78, s * 0.78), fill=cream, outline=gold, width=round(s * 0.014)
    )

    # Centre motif: an open book under a flame, the usual image of learning.
    book_y = s * 0.62
    draw.polygon(
        [
            (c, book_y),
            (s * 0.33, book_y - s * 0.02),
            (s * 0.33, book_y - s * 0.13),
            (c, book_y - s * 0.11),
        ],
        fill=navy,
    )
    draw.polygon(
        [
            (c, book_y),
            (s * 0.67, book_y - s * 0.02),
            (s * 0.67, book_y - s * 0.13),
            (c, book_y - s * 0.11),
        ],
        fill=_rgb(_mix(navy, (255, 255, 255), 0.2)),
    )
    draw.line((c, book_y, c, book_y - s * 0.11), fill=cream, width=round(s * 0.008))
    flame = [(c, s * 0.27)]
    for k in range(1, 21):
        t = k / 20
        flame.append(
            (c + s * 0.07 * math.sin(math.pi * t) * (1 - 0.3 * t), s * 0.27 + s * 0.19 * t)
        )
    flame += [(2 * c - x, y) for x, y in reversed(flame[1:-1])]
    draw.polygon(flame, fill=gold)
    draw.ellipse((c - s * 0.028, s * 0.37, c + s * 0.028, s * 0.45), fill=(236, 120, 50))

    label = " ".join(text.split())
    radius = s * 0.415
    font_size = round(s * 0.085)
    font = _font("Bold", font_size)
    while font_size > s * 0.045 and sum(
        font.getlength(p) for p in _clusters(label)
    ) / radius > math.radians(200):
        font_size -= max(1, round(s * 0.004))
        font = _font("Bold", font_size)
    # The baseline sits below the rim's middle so the tone marks above it still fit.
    _arc_text(image, label, font, c, radius - font_size * 0.28, cream)
    for a in (-0.45, 0.0, 0.45):
        x, y = c + s * 0.415 * math.sin(math.pi + a), c - s * 0.415 * math.cos(math.pi + a)
        draw.regular_polygon((x, y, s * 0.018), 4, rotation=45, fill=gold)
    out = io.BytesIO()
    image.reduce(scale).save(out, "PNG")
    return out.getvalue()
