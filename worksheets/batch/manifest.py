"""The batch's record (manifest.json) and the combined file for the print shop."""

from __future__ import annotations

import json
from pathlib import Path

from worksheets import __version__
from worksheets.batch.plan import Outcome
from worksheets.output import write_atomic

COMBINED = "all-participants.pdf"
MANIFEST = "manifest.json"
DONE = ("built", "skipped")


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


def write_combined(out: Path, outcomes: list[Outcome]) -> Path | None:
    """Join every finished packet, in roster order, into one tagged file."""
    from worksheets.joining import join_tagged, save_pdf

    files = [out / o.file for o in outcomes if o.status in DONE and o.file and (out / o.file).is_file()]
    if not files:
        return None
    path = out / COMBINED
    write_atomic(path, save_pdf(join_tagged([f.read_bytes() for f in files])))
    return path
