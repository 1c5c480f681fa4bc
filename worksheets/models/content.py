"""Content files: the words of handouts and worksheets, and the sources behind them.

Every model forbids unknown keys, so a typo in a YAML key is an error with a
suggestion instead of a silently ignored field.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from worksheets.models.base import DOI_PATTERN, Language, Model, Slug, SourceIds, Text

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
    closing_grounding: Text | None = None
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
    # What a partner does, not what they are: "If they tend to pull away", by style id.
    by_style_headings: dict[str, Text] = {}
    look_after_yourself: BulletList


class Labels(Model):
    """Every fixed word printed on a page, in one language (content/<lang>/site.yaml)."""

    content_version: Text
    tool_name: Text = "Attachment worksheets"  # in the header when no brand is given
    handout: Text
    worksheet: Text
    packet: Text
    professional: Text = "For professionals"  # the label on guides for therapists and facilitators
    notes: Text
    at_a_glance: Text
    try_this: Text
    reach_out: Text
    references: Text
    page: Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"\{page\}")]
    page_of: Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"\{page\}.*\{pages\}")]
    line_of: Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"\{line\}.*\{lines\}")] = (
        "line {line} of {lines}"  # a writing line's field, for screen readers
    )
    date_format: Text = "long"
    name: Text
    date: Text
    before_you_start: Text
    minutes: Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"\{minutes\}")]
    skip_note: Text
    in_childhood: Text
    in_adulthood: Text
    example: Text
    small_step: Text
    pause_first: Text
    style: Text
    also_called: Text
    core_fear: Text
    adult_pattern: Text
    what_helps: Text
    secure_reference: Text
    first_step: Text
    day: Text
    prepared_for: Text
    note_from: Text
    crisis_line: Text
    checked: Text
    checked_format: Text = "MMM y"
    emergency: Text | None = None  # before a practice's crisis line (a language without it: the line alone)
    crisis_anywhere: Text
    reach_out_worksheet: Text
    closing_pause: Text
    facilitator: Text
    contents: Text


class Site(Model):
    """Words shared by every document in one language: disclaimer, version, labels.

    The language is the folder's name; ``language`` here is optional and must match it.
    """

    version: Text
    language: Language | None = None
    disclaimer: Text
    licence: Text | None = None  # one short line on every page, e.g. "Free to share and adapt (CC BY 4.0)"
    labels: Labels | None = None  # left out: the English labels through this language's gettext catalogue


class Source(Model):
    """One published reference (CSL-like, kept in sources.json)."""

    id: Slug
    authors: Text
    year: int
    title: Text
    container: Text
    details: Text
    doi: Annotated[str, StringConstraints(pattern=DOI_PATTERN)]
