"""The HTML the templates produce: golden files and escaping."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from worksheets.models import Personal
from worksheets.resources import builtin_content
from worksheets.session import Inputs, Session
from worksheets.templating import template_search_path

GOLDEN = Path(__file__).parent / "golden"


ROOT = Path(__file__).resolve().parents[1]


def html_for(
    doc_id: str, content_dirs: list[Path] | None = None, brand: Path | None = None, **personal
) -> str:
    session = Session(Inputs(tuple(content_dirs or ()), (), brand))
    return session.html(session.documents[doc_id], Personal(date=dt.date(2026, 11, 28), **personal))


def normalise(html: str) -> str:
    # Fonts and logos live wherever the venv or checkout is; the golden file should not care.
    return re.sub(r'"file://[^"]*/([^"/]+)"', r'"ASSETS/\1"', html)


@pytest.mark.parametrize("doc_id", ["avoidant-handout", "avoidant-worksheet"])
def test_html_matches_golden(doc_id, update_golden):
    html = normalise(html_for(doc_id))
    golden = GOLDEN / f"{doc_id}.html"
    if update_golden:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(html, encoding="utf-8")
    assert html == golden.read_text(encoding="utf-8"), "run pytest --update-golden if the change is intended"


def test_branded_personal_handout_matches_golden(update_golden):
    html = html_for(
        "avoidant-handout",
        brand=ROOT / "examples" / "harbour" / "brand.yaml",
        client="Alex Rivera",
        note="Bring this to our next session.",
    )
    html = normalise(html)
    golden = GOLDEN / "avoidant-handout-branded.html"
    if update_golden:
        golden.write_text(html, encoding="utf-8")
    assert html == golden.read_text(encoding="utf-8"), "run pytest --update-golden if the change is intended"
    assert 'alt="Harbour Light Counselling logo' in html and "Alex Rivera" in html


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


def test_a_stylesheet_in_the_user_folder_styles_the_pdf(tmp_path):
    from conftest import build, pdf_text

    css = (template_search_path()[0] / "print.css").read_text(encoding="utf-8")
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "print.css").write_text(
        css + '\n.purpose::before { content: "From my stylesheet: "; }\n'
    )
    built = build(["partner-guide"], tmp_path / "out", templates_dirs=(tmp_path / "tpl",))
    assert "From my stylesheet:" in pdf_text(built[0].path)
    assert "From my stylesheet" not in css, "the words come from the user's copy alone"


@pytest.mark.parametrize("flat", [False, True])
def test_no_empty_spans_for_screen_readers_to_stumble_on(flat):
    from worksheets.models import PrintSettings

    session = Session(settings=PrintSettings(flat=flat))
    for doc in session.documents.values():
        html = session.html(doc, Personal(date=dt.date(2026, 11, 28), client="Alex Rivera"))
        empty = [s for s in re.findall(r"<span[^>]*>\s*</span>", html) if "page-number" not in s]
        assert not empty, doc.id  # WCAG 2.2 rule 4.1.2-17 (the page number is filled by CSS, in the footer)
        assert not re.findall(r"</span>\s*&nbsp;", html), doc.id


def test_sectioned_documents_draw_each_block_with_unique_field_names():
    html = html_for("trigger-tracker")
    names = re.findall(r'name="([^"]+)"', html)
    assert len(names) == len(set(names)) and "trigger-tracker/s2-1-trigger" in names
    assert html.count('<th scope="row">') == 14  # two tables, a row per day
    safety = html_for("safety-plan-worksheet")
    assert "findahelpline.com" in safety and "crisis-block" in safety
    guide = html_for("facilitator-guide")
    assert '<span class="doc-kind">For professionals</span>' in guide and '<body class="handout' in guide
