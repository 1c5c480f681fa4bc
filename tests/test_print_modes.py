"""Every brand x paper x print mode renders cleanly, tagged, with metadata and embedded fonts."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_brand import BRANDS, full_brand

from worksheets.build import BuildOptions, build_documents

DOCS = ["disorganized-handout", "healing-plan-worksheet"]
AUTHORS = {
    "default": "Attachment worksheets",
    "full": "Quiet Harbour Therapy",
    "long": "The Northern Valleys Collaborative Centre for Relationship, "
    "Family and Individual Counselling Services",
}
MODES = {
    "normal": {},
    "large-print": {"large_print": True},
    "grayscale": {"grayscale": True},
    "flat": {"flat": True},
}


@pytest.fixture(scope="module")
def brand_files(tmp_path_factory) -> dict[str, Path | None]:
    return {
        "default": None,
        "full": full_brand(tmp_path_factory.mktemp("brand")),
        "long": BRANDS / "long" / "brand.yaml",
    }


def fonts_of(reader: PdfReader):
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                yield descendant.get_object()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("paper", ["letter", "a4", "a5"])
@pytest.mark.parametrize("brand", ["default", "full", "long"])
def test_combination_renders_cleanly(brand_files, tmp_path, brand, paper, mode):
    options = BuildOptions(
        out=tmp_path,
        paper=paper,
        brand=brand_files[brand],
        client="Alex Rivera",
        date=dt.date(2026, 11, 28),
        **MODES[mode],
    )
    for built in build_documents(DOCS, False, options):
        assert built.warnings == (), built.warnings
        reader = PdfReader(built.path)
        root = reader.trailer["/Root"]
        assert root["/Lang"] == "en"
        assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]
        assert reader.metadata.title == built.doc.title
        assert reader.metadata.author == AUTHORS[brand]
        assert reader.metadata.subject and "attachment" in reader.metadata["/Keywords"]
        assert reader.outline, "headings become bookmarks"
        for font in fonts_of(reader):
            descriptor = font["/FontDescriptor"].get_object()
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), "fonts are embedded"
        fields = reader.get_fields() or {}
        if built.doc.kind == "worksheet" and mode != "flat":
            assert fields["name"]["/V"] == "Alex Rivera"
        else:
            assert not fields
        if paper != "a5" and mode not in ("large-print",):
            assert len(reader.pages) <= 3


def test_practice_is_the_author_and_the_logo_has_alt_text(brand_files, tmp_path):
    built = build_documents(
        ["avoidant-handout"], False, BuildOptions(out=tmp_path, brand=brand_files["full"])
    )
    reader = PdfReader(built[0].path)
    assert reader.metadata.author == "Quiet Harbour Therapy"
    assert b"/Alt (Quiet Harbour Therapy logo)" in built[0].path.read_bytes() or _alt_in_tree(reader)
    text = reader.pages[0].extract_text()
    assert "Crisis line (US): Call or text 988" in " ".join(text.split())


def _alt_in_tree(reader: PdfReader) -> bool:
    def walk(node, depth=0):
        node = node.get_object()
        if node.get("/Alt") == "Quiet Harbour Therapy logo":
            return True
        kids = node.get("/K", [])
        kids = kids if isinstance(kids, list) else [kids]
        return depth < 40 and any(walk(k, depth + 1) for k in kids if hasattr(k, "get_object"))

    return walk(reader.trailer["/Root"]["/StructTreeRoot"])


def test_same_inputs_give_identical_bytes_across_processes(brand_files, tmp_path):
    digests = []
    for run in range(2):
        out = tmp_path / f"run{run}"
        args = ["build", "avoidant-worksheet", "--client", "Alex Rivera", "--date", "2026-11-28"]
        args += ["--out", str(out), "--brand", str(brand_files["full"])]
        subprocess.run([sys.executable, "-m", "worksheets", *args], check=True, capture_output=True)
        digests.append(
            hashlib.sha256((out / "alex-rivera" / "avoidant-worksheet.pdf").read_bytes()).hexdigest()
        )
    assert digests[0] == digests[1]
