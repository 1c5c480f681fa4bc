"""Name the documents that the content library can produce."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from worksheets.content import Library
from worksheets.errors import WorksheetsError
from worksheets.models import HealingTopic, OverviewTopic, PartnersTopic


@dataclass(frozen=True)
class DocumentSpec:
    """One printable document: which template renders which topic."""

    id: str
    kind: str  # "handout" or "worksheet"
    template: str
    topic: str
    title: str


def list_documents(library: Library) -> dict[str, DocumentSpec]:
    """Return every document in display order: overview, styles, healing, partners."""
    docs: list[DocumentSpec] = []
    for name, topic in library.topics.items():
        if isinstance(topic, OverviewTopic):
            docs.append(
                DocumentSpec(f"{name}-handout", "handout", "overview.html.j2", name, topic.handout.title)
            )
    for name, topic in library.styles():
        docs.append(DocumentSpec(f"{name}-handout", "handout", "handout.html.j2", name, topic.handout.title))
    for name, topic in library.styles():
        docs.append(
            DocumentSpec(f"{name}-worksheet", "worksheet", "worksheet.html.j2", name, topic.worksheet.title)
        )
    for name, topic in library.topics.items():
        if isinstance(topic, HealingTopic):
            docs.append(
                DocumentSpec(
                    f"{name}-plan-worksheet", "worksheet", "healing-plan.html.j2", name, topic.worksheet.title
                )
            )
        elif isinstance(topic, PartnersTopic):
            docs.append(
                DocumentSpec("partner-guide", "handout", "partner-guide.html.j2", name, topic.handout.title)
            )
    return {d.id: d for d in docs}


def select_documents(
    available: dict[str, DocumentSpec], requested: list[str], everything: bool
) -> list[DocumentSpec]:
    """Return the requested documents, or all of them; unknown ids are errors."""
    if everything or not requested:
        return list(available.values())
    chosen, unknown = [], []
    for doc_id in dict.fromkeys(requested):
        if doc_id in available:
            chosen.append(available[doc_id])
        else:
            close = difflib.get_close_matches(doc_id, available, n=1, cutoff=0.5)
            hint = f"did you mean '{close[0]}'?" if close else "run 'worksheets list' to see them"
            unknown.append(f"unknown document id '{doc_id}'; {hint}")
    if unknown:
        raise WorksheetsError("\n".join(unknown))
    return chosen
