"""The page model, and the footer fitted to what it holds: never closer than 10 mm to the edge."""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest
from conftest import shared_session

from worksheets.layout import FOOTER_CLEARANCE_MM, PAPERS, PX_PER_MM, PageModel
from worksheets.models import Personal, PrintSettings
from worksheets.resources import builtin_content, builtin_templates
from worksheets.session import Inputs, Session

READER = Personal(date=dt.date(2026, 11, 28))


def test_page_model_writes_every_size_once():
    css = PageModel.for_settings("a5", large_print=True).css(bottom_mm=31.2)
    assert "--size-body: 16pt;" in css and "--line-gap: 11mm;" in css
    assert "@page { size: A5; margin: 15mm 16mm 31.2mm; }" in css
    regular = PageModel.for_settings("letter", large_print=False).properties()
    assert regular["--size-body"] == "11pt" and regular["--size-title"] == "22pt"


def test_the_stylesheet_takes_its_sizes_from_the_page_model():
    css = (builtin_templates() / "print.css").read_text(encoding="utf-8")
    for name in PageModel.for_settings("letter", False).properties():
        assert f"{name}:" not in css, f"{name} is set in print.css as well as in the page model"
    assert "@page {" not in re.sub(r"@page \{\s*@bottom", "", css), "page size and margins live in layout.py"


def test_papers_are_listed_once_for_the_command_line_and_the_models():
    from worksheets.cli import PAPERS as CLI_PAPERS
    from worksheets.models import PaperName

    assert CLI_PAPERS == list(PAPERS) == list(PaperName.__args__)


def gaps(document) -> list[float]:
    """Return, page by page, the room between the footer's last line and the paper's edge (mm)."""
    from worksheets.pdf import _footer_bottom

    return [(page.height - _footer_bottom(page._page_box)) / PX_PER_MM for page in document.pages]


@pytest.fixture(scope="module")
def long_disclaimer(tmp_path_factory):
    root = tmp_path_factory.mktemp("long") / "content"
    shutil.copytree(builtin_content() / "en", root / "en")
    site = root / "en" / "site.yaml"
    text = site.read_text(encoding="utf-8")
    start = text.index("disclaimer: >-")
    end = text.index("labels:")
    original = " ".join(text[start + len("disclaimer: >-") : end].split())
    site.write_text(text[:start] + f"disclaimer: {' '.join([original] * 3)}\n" + text[end:], encoding="utf-8")
    return root


@pytest.mark.parametrize("paper,large", [("letter", False), ("a5", True)])
def test_a_long_disclaimer_grows_the_margin_not_into_the_edge(long_disclaimer, paper, large):
    settings = PrintSettings(paper=paper, large_print=large)
    short = shared_session(**settings.model_dump())
    long = Session(Inputs(content_dirs=(long_disclaimer,)), settings)
    from worksheets.pdf import layout_problems

    document = long.renderer.layout(long.html(long.documents["avoidant-worksheet"], READER))
    assert min(gaps(document)) >= FOOTER_CLEARANCE_MM - 0.05
    assert layout_problems(document) == []
    short_margin = short.renderer.fit_footer(short.html(short.documents["avoidant-worksheet"], READER))
    assert long.renderer.bottom_mm > short_margin + 5, "two more footer lines at least"


def test_the_layout_check_fails_a_footer_closer_than_10_mm(long_disclaimer):
    from worksheets.pdf import layout_problems

    session = Session(Inputs(content_dirs=(long_disclaimer,)))
    cramped = session.renderer._layout(session.html(session.documents["partner-guide"], READER), 12.0)
    problems = layout_problems(cramped)
    assert problems and all("the footer ends" in p and "at least 10 mm" in p for p in problems)


@pytest.mark.sweep
@pytest.mark.parametrize("settings", [PrintSettings(paper="a5"), PrintSettings(large_print=True)])
@pytest.mark.parametrize("doc_id", ["overview-handout", "disorganized-handout", "healing-plan-worksheet"])
def test_a5_and_large_print_fold_into_four_pages_never_ending_on_references_alone(tmp_path, settings, doc_id):
    import io

    from pypdf import PdfReader

    session = shared_session(**settings.model_dump())
    rendered = session.render(session.documents[doc_id], READER)
    assert rendered.pages in (2, 4) and rendered.warnings == ()
    last = " ".join(PdfReader(io.BytesIO(rendered.data)).pages[-1].extract_text().split())
    assert len(last.split("References")[0]) > 40, "the last page holds more than the references"


@pytest.mark.parametrize(
    "settings", [PrintSettings(paper="letter"), PrintSettings(paper="a4", grayscale=True)]
)
def test_body_text_keeps_a_measure_of_60_to_80_characters(settings):
    from worksheets.pdf import widest_body_line

    session = shared_session(**settings.model_dump())
    for doc_id in ["overview-handout", "avoidant-worksheet"]:
        document = session.renderer.layout(session.html(session.documents[doc_id], READER))
        assert 60 <= len(widest_body_line(document)) <= 80, (doc_id, widest_body_line(document))
