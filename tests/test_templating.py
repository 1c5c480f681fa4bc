"""The HTML the templates produce: golden files and escaping."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from worksheets.catalog import list_documents
from worksheets.content import load_library
from worksheets.resources import builtin_content
from worksheets.templating import (
    PAPERS,
    default_font_faces,
    make_environment,
    render_html,
    template_search_path,
)

GOLDEN = Path(__file__).parent / "golden"


def html_for(doc_id: str, content_dirs: list[Path] | None = None) -> str:
    library = load_library(content_dirs)
    doc = list_documents(library)[doc_id]
    env = make_environment(template_search_path())
    return render_html(env, doc, library, PAPERS["letter"], default_font_faces())


def normalise(html: str) -> str:
    # Font files live wherever the venv is; the golden file should not care.
    return re.sub(r'url\("file://[^"]*/(AtkinsonHyperlegible-[A-Za-z]+\.ttf)"\)', r'url("FONTS/\1")', html)


@pytest.mark.parametrize("doc_id", ["avoidant-handout", "avoidant-worksheet"])
def test_html_matches_golden(doc_id, update_golden):
    html = normalise(html_for(doc_id))
    golden = GOLDEN / f"{doc_id}.html"
    if update_golden:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(html, encoding="utf-8")
    assert html == golden.read_text(encoding="utf-8"), "run pytest --update-golden if the change is intended"


def test_user_text_is_escaped_not_markup(tmp_path):
    folder = tmp_path / "en"
    folder.mkdir()
    source = (builtin_content() / "en" / "partners.yaml").read_text(encoding="utf-8")
    hostile = "<script>alert(1)</script><img src=x onerror=alert(1)>"
    text = re.sub(r"(?m)^(  title: ).*$", lambda m: m.group(1) + repr(hostile), source, count=1)
    (folder / "partners.yaml").write_text(text, encoding="utf-8")
    html = html_for("partner-guide", [tmp_path])
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_copy_in_user_folder_keeps_stylesheet_resolution(tmp_path):
    shutil.copy(template_search_path()[0] / "print.css", tmp_path / "print.css")
    assert (tmp_path / "print.css").exists()
