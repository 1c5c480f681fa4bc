"""Reading grades: every client-facing document reads at grade 8 or below; validate reports them."""

from __future__ import annotations

from click.testing import CliRunner

from worksheets.cli import main
from worksheets.models import Passage
from worksheets.readability import MAX_GRADE, body_text, reading_grade, reading_grades, too_hard
from worksheets.session import Session


def test_every_client_facing_document_reads_at_grade_8_or_below():
    session = Session()
    grades = reading_grades(session)
    client_facing = {d.id for d in session.documents.values() if d.category != "professional"}
    assert set(grades) == client_facing and "facilitator-guide" not in grades
    assert all(0 < grade <= MAX_GRADE for grade in grades.values()), grades


def test_body_text_leaves_headings_out_and_ends_each_point():
    passage = Passage(heading="A heading never read", paragraphs=["One short point", "Two."], sources=["x-1"])
    assert body_text(passage) == "One short point. Two."


def test_hard_text_is_reported_with_the_fix():
    hard = (
        "Notwithstanding considerable methodological heterogeneity, longitudinal investigations "
        "consistently demonstrate that attachment-related representational organisation "
        "demonstrates substantial intergenerational transmission characteristics."
    )
    assert reading_grade(hard) > MAX_GRADE
    (problem,) = too_hard({"hard-handout": reading_grade(hard), "easy-handout": 3.0})
    assert problem.startswith("hard-handout: body text reads at grade") and "shorter sentences" in problem


def test_validate_prints_each_grade():
    result = CliRunner().invoke(main, ["validate"])
    assert result.exit_code == 0, result.output
    assert "Reading grade of each client-facing document" in result.output
    assert "overview-handout" in result.output and result.output.rstrip().endswith("ok")
