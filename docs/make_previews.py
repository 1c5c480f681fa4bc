"""Regenerate the small page pictures in docs/ (run by `make previews`)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from worksheets.build import build_documents
from worksheets.models import Personal
from worksheets.session import Session

DOCS = Path(__file__).resolve().parent
PREVIEWS = {"avoidant-handout": "preview-handout", "avoidant-worksheet": "preview-worksheet"}


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: install Debian's poppler-utils (sudo apt-get install poppler-utils)")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        for built in build_documents(Session(), list(PREVIEWS), Personal(date=dt.date.today()), Path(tmp)):
            stem = DOCS / PREVIEWS[built.doc.id]
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "45",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(built.path),
                    str(stem),
                ],
                check=True,
            )
            print(f"wrote {stem}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
