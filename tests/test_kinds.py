"""The registry of document kinds: the built-in ones, and adding one from outside the package."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Literal

import pytest
from pydantic import Field
from pypdf import PdfReader

from worksheets.build import build_documents
from worksheets.catalog import list_documents
from worksheets.kinds import COVER, DEFAULT_KINDS, DocumentKind, Registry
from worksheets.models import Model, Personal, Text
from worksheets.session import Inputs, Session

TOY = Path(__file__).parent / "data" / "toy-kind"


class Affirmations(Model):
    """A toy content model: a title, a purpose and a few kind sentences."""

    kind: Literal["affirmations"]
    title: Text
    purpose: Text
    items: Annotated[list[Text], Field(min_length=1)]


def affirmation_title(topic: Affirmations) -> str:
    return topic.title


def affirmation_purpose(topic: Affirmations) -> str:
    return topic.purpose


def affirmation_context(topic: Affirmations) -> dict:
    return {"count_line": f"{len(topic.items)} sentences to come back to."}


AFFIRMATIONS = DocumentKind(
    "affirmations", Affirmations, "affirmations.html.j2", "{topic}-card", "handout", order=60,
    title=affirmation_title, purpose=affirmation_purpose, context=affirmation_context,
)  # fmt: skip


def test_built_in_kinds_make_the_sixteen_documents_in_order():
    session = Session()
    kinds = {doc.id: doc.kind.name for doc in session.documents.values()}
    assert list(kinds)[:3] == ["overview-handout", "secure-handout", "avoidant-handout"]
    assert kinds["healing-plan-worksheet"] == "healing-plan" and kinds["partner-guide"] == "partner-guide"
    assert kinds["secure-handout"] == "guide" and kinds["trigger-tracker"] == "exercise"
    assert list(kinds)[-1] == "facilitator-guide" and kinds["facilitator-guide"] == "professional-guide"
    categories = [d.category for d in session.documents.values()]
    assert (categories.count("handout"), categories.count("worksheet"), categories.count("professional")) == (
        6,
        9,
        1,
    )
    assert session.documents["facilitator-guide"].layout == "handout"


def test_the_cover_is_a_kind_without_content():
    assert COVER.topic_kind is None and COVER.category == "packet"
    assert "packet-cover" in [k.name for k in DEFAULT_KINDS.kinds]


def test_a_kind_is_registered_once():
    with pytest.raises(ValueError, match="registered twice"):
        DEFAULT_KINDS.with_kind(DEFAULT_KINDS.get("style-handout"))


def test_a_new_kind_is_one_model_one_template_one_entry(tmp_path):
    kinds: Registry = DEFAULT_KINDS.with_kind(AFFIRMATIONS)
    session = Session(
        Inputs(content_dirs=(TOY / "content",), templates_dirs=(TOY / "templates",)), kinds=kinds
    )
    assert "kind-words-card" in list_documents(session.library, kinds)
    assert "kind-words-card" not in Session().documents, "the default registry is unchanged"
    built = build_documents(session, ["kind-words-card"], Personal(date=dt.date(2026, 11, 28)), tmp_path)
    reader = PdfReader(built[0].path)
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Kind words for a hard week" in text and "3 sentences to come back to." in text
    assert "Page 1 of 1" in text and built[0].warnings == ()
    assert reader.metadata.title == "Kind words for a hard week"
    assert reader.metadata.subject == "Short sentences to read slowly when the week feels heavy."


def test_content_of_an_unregistered_kind_is_an_error_naming_the_kinds():
    from worksheets.errors import InputErrors

    with pytest.raises(InputErrors, match="'affirmations', which is not a known kind"):
        Session(Inputs(content_dirs=(TOY / "content",)))


def test_content_schema_follows_the_registry():
    schema = DEFAULT_KINDS.with_kind(AFFIRMATIONS).content_type()
    from pydantic import TypeAdapter

    names = TypeAdapter(schema).json_schema()["$defs"]
    assert "Affirmations" in names and "StyleTopic" in names
