"""Fill online: a worksheet's form fields as a web form, and the answers put back in their fields."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field

import pikepdf

from worksheets.catalog import DocumentSpec
from worksheets.joining import open_pdf, save_pdf
from worksheets.models import Personal
from worksheets.session import Session

LINE = re.compile(r"^(?P<space>.+)-line-(?P<number>\d+)$")
LINE_OF = re.compile(r"\s*\([^()]*\d+[^()]*\d+\)$")  # "(line 2 of 3)", in any language
PERSONAL_FIELDS = {"name", "date"}  # filled from the form's own name and date
CHAR_WIDTH_EM = 0.55  # a wide average letter: a line is wrapped a little early, never cut


@dataclass
class Space:
    """One thing to answer: ruled lines (one text box on the page), a table cell or a tick box."""

    key: str  # the form's field name: the PDF field's, or a space's for ruled lines
    label: str
    kind: str  # "lines", "cell" or "check"
    fields: list[str] = field(default_factory=list)  # the PDF fields it fills, in order
    chars: int = 60  # letters that fit a line
    on: str = "/Yes"  # a tick box's "on" state


def spaces(pdf_bytes: bytes) -> list[Space]:
    """Return a worksheet's answer spaces in page order, from its PDF form."""
    with open_pdf(pdf_bytes) as pdf:
        return spaces_of(pdf)


def spaces_of(pdf: pikepdf.Pdf) -> list[Space]:
    """Return the answer spaces of an open worksheet PDF, in page order."""
    found: dict[str, Space] = {}
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            name = str(annot.get("/T", ""))
            if not name or name in PERSONAL_FIELDS or annot.get("/Subtype") != "/Widget":
                continue
            tooltip = str(annot.get("/TU", name))
            if annot.get("/FT") == "/Btn":
                states = [k for k in annot.AP.N.keys() if k != "/Off"] if "/AP" in annot else []
                found[name] = Space(name, tooltip, "check", [name], on=states[0] if states else "/Yes")
                continue
            match = LINE.match(name)
            if match is None:
                found[name] = Space(name, tooltip, "cell", [name])
                continue
            key = match["space"]
            space = found.setdefault(key, Space(key, LINE_OF.sub("", tooltip), "lines"))
            space.fields.append(name)
            space.chars = _chars(annot)
    return list(found.values())


def _chars(annot) -> int:
    x1, _, x2, _ = (float(v) for v in annot.Rect)
    size = re.search(r"([\d.]+)\s+Tf", str(annot.get("/DA", ""))) if "/DA" in annot else None
    points = float(size.group(1)) if size and float(size.group(1)) > 0 else 11.0
    return max(10, int(abs(x2 - x1) / (points * CHAR_WIDTH_EM)))


def lines_for(text: str, space: Space) -> list[str]:
    """Wrap an answer onto a space's ruled lines; what does not fit stays on the last line."""
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").split("\n"):
        lines += textwrap.wrap(paragraph, space.chars) or ([""] if lines else [])
    count = len(space.fields)
    if len(lines) > count:
        lines = lines[: count - 1] + [" ".join(line for line in lines[count - 1 :] if line)]
    return lines


def filled_pdf(session: Session, doc: DocumentSpec, personal: Personal, answers: dict[str, str]) -> bytes:
    """Render the worksheet for this reader and put each answer in its field (still editable)."""
    pdf = open_pdf(session.render(doc, personal).data)
    values: dict[str, str] = {}
    ticks: dict[str, str] = {}
    for space in spaces_of(pdf):
        answer = (answers.get(space.key) or "").strip()
        if not answer:
            continue
        if space.kind == "check":
            ticks[space.fields[0]] = space.on
        elif space.kind == "cell":
            values[space.fields[0]] = answer
        else:
            values |= dict(zip(space.fields, lines_for(answer, space), strict=False))
    session.renderer.personalise(pdf, values, read_only=False)
    _tick(pdf, ticks)
    return save_pdf(pdf)


def _tick(pdf: pikepdf.Pdf, ticks: dict[str, str]) -> None:
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            name = str(annot.get("/T", ""))
            if name in ticks:
                annot.V = pikepdf.Name(ticks[name])
                annot.AS = pikepdf.Name(ticks[name])
