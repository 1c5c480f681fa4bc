"""Give tagged elements their own language: a name in Arabic on an English page is read in Arabic.

WeasyPrint 70 writes the document's language (``<html lang>``) into the PDF
catalog but ignores ``lang`` on elements. This wraps the function that builds
the structure tree so that an element with its own ``lang`` gets ``/Lang`` on
its structure element (PDF/UA and WCAG 3.1.2, language of parts). Pinned to
WeasyPrint 70 (see pyproject): the wrapped function is internal.
"""

from __future__ import annotations

import pydyf
from weasyprint.pdf import tags


def _with_languages(build):
    def build_box_tree(box, parent, pdf, page_number, nums, annotations, tags_by_box):
        element = getattr(box, "element", None)
        own = element is not None and box.element_tag not in (
            "html",
            "body",
        )  # the page's language is the catalog's
        lang = element.get("lang") if own else None
        wanted = f"/{tags._get_pdf_tag(box.element_tag)}" if lang else None
        for child in build(box, parent, pdf, page_number, nums, annotations, tags_by_box):
            if wanted and child.get("S") == wanted and "Lang" not in child:
                child["Lang"] = pydyf.String(lang)
            yield child

    build_box_tree.wrapped = build
    return build_box_tree


if not hasattr(tags._build_box_tree, "wrapped"):  # once per process
    tags._build_box_tree = _with_languages(tags._build_box_tree)
