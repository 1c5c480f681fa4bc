"""Measure the web page's speed in one run on this machine; print each ratio.

    python bench/serve.py        (or: make bench-serve)

1. A preview of one page in a warm server vs WeasyPrint rendering the same HTML plus the
   picture, in this process (target: within 1.3x).
2. Downloading all documents from a warm server vs ``worksheets build --all`` minus its
   start-up (``worksheets list``, which loads the same content) (target: within 1.2x).
3. Four clients at once, each previewing and downloading (target: none failing).

Timings are wall-clock medians of repeated runs; the machine is noisy, so differences
under ~15% are noise. Nothing here is a test: no assertion fails.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import http.cookiejar
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "web"))

from browser import running_server  # noqa: E402

CLI = [sys.executable, "-m", "worksheets"]
DATE = "2026-11-28"
PREVIEWED = ["avoidant-handout", "avoidant-worksheet"]


class Client:
    """One browser's worth of state: a cookie and the page's CSRF token."""

    def __init__(self, url: str):
        self.url = url
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        html = self.opener.open(url + "/make").read().decode()
        self.token = re.search(r'name="csrf-token" content="([^"]+)"', html).group(1)

    def get(self, path: str) -> str:
        return self.opener.open(self.url + path).read().decode("latin-1")

    def post(self, path: str, form: dict) -> bytes:
        data = urllib.parse.urlencode({"csrf_token": self.token, **form}, doseq=True).encode()
        request = urllib.request.Request(self.url + path, data=data, headers={"Origin": self.url})
        with self.opener.open(request, timeout=300) as response:
            return response.read()


def form(doc_ids: list[str], **extra) -> dict:
    return {"documents": doc_ids, "lang": "en", "paper": "letter", "fillable": "fillable", "date": DATE,
            "client": "Ana Morales", **extra}  # fmt: skip


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def weasyprint_baseline(doc_id: str, repeat: int) -> float:
    """The same HTML the server renders, through WeasyPrint directly, plus the picture of its pages."""
    import weasyprint

    from worksheets.models import Personal, PrintSettings
    from worksheets.session import Session
    from worksheets.web.pictures import page_pictures

    session = Session(settings=PrintSettings())
    doc = session.documents[doc_id]
    personal = Personal(date=dt.date.fromisoformat(DATE), client="Ana Morales")
    html = session.filled_html(doc, personal)
    base = str(session.renderer.base_dir) + "/"
    weasyprint.HTML(string=html, base_url=base).write_pdf()  # warm up fonts

    def render():
        data = weasyprint.HTML(string=html, base_url=base).write_pdf(pdf_forms=True)
        page_pictures(data, 560)

    return median_time(render, repeat)


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        with running_server(home, home / "server.log") as url:
            client = Client(url)
            # A warm server: the library's pictures, drawn in the background at start, are all done.
            for lang in ("en", "es"):
                for path in re.findall(rf"/thumbnail/{lang}/[\w-]+\.png", client.get("/")):
                    client.get(path)
            print("1. preview of a document's pages, warm server vs WeasyPrint + picture (target <= 1.3x)")
            for doc_id in PREVIEWED:
                client.post("/make/preview", form([doc_id]))  # warm
                served = median_time(lambda d=doc_id: client.post("/make/preview", form([d])), 7)
                direct = weasyprint_baseline(doc_id, 7)
                ratio = served / direct
                print(
                    f" {doc_id:<22} server {served:5.2f} s   WeasyPrint {direct:5.2f} s   ratio {ratio:.2f}x"
                )

            print(
                "2. download of all 16 documents vs `worksheets build --all` minus start-up (target <= 1.2x)"
            )
            every = [line.split()[0] for line in _run([*CLI, "list"]).splitlines()[1:]]
            client.post("/make", form(every[:1]))  # warm
            served = median_time(lambda: client.post("/make", form(every)), 3)
            args = [
                *CLI,
                "build",
                "--all",
                "--client",
                "Ana Morales",
                "--date",
                DATE,
                "--out",
                str(home / "cli"),
            ]
            build = median_time(lambda: _run(args), 3)
            start_up = median_time(lambda: _run([*CLI, "list"]), 3)
            work = build - start_up
            print(
                f"   server {served:5.2f} s   CLI {build:5.2f} s - start-up {start_up:4.2f} s = {work:5.2f} s"
            )
            print(f"   ratio {served / work:4.2f}x")

            print("3. four clients at once, each a preview and a download (target: none failing)")
            clients = [Client(url) for _ in range(4)]

            def visit(c: Client) -> str:
                c.post("/make/preview", form(["ambivalent-worksheet"]))
                data = c.post("/make", form(["ambivalent-worksheet", "secure-handout"]))
                return "ok" if data[:2] == b"PK" else "bad"

            start = time.perf_counter()
            with concurrent.futures.ThreadPoolExecutor(4) as pool:
                results = list(pool.map(lambda c: _safely(visit, c), clients))
            took = time.perf_counter() - start
            failures = [r for r in results if r != "ok"]
            print(f"   {results.count('ok')} of 4 succeeded in {took:.1f} s; failures: {failures}")


def _safely(fn, arg) -> str:
    try:
        return fn(arg)
    except Exception as exc:  # a failure is what we count
        return f"{type(exc).__name__}: {exc}"


def _run(args: list[str]) -> str:
    return subprocess.run(args, check=True, cwd=ROOT, capture_output=True, text=True).stdout


if __name__ == "__main__":
    main()
