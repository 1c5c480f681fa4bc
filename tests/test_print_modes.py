"""Every brand x paper x print mode renders cleanly, tagged, with metadata and embedded fonts."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATE, build, pdf_text, shared_session
from pypdf import PdfReader
from test_brand import BRANDS, full_brand

from worksheets.layout import PX_PER_MM
from worksheets.models import Personal

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


# Pairwise: every brand, paper, mode and kind of document meets every other, in 12
# renders instead of 72 (3 brands x 3 papers x 4 modes x 2 documents).
BRAND_NAMES = list(AUTHORS)
COMBINATIONS = [
    (BRAND_NAMES[(i + j) % len(BRAND_NAMES)], paper, mode, DOCS[(i + j) % len(DOCS)])
    for i, paper in enumerate(["letter", "a4", "a5"])
    for j, mode in enumerate(MODES)
]


def test_combinations_cover_every_pair():
    for a, b in [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]:
        pairs = {(c[a], c[b]) for c in COMBINATIONS}
        sizes = [len({c[a] for c in COMBINATIONS}), len({c[b] for c in COMBINATIONS})]
        assert len(pairs) == sizes[0] * sizes[1]


@pytest.mark.parametrize("brand,paper,mode,doc", COMBINATIONS)
def test_combination_renders_cleanly(brand_files, tmp_path, brand, paper, mode, doc):
    built_docs = build(
        [doc], tmp_path, paper=paper, brand=brand_files[brand], client="Alex Rivera", **MODES[mode]
    )
    for built in built_docs:
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
        if built.doc.category == "worksheet" and mode != "flat":
            assert fields["name"]["/V"] == "Alex Rivera"
        else:
            assert not fields
        if paper != "a5" and mode not in ("large-print",):
            assert len(reader.pages) <= 3


def test_practice_is_the_author_and_the_logo_has_alt_text(brand_files, tmp_path):
    built = build(["avoidant-handout"], tmp_path, brand=brand_files["full"])
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
    """A command in a fresh process writes the very bytes this process writes for the same inputs."""
    args = ["build", "avoidant-worksheet", "--client", "Alex Rivera", "--date", "2026-11-28"]
    args += ["--out", str(tmp_path / "cli"), "--brand", str(brand_files["full"])]
    subprocess.run([sys.executable, "-m", "worksheets", *args], check=True, capture_output=True)
    here = build(["avoidant-worksheet"], tmp_path / "here", brand=brand_files["full"], client="Alex Rivera")
    paths = [tmp_path / "cli" / "alex-rivera" / "avoidant-worksheet.pdf", here[0].path]
    digests = [hashlib.sha256(path.read_bytes()).hexdigest() for path in paths]
    assert digests[0] == digests[1]


def test_a_branded_page_names_the_crisis_line_at_body_size_and_the_client_once(brand_files, tmp_path):
    built = build(["partner-guide"], tmp_path, brand=brand_files["full"], client="Alex Rivera")
    page_one = " ".join(PdfReader(built[0].path).pages[0].extract_text().split())
    assert page_one.count("Alex Rivera") == 1
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(built[0].path).pages)
    # The local emergency number first: a practice's line may not reach a reader abroad.
    assert (
        "In an emergency, call your local emergency number. Call or text 988 (US, checked Oct 2026)" in text
    )
    assert "For a free, confidential helpline in your country" not in text, "the pointer without a line"


HARBOUR = Path(__file__).parents[1] / "examples" / "harbour" / "brand.yaml"


def masthead_mm(paper: str, large_print: bool, lang: str = "es") -> float:
    """The branded header's height on a laid-out first page, from its box."""
    session = shared_session(HARBOUR, paper=paper, large_print=large_print, lang=lang)
    [doc] = session.select(["avoidant-handout"])
    _, document = session.filled_layout(doc, Personal(date=DATE, client="Alex Rivera"))
    [header] = [
        box
        for box in document.pages[0]._page_box.descendants()
        if getattr(box, "element_tag", "") == "header"
    ]
    return header.border_height() / PX_PER_MM


def test_the_branded_header_is_one_slim_band_on_every_paper():
    # Logo, practice and clinician beside the phone and website: no more rows on A5 than on Letter.
    assert masthead_mm("letter", False) <= 16 and masthead_mm("a5", False) <= 16
    assert masthead_mm("a5", True) <= masthead_mm("letter", True) + 0.5


def test_an_a5_footer_names_the_licence_without_its_gloss(tmp_path):
    # So the version and the licence share one line: the footer takes a line less on a small page.
    [a5] = build(["avoidant-handout"], tmp_path / "a5", brand=HARBOUR, paper="a5", large_print=True)
    [letter] = build(["avoidant-handout"], tmp_path / "letter", brand=HARBOUR)
    footer = " ".join(PdfReader(a5.path).pages[0].extract_text().split())[-80:]
    assert re.search(r"Content version [\d.]+ · CC BY 4\.0 Page 1 of 8$", footer)
    assert "free to copy" not in pdf_text(a5.path) and "CC BY 4.0, free to copy" in pdf_text(letter.path)
