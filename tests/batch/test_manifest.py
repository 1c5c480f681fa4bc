"""The manifest: what finished, readable again by the next run."""

from __future__ import annotations

import json

from worksheets.batch.manifest import MANIFEST, read_previous, write_combined, write_manifest
from worksheets.batch.plan import Outcome
from worksheets.roster import RosterRow


def outcome(name: str, status: str) -> Outcome:
    row = RosterRow(2, "roster.csv:2", {"name": name}, None)
    return Outcome(row, file=f"{name}.pdf", status=status, pages=5, input_hash="h")


def test_manifest_round_trip_keeps_only_finished_packets(tmp_path):
    outcomes = [outcome("ana", "built"), outcome("ben", "skipped"), outcome("cara", "interrupted")]
    path = write_manifest(tmp_path, "Workshop", outcomes, None)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["packet"] == "Workshop" and [r["status"] for r in data["participants"]][2] == "interrupted"
    assert sorted(read_previous(tmp_path)) == ["ana.pdf", "ben.pdf"]


def test_an_unreadable_manifest_means_nothing_is_skipped(tmp_path):
    (tmp_path / MANIFEST).write_text("{not json", encoding="utf-8")
    assert read_previous(tmp_path) == {}
    (tmp_path / MANIFEST).write_text('{"participants": 3}', encoding="utf-8")
    assert read_previous(tmp_path) == {}


def test_no_finished_packets_means_no_combined_file(tmp_path):
    assert write_combined(tmp_path, [outcome("ana", "failed")]) is None
    assert list(tmp_path.iterdir()) == []
