"""Safe YAML with line numbers, and pydantic errors turned into plain located messages."""

from __future__ import annotations

import pytest

from worksheets.models import Brand
from worksheets.yamlfile import plain_message, read_yaml, validate


def test_every_key_and_item_knows_its_line(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("a: 1\nb:\n  - x\n  - y: 2\n", encoding="utf-8")
    located = read_yaml(path)
    assert located.line_of(("b", 1, "y")) == 4 and located.line_of(("b", 0)) == 3
    assert located.where(("b", 9, "missing")) == f"{path}:2"


def test_unreadable_files_are_located_value_errors(tmp_path):
    with pytest.raises(ValueError, match="cannot read the file"):
        read_yaml(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"a: \xff\n")
    with pytest.raises(ValueError, match="not UTF-8 text"):
        read_yaml(bad)


def test_validation_reports_every_problem_with_its_line(tmp_path):
    path = tmp_path / "brand.yaml"
    path.write_text("practice_nme: X\ncolors:\n  primary: red\n", encoding="utf-8")
    problems: list[str] = []
    assert validate(Brand, read_yaml(path), problems) is None
    assert f"{path}:1: practice_nme: unknown field; did you mean 'practice_name'?" in problems
    assert any(
        p.startswith(f"{path}:3: colors.primary: 'red' is not valid here; use a hex colour") for p in problems
    )
    assert not any("practice_name: this field is required" in p for p in problems), "the typo explains it"


def test_plain_messages_for_our_own_rules_and_dates():
    assert (
        plain_message({"type": "value_error", "msg": "Value error, x", "ctx": {"error": "is empty"}})
        == "is empty"
    )
    text = plain_message(
        {"type": "date_from_datetime_parsing", "msg": "Input should be a valid date", "input": "x"}
    )
    assert text == "input should be a valid date (got 'x'); write the date as YYYY-MM-DD"
