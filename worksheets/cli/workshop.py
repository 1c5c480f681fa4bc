"""``worksheets batch``: a personalised packet for everyone on a roster."""

from __future__ import annotations

from pathlib import Path

import click

from worksheets.cli.common import (
    brand_option,
    content_dir_option,
    date_option,
    example,
    make_session,
    out_option,
    print_options,
    templates_dir_option,
)


@click.command(
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
@out_option
@click.option(
    "--jobs", type=click.IntRange(1, 32), default=None, help="Worker processes.  [default: cores, up to 4]"
)
@click.option("--combined", is_flag=True, help="Also write one file with every packet, for printing.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--force", is_flag=True, help="Rebuild every packet, even unchanged ones.")
@click.option(
    "--simplex",
    is_flag=True,
    help="For one-sided printing: no Notes pages (by default every document starts on a right-hand page).",
)
@date_option
@print_options
@content_dir_option
@templates_dir_option
def batch(roster, packet, brand, out, jobs, combined, quiet, force, simplex, paper, when, flat, large_print,
          grayscale, content_dirs, templates_dirs) -> None:  # fmt: skip
    """Build a personalised packet for every participant on a roster (CSV or YAML).

    The roster needs a 'name' column; 'lang', 'paper', 'documents' (ids separated
    by ;) and 'note' are optional. Unchanged participants are skipped on a re-run.
    """
    import contextlib
    import sys

    from worksheets.batch import BatchOptions, default_jobs, run_batch

    settings = {"paper": paper, "flat": flat, "large_print": large_print, "grayscale": grayscale}
    session = make_session(content_dirs, templates_dirs, brand, settings)
    options = BatchOptions(
        roster=roster, packet=packet, out=out, jobs=jobs or default_jobs(), combined=combined, force=force,
        date=when.date() if when else None, duplex=not simplex,
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
    if result.problem:
        raise click.ClickException(result.problem)
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


COMMANDS = [batch]
