"""Document ids and how unknown ones are answered."""

from __future__ import annotations

import pytest
from conftest import library as load_library

from worksheets.catalog import list_documents, select_documents
from worksheets.errors import WorksheetsError
from worksheets.kinds import DEFAULT_KINDS


def test_every_style_gets_a_handout_and_a_worksheet():
    docs = list_documents(load_library(), DEFAULT_KINDS)
    for style in ["avoidant", "ambivalent", "disorganized"]:
        assert docs[f"{style}-handout"].category == "handout"
        assert docs[f"{style}-worksheet"].category == "worksheet"


def test_unknown_id_suggests_the_closest():
    docs = list_documents(load_library(), DEFAULT_KINDS)
    with pytest.raises(WorksheetsError, match="did you mean 'avoidant-handout'"):
        select_documents(docs, ["avoidant-handuot"])


def test_selection_keeps_order_and_drops_repeats():
    docs = list_documents(load_library(), DEFAULT_KINDS)
    chosen = select_documents(docs, ["partner-guide", "overview-handout", "partner-guide"])
    assert [d.id for d in chosen] == ["partner-guide", "overview-handout"]
