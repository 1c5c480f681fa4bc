"""Build a personalised packet for every participant on a roster.

The documents in a packet are the same for everyone but the name, so each
distinct document is laid out once per (language, paper, documents) group,
with page numbers that continue across the packet. Each participant then only
costs a one-page cover, their name drawn into the name fields, and a fast
PDF-level join that keeps one structure tree (see joining.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import signal
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from multiprocessing import get_context
from pathlib import Path

from worksheets import __version__
from worksheets.brand import ResolvedBrand, resolve_brand
from worksheets.catalog import DocumentSpec, list_documents
from worksheets.content import Library, load_library
from worksheets.errors import InputErrors, WorksheetsError
from worksheets.models import Packet, Participant
from worksheets.naming import slugify, unique_name
from worksheets.output import prepare_out_dir, sweep_partials, write_atomic
from worksheets.packets import COVER, ContentsLine, load_packet, unknown_documents
from worksheets.roster import RosterRow, load_roster
from worksheets.templating import (
    PAPERS,
    Look,
    PageNumbers,
    Personal,
    base_context,
    fill,
    make_environment,
    render_html,
    template_search_path,
)

COMBINED = "all-participants.pdf"
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class BatchOptions:
    """What the facilitator asked for."""

    roster: Path
    packet: Path | None = None
    brand: Path | None = None
    out: Path = Path("output")
    jobs: int = 2
    combined: bool = False
    force: bool = False
    paper: str = "letter"
    date: dt.date | None = None
    content_dirs: list[Path] = field(default_factory=list)
    templates_dirs: list[Path] = field(default_factory=list)
    flat: bool = False
    large_print: bool = False
    grayscale: bool = False


@dataclass
class Outcome:
    """What happened to one roster row."""

    row: RosterRow
    file: str | None = None
    status: str = "pending"  # built, skipped, failed, interrupted
    pages: int | None = None
    input_hash: str | None = None
    error: str | None = None
    group: tuple | None = None
    participant: Participant | None = None

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


@dataclass
class BatchResult:
    outcomes: list[Outcome]
    combined: Path | None
    manifest: Path

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


# --- shared set-up (also what forked workers inherit) ---------------------------


@dataclass
class Setup:
    options: BatchOptions
    brand: ResolvedBrand
    packet: Packet
    libraries: dict[str, Library]
    search_path: list[Path]
    renderers: dict = field(default_factory=dict)
    _env: object = None

    @property
    def env(self):
        """One Jinja2 environment per process, so templates compile once."""
        if self._env is None:
            self._env = make_environment(self.search_path)
        return self._env

    def library(self, lang: str) -> Library:
        if lang not in self.libraries:
            self.libraries[lang] = load_library(self.options.content_dirs, lang)
        return self.libraries[lang]

    def look(self, paper: str) -> Look:
        o = self.options
        return Look(PAPERS[paper], self.brand, not o.flat, o.large_print, o.grayscale)

    def personal(self, name: str | None = None) -> Personal:
        return Personal(self.options.date or dt.date.today(), client=name)

    def renderer(self, lang: str, paper: str):
        key = (lang, paper)
        if key not in self.renderers:
            from worksheets.render import DocumentRenderer  # imports WeasyPrint

            self.renderers[key] = DocumentRenderer(self.search_path, self.look(paper), lang)
        return self.renderers[key]


_SETUP: Setup | None = None


def _document_html(lang: str, paper: str, doc_id: str, numbering: PageNumbers | None) -> str:
    setup = _SETUP
    library = setup.library(lang)
    doc = list_documents(library)[doc_id]
    return render_html(setup.env, doc, library, setup.look(paper), setup.personal(), numbering)


def task_count_pages(lang: str, paper: str, doc_id: str) -> int:
    """Lay out one document to learn its page count."""
    return _SETUP.renderer(lang, paper).count_pages(_document_html(lang, paper, doc_id, None))


def task_render_document(lang: str, paper: str, doc_id: str, first: int, total: int) -> tuple[bytes, tuple]:
    """Render one shared document with packet-wide page numbers."""
    rendered = _SETUP.renderer(lang, paper).render(
        _document_html(lang, paper, doc_id, PageNumbers(first, total))
    )
    return rendered.data, rendered.warnings


def task_build_participant(
    lang: str,
    paper: str,
    body: bytes,
    contents: list[ContentsLine],
    total: int,
    participant: Participant,
    path: str,
) -> int:
    """Write one participant's packet: their cover, the shared pages, their name in the fields."""
    from worksheets.joining import append_tagged, open_pdf, save_pdf

    setup = _SETUP
    library = setup.library(lang)
    renderer = setup.renderer(lang, paper)
    doc = replace(COVER, title=setup.packet.title)
    context = base_context(doc, library, setup.look(paper), setup.personal(), PageNumbers(1, total))
    context |= {"packet": setup.packet, "participant": participant, "contents": contents,
                "purpose": f"{setup.packet.title}: {participant.name}"}  # fmt: skip
    cover = renderer.render(fill(setup.env, COVER.template, context))
    pdf = open_pdf(cover.data)
    append_tagged(pdf, open_pdf(body))
    # The date field is left for the participant: it is the day they sit down with the worksheet.
    renderer.personalise(pdf, {"name": participant.name})
    write_atomic(Path(path), save_pdf(pdf))
    return len(pdf.pages)


# --- planning ---------------------------------------------------------------------


def _digest_files(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for path in sorted(set(paths)):
        h.update(str(path.name).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def _files_under(folders: list[Path]) -> list[Path]:
    return [
        p for folder in folders for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    ]


def make_setup(options: BatchOptions) -> Setup:
    """Load what every render needs: content, packet, brand, templates."""
    library = load_library(options.content_dirs)
    packet = load_packet(options.packet, list_documents(library))
    brand = resolve_brand(options.brand, options.grayscale)
    search_path = template_search_path(options.templates_dirs)
    return Setup(options, brand, packet, {library.language: library}, search_path)


def prepare(options: BatchOptions) -> tuple[Setup, list[Outcome]]:
    """Load and check every input; return the set-up and one planned outcome per roster row."""
    setup = make_setup(options)
    library, packet, brand = setup.libraries["en"], setup.packet, setup.brand
    rows = load_roster(options.roster)
    inputs = [*library.files, *_files_under(setup.search_path), *brand.asset_files]
    inputs += [p for p in (options.brand, options.packet) if p is not None]
    settings = json.dumps(
        [
            __version__,
            options.date.isoformat() if options.date else str(dt.date.today()),
            options.flat,
            options.large_print,
            options.grayscale,
        ],  # fmt: skip
    )
    digest = hashlib.sha256((_digest_files(inputs) + settings).encode()).hexdigest()
    taken = {"all-participants", "manifest"}
    outcomes = []
    for row in rows:
        outcome = Outcome(row)
        outcomes.append(outcome)
        if row.participant is None:
            outcome.status, outcome.error = "failed", row.problem
            continue
        person = row.participant
        try:
            docs = person.documents or packet.documents
            lib = setup.library(person.lang)
        except InputErrors:
            outcome.status, outcome.error = "failed", f"lang: no content in language '{person.lang}'"
            continue
        problem = unknown_documents(docs, list_documents(lib))
        if problem:
            outcome.status, outcome.error = "failed", problem
            continue
        outcome.participant = person
        outcome.group = (person.lang, person.paper or options.paper, tuple(docs))
        outcome.file = unique_name(slugify(person.name, fallback="participant"), taken) + ".pdf"
        payload = json.dumps([digest, outcome.group, person.model_dump(), outcome.file], ensure_ascii=False)
        outcome.input_hash = hashlib.sha256(payload.encode()).hexdigest()
    return setup, outcomes


def _previous(out: Path) -> dict[str, dict]:
    try:
        records = json.loads((out / MANIFEST).read_text(encoding="utf-8"))["participants"]
        return {r["file"]: r for r in records if r.get("status") in ("built", "skipped") and r.get("file")}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


# --- running ----------------------------------------------------------------------


class _Inline:
    """Runs tasks in this process: --jobs 1 needs no pool."""

    def submit(self, fn, *args) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args))
        except Exception as exc:  # reported per participant, like a worker's failure
            future.set_exception(exc)
        return future

    def shutdown(self, **_) -> None:
        pass


def _executor(options: BatchOptions):
    if options.jobs <= 1:
        return _Inline()
    # Each worker loads the inputs and imports WeasyPrint once, while the parent
    # reads the roster, then renders many documents.
    return ProcessPoolExecutor(
        max_workers=options.jobs,
        mp_context=get_context("fork"),
        initializer=_start_worker,
        initargs=(options,),
    )


def _start_worker(options: BatchOptions) -> None:
    global _SETUP
    # Ctrl-C reaches the whole process group; the parent alone decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _SETUP = make_setup(options)
        import weasyprint  # noqa: F401  (warm up: about a second, once per worker)
    except Exception:  # the parent reports input problems itself; tasks fail cleanly without a set-up
        _SETUP = None


def _shared_bodies(pool, groups: set[tuple]) -> dict[tuple, tuple[bytes, list[ContentsLine], int]]:
    """Lay out each group's documents once: page counts first, then numbered renders, joined."""
    from worksheets.joining import join_tagged, save_pdf

    pairs = {(lang, paper, doc_id) for lang, paper, docs in groups for doc_id in docs}
    counts = {pair: pool.submit(task_count_pages, *pair) for pair in sorted(pairs)}
    counts = {pair: future.result() for pair, future in counts.items()}
    renders, plans = {}, {}
    for group in sorted(groups):
        lang, paper, docs = group
        total = 1 + sum(counts[(lang, paper, d)] for d in docs)
        page, contents = 2, []
        for doc_id in docs:
            spec: DocumentSpec = list_documents(_SETUP.library(lang))[doc_id]
            contents.append(ContentsLine(spec.title, spec.kind, page))
            renders[(group, doc_id)] = pool.submit(task_render_document, lang, paper, doc_id, page, total)
            page += counts[(lang, paper, doc_id)]
        plans[group] = (contents, total)
    bodies = {}
    for group, (contents, total) in plans.items():
        parts = [renders[(group, doc_id)].result()[0] for doc_id in group[2]]
        bodies[group] = (save_pdf(join_tagged(parts)), contents, total)
    return bodies


def run_batch(
    options: BatchOptions,
    on_done: Callable[[Outcome], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> BatchResult:
    """Build every participant's packet; failures are isolated to their row."""
    global _SETUP
    started = time.time()
    # On a first run, start the workers now: their start-up overlaps the parent's checks.
    first_run = options.force or not (options.out / MANIFEST).exists()
    pool = _executor(options) if first_run and options.jobs > 1 else None
    try:
        setup, outcomes = prepare(options)
    except BaseException:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        raise
    if on_start:
        on_start(len(outcomes))
    out = prepare_out_dir(options.out)
    sweep_partials(out)
    previous = {} if options.force else _previous(out)
    pending = []
    for outcome in outcomes:
        if outcome.status == "failed":
            if on_done:
                on_done(outcome)
            continue
        old = previous.get(outcome.file)
        if old and old.get("input_hash") == outcome.input_hash and (out / outcome.file).is_file():
            outcome.status, outcome.pages = "skipped", old.get("pages")
            if on_done:
                on_done(outcome)
        else:
            pending.append(outcome)
    _SETUP = setup
    if pending and pool is None:
        pool = _executor(options)
    elif not pending and pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)
        pool = None
    try:
        if pending:
            bodies = _shared_bodies(pool, {o.group for o in pending})
            futures = {}
            for outcome in pending:
                lang, paper, _ = outcome.group
                body, contents, total = bodies[outcome.group]
                args = (lang, paper, body, contents, total, outcome.participant, str(out / outcome.file))
                futures[pool.submit(task_build_participant, *args)] = outcome
            for future, outcome in futures.items():
                try:
                    outcome.pages, outcome.status = future.result(), "built"
                except (WorksheetsError, InputErrors) as exc:
                    outcome.status, outcome.error = "failed", exc.message
                except Exception as exc:  # a failing render affects only this participant
                    outcome.status, outcome.error = "failed", f"rendering failed: {type(exc).__name__}: {exc}"
                if on_done:
                    on_done(outcome)
    except KeyboardInterrupt:
        _stop(pool)
        sweep_partials(out)
        for outcome in outcomes:
            if outcome.status == "pending":
                _settle_interrupted(outcome, out, started)
        manifest = _write_manifest(out, setup, outcomes, None)
        done = sum(1 for o in outcomes if o.status in ("built", "skipped"))
        raise Interrupted(
            f"interrupted: {done} of {len(outcomes)} packets are complete (see {manifest}); "
            "run the same command again to build the rest"
        ) from None
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        _SETUP = None
    combined = _write_combined(out, outcomes) if options.combined else None
    manifest = _write_manifest(out, setup, outcomes, combined)
    return BatchResult(outcomes, combined, manifest)


class Interrupted(WorksheetsError):
    exit_code = 130


def _settle_interrupted(outcome: Outcome, out: Path, started: float) -> None:
    """Record a packet a worker finished after we stopped listening; files are written atomically."""
    path = out / outcome.file if outcome.file else None
    if path is not None and path.is_file() and path.stat().st_mtime >= started:
        import pikepdf

        with pikepdf.open(path) as pdf:
            outcome.status, outcome.pages = "built", len(pdf.pages)
    else:
        outcome.status = "interrupted"


def _stop(pool) -> None:
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        process.terminate()
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


def _write_combined(out: Path, outcomes: list[Outcome]) -> Path | None:
    from worksheets.joining import join_tagged, save_pdf

    files = [out / o.file for o in outcomes if o.status in ("built", "skipped") and (out / o.file).is_file()]
    if not files:
        return None
    path = out / COMBINED
    write_atomic(path, save_pdf(join_tagged([f.read_bytes() for f in files])))
    return path


def _write_manifest(out: Path, setup: Setup, outcomes: list[Outcome], combined: Path | None) -> Path:
    path = out / MANIFEST
    data = {
        "tool": f"worksheets {__version__}",
        "packet": setup.packet.title,
        "participants": [o.record() for o in outcomes],
        "combined": combined.name if combined else None,
    }
    write_atomic(path, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return path


def default_jobs() -> int:
    """Use every core, up to four: WeasyPrint is CPU-bound."""
    return max(1, min(4, os.cpu_count() or 1))


def summary_lines(result: BatchResult) -> list[str]:
    """Return the one-screen summary printed after a batch."""
    total = len(result.outcomes)
    lines = [
        f"{total} participants: {result.count('built')} built, "
        f"{result.count('skipped')} unchanged (skipped), {result.count('failed')} failed"
    ]
    for outcome in result.outcomes:
        if outcome.status == "failed":
            lines.append(f"  failed: {outcome.row.label}: {outcome.error}")
    folder = result.manifest.parent
    lines.append(f"packets in {folder}/, manifest {result.manifest.name}")
    if result.combined:
        lines.append(f"combined file for printing: {result.combined}")
    return lines
