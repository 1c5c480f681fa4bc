"""``worksheets serve``: the local web page."""

from __future__ import annotations

import click

from worksheets.cli.common import content_dir_option, example, templates_dir_option


@click.command(epilog=example("worksheets serve --open", "worksheets serve --port 8800"))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Only this computer can reach the default.")  # fmt: skip
@click.option(
    "--port", type=click.IntRange(1, 65535), default=8765, show_default=True, help="Port to listen on."
)
@click.option("--open", "open_browser", is_flag=True, help="Open the page in your web browser.")
@click.option(
    "--jobs",
    type=click.IntRange(1, 32),
    default=None,
    help="Workers for workshop packets.  [default: cores, up to 4]",
)
@content_dir_option
@templates_dir_option
def serve(host: str, port: int, open_browser: bool, jobs: int | None, content_dirs, templates_dirs) -> None:
    """Open the whole tool as a web page on this computer: library, handouts, practice, workshop, fill online.

    Nothing is sent anywhere: the page runs here, and stops when you press Ctrl-C.
    """
    import logging
    import threading
    import webbrowser

    import waitress

    from worksheets.batch import default_jobs
    from worksheets.web import LOCAL_HOSTS, create_app
    from worksheets.web.config import WebConfig
    from worksheets.web.views.library import draw_library

    if host not in LOCAL_HOSTS:
        click.echo(
            f"warning: listening on {host}: other computers on the network can open this page and "
            "see your documents and practice details. Leave out --host to keep it on this computer.",
            err=True,
        )
    config = WebConfig(content_dirs=tuple(content_dirs), templates_dirs=tuple(templates_dirs),
                       jobs=jobs or default_jobs())  # fmt: skip
    app = create_app(config, host=host)
    url = f"http://{'localhost' if host in LOCAL_HOSTS else host}:{port}/"
    # One line per request (method, page, status): names and answers travel in form bodies,
    # never in addresses, so they never reach the log.
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    logging.getLogger("worksheets.web").setLevel(logging.INFO)
    click.echo(f"Attachment worksheets is open at {url}  (press Ctrl-C to stop)")
    # The library's pictures are drawn in the background, so the first visit finds most of them ready.
    threading.Thread(target=draw_library, args=(app.extensions["worksheets"],), daemon=True).start()
    if open_browser:
        webbrowser.open(url)
    try:
        # Waitress: a small, well-kept production server in pure Python (threads for several tabs at once).
        waitress.serve(app, host=host, port=port, threads=8, ident="worksheets")
    finally:
        app.extensions["worksheets"]["jobs"].remove_all()


COMMANDS = [serve]
