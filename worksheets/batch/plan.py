"""Plan a batch: one outcome per roster row, with its file, group and input hash; find the unchanged."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from worksheets.catalog import DocumentSpec
from worksheets.models import Participant
from worksheets.naming import slugify, unique_name
from worksheets.packets import unknown_documents
from worksheets.roster import RosterRow

RESERVED = {"all-participants", "manifest"}  # file stems the batch writes itself


@dataclass
class Outcome:
    """What happened to one roster row."""

    row: RosterRow
    file: str | None = None
    status: str = "pending"  # built, skipped, failed, interrupted
    pages: int | None = None
    input_hash: str | None = None
    error: str | None = None
    group: tuple | None = None  # (language, paper, document ids): laid out once for everyone in it
    participant: Participant | None = None

    def fail(self, error: str) -> Outcome:
        self.status, self.error = "failed", error
        return self

    def record(self) -> dict:
        return {
            "row": self.row.line,
            "name": self.row.raw.get("name"),
            "file": self.file,
            "pages": self.pages,
            "status": self.status,
            "input_hash": self.input_hash,
            "error": self.error,
        }


def files_under(folders: Iterable[Path]) -> list[Path]:
    """Return every file in the folders (what a change to would change the output)."""
    return [
        p for folder in folders if folder.is_dir() for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    ]  # fmt: skip


def input_digest(files: Iterable[Path], settings: list) -> str:
    """Hash the files' names and bytes and the settings: equal digests mean equal output."""
    h = hashlib.sha256()
    for path in sorted(set(files)):
        h.update(str(path.name).encode())
        h.update(path.read_bytes())
    h.update(json.dumps(settings, ensure_ascii=False, default=str).encode())
    return h.hexdigest()


def plan_outcomes(
    rows: list[RosterRow],
    packet_documents: list[str],
    default_paper: str,
    documents_for: Callable[[str], dict[str, DocumentSpec] | None],
    digest: str,
) -> list[Outcome]:
    """Return one outcome per row: failed with its reason, or pending with a file, group and hash."""
    taken = set(RESERVED)
    outcomes = []
    for row in rows:
        outcome = Outcome(row)
        outcomes.append(outcome)
        person = row.participant
        if person is None:
            outcome.fail(row.problem or "invalid row")
            continue
        available = documents_for(person.lang)
        if available is None:
            outcome.fail(f"lang: no content in language '{person.lang}'")
            continue
        docs = person.documents or packet_documents
        problem = unknown_documents(docs, available)
        if problem:
            outcome.fail(problem)
            continue
        outcome.participant = person
        outcome.group = (person.lang, person.paper or default_paper, tuple(docs))
        outcome.file = unique_name(slugify(person.name, fallback="participant"), taken) + ".pdf"
        payload = json.dumps([digest, outcome.group, person.model_dump(), outcome.file], ensure_ascii=False)
        outcome.input_hash = hashlib.sha256(payload.encode()).hexdigest()
    return outcomes


def unchanged(outcome: Outcome, previous: dict[str, dict], out: Path) -> bool:
    """Tell whether a previous run built this exact packet and the file is still there."""
    old = previous.get(outcome.file or "")
    return bool(old) and old.get("input_hash") == outcome.input_hash and (out / outcome.file).is_file()


@dataclass(frozen=True)
class Part:
    """One piece of a packet after its cover: a document, or a ruled Notes page that pads."""

    doc_id: str | None  # None for a Notes page
    page: int  # its first page in the packet
    pages: int


def packet_layout(cover_pages: int, documents: list[tuple[str, int]], duplex: bool) -> tuple[list[Part], int]:
    """Place the documents after the cover; return the parts and the packet's page count.

    Printed double-sided, every document starts on a right-hand (odd) page and the
    packet has an even number of pages, so the next packet's cover is a front side:
    a Notes page fills each gap (the first one right after a one-page cover).
    """
    page, parts = cover_pages + 1, []
    for doc_id, count in documents:
        if duplex and page % 2 == 0:
            parts.append(Part(None, page, 1))
            page += 1
        parts.append(Part(doc_id, page, count))
        page += count
    if duplex and (page - 1) % 2:
        parts.append(Part(None, page, 1))
        page += 1
    return parts, page - 1
