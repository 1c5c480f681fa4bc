"""The ``worksheets`` command: Click only; the work happens in plain functions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from worksheets import __version__

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


content_dir_option = click.option(
    "--content-dir",
    "content_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of your own content, searched before the built-in content.",
)
brand_option = click.option(
    "--brand",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Your practice's brand.yaml (see 'worksheets brand init').",
)
lang_option = click.option(
    "--lang", default="en", show_default=True, help="Language of the documents (only 'en' for now)."
)
templates_dir_option = click.option(
    "--templates-dir",
    "templates_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of your own templates, searched before the built-in templates.",
)


def example(*lines: str) -> str:
    """Return a help epilog: Click prints it after the options, so help ends with it."""
    title = "Example" if len(lines) == 1 else "Examples"
    return "\b\n" + title + ":\n" + "\n".join(f"  {line}" for line in lines)


@click.group(
    cls=Commands, context_settings=CONTEXT, epilog=example("worksheets build --all --paper a4 --out output")
)
@click.version_option(__version__, "--version", prog_name="worksheets")
def main() -> None:
    """Make printable handouts and reflection worksheets about attachment styles."""


@main.command("list", epilog=example("worksheets list"))
@lang_option
@content_dir_option
def list_command(lang: str, content_dirs: tuple[Path, ...]) -> None:
    """List the documents you can build."""
    session = _session(content_dirs, (), None, {"lang": lang})
    docs = session.documents
    width = max(len(d.id) for d in docs.values())
    click.echo(f"{'ID':<{width}}  {'KIND':<9}  TITLE")
    for doc in docs.values():
        click.echo(f"{doc.id:<{width}}  {doc.category:<9}  {doc.title}")


def _session(content_dirs, templates_dirs, brand: Path | None, settings: dict):
    """Make the core's session from command-line values; a bad value is a usage error naming its option."""
    from pydantic import ValidationError

    from worksheets.models import PrintSettings
    from worksheets.session import Inputs, Session

    try:
        print_settings = PrintSettings(**settings)
    except ValidationError as exc:
        raise _bad_parameter(exc) from None
    return Session(Inputs(tuple(content_dirs), tuple(templates_dirs), brand), print_settings)


def _bad_parameter(exc) -> click.BadParameter:
    from worksheets.yamlfile import plain_message

    item = exc.errors(include_url=False)[0]
    option = "--" + str(item["loc"][0]).replace("_", "-")
    return click.BadParameter(plain_message(item), param_hint=option)


@main.command(
    epilog=example(
        "worksheets build avoidant-handout avoidant-worksheet",
        "worksheets build --all --paper a4 --out handouts",
    )
)
@click.argument("doc_ids", nargs=-1, metavar="[DOC_ID]...")
@click.option("--all", "everything", is_flag=True, help="Build every document.")
@click.option(
    "--paper",
    type=click.Choice(PAPERS),
    default="letter",
    show_default=True,
    help="Page size (a5 for folded booklets).",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder to write into (created if missing).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["pdf", "html"]),
    default="pdf",
    show_default=True,
    help="pdf for printing; html to preview the layout in a browser.",
)
@brand_option
@click.option("--client", help="Client's name: on the first page and in the worksheet's name field.")
@click.option("--clinician", help="Clinician's name (instead of the one in the brand file).")
@click.option(
    "--date",
    "when",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Date printed on the documents, YYYY-MM-DD.  [default: today]",
)
@click.option("--note", help="A short note to the client, printed on the first page.")
@click.option("--flat", is_flag=True, help="Print-only worksheets, without fillable form fields.")
@click.option("--large-print", is_flag=True, help="Body text at 16 pt with more writing space.")
@click.option("--grayscale", is_flag=True, help="Ink saver: greys only, no filled backgrounds.")
@lang_option
@content_dir_option
@templates_dir_option
def build(
    doc_ids: tuple[str, ...],
    everything: bool,
    paper: str,
    out: Path,
    fmt: str,
    brand: Path | None,
    client: str | None,
    clinician: str | None,
    when,
    note: str | None,
    flat: bool,
    large_print: bool,
    grayscale: bool,
    lang: str,
    content_dirs: tuple[Path, ...],
    templates_dirs: tuple[Path, ...],
) -> None:
    """Build documents as PDF (or HTML) files in the output folder.

    Name the documents to build (see 'worksheets list'), or pass --all.
    """
    from pydantic import ValidationError

    from worksheets.build import build_documents
    from worksheets.models import Personal

    if not doc_ids and not everything:
        raise click.UsageError("name at least one document id, or pass --all (see 'worksheets list')")
    try:
        personal = Personal(
            date=when.date() if when else dt.date.today(), client=client, clinician=clinician, note=note
        )
    except ValidationError as exc:
        raise _bad_parameter(exc) from None
    settings = {
        "paper": paper,
        "flat": flat,
        "large_print": large_print,
        "grayscale": grayscale,
        "lang": lang,
    }
    session = _session(content_dirs, templates_dirs, brand, settings)
    for notice in session.notices:
        click.echo(f"note: {notice}", err=True)

    def report(built) -> None:
        pages = f" ({built.pages} {'page' if built.pages == 1 else 'pages'})" if built.pages else ""
        click.echo(f"wrote {built.path}{pages}")
        for problem in built.warnings:
            click.echo(f"  warning: {built.doc.id}: {problem}", err=True)

    build_documents(session, [] if everything else list(doc_ids), personal, out, fmt, on_done=report)


@main.command(
    epilog=example(
        "worksheets validate --brand brand.yaml --content-dir my-content",
        "worksheets validate --roster roster.csv --packet packet.yaml",
    )
)
@brand_option
@click.option(
    "--roster", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="A workshop roster."
)
@click.option("--packet", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="A packet.yaml.")
@content_dir_option
@templates_dir_option
def validate(
    brand: Path | None,
    roster: Path | None,
    packet: Path | None,
    content_dirs: tuple[Path, ...],
    templates_dirs: tuple[Path, ...],
) -> None:
    """Check content, templates, and a brand, roster or packet file; print ok or every problem."""
    from worksheets.checking import validate_inputs
    from worksheets.errors import InputErrors
    from worksheets.session import Inputs

    problems = validate_inputs(Inputs(tuple(content_dirs), tuple(templates_dirs), brand), roster, packet)
    if problems:
        raise InputErrors(problems)
    click.echo("ok")


@main.command(epilog=example("worksheets schema content -o content.schema.json"))
@click.argument("kind", type=click.Choice(["content", "site", "brand", "roster", "packet"]))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file.")
def schema(kind: str, output: Path | None) -> None:
    """Print the JSON Schema of one kind of input file (for editor autocomplete)."""
    from worksheets.schema import schema_json

    text = schema_json(kind)
    if output is None:
        click.echo(text, nl=False)
    else:
        from worksheets.output import write_atomic

        write_atomic(output, text.encode("utf-8"))
        click.echo(f"wrote {output}")


@main.group(epilog=example("worksheets templates eject my-templates"))
def templates() -> None:
    """Work with the templates."""


@templates.command("eject", epilog=example("worksheets templates eject my-templates"))
@click.argument("dest", type=click.Path(file_okay=False, path_type=Path))
def templates_eject(dest: Path) -> None:
    """Copy the built-in templates and stylesheet into DEST to edit them.

    Use them with --templates-dir DEST; a file you keep replaces the built-in one.
    """
    from worksheets.eject import eject_templates

    written = eject_templates(dest)
    click.echo(f"copied {len(written)} files into {dest}; build with --templates-dir {dest}")


@main.group(epilog=example("worksheets content eject my-content"))
def content() -> None:
    """Work with the content files."""


@content.command("eject", epilog=example("worksheets content eject my-content"))
@click.argument("dest", type=click.Path(file_okay=False, path_type=Path))
def content_eject(dest: Path) -> None:
    """Copy the built-in content (and its schemas) into DEST to edit it.

    Use it with --content-dir DEST; a file you keep replaces the built-in one.
    """
    from worksheets.eject import eject_content

    written = eject_content(dest)
    click.echo(f"copied {len(written)} files into {dest}; build with --content-dir {dest}")


@main.group(epilog=example("worksheets brand init my-practice/brand.yaml"))
def brand() -> None:
    """Work with your practice's brand file."""


@brand.command("init", epilog=example("worksheets brand init my-practice/brand.yaml"))
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), default=Path("brand.yaml"))
def brand_init(path: Path) -> None:
    """Write a commented starter brand file to PATH (default: brand.yaml)."""
    from worksheets.brand import write_starter

    write_starter(path)
    click.echo(f"wrote {path}; edit it, then: worksheets build --all --brand {path}")


@main.command(
    epilog=example(
        "worksheets batch roster.csv --packet packet.yaml --brand brand.yaml --combined",
        "worksheets batch roster.csv --out packets --jobs 2",
    )
)
@click.argument("roster", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--packet",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="packet.yaml: title, dates, facilitator, documents.",
)
@brand_option
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder to write into.",
)
@click.option(
    "--jobs", type=click.IntRange(1, 32), default=None, help="Worker processes.  [default: cores, up to 4]"
)
@click.option("--combined", is_flag=True, help="Also write one file with every packet, for printing.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--force", is_flag=True, help="Rebuild every packet, even unchanged ones.")
@click.option(
    "--paper",
    type=click.Choice(PAPERS),
    default="letter",
    show_default=True,
    help="Page size (a roster 'paper' column overrides it).",
)
@click.option(
    "--date",
    "when",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Date printed on the packets.  [default: today]",
)
@click.option("--flat", is_flag=True, help="Print-only worksheets, without form fields.")
@click.option("--large-print", is_flag=True, help="Body text at 16 pt.")
@click.option("--grayscale", is_flag=True, help="Ink saver.")
@content_dir_option
@templates_dir_option
def batch(roster, packet, brand, out, jobs, combined, quiet, force, paper, when, flat, large_print, grayscale,
          content_dirs, templates_dirs) -> None:  # fmt: skip
    """Build a personalised packet for every participant on a roster (CSV or YAML).

    The roster needs a 'name' column; 'lang', 'paper', 'documents' (ids separated
    by ;) and 'note' are optional. Unchanged participants are skipped on a re-run.
    """
    import contextlib
    import sys

    from worksheets.batch import BatchOptions, default_jobs, run_batch

    settings = {"paper": paper, "flat": flat, "large_print": large_print, "grayscale": grayscale}
    session = _session(content_dirs, templates_dirs, brand, settings)
    options = BatchOptions(
        roster=roster, packet=packet, out=out, jobs=jobs or default_jobs(), combined=combined, force=force,
        date=when.date() if when else None,
    )  # fmt: skip
    show_bar = not quiet and sys.stdout.isatty()
    with contextlib.ExitStack() as stack:
        bars = []

        def start(total: int) -> None:
            if show_bar:
                bars.append(stack.enter_context(click.progressbar(length=total, label="Building packets")))

        def done(_outcome) -> None:
            for bar in bars:
                bar.update(1)

        result = run_batch(session, options, on_done=done, on_start=start)
    for line in summary_lines(result):
        click.echo(line)
    if result.count("failed"):
        raise SystemExit(1)


def summary_lines(result) -> list[str]:
    """Return the one-screen summary printed after a batch."""
    total = len(result.outcomes)
    lines = [
        f"{total} participants: {result.count('built')} built, "
        f"{result.count('skipped')} unchanged (skipped), {result.count('failed')} failed"
    ]
    lines += [f"  failed: {o.row.label}: {o.error}" for o in result.outcomes if o.status == "failed"]
    lines.append(f"packets in {result.manifest.parent}/, manifest {result.manifest.name}")
    if result.combined:
        lines.append(f"combined file for printing: {result.combined}")
    return lines
