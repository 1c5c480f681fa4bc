"""Content and templates are written in the project's own words."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT.parent / "shared" / "tools" / "check-originality"


@pytest.mark.skipif(not TOOL.exists(), reason="the shared originality checker is not beside this checkout")
def test_no_sentences_shared_with_the_reference():
    out = subprocess.run(
        [str(TOOL), "content", "templates"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert out.stdout.strip().endswith("0 shared 8-word runs"), out.stdout
