"""Give a worksheet's writing spaces the room its pages have.

A worksheet laid out with the lines its content asks for often ends a page
with a band of white: the next block did not fit there. That band becomes
more ruled lines for the last writing space on the page, at the page model's
handwriting pitch, and the worksheet is laid out once more. The page count
never changes: if the second layout differs, the first one stands.
"""

from __future__ import annotations

from worksheets.layout import PX_PER_MM

SAFETY_MM = 1.5  # rounding and borders; a line that only just fits is left out
SPLIT_SAFETY_MM = 0.5  # a split is laid out again and kept only if it helps: a closer measure will do
MAX_EMPTY_SHARE = 0.15  # a worksheet page (not its last) leaves at most this much of its height blank
MIN_PIECE_ROWS = 2  # a table of days in two pieces keeps at least this many days in each
MIN_ANSWER_LINES = 3  # an open prompt's lines, where the page has room (DESIGN.md), before the last grows
LAST_PAGE_GROWTH_MM = 52  # on the last page a writing space grows by six lines (two table rows) at most


def fill_writing_room(session, doc, personal, numbering, shape: dict, html: str, document):
    """Give a worksheet's writing spaces the room left on its pages, if the page count stays.

    Returns the HTML, its layout and the arrangement (``shape``) with the lines it added.
    """
    if not doc.kind.fillable:
        return html, document, shape
    gap = session.page.type.line_gap_mm
    # One pass: what it leaves (lines beside a taller box) is under a line or two.
    fill = free_room(document, gap)
    if not fill:
        return html, document, shape
    filled = session.html(doc, personal, numbering, shape | {"fill": fill})
    laid_out = session._layout(filled)
    if len(laid_out.pages) != len(document.pages):  # extra lines never push anything to a new page
        return html, document, shape
    if too_empty(laid_out)[0]:
        # The grown space pushed on what had parted at the page's end (where to turn): a second
        # pass gives that room to the writing space as well.
        more = free_room(laid_out, gap, last_page=False)
        if more:
            total = {name: fill.get(name, 0) + more.get(name, 0) for name in fill | more}
            refilled = session.html(doc, personal, numbering, shape | {"fill": total})
            again = session._layout(refilled)
            if len(again.pages) == len(document.pages) and too_empty(again) < too_empty(laid_out):
                return refilled, again, shape | {"fill": total}
    return filled, laid_out, shape | {"fill": fill}


def free_room(document, line_gap_mm: float, last_page: bool = True) -> dict[str, int]:
    """Return, for the last writing space on each page, how many more lines the page can hold.

    On the last page a space grows by ``LAST_PAGE_GROWTH_MM`` at most, and only in a first pass
    (``last_page``): a second pass, over a filled layout, leaves the last page as it is.
    """
    extra: dict[str, int] = {}
    for page, following in zip(document.pages, [*document.pages[1:], None], strict=True):
        free_mm, last_space = _free_below(page._page_box)
        free_mm -= SAFETY_MM
        if last_space is None:
            continue
        if following is not None and _holds(following._page_box, last_space):
            continue  # it parted here (a checklist): what it gains would land on the next page
        name, pitch = last_space.get("data-fill"), float(last_space.get("data-pitch") or line_gap_mm)
        if following is None:  # the last page may end in white: no answer needs a page of lines
            free_mm = min(free_mm, LAST_PAGE_GROWTH_MM if last_page else 0)
        for short, lines in _short_answers(page._page_box, last_space):  # first, three lines for each
            more = min(MIN_ANSWER_LINES - lines, int(free_mm // line_gap_mm))
            if more > 0:
                extra[short] = extra.get(short, 0) + more
                free_mm -= more * line_gap_mm
        if free_mm >= pitch:
            extra[name] = extra.get(name, 0) + int(free_mm // pitch)
    return extra


def _short_answers(box, last_space) -> list[tuple[str, int]]:
    """Return the ruled answers on a page, before its last writing space, that have under three lines."""
    found: dict[str, int] = {}
    for child in box.descendants():
        element = getattr(child, "element", None)
        if element is last_space:
            break
        if element is None or child.element_tag != "div" or not element.get("data-fill"):
            continue
        if len(element) < MIN_ANSWER_LINES:  # ruled lines: one rule each
            found.setdefault(element.get("data-fill"), len(element))
    return list(found.items())


def _holds(box, element) -> bool:
    """Return whether a page holds (a piece of) an element."""
    return any(getattr(child, "element", None) is element for child in box.descendants())


def empty_shares(document) -> list[float]:
    """Return the blank share of each page but the last."""
    return [
        _free_below(page._page_box)[0] * PX_PER_MM / page._page_box.height for page in document.pages[:-1]
    ]


def too_empty(document) -> tuple[int, float]:
    """Return how many pages (not the last) are left too empty and the blank share over the limit."""
    over = [share - MAX_EMPTY_SHARE for share in empty_shares(document) if share > MAX_EMPTY_SHARE]
    return len(over), sum(over)


def table_splits(document) -> dict[str, int]:
    """Return the rows that fit back: the first table that moved whole and left its page too empty.

    Only tables marked ``data-split`` (their name) may become two tables: the rows that fit stay on the
    page, the rest follow under the repeated header row. Each piece stays whole.
    """
    splits: dict[str, int] = {}
    for page, following in zip(document.pages, document.pages[1:], strict=False):
        box = page._page_box
        free_mm = _free_below(box)[0]
        if free_mm * PX_PER_MM / box.height <= MAX_EMPTY_SHARE:
            continue
        found = _first_splittable(following._page_box)
        if found is None:
            continue
        name, rows, examples, fewer = found
        if rows is None:  # a box: it takes another form, which may run on between its items
            splits[name] = 1
            break
        top = following._page_box.margin_top
        room = (free_mm - SPLIT_SAFETY_MM) * PX_PER_MM - _dropped_margin(following._page_box)
        fits = sum(1 for row in rows if row.position_y + row.margin_height() - top <= room)
        if fewer:  # blank rows: the table comes back whole with the rows that fit (filling adds more)
            if 1 <= fits < len(rows):
                splits[name] = fits
                break
            continue
        fits = min(fits, len(rows) - MIN_PIECE_ROWS)  # never one day alone under a repeated header
        if fits >= MIN_PIECE_ROWS - examples:  # an example run across the table counts as a day
            splits[name] = fits
            break  # what follows moves with this split: later pages are measured on the next layout
    return splits


def _dropped_margin(box) -> float:
    """Return the top margin (px) of a page's first block, dropped there but kept lower on a page."""
    for child in box.descendants():
        if type(child).__name__ == "BlockBox" and getattr(child, "element_tag", None) not in (
            None,
            "html",
            "body",
        ):
            margin = child.style["margin_top"]
            if child.element_tag not in ("main", "form", "section") or margin.value:
                return margin.value if margin.unit == "px" else 0.0
    return 0.0


def _first_splittable(box):
    """Return the name, writing rows, examples run across (0 or 1) and whether it only takes fewer
    rows (``data-fewer``: blank rows), of a splittable table that is a page's first writing space.

    A splittable box (no rows: ``None``) that comes first counts too.
    """
    for child in box.descendants():
        element = getattr(child, "element", None)
        if element is not None and element.get("data-split") and element.tag != "table":
            return element.get("data-split"), None, 0, False
        if element is None or not element.get("data-fill"):
            continue
        if element.tag == "table" and type(child).__name__ != "TableBox":
            continue  # the table's wrapper
        name = element.get("data-split") or element.get("data-fewer")
        if type(child).__name__ != "TableBox" or not name:
            return None
        rows = [
            row
            for row in child.descendants()
            if type(row).__name__ == "TableRowBox" and "write-row" in (row.element.get("class") or "")
        ]
        examples = sum(
            1
            for row in child.descendants()
            if type(row).__name__ == "TableRowBox" and "across" in (row.element.get("class") or "").split()
        )
        return name, rows, min(examples, 1), not element.get("data-split")
    return None


def empty_pages(document) -> list[str]:
    """Describe each page but the last that is left more than ``MAX_EMPTY_SHARE`` blank."""
    found = []
    for number, page in enumerate(document.pages[:-1], start=1):
        box = page._page_box
        share = _free_below(box)[0] * PX_PER_MM / box.height
        if share > MAX_EMPTY_SHARE:
            found.append(
                f"page {number}: {share:.0%} of the page is left empty (at most {MAX_EMPTY_SHARE:.0%})"
            )
    return found


def _free_below(box):
    """Return the blank height (mm) under a page's last drawn content, and its last writing space.

    A writing space is an element with ``data-fill`` (its name): ruled lines, a table whose
    rows are ``data-pitch`` mm tall, or a checklist that takes blank items of the reader's own.
    """
    bottom = box.margin_top + box.height  # where the content area ends
    lowest, last_space = box.margin_top, None
    for child in box.descendants():
        kind = type(child).__name__
        y = getattr(child, "position_y", None)
        if kind == "MarginBox" or y is None or y >= bottom - 0.5:
            continue
        # Only what is drawn counts: a container split across pages reaches the page's end.
        element = getattr(child, "element", None)
        ruled = element is not None and "rule" in (element.get("class") or "").split()
        if kind in ("LineBox", "TableRowBox") or (kind == "BlockBox" and (ruled or not child.children)):
            lowest = max(lowest, y + child.margin_height())
        if element is not None and element.get("data-fill") and child.element_tag in ("div", "table", "ul"):
            last_space = element
    return (bottom - lowest) / PX_PER_MM, last_space


def room_at_foot(document) -> float:
    """Return the blank height (mm) at the foot of the last page."""
    return _free_below(document.pages[-1]._page_box)[0]


def references_alone(document) -> float:
    """Return the blank height (mm) under the references if the last page holds nothing else, else 0."""
    box = document.pages[-1]._page_box
    bottom = box.margin_top + box.height - 0.5

    def only_references(child, inside: bool) -> bool:
        element = getattr(child, "element", None)
        if type(child).__name__ == "MarginBox":
            return True
        if element is not None and "references" in (element.get("class") or "").split():
            inside = True
        if type(child).__name__ == "LineBox" and not inside and child.position_y < bottom:
            return False
        return all(only_references(c, inside) for c in getattr(child, "children", []))

    return _free_below(box)[0] if only_references(box, False) else 0.0


def parted(document, css: str) -> bool:
    """Return whether an element of this class has pieces on two pages."""
    sets = [_elements(page._page_box, css) for page in document.pages]
    return any(a & b for a, b in zip(sets, sets[1:], strict=False))


def parted_onto_last_page(document, css: str) -> bool:
    """Return whether an element of this class begins on the page before the last and ends on the last."""
    if len(document.pages) < 2:
        return False
    before, last = (_elements(page._page_box, css) for page in document.pages[-2:])
    return bool(before & last)


def _elements(box, css: str) -> set[int]:
    return {
        id(child.element)
        for child in box.descendants()
        if getattr(child, "element", None) is not None and css in (child.element.get("class") or "").split()
    }


def notes_page_lines(session, continued: bool) -> int:
    """Return the ruled lines that fill a session's Notes page to its foot (headed, or ``continued``).

    A Notes page is laid out once with a safe guess, and gains the lines its foot has room for.
    """
    from datetime import date

    from worksheets.models import Personal
    from worksheets.referencing import NOTES_HEADING_LINES
    from worksheets.templating import PageNumbers

    p = session.page
    usable = p.paper.height_mm - p.paper.top_mm - p.paper.first_guess_bottom_mm - 4 * p.type.title / 2.83
    guess = int(usable // p.type.line_gap_mm) - 1 + (NOTES_HEADING_LINES if continued else 0)
    context = {"lines": guess, "purpose": session.library.site.labels.notes, "continued": continued}
    reader = Personal(date=date(2000, 1, 1))  # a Notes page has no header: no reader's words on it
    page = session.renderer.layout(session.html(session.notes(), reader, PageNumbers(1, 1), context))
    if len(page.pages) != 1:
        return guess
    free_mm = _free_below(page.pages[0]._page_box)[0] - SAFETY_MM
    return guess + max(0, int(free_mm // p.type.line_gap_mm))
