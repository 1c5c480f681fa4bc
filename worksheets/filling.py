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


def free_room(document, line_gap_mm: float) -> dict[str, int]:
    """Return, for the last writing space on each page, how many more lines the page can hold."""
    extra: dict[str, int] = {}
    for page in document.pages:
        box = page._page_box
        bottom = box.margin_top + box.height  # where the content area ends
        lowest, last_space = 0.0, None
        for child in box.descendants():
            kind = type(child).__name__
            y = getattr(child, "position_y", None)
            if kind == "MarginBox" or y is None or y >= bottom - 0.5:
                continue
            # Only what is drawn counts: a container split across pages reaches the page's end.
            if kind in ("LineBox", "TableRowBox") or (kind == "BlockBox" and not child.children):
                lowest = max(lowest, y + child.margin_height())
            element = getattr(child, "element", None)
            if element is not None and element.get("data-fill") and child.element_tag == "div":
                last_space = element.get("data-fill")
        free_mm = (bottom - lowest) / PX_PER_MM - SAFETY_MM
        if last_space and free_mm >= line_gap_mm:
            extra[last_space] = extra.get(last_space, 0) + int(free_mm // line_gap_mm)
    return extra
