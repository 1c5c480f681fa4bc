"""veraPDF, the reference validator, passes PDF/UA-1 and WCAG 2.2 (machine rules) where it is installed.

It runs like the originality check: only when ../shared/tools/verapdf sits beside this checkout.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import build

ROOT = Path(__file__).resolve().parents[1]
VERAPDF = ROOT.parent / "shared" / "tools" / "verapdf" / "verapdf"

pytestmark = pytest.mark.skipif(not VERAPDF.exists(), reason="veraPDF is not beside this checkout")


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> list[Path]:
    """A handout (Greek name), a fillable worksheet, a flat Spanish worksheet, an A5 large-print guide."""
    out = tmp_path_factory.mktemp("vera")
    files = [b.path for b in build(["overview-handout"], out / "a", client="Γιώργος Παπαδόπουλος")]
    files += [b.path for b in build(["trigger-tracker"], out / "b", client="Ana Souza")]
    files += [b.path for b in build(["safety-plan-worksheet"], out / "c", flat=True, lang="es")]
    files += [b.path for b in build(["partner-guide"], out / "d", paper="a5", large_print=True)]
    return files


@pytest.mark.sweep
@pytest.mark.parametrize("profile", ["ua1", "wcag-machine"])
def test_samples_pass_the_reference_validator(samples, profile):
    result = subprocess.run(
        [str(VERAPDF), "-p", profile, *map(str, samples)], capture_output=True, text=True, timeout=600
    )
    verdicts = [line for line in result.stdout.splitlines() if line.startswith(("PASS", "FAIL"))]
    assert len(verdicts) == len(samples) and all(v.startswith("PASS") for v in verdicts), result.stdout
