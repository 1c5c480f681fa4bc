"""Workshop packets: which documents, and the cover that opens each copy."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from worksheets.catalog import DocumentSpec, unknown_id_message
from worksheets.errors import InputErrors
from worksheets.models import Packet
from worksheets.yamlfile import read_yaml, validate

DEFAULT_PACKET = Packet(
    title="Understanding attachment: a reflection packet",
    documents=[
        "overview-handout",
        "secure-handout",
        "avoidant-handout",
        "ambivalent-handout",
        "disorganized-handout",
        "grounding-worksheet",
        "avoidant-worksheet",
        "ambivalent-worksheet",
        "disorganized-worksheet",
        "healing-plan-worksheet",
    ],
)


@dataclass(frozen=True)
class ContentsLine:
    """One line of a cover's contents list."""

    title: str
    category: str
    page: int
    doc_id: str = ""


def load_packet(path: Path | None, available: dict[str, DocumentSpec]) -> Packet:
    """Load packet.yaml (or the default packet) and check every document id exists."""
    if path is None:
        return DEFAULT_PACKET
    try:
        located = read_yaml(path)
    except ValueError as exc:
        raise InputErrors([str(exc)]) from None
    problems: list[str] = []
    packet = validate(Packet, located, problems)
    if packet is not None:
        for i, doc_id in enumerate(packet.documents):
            if doc_id not in available:
                where = located.where(("documents", i))
                problems.append(f"{where}: documents[{i}]: {unknown_id_message(doc_id, available)}")
    if problems:
        raise InputErrors(problems)
    return packet


def unknown_documents(doc_ids: list[str], available: dict[str, DocumentSpec]) -> str | None:
    """Return a message for ids in a roster row that do not exist, or None."""
    bad = [unknown_id_message(d, available) for d in doc_ids if d not in available]
    return "documents: " + "; ".join(bad) if bad else None
