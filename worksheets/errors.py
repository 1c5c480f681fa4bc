"""The one exception type for mistakes a user can fix."""

from __future__ import annotations

import click


class WorksheetsError(click.ClickException):
    """A user mistake: Click prints ``Error: <message>`` and exits with 1."""


class InputErrors(WorksheetsError):
    """Several located problems in the user's inputs, reported together."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        count = len(problems)
        heading = "1 problem" if count == 1 else f"{count} problems"
        super().__init__(f"{heading} in the input files:\n" + "\n".join(f"  {p}" for p in problems))
