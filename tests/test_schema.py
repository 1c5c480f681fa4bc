"""Committed JSON Schemas match the models, and built-in YAML points editors at them."""

from __future__ import annotations

from pathlib import Path

import pytest

from worksheets.schema import SCHEMAS, schema_json

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_is_up_to_date(name):
    committed = (ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == schema_json(name), f"run: worksheets schema {name} -o schemas/{name}.schema.json"


def test_builtin_yaml_files_name_their_schema():
    for path in (ROOT / "content").rglob("*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=../../schemas/"), path
        target = (path.parent / first.split("$schema=")[1]).resolve()
        assert target.is_file(), target


def test_schema_forbids_unknown_keys():
    assert '"additionalProperties": false' in schema_json("content")
