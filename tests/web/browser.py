"""A real server and a real browser for end-to-end tests: ``worksheets serve`` and Debian's Chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
# Without these, Chromium reaches for Google's servers at start-up and waits on a closed network.
QUIET = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(home: Path, log: Path, *args: str):
    """Start ``worksheets serve`` with its own config folder; yield its address; stop it."""
    port = free_port()
    env = {**os.environ, "XDG_CONFIG_HOME": str(home / "config")}
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "worksheets", "serve", "--port", str(port), "--jobs", "1", *args],
            stdout=out, stderr=subprocess.STDOUT, env=env,
        )  # fmt: skip
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(200):
                try:
                    urllib.request.urlopen(url + "/workshop", timeout=1)
                    break
                except OSError:
                    if server.poll() is not None:
                        raise RuntimeError(log.read_text()) from None
                    time.sleep(0.1)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=10)


@contextmanager
def chromium_page(downloads: Path, width: int = 1280, height: int = 900):
    """A page in headless Chromium that accepts downloads."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=QUIET, headless=True)
        try:
            context = browser.new_context(accept_downloads=True, viewport={"width": width, "height": height})
            yield context.new_page()
        finally:
            browser.close()
