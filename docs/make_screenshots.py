"""Take the README's pictures of the web page: each page in Chromium, as a first-time user sees it.

Run with ``make screenshots``; the pictures go to docs/screenshots/.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "web"))

from browser import chromium_page, running_server  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        roster = home / "spring-group.csv"
        roster.write_text("name,lang\nAna Morales,en\nBo Chen,de\nJosé Núñez,es\n", encoding="utf-8")
        with running_server(home, home / "server.log") as url, chromium_page(home, 1280, 860) as page:
            page.goto(url + "/?lang=en")
            page.wait_for_function(
                "() => [...document.images].slice(0, 8).every(i => i.complete && i.naturalWidth)"
            )
            shot(page, "library")

            page.goto(url + "/make?documents=avoidant-worksheet")
            page.get_by_label("Client's name").fill("Ana Morales")
            page.get_by_label("Clinician").fill("Dr. Mina Osei")
            page.locator("#preview-pages img").first.wait_for()
            shot(page, "make-handouts", full=True)

            page.goto(url + "/practice")
            page.get_by_label("Practice name").fill("Harbour Counselling")
            page.locator("#colors-primary").fill("#f0e68c")
            page.get_by_role("button", name="Save my practice").click()
            shot(page, "my-practice", full=True)

            page.goto(url + "/workshop")
            page.get_by_label("Roster file").set_input_files(str(roster))
            page.get_by_label("Workshop title").fill("Six weeks of steadier ground")
            page.get_by_label("Attachment styles: an overview").check()
            page.get_by_label("Finding your feet").check()
            page.get_by_role("button", name="Make the packets").click()
            page.locator("#job-download:not([hidden])").wait_for(timeout=180_000)
            shot(page, "workshop")

            page.goto(url + "/fill/en/grounding-worksheet")
            page.get_by_label("Your name").fill("Sam")
            shot(page, "fill-online")
    print(f"wrote {len(list(OUT.glob('*.png')))} pictures in {OUT.relative_to(ROOT)}/")


def shot(page, name: str, full: bool = False) -> None:
    page.evaluate("() => window.scrollTo(0, 0)")
    page.screenshot(path=str(OUT / f"{name}.png"), full_page=full)


if __name__ == "__main__":
    main()
