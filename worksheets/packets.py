"""Workshop packets: which documents, and the cover that opens each copy."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from worksheets.catalog import DocumentSpec
from worksheets.errors import InputErrors
from worksheets.models import Packet
from worksheets.yamlfile import load_model, read_yaml

DEFAULT_PACKET = Packet(
    title="Understanding attachment: a reflection packet",
    documents=[
        "overview-handout",
        "avoidant-handout",
        "ambivalent-handout",
        "disorganized-handout",
        "avoidant-worksheet",
        "ambivalent-worksheet",
        "disorganized-worksheet",
        "healing-plan-worksheet",
    ],
)
COVER = DocumentSpec("packet-cover", "packet", "cover.html.j2", "", "")


@dataclass(frozen=True)
class ContentsLine:
    """One line of a cover's contents list."""

    title: str
    kind: str
    page: int


def load_packet(path: Path | None, available: dict[str, DocumentSpec]) -> Packet:
    """Load packet.yaml (or the default packet) and check every document id exists."""
    if path is None:
        return DEFAULT_PACKET
    packet = load_model(path, Packet)
    located = read_yaml(path)
    problems = []
    for i, doc_id in enumerate(packet.documents):
        if doc_id not in available:
            close = difflib.get_close_matches(doc_id, available, n=1, cutoff=0.5)
            hint = f"did you mean '{close[0]}'?" if close else "run 'worksheets list' to see the ids"
            problems.append(
                f"{located.where(('documents', i))}: documents[{i}]: unknown document '{doc_id}'; {hint}"
            )
    if problems:
        raise InputErrors(problems)
    return packet


def unknown_documents(doc_ids: list[str], available: dict[str, DocumentSpec]) -> str | None:
    """Return a message for ids in a roster row that do not exist, or None."""
    bad = [d for d in doc_ids if d not in available]
    if not bad:
        return None
    hints = []
    for doc_id in bad:
        close = difflib.get_close_matches(doc_id, available, n=1, cutoff=0.5)
        hints.append(f"'{doc_id}'" + (f" (did you mean '{close[0]}'?)" if close else ""))
    return f"documents: unknown document {', '.join(hints)}; run 'worksheets list' to see the ids"
