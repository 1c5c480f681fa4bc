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
MULTILINE = 1 << 12


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


def multiline_fields(pdf: pikepdf.Pdf, names: set[str]) -> set[str]:
    """Return which of the named text fields take several lines (a table's cells)."""
    found = set()
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            name = str(annot.get("/T", ""))
            if name in names and int(annot.get("/Ff", 0)) & MULTILINE:
                found.add(name)
    return found


def stamp_fields(
    pdf: pikepdf.Pdf,
    values: dict[str, str],
    render_stamps: Callable[[list[tuple[str, float, float, bool]]], bytes],
    read_only: bool = True,
) -> None:
    """Give every widget of the named fields the value and a WeasyPrint-drawn appearance.

    Pre-filled names and dates are read-only; a reader's own answers (``read_only=False``) stay editable.
    """
    values = {k: v for k, v in values.items() if v}
    sizes = field_sizes(pdf, set(values))
    if not sizes:
        return
    order = sorted(sizes)
    wraps = multiline_fields(pdf, set(order))
    items = [(values[n], *sizes[n], n in wraps) for n in order]
    stamps = pikepdf.open(io.BytesIO(render_stamps(items)))
    appearance = {name: pdf.copy_foreign(stamps.pages[i].as_form_xobject()) for i, name in enumerate(order)}
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            name = str(annot.get("/T", ""))
            if name in appearance:
                annot.V = pikepdf.String(values[name])
                annot.AP = pikepdf.Dictionary(N=appearance[name])
                if read_only:
                    annot.Ff = int(annot.get("/Ff", 0)) | READ_ONLY
    # The pre-drawn appearances must win over a viewer's own (Latin-only) drawing.
    if "/AcroForm" in pdf.Root:
        pdf.Root.AcroForm.NeedAppearances = False


def complete_checkboxes(pdf: pikepdf.Pdf) -> bool:
    """Give every checkbox what poppler viewers (Evince, Okular, CUPS printing) need to show a tick.

    WeasyPrint draws the ticked appearance only. Without an Off appearance and a
    default appearance naming a font, viewers that redraw form fields lose the tick.
    Returns whether anything changed.
    """
    changed = False
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            if annot.get("/FT") != "/Btn" or "/AP" not in annot:
                continue
            normal = annot.AP.N
            if "/Off" not in normal:
                on = next(iter(normal.values()))
                off = pikepdf.Stream(pdf, b"")
                off.Type, off.Subtype, off.BBox = pikepdf.Name.XObject, pikepdf.Name.Form, on.BBox
                normal.Off = off
            annot.DA = pikepdf.String("/ZaDb 0 Tf 0 g")
            mk = annot.get("/MK", pikepdf.Dictionary())
            mk.CA = pikepdf.String("4")  # a check mark in ZapfDingbats
            annot.MK = mk
            changed = True
    if changed and "/AcroForm" in pdf.Root:
        form = pdf.Root.AcroForm
        # Every checkbox now has both appearances: viewers must show them, not redraw them
        # (poppler's redrawing loses the tick). Typed text gets its appearance when it is typed.
        form.NeedAppearances = False
        # A new resource dictionary: WeasyPrint shares its fonts with the pages, which must not gain
        # an unembedded ZapfDingbats.
        old = form.get("/DR", pikepdf.Dictionary())
        fonts = pikepdf.Dictionary({k: v for k, v in old.get("/Font", pikepdf.Dictionary()).items()})
        fonts.ZaDb = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.ZapfDingbats
            )
        )
        form.DR = pikepdf.Dictionary({k: v for k, v in old.items() if k != "/Font"})
        form.DR.Font = fonts
    return changed


def field_values(doc, personal, session) -> dict[str, str]:
    """Return the form fields to pre-fill for this reader (a document of a session)."""
    if not (doc.kind.fillable and session.settings.fillable and personal.client):
        return {}
    from worksheets.locale import long_date

    return {
        "name": personal.client,
        "date": long_date(personal.date, session.lang, session.library.site.labels),
    }
