"""The exceptions for mistakes a user can fix; the core never imports Click.

The command line maps them to ``Error: <message>`` and their exit code; a web
front end shows the same message beside the form. Anything else is a bug and
keeps its traceback.
"""

from __future__ import annotations

import unicodedata


class WorksheetsError(Exception):
    """A user mistake, with a message that names the place and the fix."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputErrors(WorksheetsError):
    """Several located problems in the user's inputs, reported together."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        count = len(self.problems)
        heading = "1 problem" if count == 1 else f"{count} problems"
        super().__init__(f"{heading} in the input files:\n" + "\n".join(f"  {p}" for p in self.problems))
        self.args = (self.problems,)  # pickles across worker processes


class Interrupted(WorksheetsError):
    """The user stopped a run (Ctrl-C: exit 130; SIGTERM: exit 143); finished work is kept."""

    def __init__(self, message: str, exit_code: int = 130):
        super().__init__(message)
        self.exit_code = exit_code
        self.args = (message, exit_code)


def shown(value: object, limit: int = 60) -> str:
    """Return a value as it can safely appear in a message: no raw control codes, not too long.

    A name pasted from a sign-up form may hold escape codes that rewrite the
    terminal, or run to thousands of characters; a message shows it defanged and short.
    """
    text = str(value)
    cut = len(text) > limit
    text = text[:limit]
    safe = "".join(_escaped(ch) for ch in text)
    return safe + (f"… ({len(str(value))} characters)" if cut else "")


def _escaped(ch: str) -> str:
    if unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp"):
        return ch
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"
