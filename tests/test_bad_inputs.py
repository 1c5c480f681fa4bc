"""Broken and hostile inputs, as data: each ends in one clear message and no damage.

Each ``tests/data/bad/*.yaml`` case lists the files to put in a user content or
templates folder (literal text, or a built-in file with replacements), the
command to run (default ``build --all``) and the message fragment it must print.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from worksheets.cli import main

CASES = sorted((Path(__file__).parent / "data" / "bad").glob("*.yaml"))
ROOT = Path(__file__).resolve().parents[1]


def materialise(case: dict, tmp_path: Path) -> list[str]:
    """Write the case's files; return the folder options to pass."""
    options = []
    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, spec in case["files"].items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if "builtin" in spec:
            text = (ROOT / spec["builtin"]).read_text(encoding="utf-8")
            for old, new in spec.get("replace", {}).items():
                assert old in text, f"case replaces text that is not there: {old!r}"
                text = text.replace(old, new)
            target.write_text(text, encoding="utf-8")
        elif "symlink" in spec:
            target.symlink_to(spec["symlink"])
        elif "bytes" in spec:
            target.write_bytes(bytes.fromhex(spec["bytes"]))
        elif "latin1" in spec:
            target.write_bytes(spec["latin1"].encode("latin-1"))
        else:
            target.write_text(spec["text"], encoding="utf-8")
    for folder, option in [("content", "--content-dir"), ("templates", "--templates-dir")]:
        if (tmp_path / folder).is_dir():
            options += [option, str(tmp_path / folder)]
    return options


def test_there_are_at_least_twenty_cases():
    assert len(CASES) >= 20


@pytest.mark.parametrize("case_file", CASES, ids=[c.stem for c in CASES])
def test_bad_input_gives_one_clear_error_and_writes_nothing(case_file, tmp_path):
    case = yaml.safe_load(case_file.read_text(encoding="utf-8"))
    out = tmp_path / "out"
    out.mkdir()
    folders = materialise(case, tmp_path / "in")
    args = [a.replace("{in}", str(tmp_path / "in")) for a in case.get("args", ["build", "--all"])]
    args += (["--out", str(out)] if case.get("out", True) else []) + folders
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert result.output.startswith("Error: ")
    assert case["expect"] in result.output
    assert list(out.iterdir()) == [], "nothing may be left in the output folder"
