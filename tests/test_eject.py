"""Ejected templates and content work as overrides."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import library as load_library

from worksheets.cli import main
from worksheets.eject import eject_content, eject_templates
from worksheets.errors import WorksheetsError


def test_ejected_content_validates_and_is_used(tmp_path):
    eject_content(tmp_path / "c")
    first = (tmp_path / "c" / "en" / "avoidant.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schemas/content.schema.json"
    assert (tmp_path / "c" / "schemas" / "content.schema.json").is_file()
    path = tmp_path / "c" / "en" / "avoidant.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("name: Avoidant attachment", "name: Keeping distance")
    )
    assert load_library([tmp_path / "c"]).topics["avoidant"].name == "Keeping distance"


def test_eject_never_overwrites(tmp_path):
    eject_templates(tmp_path)
    with pytest.raises(WorksheetsError, match="already exist"):
        eject_templates(tmp_path)


def test_override_template_can_extend_the_builtin_it_replaces(tmp_path):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "handout.html.j2").write_text(
        '{% extends "builtin/handout.html.j2" %}\n'
        "{% block content %}<p class='practice-note'>Seen in our group</p>{{ super() }}{% endblock %}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    args = [
        "build",
        "avoidant-handout",
        "--format",
        "html",
        "--templates-dir",
        str(tmp_path / "t"),
        "--out",
        str(out),
    ]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    html = (out / "avoidant-handout.html").read_text(encoding="utf-8")
    assert "Seen in our group" in html and "Understanding avoidant attachment" in html


def test_new_content_file_adds_a_topic(tmp_path):
    eject_content(tmp_path / "c")
    source = tmp_path / "c" / "en" / "avoidant.yaml"
    (tmp_path / "c" / "en" / "secure-base.yaml").write_text(
        source.read_text(encoding="utf-8").replace("order: 1", "order: 9"), encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["list", "--content-dir", str(tmp_path / "c")])
    assert "secure-base-handout" in result.output and "secure-base-worksheet" in result.output


def test_content_eject_never_overwrites_a_schema(tmp_path):
    from worksheets.errors import WorksheetsError

    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "brand.schema.json").write_text("mine", encoding="utf-8")
    with pytest.raises(WorksheetsError, match="already exist"):
        eject_content(tmp_path)
    assert (tmp_path / "schemas" / "brand.schema.json").read_text(encoding="utf-8") == "mine"
