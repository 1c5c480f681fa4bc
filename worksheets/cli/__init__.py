"""The ``worksheets`` command: Click only; the work happens in plain functions of the core.

Each command parses its options, makes a ``Session`` and calls one function;
WeasyPrint is imported only on the code path that renders, so ``--help`` is instant.
"""

from __future__ import annotations

import click

from worksheets import __version__
from worksheets.cli.common import CONTEXT, PAPERS, Commands, example

__all__ = ["PAPERS", "main"]


@click.group(
    cls=Commands, context_settings=CONTEXT, epilog=example("worksheets build --all --paper a4 --out output")
)
@click.version_option(__version__, "--version", prog_name="worksheets")
def main() -> None:
    """Make printable handouts and reflection worksheets about attachment styles."""


from worksheets.cli import documents, files, serve, workshop  # noqa: E402  (they add their commands to main)

for module in (documents, files, workshop, serve):
    for command in module.COMMANDS:
        main.add_command(command)
