"""Guides and exercises made of typed sections: each section says its type, unknown ones are refused."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from worksheets.models import ExerciseTopic, GuideTopic, ProfessionalGuideTopic

WORKSHEET = {"title": "T", "purpose": "P", "minutes": 10}
HANDOUT = {"title": "T", "purpose": "P", "at_a_glance": ["a", "b", "c"], "try_this": "t", "reach_out": "r"}


def test_an_exercise_reads_every_worksheet_block():
    sections = [
        {"type": "practice", "heading": "Breathe", "steps": ["In.", "Out."], "sources": ["zaccaro-2018"]},
        {"type": "checklist", "heading": "Notice", "items": ["One", "Two"]},
        {"type": "prompts", "heading": "Think", "prompts": [{"text": "What helped?", "lines": 4}]},
        {"type": "table", "heading": "Week", "columns": ["Trigger", "Body"], "row_labels": ["Mon", "Tue"]},
        {"type": "crisis", "heading": "Crisis lines", "intro": "If you are in danger, call."},
    ]
    topic = ExerciseTopic(kind="exercise", worksheet=WORKSHEET, sections=sections)
    assert [s.type for s in topic.sections] == ["practice", "checklist", "prompts", "table", "crisis"]
    assert topic.sections[2].prompts[0].lines == 4 and topic.sections[0].sources == ["zaccaro-2018"]
    assert topic.sections[1].sources == []  # practical advice stands without a citation


def test_a_guide_refuses_worksheet_blocks_and_unknown_types():
    prompts = {"type": "prompts", "heading": "H", "prompts": [{"text": "Q?"}]}
    with pytest.raises(ValidationError, match="does not match any of the expected tags"):
        GuideTopic(kind="guide", handout=HANDOUT, sections=[prompts])
    with pytest.raises(ValidationError, match="does not match any of the expected tags"):
        ExerciseTopic(kind="exercise", worksheet=WORKSHEET, sections=[{"type": "poem", "heading": "H"}])


def test_a_table_has_at_most_five_columns_and_a_professional_guide_says_so():
    table = {"type": "table", "heading": "H", "columns": list("abcdef")}
    with pytest.raises(ValidationError, match="at most 5 items"):
        ExerciseTopic(kind="exercise", worksheet=WORKSHEET, sections=[table])
    passage = {"type": "passage", "heading": "H", "paragraphs": ["p"]}
    guide = ProfessionalGuideTopic(kind="professional-guide", handout=HANDOUT, sections=[passage])
    assert guide.kind == "professional-guide"
