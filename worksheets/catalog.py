"""Name the documents that the content library can produce, from the registry of kinds."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from worksheets.content import Library
from worksheets.errors import WorksheetsError, shown
from worksheets.kinds import DocumentKind, Registry


@dataclass(frozen=True)
class DocumentSpec:
    """One printable document: a kind applied to one content file."""

    id: str
    kind: DocumentKind
    topic: str
    title: str

    @property
    def category(self) -> str:
        """Return handout, worksheet or packet: the word printed in the header."""
        return self.kind.category

    @property
    def layout(self) -> str:
        """Return handout or worksheet: the family of page it is laid out as."""
        return self.kind.page_layout

    @property
    def template(self) -> str:
        return self.kind.template


def list_documents(library: Library, kinds: Registry) -> dict[str, DocumentSpec]:
    """Return every document in display order: by kind, then by each topic's order and name."""
    docs: dict[str, DocumentSpec] = {}
    for kind in kinds.in_order():
        if kind.model is None:
            continue
        found = [(name, t) for name, t in library.topics.items() if t.kind == kind.topic_kind]
        for name, topic in sorted(found, key=lambda nt: (_order(nt[1]), nt[0])):
            doc = DocumentSpec(kind.document_id(name), kind, name, kind.title(topic))
            docs.setdefault(doc.id, doc)
    return docs


def _order(topic: Any) -> int:
    return getattr(topic, "order", 100)


def unknown_id_message(doc_id: str, available: dict[str, DocumentSpec], noun: str = "document") -> str:
    """Return "unknown document 'x'; did you mean 'y'?" for an id that is not there."""
    close = difflib.get_close_matches(doc_id, available, n=1, cutoff=0.5)
    hint = f"did you mean '{close[0]}'?" if close else "run 'worksheets list' to see the ids"
    return f"unknown {noun} '{shown(doc_id)}'; {hint}"


def select_documents(available: dict[str, DocumentSpec], requested: list[str]) -> list[DocumentSpec]:
    """Return the requested documents in order (all of them if none are named); unknown ids are errors."""
    if not requested:
        return list(available.values())
    unknown = [
        unknown_id_message(d, available, "document id")
        for d in dict.fromkeys(requested)
        if d not in available
    ]
    if unknown:
        raise WorksheetsError("\n".join(unknown))
    return [available[d] for d in dict.fromkeys(requested)]
