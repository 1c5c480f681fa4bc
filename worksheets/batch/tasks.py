"""What a worker does. Every task gets the job it belongs to as an argument.

A worker keeps the sessions it has built for a job (by the job's key), so
templates compile and fonts load once per process, not once per task; the
job itself always travels with the task, so a worker started by ``spawn``
(macOS, Windows) needs nothing from its parent's memory.
"""

from __future__ import annotations

import atexit
import datetime as dt
import os
import signal
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from worksheets.batch.plan import Part, packet_layout
from worksheets.models import Packet, Participant, Personal, PrintSettings
from worksheets.packets import ContentsLine
from worksheets.session import Inputs, Session
from worksheets.templating import PageNumbers

NOTES_PAGE = ""  # what a part follows when it follows a Notes page (a document has its id)


@dataclass(frozen=True, eq=False)
class Job:
    """One batch's inputs, as every worker needs them; ``key`` is the batch's input digest."""

    key: str
    inputs: Inputs
    settings: PrintSettings
    packet: Packet
    date: dt.date
    duplex: bool = True

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other) -> bool:
        return isinstance(other, Job) and other.key == self.key

    @property
    def reader(self) -> Personal:
        # The date field is left for the participant: it is the day they sit down with the worksheet.
        return Personal(date=self.date)


@lru_cache(maxsize=4)
def _base_session(job: Job) -> Session:
    return Session(job.inputs, job.settings)


@lru_cache(maxsize=16)
def session_for(job: Job, lang: str, paper: str) -> Session:
    """Return this process's session for one group's language and paper."""
    return _base_session(job).derive(lang=lang, paper=paper)


def _exit_with_parent(parent: int, every: float = 0.5) -> None:
    """End this worker soon after its parent is gone (killed with -9, say): no orphans."""
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


@atexit.register
def _forget_sessions() -> None:
    # Free WeasyPrint's font configurations while the interpreter can still run their clean-up.
    session_for.cache_clear()
    _base_session.cache_clear()


def start_worker(pids) -> None:
    """Get a worker ready: report its id, leave Ctrl-C to the parent, import WeasyPrint once."""
    pids.put(os.getpid())
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    import weasyprint  # noqa: F401  (about a second, overlapping the parent's checks)


def count_pages(job: Job, lang: str, paper: str, doc_id: str) -> int:
    """Lay out one document, arranged and its writing spaces filled as on its own, to learn its page count."""
    session = session_for(job, lang, paper)
    return len(session.filled_layout(session.documents[doc_id], job.reader)[1].pages)


def render_document(
    job: Job, lang: str, paper: str, doc_id: str | None, first: int, total: int, after: str | None = None
) -> bytes:
    """Render one shared document (or, for no id, a ruled Notes page) with packet-wide page numbers.

    A Notes page ``after`` another, or after a document that ends with Notes lines, goes on with
    them, unheaded.
    """
    session = session_for(job, lang, paper)
    numbering = PageNumbers(first, total)
    if not doc_id:
        continued = after == NOTES_PAGE or (
            after is not None and session.ends_in_notes(session.documents[after], job.reader)
        )
        return session.renderer.render(
            session.html(session.notes(), job.reader, numbering, session.notes_context(continued))
        ).data
    # Arranged and filled as the document is on its own (the same pages the plan counted).
    document = session.filled_layout(session.documents[doc_id], job.reader, numbering)[1]
    return session.renderer.finish(document).data


def render_parts(job: Job, lang: str, paper: str, parts: list[Part], total: int) -> bytes:
    """Render and join a packet's parts after its cover, in order."""
    from worksheets.joining import join_tagged, save_pdf

    before = [None, *(p.doc_id or NOTES_PAGE for p in parts)]  # what each part follows
    return save_pdf(
        join_tagged(
            [
                render_document(job, lang, paper, p.doc_id, p.page, total, b)
                for p, b in zip(parts, before, strict=False)
            ]
        )
    )


def contents_of(session: Session, parts: list[Part]) -> list[ContentsLine]:
    """Return the cover's contents: each document with the page it starts on (Notes pages are not listed)."""
    docs = session.documents
    return [
        ContentsLine(docs[p.doc_id].title, docs[p.doc_id].category, p.page, p.doc_id)
        for p in parts
        if p.doc_id
    ]


def build_participant(
    job: Job,
    lang: str,
    paper: str,
    body: bytes,
    parts: list[Part],
    total: int,
    participant: Participant,
    path: str,
) -> int:
    """Write one participant's packet: their cover, the shared pages, their name in the fields.

    The shared pages are numbered for the group's cover length. A cover that
    needs more or fewer pages (a long note in A5 or large print) shifts every
    later page: the documents are then laid out again for this participant, so
    that every footer and the contents give the page it is really on.
    """
    from worksheets.joining import append_tagged, merge_same_named_fields, open_pdf, save_pdf
    from worksheets.output import write_atomic

    session = session_for(job, lang, paper)
    planned = parts[0].page - 1 if parts else 1
    cover = _cover(session, job, participant, contents_of(session, parts), total)
    if cover.pages != planned:
        documents = [(p.doc_id, p.pages) for p in parts if p.doc_id]
        parts, total = packet_layout(cover.pages, documents, job.duplex)
        cover = _cover(session, job, participant, contents_of(session, parts), total)
        body = render_parts(job, lang, paper, parts, total)
    pdf = open_pdf(cover.data)
    append_tagged(pdf, open_pdf(body))
    session.renderer.personalise(pdf, {"name": participant.name})
    merge_same_named_fields(pdf)
    write_atomic(Path(path), save_pdf(pdf))
    return len(pdf.pages)


def cover_pages(
    job: Job, lang: str, paper: str, parts: list[Part], total: int, participant: Participant
) -> int:
    """Lay out one participant's cover to learn how many pages covers of this group take."""
    session = session_for(job, lang, paper)
    html = _cover_html(session, job, participant, contents_of(session, parts), total)
    return session.renderer.count_pages(html)


def _cover(session: Session, job: Job, participant: Participant, contents: list, total: int):
    return session.renderer.render(_cover_html(session, job, participant, contents, total))


def _cover_html(
    session: Session, job: Job, participant: Participant, contents: list[ContentsLine], total: int
):
    extra = {"packet": job.packet, "participant": participant, "contents": contents,
             "purpose": f"{job.packet.title}: {participant.name}"}  # fmt: skip
    return session.html(session.cover(job.packet.title), job.reader, PageNumbers(1, total), extra)
