"""A name in another script is tagged with its language and set in its Noto face."""

from __future__ import annotations

import pikepdf
import pytest
from conftest import build


def languages(path) -> list[tuple[str, str]]:
    with pikepdf.open(path) as pdf:
        return [
            (str(obj.S), str(obj.Lang))
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/StructElem" and "/Lang" in obj
        ]


def fonts(path) -> set[str]:
    with pikepdf.open(path) as pdf:
        return {
            str(font.get("/BaseFont", "")).split("+")[-1]
            for page in pdf.pages
            for font in page.Resources.get("/Font", {}).values()
        }


@pytest.mark.parametrize(
    "client,lang,face",
    [
        ("Γιώργος Παπαδόπουλος", "el", "Noto-Sans"),
        ("محمد علي", "ar", "Noto-Sans-Arabic"),
        ("Nguyễn Thị Hồng", "vi", "Noto-Sans"),
    ],
)
def test_a_name_in_another_script_is_read_in_its_language(tmp_path, client, lang, face):
    (built,) = build(["partner-guide"], tmp_path, client=client)
    assert languages(built.path) == [("/Span", lang)]
    assert any(name.startswith(face) for name in fonts(built.path)), fonts(built.path)


def test_a_latin_name_takes_the_page_language(tmp_path):
    (built,) = build(["partner-guide"], tmp_path, client="Alex Rivera")
    assert languages(built.path) == []
