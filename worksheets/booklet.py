"""Impose A5 pages two-up on A4 or Letter sheets in saddle-stitch order, for a folded booklet.

Print the result double-sided (flip on the short edge), fold the stack in
half and staple the fold: the pages read 1, 2, 3, ... A booklet needs a
multiple of four pages, so the caller pads the document first (with ruled
Notes pages). The imposed file is for the printer: pages become pictures on
sheets, so it is not tagged for screen readers; the A5 file is.
"""

from __future__ import annotations

from dataclasses import replace

import pikepdf
from pikepdf import Rectangle

MM = 72 / 25.4
SHEETS = {"a4": (297 * MM, 210 * MM), "letter": (279.4 * MM, 215.9 * MM)}  # landscape


def padded_count(pages: int) -> int:
    """Return the page count of the booklet: the next multiple of four."""
    return -(-pages // 4) * 4


def booklet_order(pages: int) -> list[tuple[int, int]]:
    """Return (left, right) page numbers for each sheet side, fronts and backs in printing order."""
    if pages % 4:
        raise ValueError("a booklet needs a multiple of four pages")
    sides = []
    for i in range(pages // 4):
        sides.append((pages - 2 * i, 2 * i + 1))  # front of sheet i
        sides.append((2 * i + 2, pages - 2 * i - 1))  # its back
    return sides


def impose(data: bytes, sheet: str) -> bytes:
    """Return a PDF of sheets, each holding two pages of ``data`` side by side, scaled to fit."""
    from worksheets.joining import open_pdf, save_pdf

    source = open_pdf(data)
    width, height = SHEETS[sheet]
    out = pikepdf.new()
    half = width / 2
    for left, right in booklet_order(len(source.pages)):
        out.add_blank_page(page_size=(width, height))
        page = out.pages[-1]
        for number, x in ((left, 0.0), (right, half)):
            original = source.pages[number - 1]
            box = original.mediabox
            w, h = float(box[2]) - float(box[0]), float(box[3]) - float(box[1])
            scale = min(half / w, height / h)
            dx, dy = x + (half - w * scale) / 2, (height - h * scale) / 2
            page.add_overlay(original, Rectangle(dx, dy, dx + w * scale, dy + h * scale))
    return save_pdf(out)


def fold_count(pages: int) -> int:
    """Return the pages an A5 document is printed on: 1 or 2 as they are, else a multiple of four."""
    return pages if pages <= 2 else padded_count(pages)


def same_sheets(paper: str, pages: int, before: int) -> bool:
    """Whether a layout of ``pages`` prints on as many sheets: an A5 one folds to a multiple of 4."""
    return fold_count(pages) == fold_count(before) if paper == "a5" else pages == before


def padded_pdf(session, doc, personal, pages: int, total: int) -> bytes:
    """Render a document numbered out of ``total`` pages, followed by ruled Notes pages up to it."""
    from worksheets.joining import join_tagged, save_pdf
    from worksheets.templating import PageNumbers

    parts = [session.render(doc, personal, PageNumbers(1, total)).data]
    ends_in_notes = session.ends_in_notes(doc, personal)
    for number in range(pages + 1, total + 1):  # the first Notes page is headed, unless it goes on
        context = session.notes_context(continued=ends_in_notes or number > pages + 1)
        html = session.html(session.notes(), personal, PageNumbers(number, total), context)
        parts.append(session.renderer.render(html).data)
    return save_pdf(join_tagged(parts))


def folded(session, doc, personal, rendered):
    """Return an A5 document that folds: a 3-page one gains a Notes page, and so on (never 3 or 5)."""
    total = fold_count(rendered.pages)
    if total == rendered.pages:
        return rendered
    data = padded_pdf(session, doc, personal, rendered.pages, total)
    return replace(rendered, data=data, pages=total)


def booklet_pdf(session, doc, personal, sheet: str) -> tuple[bytes, int]:
    """Render an A5 document padded with Notes pages to a multiple of four, imposed on ``sheet``."""
    pages = len(session.filled_layout(doc, personal)[1].pages)  # as rendered: filled, perhaps reshaped
    total = padded_count(pages)
    return impose(padded_pdf(session, doc, personal, pages, total), sheet), total // 2
