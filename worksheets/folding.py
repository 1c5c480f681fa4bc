"""A5 documents fold into sheets of four pages: the room their last sheet has to spare is for writing.

A worksheet of seven A5 pages prints on two folded sheets, its eighth page ruled for Notes. Before
that page is given to Notes, every answer gets more lines (as many more as still fold into the same
sheets), and the small step may end its page and take the rest of it.
"""

from __future__ import annotations

from worksheets.referencing import noted

MORE_LINES = (4, 2, 1)  # tried in turn: more lines for every answer, while the sheets stay the same


def use_spare_room(session, doc, personal, numbering, html: str, document, shape: dict):
    """Give the room an A5 worksheet's last sheet has to spare to its answers (HTML, layout, shape)."""
    if session.settings.paper != "a5" or not doc.kind.fillable or not _spare(document, shape):
        return html, document, shape
    best = html, document, shape
    for more in MORE_LINES:
        found = _try(session, doc, personal, numbering, best, shape, more_lines=more)
        if found is not None:
            best = found
            break
    if 'data-fill="small-step"' in best[0] and _spare(best[1], best[2]):
        found = _try(session, doc, personal, numbering, best, best[2], step_page=True)
        if found is not None and _small_step_lines(found[2]) > _small_step_lines(best[2]):
            best = found
    return best


def _spare(document, shape: dict) -> bool:
    """Whether the last sheet has a page to spare (padding) or ends in Notes lines."""
    return bool(shape.get("notes_lines") or len(document.pages) % 4)


def _small_step_lines(shape: dict) -> int:
    return shape.get("fill", {}).get("small-step", 0)


def _try(session, doc, personal, numbering, current, shape: dict, **choice):
    """Lay out the arrangement with one more choice; return it filled (and noted) if it folds as before
    and leaves no more pages too empty, else None."""
    order = {key: value for key, value in shape.items() if key != "notes_lines"}
    # Where to turn stays whole: the lines that grow must not push it to part across a page.
    found = session._tried(doc, personal, numbering, order, current[1], whole_reach_out=True, **choice)
    return None if found is None else noted(session, doc, personal, numbering, *found)
