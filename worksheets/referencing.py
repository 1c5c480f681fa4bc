"""Where a document's references fall: read in order, never alone on a page, never a lone heading.

Each step takes a laid-out arrangement (HTML, layout, shape) and returns it, or a better one: the
references in one column where two would part across a page; their heading with a whole first
reference where it would end a page with one line under it; ruled Notes lines after references
that stand alone on the last page.
"""

from __future__ import annotations

NOTES_HEADING_LINES = 2  # a last page of references alone gains Notes lines: its heading takes ~2
MIN_NOTES_LINES = 2  # fewer are not worth a heading
MIN_LINES_UNDER_HEADING = 2  # fewer at a page's foot, and the heading goes on with a whole reference


def in_order(session, doc, personal, numbering, html: str, document, shape: dict):
    """References in two columns that part across a page come in one column, read in order."""
    from worksheets.filling import parted_onto_last_page

    if session.settings.paper == "a5" or session.settings.large_print:  # one column there already
        return html, document, shape
    if not parted_onto_last_page(document, "references"):
        return html, document, shape
    candidate, other, laid_out = session._choosing(doc, personal, numbering, shape, refs_in_order=True)
    if len(laid_out.pages) > len(document.pages):
        return html, document, shape
    return session._filled(doc, personal, numbering, candidate, other, laid_out)


def heading_kept(session, doc, personal, numbering, html: str, document, shape: dict):
    """References whose heading ends a page over one line go on with a whole first reference, if that
    leaves no more pages too empty (the page before may take the blank)."""
    if not lone_heading(document):
        return html, document, shape
    found = session._tried(doc, personal, numbering, shape, document, refs_whole_first=True)
    return (html, document, shape) if found is None else found


def noted(session, doc, personal, numbering, html: str, document, shape: dict):
    """Where the last page holds only references, ruled Notes lines follow them to its end.

    An A5 document padded to fold keeps them too: its references never stand alone on a page,
    and one line is enough there, for the padding's lines go on from it. An A5 handout padded to
    fold gains them under whatever its last page ends with: a Notes page follows anyway, and the
    blank above it would read as a page left unfinished. (A worksheet's last page is writing room.)
    """
    from worksheets.booklet import fold_count
    from worksheets.filling import references_alone, room_at_foot

    pages = len(document.pages)
    padded = session.settings.paper == "a5" and fold_count(pages) > pages
    room = references_alone(document) or (room_at_foot(document) if padded and not doc.kind.fillable else 0)
    lines = int(room // session.page.type.line_gap_mm) - NOTES_HEADING_LINES
    while lines >= (1 if padded else MIN_NOTES_LINES):
        with_notes = session.html(doc, personal, numbering, shape | {"notes_lines": lines})
        laid_out = session._layout(with_notes)
        if len(laid_out.pages) != len(document.pages):
            lines -= NOTES_HEADING_LINES  # a rounding short: once more with fewer
            continue
        return with_notes, laid_out, shape | {"notes_lines": lines}
    return html, document, shape


def lone_heading(document) -> bool:
    """Whether the references' heading ends a page, not the last, with fewer than two of their lines."""
    for page in document.pages[:-1]:
        seen = {"heading": False, "lines": 0}
        _count(page._page_box, seen, inside=False, in_item=False)
        if seen["heading"] and seen["lines"] < MIN_LINES_UNDER_HEADING:
            return True
    return False


def _count(box, seen: dict, inside: bool, in_item: bool) -> None:
    if "::" in (getattr(box, "element_tag", None) or ""):  # a list marker is not a line of text
        return
    element = getattr(box, "element", None)
    if element is not None:
        inside = inside or "references" in (element.get("class") or "").split()
        seen["heading"] = seen["heading"] or (inside and element.tag == "h2")
        in_item = in_item or (inside and element.tag == "li")
    if type(box).__name__ == "LineBox" and in_item:
        seen["lines"] += 1
        return
    for child in getattr(box, "children", []):
        _count(child, seen, inside, in_item)
