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
MAX_EMPTY_SHARE = 0.15  # a worksheet page (not its last) leaves at most this much of its height blank


def free_room(document, line_gap_mm: float) -> dict[str, int]:
    """Return, for the last writing space on each page, how many more lines the page can hold."""
    extra: dict[str, int] = {}
    for page in document.pages:
        free_mm, last_space = _free_below(page._page_box)
        free_mm -= SAFETY_MM
        if last_space is None:
            continue
        name, pitch = last_space.get("data-fill"), float(last_space.get("data-pitch") or line_gap_mm)
        if free_mm >= pitch:
            extra[name] = extra.get(name, 0) + int(free_mm // pitch)
    return extra


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

    A writing space is an element with ``data-fill`` (its name): ruled lines, or a table whose
    rows are ``data-pitch`` mm tall.
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
        if element is not None and element.get("data-fill") and child.element_tag in ("div", "table"):
            last_space = element
    return (bottom - lowest) / PX_PER_MM, last_space
