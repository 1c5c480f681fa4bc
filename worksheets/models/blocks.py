"""Documents built from blocks: a guide (handout) or an exercise (worksheet) of typed sections.

Each section names its ``type``, so a content writer can add a new handout or
worksheet from the blocks below without a new template. Sources are optional
on a block: practical advice stands without a citation, and a cited block
must be supported by what it cites.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import Field

from worksheets.models.base import Model, Slug, Text
from worksheets.models.content import HandoutText, Prompt, Step

Sources = list[Slug]


class PassageBlock(Model):
    """A few short paragraphs under one heading."""

    type: Literal["passage"]
    heading: Text
    paragraphs: Annotated[list[Text], Field(min_length=1)]
    sources: Sources = []
    safety: bool = False  # where to get help: kept whole on one page, never parted from its heading


class ListBlock(Model):
    """A heading, an optional lead-in and a list of short points (numbered if asked)."""

    type: Literal["list"]
    heading: Text
    intro: Text | None = None
    items: Annotated[list[Text], Field(min_length=1)]
    numbered: bool = False
    sources: Sources = []


class StepsBlock(Model):
    """Named steps in order, each with a sentence or two."""

    type: Literal["steps"]
    heading: Text
    intro: Text | None = None
    steps: Annotated[list[Step], Field(min_length=1)]
    sources: Sources = []


class PracticeBlock(Model):
    """A short exercise to do now, in numbered instructions, set in a box."""

    type: Literal["practice"]
    heading: Text
    intro: Text | None = None
    steps: Annotated[list[Text], Field(min_length=1, max_length=10)]
    sources: Sources = []


class PromptsBlock(Model):
    """Open questions, each with ruled writing space."""

    type: Literal["prompts"]
    heading: Text
    intro: Text | None = None
    prompts: Annotated[list[Prompt], Field(min_length=1, max_length=10)]
    sources: Sources = []


class ChecklistBlock(Model):
    """Unscored tick boxes, one item per line."""

    type: Literal["checklist"]
    heading: Text
    intro: Text | None = None
    items: Annotated[list[Text], Field(min_length=2, max_length=14)]
    sources: Sources = []


class TableBlock(Model):
    """A table to write in: blank rows, or one row per label (for example the days of a week)."""

    type: Literal["table"]
    heading: Text
    intro: Text | None = None
    columns: Annotated[list[Text], Field(min_length=2, max_length=5)]
    example: list[Text] | None = None
    row_labels: Annotated[list[Text], Field(max_length=8)] = []
    rows: Annotated[int, Field(ge=1, le=8)] = 3
    sources: Sources = []


class CrisisBlock(Model):
    """Where to turn in a crisis: the practice's crisis line (or a pointer true everywhere), and lines
    for the reader's own numbers."""

    type: Literal["crisis"]
    heading: Text
    intro: Text
    lines: Annotated[int, Field(ge=1, le=6)] = 2
    sources: Sources = []


GuideBlock = Annotated[Union[PassageBlock, ListBlock, StepsBlock, PracticeBlock], Field(discriminator="type")]  # noqa: UP007
ExerciseBlock = Annotated[
    Union[PassageBlock, ListBlock, PracticeBlock, PromptsBlock, ChecklistBlock, TableBlock, CrisisBlock],  # noqa: UP007
    Field(discriminator="type"),
]


class GuideTopic(Model):
    """A handout made of sections: content/<lang>/<id>.yaml with kind: guide."""

    kind: Literal["guide"]
    order: int = 100
    handout: HandoutText
    grounding: Text | None = None
    sections: Annotated[list[GuideBlock], Field(min_length=1)]


class ProfessionalGuideTopic(GuideTopic):
    """A guide for therapists and facilitators, labelled as such (kind: professional-guide)."""

    kind: Literal["professional-guide"]  # type: ignore[assignment]


class ExerciseText(Model):
    """What every exercise worksheet opens and closes with."""

    title: Text
    purpose: Text
    minutes: Annotated[int, Field(ge=5, le=120)]
    grounding: Text | None = None
    closing_grounding: Text | None = None
    small_step: Text | None = None


class ExerciseTopic(Model):
    """A worksheet made of sections: content/<lang>/<id>.yaml with kind: exercise."""

    kind: Literal["exercise"]
    order: int = 100
    worksheet: ExerciseText
    sections: Annotated[list[ExerciseBlock], Field(min_length=1)]
