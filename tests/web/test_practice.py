"""My practice: the brand form, checked by brand.yaml's models, saved in the user's config folder."""

from __future__ import annotations

import io
from html import unescape

import yaml
from click.testing import CliRunner
from PIL import Image
from webpage import post

from worksheets.cli import main
from worksheets.web.practice import brand_data, logo_suffix


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 40), "#1d4e89").save(buffer, format="PNG")
    return buffer.getvalue()


PNG = _png()


def brand_form(**changes) -> dict:
    form = {
        "practice_name": "Harbour Counselling",
        "clinician.name": "Dr. Mina Osei",
        "colors.primary": "#1d4e89",
        "colors.accent": "#b08a4e",
        "fonts.body": "atkinson-hyperlegible",
        "fonts.heading": "pt-serif",
        "contact.phone": "555-0100",
        "crisis_line.region": "US",
        "crisis_line.text": "Call or text 988",
        "crisis_line.number": "988",
        "crisis_line.verified": "2026-11-01",
    }
    return form | changes


def test_a_saved_practice_is_brand_yaml_in_the_config_folder_and_the_command_line_uses_it(
    client, config, tmp_path
):
    logo = (io.BytesIO(PNG), "my logo.png")
    response = post(client, "/practice", brand_form(**{"logo.alt": "A lighthouse", "logo.file": logo}),
                    content_type="multipart/form-data")  # fmt: skip
    assert response.status_code == 303
    saved = yaml.safe_load(config.brand_file.read_text())
    assert saved["practice_name"] == "Harbour Counselling"
    assert saved["logo"] == {"alt": "A lighthouse", "file": "logo.png"}
    assert (config.config_dir / "logo.png").read_bytes() == PNG
    page = client.get("/practice?saved=1").get_data(as_text=True)
    assert "Saved." in page and 'value="#1d4e89"' in page and str(config.brand_file) in page
    result = CliRunner().invoke(
        main, ["build", "avoidant-handout", "--brand", str(config.brand_file), "--out", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "avoidant-handout.pdf").is_file()


def test_handouts_made_on_the_page_carry_the_saved_practice(client):
    post(client, "/practice", brand_form(), content_type="multipart/form-data")
    from pypdf import PdfReader

    form = {"documents": ["avoidant-handout"], "lang": "en", "paper": "letter", "use_brand": "on"}
    branded = PdfReader(io.BytesIO(post(client, "/make", form).data)).pages[0].extract_text()
    assert "Harbour Counselling" in branded and "988" in branded
    plain = (
        PdfReader(io.BytesIO(post(client, "/make", form | {"use_brand": ""}).data)).pages[0].extract_text()
    )
    assert "Harbour Counselling" not in plain


def test_a_bad_colour_is_shown_beside_its_field_and_nothing_is_saved(client, config):
    response = post(
        client, "/practice", brand_form(**{"colors.primary": "teal"}), content_type="multipart/form-data"
    )
    assert response.status_code == 400
    html = unescape(response.get_data(as_text=True))
    assert 'id="colors-primary-problem"' in html
    assert "'teal' is not valid here; use a hex colour" in html
    assert 'aria-invalid="true" aria-describedby="colors-primary-problem"' in html
    assert not config.brand_file.exists()


def test_a_light_colour_is_saved_with_a_note_about_contrast(client, config):
    response = post(
        client, "/practice", brand_form(**{"colors.primary": "#f0e68c"}), content_type="multipart/form-data"
    )
    assert response.status_code == 200
    assert "too light for text" in response.get_data(as_text=True)
    assert config.brand_file.is_file()


def test_a_damaged_logo_gets_the_command_lines_message_beside_the_field(client, config):
    broken = (io.BytesIO(PNG[:60]), "logo.png")
    form = brand_form(**{"logo.file": broken, "logo.alt": "Our logo"})
    response = post(client, "/practice", form, content_type="multipart/form-data")
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert 'id="logo-file-problem"' in html and "the picture is damaged" in html
    assert not config.brand_file.exists()


def test_a_logo_without_a_description_asks_for_one(client, config):
    form = brand_form(**{"logo.file": (io.BytesIO(PNG), "logo.png")})
    html = post(client, "/practice", form, content_type="multipart/form-data").get_data(as_text=True)
    assert 'id="logo-alt-problem"' in html and "this field is required" in html


def test_a_logo_that_is_not_an_image_is_refused(client, config):
    fake = (io.BytesIO(b"MZ\x90\x00 not a picture"), "logo.png")
    response = post(
        client, "/practice", brand_form(**{"logo.file": fake}), content_type="multipart/form-data"
    )
    assert response.status_code == 400
    assert "must be a PNG or SVG file" in response.get_data(as_text=True)
    assert not config.brand_file.exists()


def test_a_logo_over_two_megabytes_is_refused(client, config):
    big = (io.BytesIO(PNG + b"\0" * (2 * 1024 * 1024)), "logo.png")
    response = post(client, "/practice", brand_form(**{"logo.file": big}), content_type="multipart/form-data")
    assert response.status_code == 400
    assert "larger than 2 MB" in response.get_data(as_text=True)


def test_a_missing_practice_name_and_half_a_crisis_line_are_each_named(client):
    form = brand_form(practice_name="", **{"crisis_line.number": ""})
    html = post(client, "/practice", form, content_type="multipart/form-data").get_data(as_text=True)
    assert 'id="practice_name-problem"' in html and 'id="crisis_line-number-problem"' in html


def test_forgetting_the_practice_removes_its_files(client, config):
    form = brand_form(**{"logo.file": (io.BytesIO(PNG), "l.png"), "logo.alt": "Logo"})
    post(client, "/practice", form, content_type="multipart/form-data")
    assert client.get("/practice/logo").data == PNG
    post(client, "/practice/forget", {})
    assert not config.brand_file.exists() and not (config.config_dir / "logo.png").exists()
    assert client.get("/practice/logo").status_code == 404


def test_a_logo_is_known_by_its_bytes_not_its_name():
    assert logo_suffix(b"\x89PNG\r\n\x1a\n....") == ".png"
    assert logo_suffix(b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>') == ".svg"
    assert logo_suffix(b"GIF89a") is None
    assert logo_suffix(b"<html><script>alert(1)</script></html>") is None


def test_the_brand_form_nests_into_brand_yamls_shape_and_leaves_out_empty_fields():
    form = {
        "practice_name": " Harbour ",
        "colors.primary": "#123456",
        "crisis_line.number": "",
        "contact.email": "a@b",
    }
    assert brand_data(form) == {
        "practice_name": "Harbour",
        "colors": {"primary": "#123456"},
        "contact": {"email": "a@b"},
    }
