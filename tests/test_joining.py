"""Joining tagged PDFs keeps one whole structure tree, outline and form."""

from __future__ import annotations

import io

import pytest
from conftest import build
from pypdf import PdfReader
from structure import structure_problems

from worksheets.joining import join_tagged, save_pdf


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build(["overview-handout", "avoidant-worksheet", "partner-guide"], tmp_path_factory.mktemp("join"))


def test_join_keeps_tags_outline_and_fields(built):
    joined = PdfReader(io.BytesIO(save_pdf(join_tagged([b.path.read_bytes() for b in built]))))
    assert len(joined.pages) == sum(b.pages for b in built)
    assert structure_problems(joined) == []
    titles = [item.title for item in joined.outline if not isinstance(item, list)]
    assert titles == [b.doc.title for b in built]
    assert "avoidant-worksheet/prompt-1-line-1" in joined.get_fields()
    assert joined.trailer["/Root"]["/Lang"] == "en"


def test_structure_check_notices_a_plain_page_merge(built):
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=PdfReader(built[0].path))
    writer.append(PdfReader(built[2].path))  # pages only: the second tree is lost
    buffer = io.BytesIO()
    writer.write(buffer)
    assert structure_problems(PdfReader(io.BytesIO(buffer.getvalue())))
