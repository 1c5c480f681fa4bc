"""The registry of document kinds: what each kind reads, which template draws it, what it is called.

Adding a kind is one content model, one template and one ``DocumentKind``
entry (see the README, "Adding a document kind"). A content file's ``kind:``
names its model; every kind registered for that model makes one document per
content file, with an id from ``id_pattern``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Annotated, Any, Union

from pydantic import BaseModel, Field

from worksheets.models import (
    ExerciseTopic,
    GuideTopic,
    HealingTopic,
    OverviewTopic,
    PartnersTopic,
    ProfessionalGuideTopic,
    StyleTopic,
)


def handout_title(topic) -> str:
    return topic.handout.title


def handout_purpose(topic) -> str:
    return topic.handout.purpose


def worksheet_title(topic) -> str:
    return topic.worksheet.title


def worksheet_purpose(topic) -> str:
    return topic.worksheet.purpose


def no_context(topic) -> dict[str, Any]:
    return {}


def whole_topic(topic):
    return topic


def handout_part(topic):
    """A style's handout reads everything but the worksheet's words."""
    return topic.model_copy(update={"worksheet": None})


def worksheet_part(topic):
    return topic.worksheet


@dataclass(frozen=True)
class DocumentKind:
    """One kind of printable document."""

    name: str
    model: type[BaseModel] | None  # the content model it reads; None for the packet cover
    template: str
    id_pattern: str  # "{topic}" is the content file's name
    category: str  # the printed label: handout, worksheet or packet
    fillable: bool = False
    order: int = 100  # where its documents come in 'worksheets list'
    title: Callable[[Any], str] = handout_title
    purpose: Callable[[Any], str] = handout_purpose
    context: Callable[[Any], dict[str, Any]] = no_context  # extra template variables from the topic
    layout: str | None = None  # the page's family (handout or worksheet) when the label differs
    reading: Callable[[Any], Any] | None = whole_topic  # the words a client reads; None: not for clients

    @property
    def page_layout(self) -> str:
        return self.layout or self.category

    @property
    def topic_kind(self) -> str | None:
        """Return the ``kind:`` value of the content files this kind reads."""
        if self.model is None:
            return None
        return self.model.model_fields["kind"].annotation.__args__[0]

    def document_id(self, topic_name: str) -> str:
        return self.id_pattern.format(topic=topic_name)


class Registry:
    """An immutable set of document kinds; ``with_kind`` returns a larger one."""

    def __init__(self, kinds: Iterable[DocumentKind]):
        self.kinds: tuple[DocumentKind, ...] = tuple(kinds)
        names = [k.name for k in self.kinds]
        if len(set(names)) != len(names):
            raise ValueError(f"document kinds registered twice: {names}")

    def with_kind(self, kind: DocumentKind) -> Registry:
        return Registry([*self.kinds, kind])

    def in_order(self) -> list[DocumentKind]:
        """Return the kinds in the order their documents are listed."""
        return sorted(self.kinds, key=lambda k: k.order)

    def get(self, name: str) -> DocumentKind:
        return next(k for k in self.kinds if k.name == name)

    def topic_models(self) -> dict[str, type[BaseModel]]:
        """Return the content model for each ``kind:`` a content file may give."""
        return {k.topic_kind: k.model for k in self.kinds if k.model is not None}

    def for_topic(self, topic_kind: str) -> list[DocumentKind]:
        return [k for k in self.kinds if k.topic_kind == topic_kind]

    def content_type(self):
        """Return the type of any content file: a union told apart by ``kind``."""
        models = tuple(dict.fromkeys(self.topic_models().values()))
        if len(models) == 1:
            return models[0]
        return Annotated[Union[models], Field(discriminator="kind")]  # noqa: UP007


COVER = DocumentKind("packet-cover", None, "cover.html.j2", "packet-cover", "packet", order=0, reading=None)
NOTES = DocumentKind(
    "notes", None, "notes.html.j2", "notes", "notes", order=0, reading=None
)  # pads packets for duplex

DEFAULT_KINDS = Registry(
    [
        DocumentKind(
            "style-handout", StyleTopic, "handout.html.j2", "{topic}-handout", "handout", order=20,
            reading=handout_part,
        ),
        DocumentKind(
            "style-worksheet", StyleTopic, "worksheet.html.j2", "{topic}-worksheet", "worksheet",
            fillable=True, order=30, title=worksheet_title, purpose=worksheet_purpose, reading=worksheet_part,
        ),
        DocumentKind(
            "overview-handout", OverviewTopic, "overview.html.j2", "{topic}-handout", "handout", order=10
        ),
        DocumentKind(
            "healing-plan", HealingTopic, "healing-plan.html.j2", "{topic}-plan-worksheet", "worksheet",
            fillable=True, order=40, title=worksheet_title, purpose=worksheet_purpose,
        ),
        DocumentKind(
            "partner-guide", PartnersTopic, "partner-guide.html.j2", "partner-guide", "handout", order=50
        ),
        # Documents made of typed sections: the content file's name is the document's id.
        DocumentKind("guide", GuideTopic, "guide.html.j2", "{topic}", "handout", order=15),
        DocumentKind(
            "exercise", ExerciseTopic, "exercise.html.j2", "{topic}", "worksheet",
            fillable=True, order=35, title=worksheet_title, purpose=worksheet_purpose,
        ),
        DocumentKind(
            "professional-guide", ProfessionalGuideTopic, "guide.html.j2", "{topic}", "professional",
            order=60, layout="handout", reading=None,
        ),
        COVER,
        NOTES,
    ]
)  # fmt: skip
