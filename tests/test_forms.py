"""Fillable worksheets: fields exist, have readable names and tooltips, and can be filled."""

from __future__ import annotations

import io

import pytest
from conftest import build
from pypdf import PdfReader, PdfWriter


@pytest.fixture(scope="module")
def personal_worksheets(tmp_path_factory):
    out = tmp_path_factory.mktemp("forms")
    docs = ["avoidant-worksheet", "healing-plan-worksheet", "avoidant-handout"]
    built = build(docs, out, client="Alex Rivera")
    return {b.doc.id: b.path for b in built}


def test_worksheet_has_named_fields_with_tooltips(personal_worksheets):
    fields = PdfReader(personal_worksheets["avoidant-worksheet"]).get_fields()
    ws = "avoidant-worksheet/"
    expected = {
        "name",
        "date",
        ws + "check-1",
        ws + "prompt-1-line-1",
        ws + "prompt-1-line-3",
        ws + "small-step-line-1",
        ws + "situation-1-situation",
    }
    assert expected <= set(fields)
    assert fields[ws + "check-1"]["/FT"] == "/Btn"
    # One single-line field per ruled line, so typed text rests on its rule in every viewer.
    line = fields[ws + "prompt-1-line-1"]
    assert line["/FT"] == "/Tx" and not int(line.get("/Ff", 0)) & (1 << 12)
    assert line["/TU"].startswith("When did you last") and line["/TU"].endswith("(line 1 of 3)")
    assert all(field.get("/TU") for field in fields.values())


def test_client_name_and_date_are_in_their_fields(personal_worksheets):
    reader = PdfReader(personal_worksheets["avoidant-worksheet"])
    fields = reader.get_fields()
    assert fields["name"]["/V"] == "Alex Rivera"
    assert fields["date"]["/V"] == "28 November 2026"
    assert fields["name"]["/Ff"] & 1, "pre-filled names are read-only"
    widgets = {str(a.get_object().get("/T")): a.get_object() for a in reader.pages[0]["/Annots"]}
    for name in ("name", "date"):
        appearance = widgets[name]["/AP"]["/N"].get_object()
        assert b"Tf" in appearance.get_data() and "/Font" in appearance["/Resources"], f"{name} draws text"
        assert appearance.get_data().strip(), f"the {name} widget's appearance is not empty"
    # The name appears once on the page: in its field on a worksheet, printed on a handout.
    assert "Alex Rivera" not in reader.pages[0].extract_text()
    handout = PdfReader(personal_worksheets["avoidant-handout"]).pages[0].extract_text()
    assert "Prepared for Alex Rivera" in " ".join(handout.split())


def test_healing_plan_has_path_boxes_and_a_log(personal_worksheets):
    fields = PdfReader(personal_worksheets["healing-plan-worksheet"]).get_fields()
    ws = "healing-plan-worksheet/"
    assert any(name.startswith(ws + "path-cognitive") for name in fields)
    assert ws + "log-mon-what-i-did" in fields and ws + "practice" in fields


def test_handouts_have_no_fields(personal_worksheets):
    assert not PdfReader(personal_worksheets["avoidant-handout"]).get_fields()


def test_fields_can_be_filled_programmatically(personal_worksheets):
    writer = PdfWriter(clone_from=PdfReader(personal_worksheets["avoidant-worksheet"]))
    for page in writer.pages:
        writer.update_page_form_field_values(
            page,
            {
                "avoidant-worksheet/prompt-1-line-1": "After a hard day at work.",
                "avoidant-worksheet/check-2": "/on",
            },
            auto_regenerate=False,
        )
    buffer = io.BytesIO()
    writer.write(buffer)
    fields = PdfReader(io.BytesIO(buffer.getvalue())).get_fields()
    assert fields["avoidant-worksheet/prompt-1-line-1"]["/V"] == "After a hard day at work."
    assert fields["avoidant-worksheet/check-2"]["/V"] == "/on"


def test_flat_worksheets_have_no_fields(tmp_path):
    built = build(["ambivalent-worksheet"], tmp_path, flat=True)
    assert not PdfReader(built[0].path).get_fields()


def test_checkboxes_carry_both_appearances_for_every_viewer(personal_worksheets, tmp_path):
    import shutil
    import subprocess

    import pikepdf

    pdf = pikepdf.open(personal_worksheets["avoidant-worksheet"])
    boxes = [a for a in pdf.pages[0].Annots if a.get("/FT") == "/Btn"]
    assert boxes and all(set(a.AP.N.keys()) == {"/on", "/Off"} for a in boxes)
    assert all("Tf" in str(a.DA) for a in boxes), "poppler needs a font in the default appearance"
    assert not bool(pdf.Root.AcroForm.get("/NeedAppearances", False)), "viewers show, not redraw"
    if shutil.which("pdftoppm") is None:
        return  # the structure above is what poppler needs; drawing it is checked where poppler is installed
    from PIL import Image

    box = boxes[0]
    x1, y1, x2, y2 = (float(v) for v in box.Rect)
    dark = []
    for ticked in (False, True):
        box.AS = pikepdf.Name("/on" if ticked else "/Off")
        pdf.save(tmp_path / "t.pdf")
        subprocess.run(
            ["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", tmp_path / "t.pdf", tmp_path / "p"]
        )
        image = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
        top = image.height - max(y1, y2) * 100 / 72
        crop = image.crop(
            (int(x1 * 100 / 72), int(top), int(x2 * 100 / 72), int(top + abs(y2 - y1) * 100 / 72))
        )
        dark.append(sum(crop.histogram()[:100]))
    assert dark[1] > dark[0] + 10, "poppler draws the tick"


def _dark_pixels(png, rect, page_height) -> int:
    """Count the dark pixels a viewer drew inside one widget (pictures at 100 dpi)."""
    from PIL import Image

    x1, x2 = sorted(rect[0::2])
    y1, y2 = sorted(rect[1::2])
    image = Image.open(png).convert("L") if not isinstance(png, Image.Image) else png.convert("L")
    scale = image.height / page_height
    box = (int(x1 * scale), int(image.height - y2 * scale), int(x2 * scale), int(image.height - y1 * scale))
    return sum(image.crop(box).histogram()[:100])


def test_a_tick_set_by_pypdf_or_by_pdfium_shows_in_pdfium_and_poppler(personal_worksheets, tmp_path):
    import shutil
    import subprocess

    import pikepdf
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    source = personal_worksheets["avoidant-worksheet"]
    with pikepdf.open(source) as pdf:
        box = next(a for a in pdf.pages[0].Annots if a.get("/FT") == "/Btn")
        rect, name = [float(v) for v in box.Rect], str(box.T)
        height = float(pdf.pages[0].MediaBox[3])
    # Ticked with pypdf, as a script filling the form would.
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.update_page_form_field_values(writer.pages[0], {name: "/on"}, auto_regenerate=False)
    writer.write(tmp_path / "pypdf.pdf")
    # Ticked through pdfium's form API, as a reader clicking in Chrome would.
    document = pdfium.PdfDocument(source)
    document.init_forms()
    page, x, y = document[0], (rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2  # keep the page alive
    raw.FORM_OnLButtonDown(document.formenv.raw, page.raw, 0, x, y)
    raw.FORM_OnLButtonUp(document.formenv.raw, page.raw, 0, x, y)
    raw.FORM_ForceToKillFocus(document.formenv.raw)
    with open(tmp_path / "pdfium.pdf", "wb") as out:
        document.save(out)

    def pdfium_dark(path) -> int:
        shown = pdfium.PdfDocument(path)
        shown.init_forms()
        first = shown[0]
        return _dark_pixels(first.render(scale=100 / 72, may_draw_forms=True).to_pil(), rect, height)

    empty = pdfium_dark(source)
    for ticked in ("pypdf.pdf", "pdfium.pdf"):
        assert pdfium_dark(tmp_path / ticked) > empty + 10, f"pdfium shows the tick ({ticked})"
    if shutil.which("pdftoppm") is None:
        return  # poppler's drawing is checked where it is installed
    for ticked in ("pypdf.pdf", "pdfium.pdf"):
        prefix = tmp_path / ticked.replace(".pdf", "")
        subprocess.run(
            ["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", tmp_path / ticked, prefix], check=True
        )
        png = next(tmp_path.glob(f"{prefix.name}*.png"))
        assert _dark_pixels(png, rect, height) > 10, f"poppler shows the tick ({ticked})"
