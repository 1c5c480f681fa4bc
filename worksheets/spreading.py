"""Share a page's leftover height between its blocks, so that pages end at the same line.

A page ends where the next block no longer fits: a two-line heading with the two lines
it keeps, a list item, a box. On a small page in large print that can leave a quarter
of it blank. Here, after the layout, that blank is shared out between the blocks of the
page, as a typesetter's vertical justification does: more before a new section than
between paragraphs, never between a heading and its text, and never more than a few
millimetres at any one place (what is left stays at the page's foot). A page that would
still end too empty may stretch its gaps up to twice as far, only as far as the limit.
Nothing moves to another page, and a document's last page is left as it is.
"""

from __future__ import annotations

from worksheets.filling import MAX_EMPTY_SHARE, _free_below
from worksheets.layout import PT_PER_MM, PX_PER_MM

MIN_SPREAD_LINES = 0.5  # less blank than half a line of text stays at the foot
GAP_LINE_SHARE = 0.25  # the most a gap of weight 1 grows, in lines of body text
STRETCH_LINE_SHARE = 0.5  # ... or, on a page still too empty at that, as much as brings it to the limit
STRETCH_MARGIN_MM = 0.5  # a stretched page ends this much under the limit (rounding)
SECTION_WEIGHT = 4  # before a heading, a section or a box: at most a line
PARAGRAPH_WEIGHT = 2  # between paragraphs and other blocks: at most half a line
ITEM_WEIGHT = 1  # between a list's items, which stay close: at most a quarter of a line
ITEM_LINES = 3  # an item of more lines is spaced as a paragraph
HEADINGS = ("h1", "h2", "h3")
UNITS = ("main", "section", "aside", "header")  # a gap before one of these opens a new part of the page
CONTAINERS = ("main", "form", "section", "div", "aside", "header", "body", "html", "ul", "ol")


def spread(document, body_pt: float) -> None:
    """Share the blank at the foot of each page but the last between that page's blocks."""
    line_mm = body_pt * 1.45 / PT_PER_MM
    for page, following in zip(document.pages, document.pages[1:], strict=False):
        extra = _plan(page, following, line_mm)[0]
        if extra:
            _shift(page._page_box, extra)
            _regather(page)
    for page in document.pages[:-1]:
        if not _fetches_images(page._page_box):
            _close_parted(page._page_box)
            _place_backgrounds(page._page_box)


def spread_shares(document, body_pt: float) -> list[float]:
    """Return the blank share of each page but the last as it will be once spread (nothing moves)."""
    line_mm = body_pt * 1.45 / PT_PER_MM
    shares = []
    for page, following in zip(document.pages, document.pages[1:], strict=False):
        moved_mm = _plan(page, following, line_mm)[1]
        shares.append((_free_below(page._page_box)[0] - moved_mm) * PX_PER_MM / page._page_box.height)
    return shares


def too_empty_spread(document, body_pt: float) -> tuple[int, float]:
    """Return how many pages (not the last) will be left too empty once spread, and by how much."""
    over = [share - MAX_EMPTY_SHARE for share in spread_shares(document, body_pt) if share > MAX_EMPTY_SHARE]
    return len(over), sum(over)


def _plan(page, following, line_mm: float) -> tuple[dict[int, float], float]:
    """Return how far (px) each block of a page moves down, by id, and how much blank (mm) that takes."""
    if _forced_break(following._page_box) or _fetches_images(page._page_box):
        return {}, 0.0  # backgrounds are placed once more after a spread, which must not fetch anything
    page_box = page._page_box
    blank_mm = _free_below(page_box)[0]
    free_mm = blank_mm - _foot_room_mm(page_box, line_mm)
    if free_mm < MIN_SPREAD_LINES * line_mm:
        return {}, 0.0
    gaps = list(_gaps(page_box))
    weight = sum(w for _, w in gaps)
    if not weight:
        return {}, 0.0
    step_mm = min(free_mm / weight, GAP_LINE_SHARE * line_mm)
    over_mm = blank_mm - MAX_EMPTY_SHARE * page_box.height / PX_PER_MM + STRETCH_MARGIN_MM
    if step_mm * weight < over_mm:  # still too empty: stretch, no further than the limit needs
        step_mm = min(free_mm / weight, STRETCH_LINE_SHARE * line_mm, over_mm / weight)
    return {id(box): w * step_mm * PX_PER_MM for box, w in gaps}, weight * step_mm


def _gaps(container):
    """Yield (block, weight): the blocks of a page that may move down, and how much they may take."""
    previous = None
    for child in _flow(container):
        if previous is not None:
            yield child, _weight(previous, child)
        if _enterable(child):
            yield from _gaps(child)
        previous = child


def _weight(previous, child) -> int:
    if previous.element_tag in HEADINGS:
        return 0  # a heading stays with its text
    if child.element_tag in HEADINGS or child.element_tag in UNITS:
        return SECTION_WEIGHT
    classes = (getattr(child, "element", None) is not None and child.element.get("class") or "").split()
    if "box" in classes:
        return SECTION_WEIGHT
    if child.element_tag == "li" and len(_line_boxes(child)) <= ITEM_LINES:
        return ITEM_WEIGHT
    return PARAGRAPH_WEIGHT  # an item of more lines (a path to choose, with its first step) reads as one


def _line_boxes(box) -> list:
    return [b for b in box.descendants() if type(b).__name__ == "LineBox"]


def _flow(container):
    """The in-flow block children of a container (not floats, not positioned boxes)."""
    for child in getattr(container, "children", []):
        if type(child).__name__ not in ("BlockBox", "TableWrapperBox", "FlexBox"):
            continue
        if child.style["position"] in ("absolute", "fixed") or child.style["float"] != "none":
            continue
        yield child


def _enterable(box) -> bool:
    """Whether the blocks inside a box may move apart: a plain container, drawing nothing of its own."""
    if type(box).__name__ != "BlockBox" or box.element_tag not in CONTAINERS:
        return False
    if _decorated(box):
        return False
    # Children that each draw a piece of one rule down their side (a parted box) keep it unbroken.
    sides = [
        bool(child.style["border_left_width"] or child.style["border_right_width"]) for child in _flow(box)
    ]
    return not any(a and b for a, b in zip(sides, sides[1:], strict=False))


def _decorated(box) -> bool:
    """Whether a box draws a tint or a border of its own."""
    style = box.style
    if style["background_color"].alpha or style["background_image"] != (("none", None),):
        return True
    return any(style[f"border_{side}_width"] for side in ("top", "bottom", "left", "right"))


def _foot_room_mm(page_box, line_mm: float) -> float:
    """The white kept at the foot: a line's worth under a page that ends in a tinted or bordered box.

    Moved down to the page's end, such a box would seem to hold the running footer.
    """
    lines = [
        b for b in page_box.descendants() if type(b).__name__ == "LineBox" and not _in_margin(page_box, b)
    ]
    if not lines:
        return 0.0
    lowest = max(line.position_y + line.margin_height() for line in lines)
    for box in page_box.descendants():
        if type(box).__name__ == "BlockBox" and _decorated(box) and not _in_margin(page_box, box):
            if box.border_box_y() + box.border_height() >= lowest - 0.5:
                return line_mm
    return 0.0


def _in_margin(page_box, box) -> bool:
    return not page_box.margin_top <= box.position_y < page_box.margin_top + page_box.height


def _shift(container, extra: dict[int, float]) -> float:
    """Move each block down by the gaps opened above it; return how much the container grew."""
    offset = 0.0
    for child in _flow(container):
        offset += extra.get(id(child), 0.0)
        if offset:
            child.translate(dy=offset)
        if _enterable(child):
            grown = _shift(child, extra)
            child.height += grown
            offset += grown
    return offset


def _close_parted(page_box) -> None:
    """End a tinted or bordered box that parts at a page's foot under its last line, not at the foot.

    WeasyPrint stretches the piece of a parted box to the page's end: a band of empty tint.
    """
    bottom = page_box.margin_top + page_box.height
    for box in page_box.descendants():
        if type(box).__name__ != "BlockBox" or _enterable(box) or box.element_tag in CONTAINERS[-2:]:
            continue
        if box.position_y + box.margin_height() < bottom - 0.5 or not box.children:
            continue
        lowest = max(
            (line.position_y + line.margin_height() for line in box.descendants() if _drawn(line)),
            default=None,
        )
        if lowest is not None:
            box.height = max(0.0, lowest - box.content_box_y())


def _drawn(box) -> bool:
    return type(box).__name__ in ("LineBox", "TableRowBox") or (
        type(box).__name__ == "BlockBox" and not box.children and box.height
    )


def _forced_break(box) -> bool:
    """Whether a page begins where the document asked for a new page (nothing there to pull up)."""
    for child in box.descendants():
        if type(child).__name__ in ("LineBox", "TableBox"):
            return False
        if getattr(child, "style", None) is not None and child.style["break_before"] in (
            "page",
            "left",
            "right",
        ):
            return True
    return False


def _fetches_images(page_box) -> bool:
    """Whether a page draws an image from a file as a background or border."""
    return any(
        kind == "url"
        for box in page_box.descendants()
        for kind, _ in (*box.style["background_image"], box.style["border_image_source"])
    )


def _place_backgrounds(page_box) -> None:
    """Paint tints and borders where their boxes now are (WeasyPrint places them during the layout)."""
    from weasyprint.layout.background import layout_box_backgrounds

    for child in page_box.children:
        if type(child).__name__ != "MarginBox":
            layout_box_backgrounds(page_box, child, _no_fetch)


def _no_fetch(**_):
    raise AssertionError("a background image on a page that was spread")


def _regather(page) -> None:
    """Place the page's links, anchors and form fields where their boxes now are."""
    from weasyprint.anchors import gather_anchors

    page.bookmarks, page.links, page.anchors, page.forms = [], [], {}, {None: []}
    gather_anchors(page._page_box, page.anchors, page.links, page.bookmarks, page.forms)
