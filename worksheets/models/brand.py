"""brand.yaml: how a practice's documents look and who they come from."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import StringConstraints

from worksheets.models.base import HEX_PATTERN, IMAGE_PATTERN, Language, Model, Text

HexColor = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=HEX_PATTERN),
]


class Logo(Model):
    """The practice's logo: an SVG or PNG file beside brand.yaml, with alt text."""

    file: Annotated[str, StringConstraints(pattern=IMAGE_PATTERN)]
    alt: Text


class Colors(Model):
    """Brand colours as hex codes; text colours are checked for contrast."""

    primary: HexColor = "#2f6b66"
    accent: HexColor = "#b08a4e"


class FontFiles(Model):
    """A font of the user's own: a family name and its TTF/OTF/WOFF files."""

    family: Text
    regular: Text
    bold: Text | None = None
    italic: Text | None = None
    bold_italic: Text | None = None


class Fonts(Model):
    """Body and heading fonts: a bundled font's name or your own files."""

    body: Literal["atkinson-hyperlegible", "pt-serif"] | FontFiles = "atkinson-hyperlegible"
    heading: Literal["atkinson-hyperlegible", "pt-serif"] | FontFiles = "atkinson-hyperlegible"


class Contact(Model):
    """How clients reach the practice; every line is optional."""

    phone: Text | None = None
    email: Text | None = None
    website: Text | None = None
    address: Text | None = None


class CrisisLine(Model):
    """A crisis line printed on every page, with the date it was last checked."""

    region: Text
    text: Text
    number: Text
    verified: date


class Clinician(Model):
    name: Text
    credentials: Text | None = None


class BrandWords(Model):
    """What a practice says in one more language; anything left out is as in the main brand."""

    practice_name: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)] | None
    ) = None
    contact: Contact | None = None
    footer_note: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] | None = None
    crisis_line: CrisisLine | None = None


class Brand(Model):
    """brand.yaml: how a practice's documents look and who they come from."""

    practice_name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
    clinician: Clinician | None = None
    logo: Logo | None = None
    colors: Colors = Colors()
    fonts: Fonts = Fonts()
    contact: Contact = Contact()
    footer_note: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] | None = None
    crisis_line: CrisisLine | None = None
    # The same practice in other languages: its words, contact lines and crisis line, by language code.
    languages: dict[Language, BrandWords] = {}

    def in_language(self, language: str) -> Brand:
        """Return the brand as documents in ``language`` show it (its own words where it gives them)."""
        words = self.languages.get(language)
        if words is None:
            return self
        return self.model_copy(update={key: getattr(words, key) for key in words.model_fields_set})
