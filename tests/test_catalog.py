"""Document ids and how unknown ones are answered."""

from __future__ import annotations

import pytest

from worksheets.catalog import list_documents, select_documents
from worksheets.content import load_library
from worksheets.errors import WorksheetsError


def test_every_style_gets_a_handout_and_a_worksheet():
    docs = list_documents(load_library())
    for style in ["avoidant", "ambivalent", "disorganized"]:
        assert docs[f"{style}-handout"].kind == "handout"
        assert docs[f"{style}-worksheet"].kind == "worksheet"


def test_unknown_id_suggests_the_closest():
    docs = list_documents(load_library())
    with pytest.raises(WorksheetsError, match="did you mean 'avoidant-handout'"):
        select_documents(docs, ["avoidant-handuot"], False)


def test_selection_keeps_order_and_drops_repeats():
    docs = list_documents(load_library())
    chosen = select_documents(docs, ["partner-guide", "overview-handout", "partner-guide"], False)
    assert [d.id for d in chosen] == ["partner-guide", "overview-handout"]
