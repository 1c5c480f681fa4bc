"""The core's own errors: no Click below the command line, and they survive worker processes."""

from __future__ import annotations

import pickle
import pkgutil
import subprocess
import sys

import worksheets
from worksheets.content import UnknownLanguage
from worksheets.errors import InputErrors, Interrupted, WorksheetsError

# The front ends may use Click: the command line, and the web page (Flask is built on Click).
FRONT_ENDS = ("worksheets.cli", "worksheets.__main__", "worksheets.web")
CORE = sorted(
    m.name
    for m in pkgutil.walk_packages(worksheets.__path__, "worksheets.")
    if not m.name.startswith(FRONT_ENDS)
)


def test_every_core_module_imports_with_click_blocked():
    code = "import sys; sys.modules['click'] = None\n" + "".join(f"import {name}\n" for name in CORE)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert len(CORE) > 20


def test_errors_carry_message_and_exit_code():
    assert str(WorksheetsError("x; fix it")) == "x; fix it" and WorksheetsError("x").exit_code == 1
    assert Interrupted("stopped").exit_code == 130
    many = InputErrors(["a.yaml:1: one", "b.yaml:2: two"])
    assert many.message.startswith("2 problems in the input files:\n  a.yaml:1: one")


def test_errors_pickle_for_worker_processes():
    for error in [WorksheetsError("one"), InputErrors(["a", "b"]), UnknownLanguage("es", ["en"])]:
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and copy.message == error.message
