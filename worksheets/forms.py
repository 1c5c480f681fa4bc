"""Pre-fill form fields (name, date) with appearances drawn by WeasyPrint.

Viewers draw a field's value from its appearance stream. Generating that stream
in pypdf or qpdf only works for simple Latin fonts; a name in Arabic, Chinese or
with emoji needs real shaping and font fallback. So the value is laid out by
WeasyPrint on a tiny page the size of the field, and that page becomes the
field's appearance. The field also gets the value itself (read-only), so the
name is there for software and screen readers too.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import pikepdf

READ_ONLY = 1


def field_sizes(pdf: pikepdf.Pdf, names: set[str]) -> dict[str, tuple[float, float]]:
    """Return the (width, height) in points of the first widget of each named field."""
    sizes: dict[str, tuple[float, float]] = {}
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            name = str(annot.get("/T", ""))
            if name in names and name not in sizes:
                x1, y1, x2, y2 = (float(v) for v in annot.Rect)
                sizes[name] = (abs(x2 - x1), abs(y2 - y1))
    return sizes


def stamp_fields(
    pdf: pikepdf.Pdf,
    values: dict[str, str],
    render_stamps: Callable[[list[tuple[str, float, float]]], bytes],
) -> None:
    """Give every widget of the named fields the value and a WeasyPrint-drawn appearance."""
    values = {k: v for k, v in values.items() if v}
    sizes = field_sizes(pdf, set(values))
    if not sizes:
        return
    order = sorted(sizes)
    stamps = pikepdf.open(io.BytesIO(render_stamps([(values[n], *sizes[n]) for n in order])))
    appearance = {name: pdf.copy_foreign(stamps.pages[i].as_form_xobject()) for i, name in enumerate(order)}
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            name = str(annot.get("/T", ""))
            if name in appearance:
                annot.V = pikepdf.String(values[name])
                annot.AP = pikepdf.Dictionary(N=appearance[name])
                annot.Ff = int(annot.get("/Ff", 0)) | READ_ONLY
    # The pre-drawn appearances must win over a viewer's own (Latin-only) drawing.
    if "/AcroForm" in pdf.Root:
        pdf.Root.AcroForm.NeedAppearances = False
