"""``worksheets list`` and ``worksheets build``: documents for one reader."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from worksheets.cli.common import (
    bad_parameter,
    brand_option,
    content_dir_option,
    date_option,
    example,
    lang_option,
    make_session,
    out_option,
    print_options,
    templates_dir_option,
)


@click.command("list", epilog=example("worksheets list"))
@lang_option
@content_dir_option
def list_command(lang: str, content_dirs: tuple[Path, ...]) -> None:
    """List the documents you can build."""
    session = make_session(content_dirs, (), None, {"lang": lang})
    docs = session.documents
    width = max(len(d.id) for d in docs.values())
    kind_width = max(len("KIND"), *(len(d.category) for d in docs.values()))
    click.echo(f"{'ID':<{width}}  {'KIND':<{kind_width}}  TITLE")
    for doc in docs.values():
        click.echo(f"{doc.id:<{width}}  {doc.category:<{kind_width}}  {doc.title}")


@click.command(
    epilog=example(
        "worksheets build avoidant-handout avoidant-worksheet",
        "worksheets build --all --paper a4 --out handouts",
    )
)
@click.argument("doc_ids", nargs=-1, metavar="[DOC_ID]...")
@click.option("--all", "everything", is_flag=True, help="Build every document.")
@out_option
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
@date_option
@click.option("--note", help="A short note to the client, printed on the first page.")
@click.option(
    "--booklet",
    type=click.Choice(["letter", "a4"]),
    help="Fold-up A5 booklets: pages two-up on letter or a4 sheets, to print double-sided (short edge).",
)
@print_options
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
    booklet: str | None,
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
        raise bad_parameter(exc) from None
    settings = {
        "paper": paper,
        "flat": flat,
        "large_print": large_print,
        "grayscale": grayscale,
        "lang": lang,
    }
    if booklet:
        if paper not in ("letter", "a5"):  # letter is the default: the user did not choose it
            raise click.BadParameter(
                "booklets are made of A5 pages; leave out --paper", param_hint="--booklet"
            )
        settings |= {"paper": "a5", "flat": True}  # a printed booklet has no form fields
    session = make_session(content_dirs, templates_dirs, brand, settings)
    for notice in session.notices:
        click.echo(f"note: {notice}", err=True)

    def report(built) -> None:
        unit = "page"
        pages = f" ({built.pages} {unit}{'' if built.pages == 1 else 's'})" if built.pages else ""
        click.echo(f"wrote {built.path}{pages}")
        for problem in built.warnings:
            click.echo(f"  warning: {built.doc.id}: {problem}", err=True)

    ids = [] if everything else list(doc_ids)
    build_documents(session, ids, personal, out, fmt, on_done=report, booklet=booklet)


COMMANDS = [list_command, build]
