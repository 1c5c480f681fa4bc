"""Run a batch: check every input, lay out each group's documents once, then build each packet."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from worksheets import __version__
from worksheets.batch.manifest import (
    COMBINED,
    DONE,
    MANIFEST,
    Progress,
    is_sound,
    read_previous,
    write_combined,
)
from worksheets.batch.plan import Outcome, files_under, input_digest, packet_layout, plan_outcomes, unchanged
from worksheets.batch.pool import Stopped, make_pool, stop_signals
from worksheets.batch.tasks import Job, build_participant, count_pages, cover_pages, render_parts
from worksheets.content import UnknownLanguage, content_search_path
from worksheets.errors import InputErrors, Interrupted, WorksheetsError
from worksheets.output import prepare_out_dir, sweep_partials
from worksheets.packets import load_packet
from worksheets.roster import load_roster
from worksheets.session import Session


@dataclass(frozen=True)
class BatchOptions:
    """What the facilitator asked for, beyond the session's inputs and print settings."""

    roster: Path
    packet: Path | None = None
    out: Path = Path("output")
    jobs: int = 2
    combined: bool = False
    force: bool = False
    date: dt.date | None = None
    start_method: str | None = None  # the platform's default; "spawn" as on macOS and Windows
    duplex: bool = True  # Notes pages so that each document starts on a right-hand page


@dataclass
class BatchResult:
    outcomes: list[Outcome]
    combined: Path | None
    manifest: Path
    problem: str | None = None  # the packets were written, but the combined file or manifest was not

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


def default_jobs() -> int:
    """Use every core, up to four: WeasyPrint is CPU-bound."""
    return max(1, min(4, os.cpu_count() or 1))


def prepare(session: Session, options: BatchOptions) -> tuple[Job, list[Outcome]]:
    """Load and check every input; return the job and one planned outcome per roster row."""
    packet = load_packet(options.packet, session.documents)
    rows = load_roster(options.roster)
    date = options.date or dt.date.today()
    inputs = session.inputs
    files = [*files_under(content_search_path(list(inputs.content_dirs))), *files_under(session.search_path)]
    files += [*session.brand.asset_files, *(p for p in (inputs.brand, options.packet) if p is not None)]
    s = session.settings
    digest = input_digest(files, [__version__, date, s.flat, s.large_print, s.grayscale, options.duplex])

    catalogs: dict[str, dict] = {session.lang: session.documents}

    def documents_for(lang: str):
        if lang not in catalogs:
            try:
                catalogs[lang] = session.derive(lang=lang).documents
            except (InputErrors, UnknownLanguage):
                return None
        return catalogs[lang]

    outcomes = plan_outcomes(rows, packet.documents, s.paper, documents_for, digest)
    return Job(digest, inputs, s, packet, date, options.duplex), outcomes


def run_batch(
    session: Session,
    options: BatchOptions,
    on_done: Callable[[Outcome], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> BatchResult:
    """Build every participant's packet; failures are isolated to their row.

    Ctrl-C and SIGTERM stop the workers at once; finished packets are kept and
    recorded, and the manifest is kept up to date as packets finish, so that a
    run killed outright resumes where it stopped.
    """
    started = time.time()
    # On a first run, start the workers now: their start-up overlaps the parent's checks.
    first_run = options.force or not (options.out / MANIFEST).exists()
    pool = make_pool(options.jobs, options.start_method) if first_run else None
    try:
        job, outcomes = prepare(session, options)
        out = prepare_out_dir(options.out)
    except BaseException:
        if pool is not None:
            pool.stop()
        raise
    if on_start:
        on_start(len(outcomes))
    sweep_partials(out)
    previous = {} if options.force else read_previous(out)
    progress = Progress(out, job.packet.title, outcomes)

    def report(outcome: Outcome) -> None:
        progress.update()
        if on_done:
            on_done(outcome)

    pending = []
    for outcome in outcomes:
        if outcome.status == "pending" and unchanged(outcome, previous, out):
            recorded = previous[outcome.file].get("pages")
            if is_sound(out / outcome.file, recorded):  # a damaged or truncated file is built again
                outcome.status, outcome.pages = "skipped", recorded
        if outcome.status == "pending":
            pending.append(outcome)
        else:
            report(outcome)
    if pending and pool is None:
        pool = make_pool(options.jobs, options.start_method)
    try:
        with stop_signals():
            if pending:
                _build(pool, job, pending, out, report)
    except Stopped as stop:
        pool.stop()
        pool = None
        sweep_partials(out)
        for outcome in outcomes:
            if outcome.status == "pending":
                _settle_interrupted(outcome, out, started)
        manifest = progress.write(final=True)
        done = sum(1 for o in outcomes if o.status in DONE)
        raise Interrupted(
            f"{stop.reason}: {done} of {len(outcomes)} packets are complete (see {manifest}); "
            "run the same command again to build the rest",
            exit_code=stop.exit_code,
        ) from None
    finally:
        if pool is not None:
            pool.close()
    # The packets are done: a failure now (a full disk) is reported after the summary, not instead of it.
    problem = None
    try:
        progress.combined = write_combined(out, outcomes) if options.combined else None
    except WorksheetsError as exc:
        problem = exc.message
    try:
        progress.write(final=True)
    except WorksheetsError as exc:
        problem = problem or exc.message
    return BatchResult(outcomes, progress.combined, out / MANIFEST, problem)


def _build(pool, job: Job, pending: list[Outcome], out: Path, report: Callable) -> None:
    bodies = _shared_bodies(pool, job, pending)
    futures = {}
    for outcome in pending:
        lang, paper, _ = outcome.group
        body, parts, total = bodies[outcome.group]
        args = (job, lang, paper, body, parts, total, outcome.participant, str(out / outcome.file))
        futures[pool.submit(build_participant, *args)] = outcome
    for future, outcome in futures.items():
        try:
            outcome.pages, outcome.status = future.result(), "built"
        except WorksheetsError as exc:
            outcome.fail(exc.message)
        except Exception as exc:  # a failing render affects only this participant
            outcome.fail(f"rendering failed: {type(exc).__name__}: {exc}")
        report(outcome)


def _shared_bodies(pool, job: Job, pending: list[Outcome]) -> dict[tuple, tuple]:
    """Lay out each group's documents once: page counts, the cover's length, then numbered renders."""
    groups = sorted({o.group for o in pending})
    pairs = sorted({(lang, paper, doc_id) for lang, paper, docs in groups for doc_id in docs})
    counts = {pair: pool.submit(count_pages, job, *pair) for pair in pairs}
    counts = {pair: future.result() for pair, future in counts.items()}

    def layout(group: tuple, cover: int):
        lang, paper, docs = group
        return packet_layout(cover, [(d, counts[(lang, paper, d)]) for d in docs], job.duplex)

    # The cover usually takes one page; in A5 or large print a long contents list may take two.
    # Measure it once per group with its longest cover, so the shared pages are numbered right.
    first = {group: layout(group, 1) for group in groups}
    covers = {
        group: pool.submit(cover_pages, job, *group[:2], *first[group], _longest_cover(pending, group))
        for group in groups
    }
    plans = {group: layout(group, covers[group].result()) for group in groups}
    bodies = {group: pool.submit(render_parts, job, *group[:2], *plans[group]) for group in groups}
    return {group: (bodies[group].result(), *plans[group]) for group in groups}


def _longest_cover(pending: list[Outcome], group: tuple):
    """Return the participant of this group whose cover has the most to say."""
    members = [o.participant for o in pending if o.group == group]
    return max(members, key=lambda p: len(p.name) + len(p.note or ""))


def _settle_interrupted(outcome: Outcome, out: Path, started: float) -> None:
    """Record a packet a worker finished after we stopped listening; files are written atomically."""
    path = out / outcome.file if outcome.file else None
    if path is not None and path.is_file() and path.stat().st_mtime >= started:
        import pikepdf

        with pikepdf.open(path) as pdf:
            outcome.status, outcome.pages = "built", len(pdf.pages)
    else:
        outcome.status = "interrupted"


__all__ = ["COMBINED", "MANIFEST", "BatchOptions", "BatchResult", "default_jobs", "run_batch"]
