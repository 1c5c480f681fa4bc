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
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from worksheets.models import Packet, Participant, Personal, PrintSettings
from worksheets.packets import ContentsLine
from worksheets.session import Inputs, Session
from worksheets.templating import PageNumbers


@dataclass(frozen=True, eq=False)
class Job:
    """One batch's inputs, as every worker needs them; ``key`` is the batch's input digest."""

    key: str
    inputs: Inputs
    settings: PrintSettings
    packet: Packet
    date: dt.date

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
    """Lay out one document to learn its page count."""
    session = session_for(job, lang, paper)
    return session.renderer.count_pages(session.html(session.documents[doc_id], job.reader))


def render_document(job: Job, lang: str, paper: str, doc_id: str, first: int, total: int) -> bytes:
    """Render one shared document with packet-wide page numbers."""
    session = session_for(job, lang, paper)
    html = session.html(session.documents[doc_id], job.reader, PageNumbers(first, total))
    return session.renderer.render(html).data


def build_participant(
    job: Job,
    lang: str,
    paper: str,
    body: bytes,
    contents: list[ContentsLine],
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
    from worksheets.joining import append_tagged, join_tagged, open_pdf, save_pdf
    from worksheets.output import write_atomic

    session = session_for(job, lang, paper)
    planned = contents[0].page - 1 if contents else 1
    cover = _cover(session, job, participant, contents, total)
    if cover.pages != planned:
        shift = cover.pages - planned
        total += shift
        contents = [replace(line, page=line.page + shift) for line in contents]
        cover = _cover(session, job, participant, contents, total)
        body = save_pdf(
            join_tagged([render_document(job, lang, paper, c.doc_id, c.page, total) for c in contents])
        )
    pdf = open_pdf(cover.data)
    append_tagged(pdf, open_pdf(body))
    session.renderer.personalise(pdf, {"name": participant.name})
    write_atomic(Path(path), save_pdf(pdf))
    return len(pdf.pages)


def cover_pages(
    job: Job, lang: str, paper: str, contents: list[ContentsLine], total: int, participant: Participant
) -> int:
    """Lay out one participant's cover to learn how many pages covers of this group take."""
    session = session_for(job, lang, paper)
    html = _cover_html(session, job, participant, contents, total)
    return session.renderer.count_pages(html)


def _cover(session: Session, job: Job, participant: Participant, contents: list, total: int):
    return session.renderer.render(_cover_html(session, job, participant, contents, total))


def _cover_html(
    session: Session, job: Job, participant: Participant, contents: list[ContentsLine], total: int
):
    extra = {"packet": job.packet, "participant": participant, "contents": contents,
             "purpose": f"{job.packet.title}: {participant.name}"}  # fmt: skip
    return session.html(session.cover(job.packet.title), job.reader, PageNumbers(1, total), extra)
