"""The tests mirror the package: every module with logic has a test module of its own name."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Modules that only declare data (models checked through content, brand and roster tests) or paths.
DECLARATIVE = {"__init__", "__main__", "resources", "base"}


def test_every_module_with_logic_has_a_test_module():
    tests = {p.stem for p in (ROOT / "tests").rglob("test_*.py")}
    missing = []
    for module in sorted((ROOT / "worksheets").rglob("*.py")):
        if module.parent.name == "models" and module.stem in {"brand", "content", "workshop"}:
            continue  # declarations; exercised by test_brand, test_content, test_roster
        if module.parent.name == "views" and module.stem == "common":
            continue  # what every page shares; exercised by every test in tests/web
        if module.parent.name == "cli":
            module = module.parent  # the command line is one unit: tests/test_cli.py
        if module.stem not in DECLARATIVE and f"test_{module.stem}" not in tests:
            missing.append(str(module.relative_to(ROOT)))
    assert missing == []


def test_no_module_is_much_over_300_lines():
    long = {
        p.name: n for p in (ROOT / "worksheets").rglob("*.py") if (n := len(p.read_text().splitlines())) > 320
    }
    assert long == {}
