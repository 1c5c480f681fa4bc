"""What every command shares: the error mapping, the common options, help examples, the session."""

from __future__ import annotations

from pathlib import Path

import click

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
PAPERS = ["letter", "a4", "a5"]  # worksheets.layout.PAPERS, listed here so --help needs no import


class Commands(click.Group):
    """The command group: the core's user errors become ``Error: ...`` and their exit code."""

    def invoke(self, ctx: click.Context):
        from worksheets.errors import WorksheetsError

        try:
            return super().invoke(ctx)
        except WorksheetsError as exc:
            error = click.ClickException(exc.message)
            error.exit_code = exc.exit_code
            raise error from None


def _folders_option(what: str):
    return click.option(
        f"--{what}-dir",
        f"{what}_dirs",
        multiple=True,
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        help=f"Folder of your own {what}, searched before the built-in {what}.",
    )


content_dir_option = _folders_option("content")
templates_dir_option = _folders_option("templates")
brand_option = click.option(
    "--brand",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Your practice's brand.yaml (see 'worksheets brand init').",
)
lang_option = click.option(
    "--lang", default="en", show_default=True, help="Language of the documents: en or es (or one you add)."
)


def example(*lines: str) -> str:
    """Return a help epilog: Click prints it after the options, so help ends with it."""
    title = "Example" if len(lines) == 1 else "Examples"
    return "\b\n" + title + ":\n" + "\n".join(f"  {line}" for line in lines)


def make_session(content_dirs, templates_dirs, brand: Path | None, settings: dict):
    """Make the core's session from command-line values; a bad value is a usage error naming its option."""
    from pydantic import ValidationError

    from worksheets.models import PrintSettings
    from worksheets.session import Inputs, Session

    try:
        print_settings = PrintSettings(**settings)
    except ValidationError as exc:
        raise bad_parameter(exc) from None
    return Session(Inputs(tuple(content_dirs), tuple(templates_dirs), brand), print_settings)


def bad_parameter(exc) -> click.BadParameter:
    from worksheets.yamlfile import plain_message

    item = exc.errors(include_url=False)[0]
    option = "--" + str(item["loc"][0]).replace("_", "-")
    return click.BadParameter(plain_message(item), param_hint=option)


def print_options(func):
    """Add --paper, --flat, --large-print and --grayscale, the same on every command that renders."""
    for option in reversed(
        [
            click.option("--paper", type=click.Choice(PAPERS), default="letter", show_default=True,
                         help="Page size (a5 for folded booklets; a roster 'paper' column overrides it)."),
            click.option("--flat", is_flag=True, help="Print-only worksheets, without fillable form fields."),
            click.option("--large-print", is_flag=True, help="Body text at 16 pt with more writing space."),
            click.option("--grayscale", is_flag=True, help="Ink saver: greys only, no filled backgrounds."),
        ]
    ):  # fmt: skip
        func = option(func)
    return func


date_option = click.option(
    "--date",
    "when",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Date printed on the documents, YYYY-MM-DD.  [default: today]",
)

out_option = click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder to write into (created if missing).",
)
