"""Commands that check or hand out files: validate, schema, templates/content eject, brand init."""

from __future__ import annotations

from pathlib import Path

import click

from worksheets.cli.common import brand_option, content_dir_option, example, lang_option, templates_dir_option


@click.command(
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
@lang_option
def validate(
    brand: Path | None,
    roster: Path | None,
    packet: Path | None,
    content_dirs: tuple[Path, ...],
    templates_dirs: tuple[Path, ...],
    lang: str,
) -> None:
    """Check content, templates, and a brand, roster or packet file; print ok or every problem."""
    from worksheets.checking import check_inputs
    from worksheets.errors import InputErrors
    from worksheets.readability import MAX_GRADE
    from worksheets.session import Inputs

    checked = check_inputs(Inputs(tuple(content_dirs), tuple(templates_dirs), brand), roster, packet, lang)
    if checked.problems:  # a grade over the limit is one of them
        raise InputErrors(checked.problems)
    if checked.grades:
        width = max(map(len, checked.grades))
        click.echo(f"Reading grade of each client-facing document (Flesch-Kincaid, at most {MAX_GRADE:g}):")
        for doc_id, grade in checked.grades.items():
            click.echo(f"  {doc_id:<{width}}  {grade:4.1f}")
    click.echo("ok")


@click.command(epilog=example("worksheets schema content -o content.schema.json"))
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


def _eject_group(what: str, copied: str) -> click.Group:
    """Return ``worksheets WHAT eject DEST``: copy the built-in WHAT out to edit and override."""

    @click.group(what, epilog=example(f"worksheets {what} eject my-{what}"), help=f"Work with the {what}.")
    def group() -> None:
        pass

    @group.command(
        "eject",
        epilog=example(f"worksheets {what} eject my-{what}"),
        help=f"Copy the built-in {copied} into DEST to edit.\n\n"
        f"Use it with --{what}-dir DEST; a file you keep replaces the built-in one.",
    )
    @click.argument("dest", type=click.Path(file_okay=False, path_type=Path))
    def eject(dest: Path) -> None:
        from worksheets import eject as ejecting

        written = getattr(ejecting, f"eject_{what}")(dest)
        click.echo(f"copied {len(written)} files into {dest}; build with --{what}-dir {dest}")

    return group


templates = _eject_group("templates", "templates and stylesheet")
content = _eject_group("content", "content (and its schemas)")


@click.group(epilog=example("worksheets brand init my-practice/brand.yaml"))
def brand() -> None:
    """Work with your practice's brand file."""


@brand.command("init", epilog=example("worksheets brand init my-practice/brand.yaml"))
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), default=Path("brand.yaml"))
def brand_init(path: Path) -> None:
    """Write a commented starter brand file to PATH (default: brand.yaml)."""
    from worksheets.brand import write_starter

    write_starter(path)
    click.echo(f"wrote {path}; edit it, then: worksheets build --all --brand {path}")


COMMANDS = [validate, schema, templates, content, brand]
