"""Check that a logo or font file named in brand.yaml can really be used, before anything renders.

WeasyPrint replaces an image it cannot draw with its alt text, and a font it
cannot read with another font, without a word. A practice would find out from
the printed page; this module finds out first and says what to do.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

MAX_LOGO_PIXELS = 25_000_000  # a 5000 x 5000 logo is more than any page needs
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DATA_URL = re.compile(rb"""(?:href|src)\s*=\s*["']\s*data:""", re.IGNORECASE)


def logo_problem(path: Path) -> str | None:
    """Return why the logo cannot be used (and the fix), or None when it can."""
    data = path.read_bytes()
    if not data.strip():
        return "the file is empty; export the logo again"
    if path.suffix.lower() == ".svg":
        return _svg_problem(data)
    return _bitmap_problem(path)


def _svg_problem(data: bytes) -> str | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:200]:
        return "the SVG is saved as UTF-16; save it as UTF-8 (most design tools offer it on export)"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return "the SVG is not UTF-8 text; save it as UTF-8"
    if _ENTITY.search(data):
        return (
            "the SVG declares XML entities (<!ENTITY ...>), which can pull in other files or grow without "
            "end; export it again without them"
        )
    if _DATA_URL.search(data):
        return (
            "the SVG embeds a bitmap picture (a data: link), which cannot be drawn in the PDF; "
            "export the logo as PNG, or as an SVG made of shapes and paths"
        )
    import xml.etree.ElementTree as ElementTree

    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as exc:
        return f"the SVG is not well-formed XML ({exc}); export it again"
    if not root.tag.endswith("svg"):
        return f"the file is XML but not an SVG picture (its root is <{root.tag}>)"
    return None


def _bitmap_problem(path: Path) -> str | None:
    from PIL import Image, UnidentifiedImageError  # WeasyPrint depends on Pillow

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                width, height = image.size
                if width * height > MAX_LOGO_PIXELS:
                    return (
                        f"the picture is {width} x {height} pixels; scale it down to under 2000 pixels wide"
                    )
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return "the picture claims to be enormous (a decompression bomb); export the logo again, smaller"
    except UnidentifiedImageError:
        kind = path.suffix.lstrip(".").upper()
        return f"the file is not a {kind} picture that can be read; export it again"
    except (OSError, SyntaxError, ValueError) as exc:
        return f"the picture is damaged ({exc}); export it again"
    return None


def font_problem(path: Path) -> tuple[str | None, bool]:
    """Return why a font file cannot be used (or None), and whether it is a variable font."""
    from fontTools.ttLib import TTFont  # a WeasyPrint dependency

    try:
        with TTFont(path, lazy=True) as font:
            if "cmap" not in font or "glyf" not in font and "CFF " not in font and "CFF2" not in font:
                return "the file has no glyphs a page can use; choose the font's .ttf or .otf file", False
            return None, "fvar" in font
    except Exception as exc:  # fontTools fails in many ways on a file that is not a font
        return f"the file is not a font ({type(exc).__name__}); choose the font's .ttf or .otf file", False
