"""The renderer's own checks and its fetcher, on small hand-made pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from worksheets.errors import WorksheetsError
from worksheets.pdf import Renderer, layout_problems

PAGE = "<style>@page {{ size: A5; margin: 15mm }}</style>{body}"


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


def lay_out(renderer: Renderer, body: str, tmp_path: Path, allowed: list[Path] | None = None):
    return renderer.layout(PAGE.format(body=body), tmp_path, allowed or [])


def test_clean_page_has_no_problems(renderer, tmp_path):
    assert layout_problems(lay_out(renderer, "<p>Hello.</p>", tmp_path)) == []


def test_text_past_the_margin_is_reported(renderer, tmp_path):
    document = lay_out(renderer, "<p style='white-space: nowrap'>" + "wide " * 60 + "</p>", tmp_path)
    assert any("side margin" in p for p in layout_problems(document))


def test_a_line_of_body_text_over_80_characters_is_reported(renderer, tmp_path):
    words = "Short words make a long line when nothing holds the measure in. " * 4
    small = "<style>html { font-size: 7pt }</style>"
    wide = layout_problems(lay_out(renderer, f"{small}<p>{words}</p>", tmp_path))
    assert any("a line of body text runs" in p and "(at most 80)" in p for p in wide), wide
    narrow = lay_out(renderer, f"{small}<p style='max-width: 60mm'>{words}</p>", tmp_path)
    assert layout_problems(narrow) == []


def test_more_than_two_hyphenated_lines_in_a_row_are_reported(renderer, tmp_path):
    words = "understanding relationships comfortable reassurance predictability " * 3
    body = f"<p lang='en' style='hyphens: auto; width: 22mm; font-size: 11pt'>{words}</p>"
    assert any("hyphenated lines in a row" in p for p in layout_problems(lay_out(renderer, body, tmp_path)))
    unhyphenated = layout_problems(lay_out(renderer, body.replace("auto", "manual"), tmp_path))
    assert not any("hyphenated" in p for p in unhyphenated)


def test_small_print_is_not_held_to_the_body_measure(renderer, tmp_path):
    words = "Reference lines in small print may run longer than body text. " * 4
    body = f"<div style='font-size: 11pt'><p style='font-size: 6pt'>{words}</p></div>"
    assert (
        layout_problems(lay_out(renderer, "<style>html { font-size: 11pt }</style>" + body, tmp_path)) == []
    )


def test_split_writing_box_is_reported(renderer, tmp_path):
    lines = "".join("<div style='height: 9mm; border-bottom: 1px solid'></div>" for _ in range(12))
    body = (
        "<p style='height: 120mm'>Intro.</p><div class='prompt' style='break-inside: auto'>"
        + lines
        + "</div>"
    )
    assert any("split across pages" in p for p in layout_problems(lay_out(renderer, body, tmp_path)))


def test_blank_trailing_page_is_reported(renderer, tmp_path):
    document = lay_out(renderer, "<p>Text.</p><div style='break-before: page'></div>", tmp_path)
    assert any("empty" in p for p in layout_problems(document))


def test_fetcher_serves_allowed_files(renderer, tmp_path):
    (tmp_path / "dot.svg").write_text(
        "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect width='10' height='10'/></svg>"
    )
    document = lay_out(renderer, "<img src='dot.svg' alt='dot'>", tmp_path)
    assert len(document.pages) == 1


@pytest.mark.parametrize(
    "html",
    [
        "<link rel='attachment' href='file:///etc/passwd'>",
        "<img src='file:///etc/hostname' alt='x'>",
        "<img src='http://example.com/x.png' alt='x'>",
        "<link rel='stylesheet' href='https://example.com/x.css'>",
        "<img src='../../../../etc/passwd' alt='x'>",
    ],
)
def test_fetcher_refuses_anything_outside_the_allowed_folders(renderer, tmp_path, html):
    with pytest.raises(WorksheetsError, match="refused"):
        renderer.write(lay_out(renderer, html, tmp_path))


def test_passwd_is_refused_by_name(renderer, tmp_path):
    with pytest.raises(WorksheetsError, match="refused to read /etc/passwd: it is outside the template"):
        renderer.write(
            lay_out(renderer, "<link rel='attachment' href='file:///etc/passwd'><p>x</p>", tmp_path)
        )


def test_a_table_split_across_pages_is_a_layout_problem(renderer, tmp_path):
    rows = "".join(f"<tr><td>row {i}</td><td>text</td></tr>" for i in range(80))
    html = f"<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody>{rows}</tbody></table>"
    problems = layout_problems(lay_out(renderer, html, tmp_path))
    assert any("table" in p and "is split across pages" in p for p in problems)


def test_a_crisis_line_overleaf_from_its_heading_is_a_layout_problem(renderer, tmp_path):
    filler = "<p style='height: 150mm'>text</p>"
    box = "<section><h2>When to reach out</h2><p class='crisis-line'>Call 988</p></section>"
    parted = box.replace("<p class='crisis-line'>", "<p class='crisis-line' style='break-before: page'>")
    assert not [p for p in layout_problems(lay_out(renderer, filler + box, tmp_path)) if "crisis" in p]
    problems = layout_problems(lay_out(renderer, filler + parted, tmp_path))
    assert "page 2: the crisis line is overleaf from its heading" in problems


def _words(document) -> str:
    boxes = (box for page in document.pages for box in page._page_box.descendants())
    return " ".join(box.text for box in boxes if getattr(box, "text", None))


def test_the_linked_stylesheet_is_parsed_once_and_an_edited_one_is_read_again(renderer, tmp_path):
    sheet = tmp_path / "print.css"
    sheet.write_text('p::before { content: "first "; } p { color: red; }')
    html = "<link rel='stylesheet' href='print.css'><style>p { color: blue; }</style><p>text</p>"

    def lay_out_linked():
        return renderer.layout(html, tmp_path, [], stylesheet=sheet)

    first = lay_out_linked()
    assert "first" in _words(first)
    paragraph = next(b for b in first.pages[0]._page_box.descendants() if b.element_tag == "p")
    assert paragraph.style["color"][:3] == (0, 0, 1), "the document's own <style> still wins"
    assert "first" in _words(lay_out_linked()) and len(renderer._sheets) == 1
    sheet.write_text('p::before { content: "second and longer "; }')
    assert "second" in _words(lay_out_linked()), "an edited stylesheet is parsed again"


def test_a_stylesheet_with_counter_styles_keeps_them(renderer, tmp_path):
    sheet = tmp_path / "print.css"
    sheet.write_text(
        "@counter-style thumbs { system: cyclic; symbols: '*'; suffix: ' '; }"
        " ol { list-style: thumbs inside; }"
    )
    html = "<link rel='stylesheet' href='print.css'><ol><li>one</li><li>two</li></ol>"
    for _ in range(2):
        assert _words(renderer.layout(html, tmp_path, [], stylesheet=sheet)).count("*") == 2


@pytest.mark.sweep
def test_the_built_in_tables_stay_whole_in_every_paper_and_mode():
    import datetime as dt

    from worksheets.models import Personal, PrintSettings
    from worksheets.session import Session

    reader = Personal(date=dt.date(2026, 11, 28))
    for settings in [PrintSettings(paper="a5"), PrintSettings(paper="a5", large_print=True)]:
        session = Session(settings=settings)
        for doc_id in ["overview-handout", "avoidant-worksheet", "healing-plan-worksheet"]:
            document = session.renderer.layout(session.html(session.documents[doc_id], reader))
            assert not [p for p in layout_problems(document) if "split" in p], (settings, doc_id)
