"""The ``worksheets`` command: Click only; the work happens in plain functions."""

from __future__ import annotations

from pathlib import Path

import click

from worksheets import __version__

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

content_dir_option = click.option(
    "--content-dir",
    "content_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of your own content, searched before the built-in content.",
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


@click.group(context_settings=CONTEXT, epilog=example("worksheets build --all --paper a4 --out output"))
@click.version_option(__version__, "--version", prog_name="worksheets")
def main() -> None:
    """Make printable handouts and reflection worksheets about attachment styles."""


@main.command("list", epilog=example("worksheets list"))
@content_dir_option
def list_command(content_dirs: tuple[Path, ...]) -> None:
    """List the documents you can build."""
    from worksheets.catalog import list_documents
    from worksheets.content import load_library

    docs = list_documents(load_library(list(content_dirs)))
    width = max(len(d.id) for d in docs.values())
    click.echo(f"{'ID':<{width}}  {'KIND':<9}  TITLE")
    for doc in docs.values():
        click.echo(f"{doc.id:<{width}}  {doc.kind:<9}  {doc.title}")


@main.command(
    epilog=example(
        "worksheets build avoidant-handout avoidant-worksheet",
        "worksheets build --all --paper a4 --out handouts",
    )
)
@click.argument("doc_ids", nargs=-1, metavar="[DOC_ID]...")
@click.option("--all", "everything", is_flag=True, help="Build every document.")
@click.option(
    "--paper", type=click.Choice(["letter", "a4"]), default="letter", show_default=True, help="Page size."
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
@content_dir_option
@templates_dir_option
def build(
    doc_ids: tuple[str, ...],
    everything: bool,
    paper: str,
    out: Path,
    fmt: str,
    content_dirs: tuple[Path, ...],
    templates_dirs: tuple[Path, ...],
) -> None:
    """Build documents as PDF (or HTML) files in the output folder.

    Name the documents to build (see 'worksheets list'), or pass --all.
    """
    from worksheets.build import BuildOptions, build_documents

    if not doc_ids and not everything:
        raise click.UsageError("name at least one document id, or pass --all (see 'worksheets list')")
    options = BuildOptions(out, paper, fmt, list(content_dirs), list(templates_dirs))

    def report(built) -> None:
        pages = f" ({built.pages} {'page' if built.pages == 1 else 'pages'})" if built.pages else ""
        click.echo(f"wrote {built.path}{pages}")
        for problem in built.warnings:
            click.echo(f"  warning: {built.doc.id}: {problem}", err=True)

    build_documents(list(doc_ids), everything, options, on_done=report)


@main.command(epilog=example("worksheets validate --content-dir my-content"))
@content_dir_option
@templates_dir_option
def validate(content_dirs: tuple[Path, ...], templates_dirs: tuple[Path, ...]) -> None:
    """Check content and templates; print ok or every problem found."""
    from worksheets.checking import validate_inputs
    from worksheets.errors import InputErrors

    problems = validate_inputs(list(content_dirs), list(templates_dirs))
    if problems:
        raise InputErrors(problems)
    click.echo("ok")


@main.command(epilog=example("worksheets schema content -o content.schema.json"))
@click.argument("kind", type=click.Choice(["content", "site"]))
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
