"""The batch's record (manifest.json) and the combined file for the print shop."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

from worksheets import __version__
from worksheets.batch.plan import Outcome
from worksheets.errors import WorksheetsError
from worksheets.output import write_atomic

COMBINED = "all-participants.pdf"
MANIFEST = "manifest.json"
DONE = ("built", "skipped")
INPUTS_KEY = "/WorksheetsInputs"  # in the combined file's info: which packets it was joined from


def read_previous(out: Path) -> dict[str, dict]:
    """Return the finished packets of the last run by file name (nothing if no readable manifest)."""
    try:
        records = json.loads((out / MANIFEST).read_text(encoding="utf-8"))["participants"]
        return {r["file"]: r for r in records if r.get("status") in DONE and r.get("file")}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def write_manifest(out: Path, title: str, outcomes: list[Outcome], combined: Path | None) -> Path:
    """Write manifest.json: every participant's file, pages, status and input hash."""
    path = out / MANIFEST
    data = {
        "tool": f"worksheets {__version__}",
        "packet": title,
        "participants": [o.record() for o in outcomes],
        "combined": combined.name if combined else None,
    }
    write_atomic(path, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return path


def _own_fields(path: Path, name: str) -> bytes:
    """Return a packet with its fields named after its file (people never share a field) and its
    bookmarks under one entry with the person's name."""
    from worksheets.joining import nest_fields, nest_outline, open_pdf, save_pdf

    pdf = open_pdf(path.read_bytes())
    nest_fields(pdf, path.stem)
    nest_outline(pdf, name)
    return save_pdf(pdf)


class Progress:
    """Keep manifest.json up to date while packets finish (at most once a second)."""

    def __init__(self, out: Path, title: str, outcomes: list[Outcome], every: float = 1.0):
        self.out, self.title, self.outcomes, self.every = out, title, outcomes, every
        self.combined: Path | None = None
        self._last = 0.0

    def update(self) -> None:
        if time.monotonic() - self._last >= self.every:
            self.write()

    def write(self, final: bool = False) -> Path:
        """Write the manifest now; a failure mid-run waits for the final write to be reported."""
        self._last = time.monotonic()
        try:
            return write_manifest(self.out, self.title, self.outcomes, self.combined)
        except WorksheetsError:
            if final:
                raise
            return self.out / MANIFEST


def is_sound(path: Path, pages: int | None) -> bool:
    """Tell whether a finished packet still opens and has the pages it was written with."""
    import pikepdf

    try:
        with pikepdf.open(path) as pdf:
            return pages is not None and len(pdf.pages) == pages
    except Exception:  # any damage at all means: build it again
        return False


def write_combined(out: Path, outcomes: list[Outcome]) -> Path | None:
    """Join every finished packet, in roster order, into one tagged file."""
    from worksheets.joining import join_tagged, save_pdf, share_streams

    done = [o for o in outcomes if o.status in DONE and o.file and (out / o.file).is_file()]
    if not done:
        return None
    path = out / COMBINED
    inputs = hashlib.sha256(json.dumps([[o.file, o.input_hash] for o in done]).encode()).hexdigest()
    if _joined_from(path) == inputs:  # the same packets in the same order: leave the file as it is
        return path
    try:
        joined = join_tagged([_own_fields(out / o.file, _person(o)) for o in done])
        share_streams(joined)
        joined.docinfo[INPUTS_KEY] = inputs
        joined = save_pdf(joined)
    except Exception as exc:  # a packet damaged after it was checked: say which run fixes it
        raise WorksheetsError(
            f"cannot join the packets into {path.name} ({type(exc).__name__}); run again with --force"
        ) from None
    write_atomic(path, joined)
    return path


def _joined_from(path: Path) -> str | None:
    """Return the inputs digest a combined file was joined from (None if missing or unreadable)."""
    import pikepdf

    try:
        with pikepdf.open(path) as pdf:
            return str(pdf.docinfo.get(INPUTS_KEY, "")) or None
    except Exception:  # no file, or a damaged one: join again
        return None


def _person(outcome: Outcome) -> str:
    participant = outcome.participant or outcome.row.participant
    return participant.name if participant else Path(outcome.file or "").stem
