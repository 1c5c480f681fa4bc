"""Read a workshop roster (CSV or YAML) into validated participants, row by row.

A file-level problem (wrong encoding, no name column, an unknown column, no
rows) stops the batch before anything is rendered. A problem in one row only
affects that participant: it is reported with its row's line number.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import io
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from worksheets.errors import InputErrors, shown
from worksheets.models import Participant
from worksheets.yamlfile import Located, describe_errors, read_yaml

COLUMNS = list(Participant.model_fields)


@dataclass(frozen=True)
class RosterRow:
    """One roster entry: where it is, and either a participant or what is wrong with it."""

    line: int
    where: str
    raw: dict
    participant: Participant | None
    problem: str | None = None

    @property
    def label(self) -> str:
        name = str(self.raw.get("name") or "").strip()
        return f"{self.where} ({shown(name, 40)})" if name else self.where


def load_roster(path: Path) -> list[RosterRow]:
    """Read and validate every row; raise only for problems with the whole file."""
    if path.suffix.lower() in {".yaml", ".yml"}:
        rows = _yaml_rows(path)
    else:
        rows = _csv_rows(path)
    if not rows:
        raise InputErrors(
            [f"{path}: the roster has no participants; add one row per person under the header"]
        )
    return rows


def _decode(path: Path) -> str:
    data = path.read_bytes()
    # Excel's "Unicode text" and some sign-up exports are UTF-16: read them as they are.
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _utf16(path, data, "utf-16")
    if len(data) > 3 and data[1:4:2] == b"\0\0" and data[0] != 0:
        return _utf16(path, data, "utf-16-le")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        found = _guess_encoding(data)
        raise InputErrors(
            [
                f"{path}:{line}: the file is not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as "
                f"'CSV UTF-8' in Excel or LibreOffice, or convert it (it looks like {found}) with: "
                f"iconv -f {found} -t utf-8 {path.name} > {path.stem}-utf8.csv"
            ]
        ) from None


def _utf16(path: Path, data: bytes, codec: str) -> str:
    try:
        return data.decode(codec).lstrip("\ufeff")
    except UnicodeDecodeError:
        raise InputErrors(
            [f"{path}: the file looks like UTF-16 but is damaged; save it again as 'CSV UTF-8'"]
        ) from None


def _guess_encoding(data: bytes) -> str:
    """Name the likeliest legacy encoding of a file that is not UTF-8, for the hint."""
    try:
        data.decode("cp1252")
        return "windows-1252"  # what Excel on Windows writes in Western Europe and the Americas
    except UnicodeDecodeError:
        return "latin1"


def _delimiter(header_line: str) -> str:
    """Return the separator of a CSV header: commas, or semicolons (Excel in most of Europe), or tabs."""
    counts = {sep: header_line.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _check_columns(path: Path, header: list[str]) -> None:
    problems = []
    named = [h for h in header if h]
    for column in dict.fromkeys(c for c in named if named.count(c) > 1):
        places = " and ".join(str(i + 1) for i, h in enumerate(header) if h == column)
        problems.append(f"{path}:1: column '{column}' appears twice (columns {places}); keep one of them")
    if "name" not in header:
        close = difflib.get_close_matches("name", header, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        problems.append(f"{path}:1: no 'name' column{hint} (the first row must hold column names)")
    for column in header:
        if column and column not in COLUMNS:
            close = difflib.get_close_matches(column, COLUMNS, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            problems.append(
                f"{path}:1: unknown column '{column}'; {hint}remove or rename it "
                f"(columns: {', '.join(COLUMNS)})"
            )
    if problems:
        raise InputErrors(problems)


def _csv_rows(path: Path) -> list[RosterRow]:
    text = _decode(path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n", 1)[0]))
    try:
        header = [cell.strip().lower() for cell in next(reader)]
    except StopIteration:
        raise InputErrors([f"{path}: the roster is empty; the first row must hold column names"]) from None
    _check_columns(path, header)
    rows = []
    try:
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue  # blank lines are harmless
            line = reader.line_num
            where = f"{path}:{line}"
            if len(cells) > len(header):
                rows.append(RosterRow(line, where, {}, None, f"{len(cells)} cells but {len(header)} columns; "
                                      "check for an unquoted comma"))  # fmt: skip
                continue
            pairs = list(zip(header, cells, strict=False))
            stray = [i + 1 for i, (key, cell) in enumerate(pairs) if not key and cell.strip()]
            raw = {key: cell.strip() for key, cell in pairs if key and cell.strip()}
            if stray:
                problem = f"a value in column {stray[0]}, which has no heading; add a heading or remove it"
                rows.append(RosterRow(line, where, raw, None, problem))
                continue
            rows.append(_validate_row(line, where, raw, Located(path, raw)))
    except csv.Error as exc:
        raise InputErrors(
            [f"{path}:{reader.line_num}: CSV problem: {exc}; check the quotes on that line"]
        ) from None
    return rows


def _yaml_rows(path: Path) -> list[RosterRow]:
    try:
        located = read_yaml(path)
    except ValueError as exc:
        raise InputErrors([str(exc)]) from None
    data = located.data
    if isinstance(data, dict) and list(data) == ["participants"]:
        data, prefix = data["participants"], ("participants",)
    else:
        prefix = ()
    if not isinstance(data, list):
        raise InputErrors(
            [f"{located.where()}: a YAML roster is a list of people, each with at least a name"]
        )
    rows = []
    for i, raw in enumerate(data):
        loc = (*prefix, i)
        line = located.line_of(loc) or 0
        where = located.where(loc)
        if not isinstance(raw, dict):
            raw = {"name": raw} if isinstance(raw, str) else {}
        sub = Located(path, raw, {k[len(loc) :]: v for k, v in located.lines.items() if k[: len(loc)] == loc})
        rows.append(_validate_row(line, where, raw, sub))
    return rows


def _validate_row(line: int, where: str, raw: dict, located: Located) -> RosterRow:
    try:
        return RosterRow(line, where, raw, Participant.model_validate(raw))
    except ValidationError as exc:
        problems = describe_errors(exc, located, Participant)
        # The row is located already; keep only "field: what is wrong; fix".
        text = "; ".join(p.split(": ", 1)[1] if p.startswith(str(located.path)) else p for p in problems)
        return RosterRow(line, where, raw, None, text)
