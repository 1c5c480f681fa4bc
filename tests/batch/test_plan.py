"""Planning a batch: pure functions, no rendering."""

from __future__ import annotations

from pathlib import Path

from worksheets.batch.plan import Outcome, files_under, input_digest, plan_outcomes, unchanged
from worksheets.models import Participant
from worksheets.roster import RosterRow

DOCS = {"overview-handout": object(), "avoidant-worksheet": object()}


def row(line: int, **raw) -> RosterRow:
    return RosterRow(line, f"roster.csv:{line}", raw, Participant(**raw))


def plan(rows, languages=("en",)):
    return plan_outcomes(
        rows, ["overview-handout"], "letter", lambda lang: DOCS if lang in languages else None, "d"
    )


def test_each_row_gets_a_safe_unique_file_and_its_group():
    outcomes = plan([row(2, name="Sam Lee"), row(3, name="sam lee", paper="a4"), row(4, name="../Manifest")])
    assert [o.file for o in outcomes] == ["sam-lee.pdf", "sam-lee-2.pdf", "manifest-2.pdf"]
    assert outcomes[0].group == ("en", "letter", ("overview-handout",))
    assert outcomes[1].group == ("en", "a4", ("overview-handout",))
    assert all(o.status == "pending" and o.input_hash for o in outcomes)


def test_problems_fail_their_row_only():
    broken = RosterRow(5, "roster.csv:5", {"name": ""}, None, "name: is empty")
    outcomes = plan([broken, row(6, name="Ana", lang="fr"), row(7, name="Ben", documents="avoidant-handuot")])
    assert [o.status for o in outcomes] == ["failed"] * 3
    assert outcomes[0].error == "name: is empty"
    assert outcomes[1].error == "lang: no content in language 'fr'"
    assert "did you mean" in outcomes[2].error or "unknown document" in outcomes[2].error


def test_the_hash_changes_with_the_row_and_the_inputs():
    a = plan([row(2, name="Ana", note="hi")])[0].input_hash
    assert a == plan([row(2, name="Ana", note="hi")])[0].input_hash
    assert a != plan([row(2, name="Ana", note="hello")])[0].input_hash
    other = plan_outcomes(
        [row(2, name="Ana", note="hi")], ["overview-handout"], "letter", lambda _: DOCS, "e"
    )
    assert a != other[0].input_hash


def test_input_digest_reads_names_bytes_and_settings(tmp_path: Path):
    (tmp_path / "a.yaml").write_text("x: 1", encoding="utf-8")
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "junk.pyc").write_bytes(b"\0")
    files = files_under([tmp_path, tmp_path / "missing"])
    assert [p.name for p in files] == ["a.yaml"]
    first = input_digest(files, ["0.1", False])
    assert first != input_digest(files, ["0.1", True])
    (tmp_path / "a.yaml").write_text("x: 2", encoding="utf-8")
    assert first != input_digest(files, ["0.1", False])


def test_unchanged_needs_the_same_hash_and_the_file(tmp_path: Path):
    outcome = Outcome(row(2, name="Ana"), file="ana.pdf", input_hash="h")
    previous = {"ana.pdf": {"input_hash": "h", "pages": 3}}
    assert not unchanged(outcome, previous, tmp_path)
    (tmp_path / "ana.pdf").write_bytes(b"%PDF-")
    assert unchanged(outcome, previous, tmp_path)
    assert not unchanged(outcome, {"ana.pdf": {"input_hash": "other"}}, tmp_path)
