"""Where a line may not break: titles, headings and authors' names."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import shared_session

from worksheets.linebreaks import keep_heading_ends
from worksheets.models import Personal

READER = Personal(date=dt.date(2026, 11, 28))


def test_a_titles_last_words_stay_together_only_when_they_fit_a_line():
    from worksheets.linebreaks import no_widow

    assert 'class="keep">avoidant attachment<' in no_widow("Understanding avoidant attachment")
    assert "keep" not in no_widow("Comprender el apego ansioso-ambivalente")
    # A wider page holds a longer pair: A4 keeps "patrón ansioso-ambivalente" off a line of its own.
    assert "keep" in no_widow("Reflexionar sobre el patrón ansioso-ambivalente", 38)
    assert "keep" not in no_widow("Reflexionar sobre el patrón ansioso-ambivalente", 20)


def test_a_title_in_two_parts_breaks_after_its_colon_where_the_page_is_narrow():
    from worksheets.linebreaks import no_widow

    title = str(no_widow("Facilitator guide: using the attachment materials"))
    assert title.startswith('Facilitator guide:<span class="title-rest"> using ')
    assert 'class="keep">attachment materials<' in title
    # A5 large print set it as "Facilitator guide: using / the / attachment materials".
    session = shared_session(paper="a5", large_print=True)
    html, document = session.filled_layout(
        session.documents["facilitator-guide"], Personal(date=dt.date(2026, 11, 28))
    )
    h1 = next(b for b in document.pages[0]._page_box.descendants() if getattr(b, "element_tag", None) == "h1")
    lines = [
        " ".join("".join(t.text for t in line.descendants() if type(t).__name__ == "TextBox").split())
        for line in h1.descendants()
        if type(line).__name__ == "LineBox"
    ]
    assert lines[0] == "Facilitator guide:" and all(" " in line for line in lines[1:]), lines


def _title_lines(session, doc_id) -> list[str]:
    document = session.filled_layout(session.documents[doc_id], Personal(date=dt.date(2026, 11, 28)))[1]
    h1 = next(b for b in document.pages[0]._page_box.descendants() if getattr(b, "element_tag", None) == "h1")
    return [
        " ".join("".join(t.text for t in line.descendants() if type(t).__name__ == "TextBox").split())
        for line in h1.descendants()
        if type(line).__name__ == "LineBox"
    ]


@pytest.mark.parametrize(
    ("lang", "doc_id", "was"),
    [
        ("en", "disorganized-handout", "Understanding / disorganized / attachment"),
        ("es", "ambivalent-worksheet", "Reflexionar sobre el / patrón ansioso- / ambivalente"),
        ("es", "ambivalent-handout", "Entender el apego / ansioso-ambivalente"),
    ],
)
def test_a_title_too_wide_to_keep_its_last_two_words_together_steps_down_a_size(lang, doc_id, was):
    from worksheets.linebreaks import title_step

    assert title_step("Understanding avoidant attachment", 20) == 100
    assert title_step("Understanding disorganized attachment", 20) == 90
    assert title_step("Reflexionar sobre el patrón ansioso-ambivalente", 20) == 80
    session = shared_session(paper="a5", large_print=True, lang=lang)
    lines = _title_lines(session, doc_id)
    assert all(" " in line for line in lines[1:]), (lines, was)


def test_an_authors_surname_and_initials_never_part_at_a_line_end():
    from worksheets.linebreaks import keep_names

    assert keep_names("Hong YR, Park JS.") == "Hong\u00a0YR, Park\u00a0JS."
    assert keep_names("Sheinbaum T, Kwapil TR, et al.") == "Sheinbaum\u00a0T, Kwapil\u00a0TR, et al."
    assert keep_names("World Health Organization.") == "World Health Organization."


def test_a_headings_last_two_short_words_stay_together():
    assert keep_heading_ends("<h2>Un paso pequeño para esta semana</h2>") == (
        "<h2>Un paso pequeño para esta\u00a0semana</h2>"
    )
    assert keep_heading_ends('<h2 class="box-title">Try this</h2>') == '<h2 class="box-title">Try this</h2>'
    long_pair = "<h2>How this pattern can develop</h2>"  # "can develop" is short: kept
    assert "can\u00a0develop</h2>" in keep_heading_ends(long_pair)
    assert (
        keep_heading_ends("<h2>Un patrón, no un diagnóstico</h2>") == "<h2>Un patrón, no un diagnóstico</h2>"
    )
    # A5 large print set "Un paso pequeño para esta / semana".
    session = shared_session(paper="a5", large_print=True, lang="es")
    document = session.filled_layout(session.documents["avoidant-worksheet"], READER)[1]
    lines = [
        " ".join("".join(t.text for t in line.descendants() if type(t).__name__ == "TextBox").split())
        for page in document.pages
        for box in page._page_box.descendants()
        if getattr(box, "element_tag", None) == "h2"
        for line in box.descendants()
        if type(line).__name__ == "LineBox"
    ]
    assert "semana" not in lines and "Un paso pequeño para" in lines, lines


def test_a_heading_held_together_at_its_end_still_fills_its_first_line():
    # Held with an unbreakable span, WeasyPrint broke it as "It / can differ from one relationship /
    # to another" (and "Step / 2: Things I can do on my own / to cope").
    session = shared_session(paper="a5", large_print=True)
    for doc_id in ("secure-handout", "safety-plan-worksheet"):
        document = session.filled_layout(session.documents[doc_id], READER)[1]
        for page in document.pages:
            for box in page._page_box.descendants():
                if getattr(box, "element_tag", None) in ("h1", "h2") and type(box).__name__ == "BlockBox":
                    lines = [
                        "".join(t.text for t in line.descendants() if type(t).__name__ == "TextBox").split()
                        for line in box.descendants()
                        if type(line).__name__ == "LineBox"
                    ]
                    assert len(lines) < 2 or len(lines[0]) > 1 or lines[0] == ["Understanding"], lines
