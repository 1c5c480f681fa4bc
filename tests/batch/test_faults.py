"""A batch meets the world: SIGTERM, a killed parent, a damaged packet, a full disk."""

from __future__ import annotations

import errno
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner
from pypdf import PdfReader

from worksheets.cli import main

PACKET = "title: One page to start\ndocuments: [partner-guide]\n"


def inputs(tmp_path: Path, count: int) -> list[str]:
    (tmp_path / "roster.csv").write_text("name\n" + "".join(f"Person {i}\n" for i in range(count)))
    (tmp_path / "packet.yaml").write_text(PACKET, encoding="utf-8")
    return ["batch", str(tmp_path / "roster.csv"), "--packet", str(tmp_path / "packet.yaml"),
            "--out", str(tmp_path / "out"), "--date", "2027-01-12", "--quiet"]  # fmt: skip


def children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def start_and_wait_for_a_packet(tmp_path: Path, count: int = 40):
    args = [sys.executable, "-m", "worksheets", *inputs(tmp_path, count), "--jobs", "2"]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out = tmp_path / "out"
    deadline = time.time() + 90
    while time.time() < deadline and not list(out.glob("person-*.pdf")):
        time.sleep(0.05)
    return process, children(process.pid)


def test_sigterm_is_handled_like_ctrl_c(tmp_path):
    process, workers = start_and_wait_for_a_packet(tmp_path)
    assert workers, "the batch runs worker processes"
    process.send_signal(signal.SIGTERM)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 143, (stdout, stderr)
    assert "stopped (SIGTERM)" in stderr and "Traceback" not in stderr
    records = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))["participants"]
    built = {r["file"] for r in records if r["status"] == "built"}
    assert built == {p.name for p in (tmp_path / "out").glob("person-*.pdf")}
    assert not list((tmp_path / "out").glob(".partial-*"))
    time.sleep(0.5)
    assert not any(alive(pid) for pid in workers), "no worker outlives the run"


def test_workers_exit_when_their_parent_is_killed_and_the_run_resumes(tmp_path):
    process, workers = start_and_wait_for_a_packet(tmp_path)
    time.sleep(1.2)  # the manifest is brought up to date at least once a second
    process.kill()
    process.communicate(timeout=30)
    deadline = time.time() + 10
    while time.time() < deadline and any(alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not any(alive(pid) for pid in workers), "orphaned workers exit on their own"
    records = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))["participants"]
    recorded = sum(1 for r in records if r["status"] == "built")
    assert recorded >= 1
    rows = 10  # resume on the first rows only: enough to see skips and rebuilds
    done = {r["file"] for r in records if r["status"] == "built"} & {f"person-{i}.pdf" for i in range(rows)}
    again = CliRunner().invoke(main, [*inputs(tmp_path, rows), "--jobs", "1"])
    assert again.exit_code == 0, again.output
    skipped = int(again.output.split(" built, ")[1].split(" unchanged")[0])
    assert len(done) - 2 <= skipped <= rows, again.output  # a packet being written at the kill is rebuilt


def test_a_damaged_packet_is_rebuilt_not_skipped(tmp_path):
    args = [*inputs(tmp_path, 3), "--jobs", "1"]
    assert CliRunner().invoke(main, args).exit_code == 0
    damaged = tmp_path / "out" / "person-1.pdf"
    damaged.write_bytes(damaged.read_bytes()[:2000])
    again = CliRunner().invoke(main, [*args, "--combined"])
    assert again.exit_code == 0, again.output
    assert "1 built, 2 unchanged (skipped), 0 failed" in again.output
    assert len(PdfReader(damaged).pages) == 4  # cover, Notes, a two-page document
    assert len(PdfReader(tmp_path / "out" / "all-participants.pdf").pages) == 12


def test_a_full_disk_at_the_end_keeps_the_summary(tmp_path, monkeypatch):
    from worksheets.batch import manifest
    from worksheets.output import _write_error

    def full(path, data):
        raise _write_error(path, OSError(errno.ENOSPC, "No space left on device"))

    monkeypatch.setattr(manifest, "write_atomic", full)
    result = CliRunner().invoke(main, [*inputs(tmp_path, 2), "--jobs", "1"])
    assert result.exit_code == 1
    assert "2 participants: 2 built" in result.output
    assert "manifest.json: the disk is full; free some space" in result.output
    assert "Traceback" not in result.output
