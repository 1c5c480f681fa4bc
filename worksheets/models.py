"""Pydantic models for every input the tool reads.

Every model forbids unknown keys, so a typo in a YAML key is an error with a
suggestion instead of a silently ignored field.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
HEX_PATTERN = r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"
LANGUAGE_PATTERN = r"^[a-z]{2}(-[A-Z]{2})?$"
DOI_PATTERN = r"^10\.\d{4,9}/\S+$"
IMAGE_PATTERN = r"(?i)^[^\x00]+\.(svg|png|jpe?g)$"
# What to tell a person whose value does not match a pattern.
PATTERN_HINTS = {
    SLUG_PATTERN: "use lowercase letters, digits and dashes, such as 'hong-2012'",
    HEX_PATTERN: 'use a hex colour such as "#2f6b66" (in quotes)',
    LANGUAGE_PATTERN: "use a language code such as 'en' or 'pt-BR'",
    DOI_PATTERN: "use the DOI itself, starting with '10.'",
    IMAGE_PATTERN: "name an .svg, .png or .jpg file beside brand.yaml",
}

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=60)]
SourceIds = Annotated[list[Slug], Field(min_length=1)]


class Model(BaseModel):
    """Base for all input models: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# --- building blocks --------------------------------------------------------


class Passage(Model):
    """A few short paragraphs under one heading, with the sources behind them."""

    heading: Text
    paragraphs: Annotated[list[Text], Field(min_length=1)]
    sources: SourceIds


class BulletList(Model):
    """A heading, an optional lead-in sentence and a list of short points."""

    heading: Text
    intro: Text | None = None
    items: Annotated[list[Text], Field(min_length=1)]
    sources: SourceIds


class Step(Model):
    """One healing step: a short name and what it means in practice."""

    title: Text
    text: Text


class StepList(Model):
    """A heading and an ordered set of steps."""

    heading: Text
    intro: Text | None = None
    steps: Annotated[list[Step], Field(min_length=1)]
    sources: SourceIds


class Examples(Model):
    """How a pattern can look in a child and in an adult."""

    heading: Text
    childhood: Text
    adult: Text
    sources: SourceIds


class Summary(Model):
    """One row of the overview's comparison table."""

    core_fear: Text
    adult_pattern: Text
    what_helps: Text


class Prompt(Model):
    """An open reflection question followed by ruled writing space."""

    text: Text
    hint: Text | None = None
    lines: Annotated[int, Field(ge=2, le=12)] = 3


class Checklist(Model):
    """An unscored 'what do I notice in myself' list."""

    heading: Text
    intro: Text | None = None
    items: Annotated[list[Text], Field(min_length=2, max_length=14)]


class SituationTable(Model):
    """Situation -> feeling -> what I did -> what I could try."""

    heading: Text
    intro: Text | None = None
    columns: Annotated[list[Text], Field(min_length=2, max_length=5)]
    example: list[Text] | None = None
    rows: Annotated[int, Field(ge=1, le=8)] = 3


class WorksheetText(Model):
    """The words of a reflection worksheet."""

    title: Text
    purpose: Text
    minutes: Annotated[int, Field(ge=5, le=120)]
    grounding: Text | None = None
    checklist: Checklist | None = None
    prompts_heading: Text
    prompts: Annotated[list[Prompt], Field(min_length=1, max_length=10)]
    situations: SituationTable | None = None
    small_step: Text


# --- content files ------------------------------------------------------------


class HandoutText(Model):
    """What every handout opens and closes with."""

    title: Text
    purpose: Text
    at_a_glance: Annotated[list[Text], Field(min_length=3, max_length=5)]
    try_this: Text
    reach_out: Text


class StyleTopic(Model):
    """One insecure attachment style: content/<lang>/<id>.yaml with kind: style."""

    kind: Literal["style"]
    name: Text
    aliases: list[Text] = []
    order: int = 100
    summary: Summary
    handout: HandoutText
    grounding: Text | None = None
    definition: Passage
    signs: BulletList
    development: BulletList
    examples: Examples
    what_helps: StepList
    partners: BulletList
    worksheet: WorksheetText


class OverviewTopic(Model):
    """The overview handout: what attachment styles are and why they can change."""

    kind: Literal["overview"]
    handout: HandoutText
    what_they_are: Passage
    secure_and_insecure: Passage
    comparison: Passage
    not_a_diagnosis: Passage


class HealingPath(Model):
    """One route towards more security, with a concrete first step."""

    name: Text
    what_it_is: Text
    first_step: Text
    sources: SourceIds


class PracticeLog(Model):
    """A simple weekly log: one row per day."""

    heading: Text
    intro: Text | None = None
    practice_label: Text
    days: Annotated[list[Text], Field(min_length=1, max_length=7)]
    columns: Annotated[list[Text], Field(min_length=1, max_length=4)]


class HealingTopic(Model):
    """The healing-plan worksheet: paths to change, first steps, supports, a log."""

    kind: Literal["healing"]
    worksheet: WorksheetText
    paths_heading: Text
    paths_intro: Text
    paths: Annotated[list[HealingPath], Field(min_length=2)]
    supports: Prompt
    log: PracticeLog
    sources: SourceIds


class PartnersTopic(Model):
    """The partner guide: supporting someone without trying to 'cure' them."""

    kind: Literal["partners"]
    handout: HandoutText
    principles: BulletList
    avoid: BulletList
    by_style_heading: Text
    by_style_intro: Text
    look_after_yourself: BulletList


Topic = Annotated[StyleTopic | OverviewTopic | HealingTopic | PartnersTopic, Field(discriminator="kind")]


class Site(Model):
    """Words shared by every document: disclaimer, labels, support pointer."""

    version: Text
    language: Annotated[str, StringConstraints(pattern=LANGUAGE_PATTERN)]
    disclaimer: Text
    labels: dict[str, Text]


class Source(Model):
    """One published reference (CSL-like, kept in sources.json)."""

    id: Slug
    authors: Text
    year: int
    title: Text
    container: Text
    details: Text
    doi: Annotated[str, StringConstraints(pattern=DOI_PATTERN)]


# --- brand ----------------------------------------------------------------------

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


# --- workshops ------------------------------------------------------------------

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]


def _no_control_characters(value: str | None) -> str | None:
    if value is not None and any(unicodedata.category(ch) == "Cc" for ch in value):
        raise ValueError("contains control characters (tabs, line breaks or invisible codes); retype it")
    return value


def _split_ids(value):
    # CSV cells hold "a; b; c"; YAML may give a list already.
    if isinstance(value, str):
        parts = [part.strip() for part in value.split(";")]
        return [part for part in parts if part] or None
    return value


class Packet(Model):
    """packet.yaml: one workshop's packet, the same documents for everyone."""

    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
    facilitator: Name | None = None
    dates: list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]] = []
    note: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=400)] | None = None
    documents: Annotated[list[Slug], Field(min_length=1, max_length=20)]


class Participant(Model):
    """One roster row: a name, and optionally a language, paper, documents and a note."""

    name: Annotated[Name, AfterValidator(_no_control_characters)]
    lang: Annotated[str, StringConstraints(pattern=LANGUAGE_PATTERN)] = "en"
    paper: Literal["letter", "a4", "a5"] | None = None
    documents: Annotated[list[Slug] | None, BeforeValidator(_split_ids)] = None
    note: Annotated[
        Annotated[str, StringConstraints(strip_whitespace=True, max_length=400)] | None,
        AfterValidator(_no_control_characters),
    ] = None
