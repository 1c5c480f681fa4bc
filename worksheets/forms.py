"""Fill PDF form fields after rendering (pypdf), so values show in every viewer."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter


def fill_fields(pdf: bytes, values: dict[str, str]) -> bytes:
    """Return the PDF with the named text fields filled and appearance streams drawn.

    WeasyPrint would also paint an ``<input value>`` into the page itself, which
    viewers then overprint with the field: filling afterwards avoids the double text.
    """
    values = {k: v for k, v in values.items() if v}
    if not values:
        return pdf
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    present = set(writer.get_fields() or {})
    for page in writer.pages:
        names = {a.get_object().get("/T") for a in page.get("/Annots", [])}
        wanted = {k: v for k, v in values.items() if k in present and k in names}
        if wanted:
            writer.update_page_form_field_values(page, wanted, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
