"""A worksheet that runs onto a page for little more than its closing comes back onto one page fewer.

With a brand's header and footer, a two-page Letter worksheet can spill its small step and where to
turn onto a third page, mostly blank: a sheet more to print. Laid out with a line less for every
answer, it may fit on two; the filling then gives the answers back all the room the pages have.
"""

from __future__ import annotations

FEWER_LINES = (1, 2)  # tried in turn: lines fewer for every answer before the filling (at least one)
MOSTLY_BLANK = 0.25  # a last page at least this blank (once filled) is worth a try


def fewer_pages(session, doc, personal, numbering, html: str, document, shape: dict):
    """Return the arrangement on one page fewer if a line less for every answer gets it there and no
    page is left too empty; else the one given (HTML, layout, shape)."""
    from worksheets.filling import room_at_foot
    from worksheets.layout import PX_PER_MM

    if session.settings.paper == "a5" or not doc.kind.fillable or len(document.pages) < 2:  # A5: folding.py
        return html, document, shape
    body_mm = document.pages[-1]._page_box.height / PX_PER_MM
    if room_at_foot(document) < MOSTLY_BLANK * body_mm:
        return html, document, shape
    for fewer in FEWER_LINES:
        found = session._tried(doc, personal, numbering, shape, document, fewer=True, more_lines=-fewer)
        if found is not None:
            return found
    return html, document, shape
