"""A5 booklets: pages two-up on a sheet, in the order that folds into 1, 2, 3, ..."""

from __future__ import annotations

import io
import re

import pytest
from conftest import DATE, shared_session
from pypdf import PdfReader

from worksheets.booklet import booklet_order, fold_count, padded_count
from worksheets.build import build_documents
from worksheets.models import Personal


def test_saddle_stitch_order():
    assert booklet_order(4) == [(4, 1), (2, 3)]
    assert booklet_order(8) == [(8, 1), (2, 7), (6, 3), (4, 5)]
    assert [padded_count(n) for n in (1, 3, 4, 5)] == [4, 4, 4, 8]
    with pytest.raises(ValueError):
        booklet_order(6)
    assert [fold_count(n) for n in (1, 2, 3, 4, 5)] == [1, 2, 4, 4, 8]


def test_an_a5_document_of_seven_pages_gains_a_notes_page_so_it_folds(tmp_path):
    session = shared_session(paper="a5", large_print=True)
    (built,) = build_documents(session, ["trigger-tracker"], Personal(date=DATE), tmp_path)
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(built.path).pages]
    assert built.pages == len(pages) == 8 and pages[7].startswith("Notes")
    assert all(f"Page {n} of 8" in text for n, text in enumerate(pages, start=1))


def test_padding_after_a_document_that_ends_in_notes_goes_on_with_its_lines_unheaded(tmp_path):
    # Seven pages, the last its references and Notes lines: the eighth once said "Notes" again.
    session = shared_session(paper="a5", large_print=True)
    assert session.ends_in_notes(session.documents["overview-handout"], Personal(date=DATE))
    (built,) = build_documents(session, ["overview-handout"], Personal(date=DATE), tmp_path)
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(built.path).pages]
    assert built.pages == len(pages) == 8
    assert "Notes" in pages[6] and "References" not in pages[7]
    assert "Notes" not in pages[7] and pages[7].startswith("For education"), pages[7][:80]


@pytest.mark.parametrize("sheet,size", [("letter", (792, 612)), ("a4", (842, 595))])
def test_a_booklet_is_imposed_on_landscape_sheets_in_fold_order(tmp_path, sheet, size):
    session = shared_session(paper="a5", flat=True)
    (built,) = build_documents(session, ["avoidant-worksheet"], Personal(date=DATE), tmp_path, booklet=sheet)
    assert built.path.name == "avoidant-worksheet-booklet.pdf"
    reader = PdfReader(built.path)
    total = 2 * len(reader.pages)
    assert total % 4 == 0
    for side, (left, right) in zip(reader.pages, booklet_order(total), strict=True):
        assert (round(float(side.mediabox.width)), round(float(side.mediabox.height))) == size
        numbers = [int(n) for n, of in re.findall(r"Page (\d+) of (\d+)", side.extract_text())]
        assert numbers == [left, right]
    doc = session.documents["avoidant-worksheet"]
    pages = session.renderer.count_pages(session.html(doc, Personal(date=DATE)))
    notes = sum("Notes" in side.extract_text() for side in reader.pages)
    assert notes == (1 if total > pages else 0), "the padding is ruled Notes pages"


def test_the_command_line_makes_a5_print_only_booklets(tmp_path):
    from click.testing import CliRunner

    from worksheets.cli import main

    result = CliRunner().invoke(main, ["build", "partner-guide", "--booklet", "a4", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert not PdfReader(tmp_path / "partner-guide-booklet.pdf").get_fields()
    args = ["build", "partner-guide", "--booklet", "a4", "--paper", "a4", "--out", str(tmp_path / "x")]
    refused = CliRunner().invoke(main, args)
    assert refused.exit_code == 2 and "booklets are made of A5 pages" in refused.output


def test_of_two_padding_notes_pages_only_the_first_is_headed():
    # Padding after a document that does not end in Notes lines: "Notes", then lines that go on.
    from worksheets.booklet import padded_pdf

    session = shared_session(paper="a5", large_print=True)
    doc, reader = session.documents["trigger-tracker"], Personal(date=DATE)
    assert not session.ends_in_notes(doc, reader)
    pdf = PdfReader(io.BytesIO(padded_pdf(session, doc, reader, 7, 10)))
    pages = [" ".join(page.extract_text().split()) for page in pdf.pages]
    assert len(pages) == 10 and pages[7].startswith("Notes"), pages[7][:80]
    assert not any(text.startswith("Notes") for text in pages[8:]), pages[8:]
