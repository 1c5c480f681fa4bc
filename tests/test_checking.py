"""``validate``: every problem in every input given, without rendering a PDF."""

from __future__ import annotations

from pathlib import Path

from worksheets.checking import validate_inputs
from worksheets.session import Inputs

ROOT = Path(__file__).resolve().parents[1]


def test_the_built_in_inputs_and_examples_are_clean():
    inputs = Inputs(brand=ROOT / "examples" / "harbour" / "brand.yaml")
    assert validate_inputs(inputs, packet=ROOT / "examples" / "workshop" / "packet.yaml") == []


def test_problems_from_every_file_are_reported_together(tmp_path):
    brand = tmp_path / "brand.yaml"
    brand.write_text("practice_name: X\ncolors:\n  primary: teal\n", encoding="utf-8")
    roster = tmp_path / "roster.csv"
    roster.write_text("name,paper\nAna,a3\nBen,\n", encoding="utf-8")
    packet = tmp_path / "packet.yaml"
    packet.write_text("title: T\ndocuments: [overview-handot]\n", encoding="utf-8")
    problems = validate_inputs(Inputs(brand=brand), roster=roster, packet=packet)
    assert any("roster.csv:2 (Ana): paper" in p for p in problems)
    assert any("brand.yaml:3: colors.primary" in p for p in problems)
    assert any("packet.yaml:2: documents[0]: unknown document 'overview-handot'" in p for p in problems)
    assert len(problems) == 3


def test_a_template_mistake_names_the_document_it_broke(tmp_path):
    (tmp_path / "partner-guide.html.j2").write_text("{{ topic.nope }}", encoding="utf-8")
    problems = validate_inputs(Inputs(templates_dirs=(tmp_path,)))
    assert problems == [p for p in problems if "(while filling partner-guide)" in p] and problems
