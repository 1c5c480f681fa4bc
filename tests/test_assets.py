"""Logos and fonts that cannot be used are found before anything renders."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from worksheets.assets import font_problem, logo_problem
from worksheets.resources import font_dir

SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'


def test_good_logos_pass(tmp_path: Path):
    (tmp_path / "logo.svg").write_text(SVG, encoding="utf-8")
    Image.new("RGB", (40, 20), "teal").save(tmp_path / "logo.png")
    assert logo_problem(tmp_path / "logo.svg") is None
    assert logo_problem(tmp_path / "logo.png") is None


def test_broken_logos_say_why(tmp_path: Path):
    cases = {
        "empty.png": (b"", "the file is empty"),
        "text.png": (b"not a picture", "is not a PNG picture"),
        "broken.svg": (b"<svg xmlns='http://www.w3.org/2000/svg'><g></svg>", "not well-formed XML"),
        "html.svg": (b"<html></html>", "not an SVG picture"),
        "latin1.svg": ("<svg xmlns='http://www.w3.org/2000/svg'>é</svg>".encode("latin-1"), "not UTF-8"),
    }
    for name, (data, message) in cases.items():
        (tmp_path / name).write_bytes(data)
        assert message in (logo_problem(tmp_path / name) or ""), name


def test_a_huge_bitmap_is_refused(tmp_path: Path):
    Image.new("1", (6000, 5000)).save(tmp_path / "big.png")
    assert "6000 x 5000 pixels" in logo_problem(tmp_path / "big.png")


def test_fonts_are_read_before_use(tmp_path: Path):
    real = font_dir("fontpkg_pt_serif") / "PT_Serif-Web-Regular.ttf"
    assert font_problem(real) == (None, False)
    (tmp_path / "fake.ttf").write_text("hello", encoding="utf-8")
    problem, variable = font_problem(tmp_path / "fake.ttf")
    assert problem.startswith("the file is not a font") and not variable
