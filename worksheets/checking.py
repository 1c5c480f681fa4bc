"""Check every input without rendering PDFs: the ``validate`` command."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from worksheets.brand import resolve_brand
from worksheets.errors import InputErrors, WorksheetsError
from worksheets.models import Personal, PrintSettings
from worksheets.packets import load_packet
from worksheets.readability import reading_grades, too_hard
from worksheets.roster import load_roster
from worksheets.session import Inputs, Session

SAMPLE_READER = Personal(date=dt.date(2000, 1, 1), client="Client", clinician="Clinician", note="Note")


@dataclass
class Checked:
    """What ``validate`` found: every problem, and the reading grade of each client-facing document."""

    problems: list[str] = field(default_factory=list)
    grades: dict[str, float] = field(default_factory=dict)


def validate_inputs(inputs: Inputs, roster: Path | None = None, packet: Path | None = None) -> list[str]:
    """Return every problem found in the inputs given (empty when all is well)."""
    return check_inputs(inputs, roster, packet).problems


def check_inputs(
    inputs: Inputs, roster: Path | None = None, packet: Path | None = None, lang: str = "en"
) -> Checked:
    """Check every input given (the content in ``lang``); report the problems and the reading grades."""
    problems: list[str] = []
    if roster is not None:
        try:
            problems += [f"{row.label}: {row.problem}" for row in load_roster(roster) if row.problem]
        except InputErrors as exc:
            problems += exc.problems
    try:
        resolve_brand(inputs.brand)
    except InputErrors as exc:
        problems += exc.problems
        inputs = Inputs(inputs.content_dirs, inputs.templates_dirs, None)
    try:
        session = Session(inputs, PrintSettings(lang=lang))
    except InputErrors as exc:
        return Checked(problems + exc.problems)
    if packet is not None:
        try:
            load_packet(packet, session.documents)
        except InputErrors as exc:
            problems += exc.problems
    for doc in session.documents.values():
        try:
            session.html(doc, SAMPLE_READER)
        except WorksheetsError as exc:
            problems.append(f"{exc.message} (while filling {doc.id})")
    grades = reading_grades(session)
    return Checked(problems + too_hard(grades), grades)
