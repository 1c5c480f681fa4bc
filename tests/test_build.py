"""Every built document, as a reader gets it: text, pages, paper, layout."""

from __future__ import annotations

import pytest
from conftest import DATE, pdf_text, shared_session
from conftest import library as load_library
from pypdf import PdfReader

STYLES = ["avoidant", "ambivalent", "disorganized"]
DOCUMENT_IDS = ["overview-handout", "secure-handout", *(f"{s}-handout" for s in STYLES)]
DOCUMENT_IDS += [*(f"{s}-worksheet" for s in STYLES), "grounding-worksheet", "trigger-tracker"]
DOCUMENT_IDS += ["couples-repair-worksheet", "therapy-prep-worksheet", "safety-plan-worksheet"]
DOCUMENT_IDS += ["healing-plan-worksheet", "partner-guide", "facilitator-guide"]
CLIENT_DOCUMENTS = [doc_id for doc_id in DOCUMENT_IDS if doc_id != "facilitator-guide"]
POINTS_PER_MM = 72 / 25.4


def test_all_sixteen_documents_are_built(built_all):
    assert list(built_all) == DOCUMENT_IDS
    for built in built_all.values():
        assert built.path.exists() and built.path.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("doc_id", DOCUMENT_IDS)
def test_documents_are_one_or_two_pages(built_all, doc_id):
    reader = PdfReader(built_all[doc_id].path)
    assert (
        1 <= len(reader.pages) <= (2 if doc_id in CLIENT_DOCUMENTS else 4)
    )  # the guide for professionals: 4
    assert built_all[doc_id].pages == len(reader.pages)


@pytest.mark.parametrize("doc_id", DOCUMENT_IDS)
def test_layout_has_no_overflow_split_or_blank_page(built_all, doc_id):
    assert built_all[doc_id].warnings == ()


def test_page_size_matches_the_paper(built_all):
    reader = PdfReader(built_all["avoidant-handout"].path)
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    paper = built_all["avoidant-handout"].path.parent.name
    expected = (612, 792) if "letter" in paper else (210 * POINTS_PER_MM, 297 * POINTS_PER_MM)
    assert width == pytest.approx(expected[0], abs=0.5)
    assert height == pytest.approx(expected[1], abs=0.5)


@pytest.mark.parametrize("doc_id", DOCUMENT_IDS)
def test_reader_sees_title_disclaimer_page_numbers_and_references(built_all, doc_id):
    text = pdf_text(built_all[doc_id].path)
    library = load_library()
    assert built_all[doc_id].doc.title in text
    assert " ".join(library.site.disclaimer.split()) in text
    pages = built_all[doc_id].pages
    assert f"Page 1 of {pages}" in text
    assert "References" in text
    assert "doi:10." in text


def test_style_handout_has_every_section(built_all):
    library = load_library()
    topic = library.topics["avoidant"]
    text = pdf_text(built_all["avoidant-handout"].path)
    for heading in [
        "At a glance",
        topic.definition.heading,
        topic.signs.heading,
        topic.development.heading,
        topic.examples.heading,
        topic.what_helps.heading,
        topic.partners.heading,
        "Try this",
        "When to reach out for support",
    ]:
        assert heading in text, heading


def test_references_follow_the_sections_citations(built_all):
    library = load_library()
    # DOIs may wrap across lines in the two-column list; compare without spaces.
    text = pdf_text(built_all["avoidant-handout"].path).replace(" ", "")
    topic = library.topics["avoidant"]
    cited = {sid for section in (topic.definition, topic.signs, topic.what_helps) for sid in section.sources}
    for sid in cited:
        assert library.sources[sid].doi in text


def test_worksheet_has_fields_checklist_prompts_and_table(built_all):
    library = load_library()
    ws = library.topics["ambivalent"].worksheet
    text = pdf_text(built_all["ambivalent-worksheet"].path)
    for expected in ["Name", "Date", "Before you start", ws.checklist.heading, ws.prompts[0].text]:
        assert " ".join(expected.split()) in text
    for column in ws.situations.columns:
        assert column in text
    assert "One small step this week" in text


def test_disorganized_material_opens_with_a_grounding_note(built_all):
    text = pdf_text(built_all["disorganized-handout"].path)
    assert "A gentle note before you begin" in text
    assert text.index("A gentle note before you begin") < text.index("At a glance")


def test_overview_compares_the_three_styles(built_all):
    text = pdf_text(built_all["overview-handout"].path)
    for name in ["Avoidant attachment", "Ambivalent attachment", "Disorganized attachment"]:
        assert name in text
    for alias in ["anxious-preoccupied", "fearful-avoidant"]:
        assert alias in text


def test_outline_follows_the_headings(built_all):
    reader = PdfReader(built_all["avoidant-handout"].path)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[0] == built_all["avoidant-handout"].doc.title


def test_metadata_names_the_document(built_all):
    reader = PdfReader(built_all["partner-guide"].path)
    assert reader.metadata.title == built_all["partner-guide"].doc.title


@pytest.mark.parametrize("doc_id", DOCUMENT_IDS)
def test_every_document_says_where_to_turn_even_without_a_brand(built_all, doc_id):
    text = pdf_text(built_all[doc_id].path)
    assert "When to reach out for support" in text
    assert "call your local emergency number" in text and "findahelpline.com" in text


def test_disorganized_pages_put_support_near_the_top_and_end_gently(built_all):
    handout = pdf_text(built_all["disorganized-handout"].path)
    assert handout.index("When to reach out for support") < handout.index("At a glance")
    worksheet = pdf_text(built_all["disorganized-worksheet"].path)
    assert worksheet.index("When to reach out for support") < worksheet.index("What I notice in myself")
    assert worksheet.index("A moment to settle") > worksheet.index("One small step this week")


def test_citations_are_quiet_superscripts_and_one_list(built_all):
    text = pdf_text(built_all["avoidant-handout"].path)
    assert "[1" not in text and "1, 2]" not in text
    import re

    from worksheets.models import Personal
    from worksheets.session import Session

    session = Session()
    html = session.html(session.documents["avoidant-handout"], Personal(date=DATE))
    dois = re.findall(r">doi:(10\.[^<]+)</a>", html)
    flat = text.replace(" ", "")
    assert len(dois) >= 3 and [flat.index(d) for d in dois] == sorted(flat.index(d) for d in dois)


@pytest.mark.sweep
def test_every_document_fits_two_a4_pages_without_layout_problems():
    from worksheets.models import Personal
    from worksheets.pdf import layout_problems

    session = shared_session(paper="a4")
    for doc in session.documents.values():
        document = session.filled_layout(doc, Personal(date=DATE))[1]
        pages = 2 if doc.id in CLIENT_DOCUMENTS else 4
        assert len(document.pages) == pages and layout_problems(document) == [], doc.id
        width, height = document.pages[0].width, document.pages[0].height
        assert (round(width * 0.75), round(height * 0.75)) == (595, 842)  # CSS px to points


def test_partner_guide_names_what_a_partner_does_not_a_style(built_all):
    text = pdf_text(built_all["partner-guide"].path)
    for heading in [
        "If they tend to pull away",
        "If they tend to reach and worry",
        "If closeness feels both",
    ]:
        assert heading in text
    assert "Avoidant attachment" not in text and "leaving or getting help is always all right" in text


def test_a_guide_for_professionals_is_never_prepared_for_a_client():
    from worksheets.models import Personal

    session = shared_session()
    personal = Personal(date=DATE, client="Sam Lee")
    assert "Sam Lee" not in session.html(session.documents["facilitator-guide"], personal)
    assert "Prepared for <span" in session.html(session.documents["partner-guide"], personal)
    spanish = shared_session(lang="es")
    guide = spanish.html(spanish.documents["facilitator-guide"], personal)
    assert "Para profesionales" in guide and "For professionals" not in guide
