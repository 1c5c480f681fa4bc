"""Brand files: validation, located errors for missing files, readable colours."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from worksheets.brand import greyscale_logo, resolve_brand, write_starter
from worksheets.colors import WHITE, contrast, parse_hex
from worksheets.errors import InputErrors, WorksheetsError
from worksheets.resources import font_dir

BRANDS = Path(__file__).parent / "data" / "brands"


def full_brand(tmp_path: Path) -> Path:
    """Copy the full test brand and give it its own font file."""
    folder = tmp_path / "full"
    shutil.copytree(BRANDS / "full", folder)
    (folder / "fonts").mkdir()
    shutil.copy(
        font_dir("fontpkg_pt_serif") / "PT_Serif-Web-Regular.ttf", folder / "fonts" / "PracticeSerif.ttf"
    )
    return folder / "brand.yaml"


def test_default_brand_is_neutral():
    brand = resolve_brand(None)
    assert brand.model.practice_name == "Attachment worksheets"
    assert brand.logo is None and brand.notices == []


def test_full_brand_resolves_logo_and_own_font(tmp_path):
    brand = resolve_brand(full_brand(tmp_path))
    assert brand.logo and brand.logo.name == "logo.svg"
    assert brand.heading_family == "Practice Serif"
    assert any(face.path.name == "PracticeSerif.ttf" for face in brand.faces)


def test_too_light_primary_is_darkened_and_reported():
    brand = resolve_brand(BRANDS / "long" / "brand.yaml")
    heading = parse_hex(brand.palette["--color-primary"])
    assert contrast(heading, WHITE) >= 4.5
    assert contrast(heading, parse_hex(brand.palette["--color-primary-tint"])) >= 4.5
    assert any("colors.primary #9fd3c7 is too light" in n and "brand.yaml:7" in n for n in brand.notices)


def test_missing_logo_is_a_located_error(tmp_path):
    path = full_brand(tmp_path)
    (path.parent / "logo.svg").unlink()
    with pytest.raises(InputErrors, match=r"brand.yaml:7: logo.file: logo file 'logo.svg' not found"):
        resolve_brand(path)


def test_missing_font_is_a_located_error(tmp_path):
    path = full_brand(tmp_path)
    (path.parent / "fonts" / "PracticeSerif.ttf").unlink()
    with pytest.raises(InputErrors, match=r"brand.yaml:16: fonts.heading.regular: font file"):
        resolve_brand(path)


def test_bad_colour_says_how_to_write_one(tmp_path):
    path = tmp_path / "brand.yaml"
    path.write_text("practice_name: X\ncolors:\n  primary: teal\n", encoding="utf-8")
    with pytest.raises(
        InputErrors, match=r"brand.yaml:3: colors.primary: .teal. is not valid here; use a hex colour"
    ):
        resolve_brand(path)


def test_starter_brand_validates_and_is_never_overwritten(tmp_path):
    path = tmp_path / "practice" / "brand.yaml"
    write_starter(path)
    assert resolve_brand(path).model.practice_name == "Your Practice Name"
    assert (path.parent / "brand.schema.json").is_file()
    with pytest.raises(WorksheetsError, match="already exists"):
        write_starter(path)


def test_greyscale_logo_has_no_colour(tmp_path):
    svg = greyscale_logo(BRANDS / "full" / "logo.svg").decode()
    assert "#24566e" not in svg and "#d08c4a" not in svg
    from PIL import Image

    png = tmp_path / "logo.png"
    Image.new("RGB", (4, 4), (200, 30, 30)).save(png)
    out = tmp_path / "grey.png"
    out.write_bytes(greyscale_logo(png))
    assert Image.open(out).mode == "L"
