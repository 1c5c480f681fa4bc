"""Workshop batches, run for real: packets, names, fields, skipping, faults, interruption."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader
from structure import structure_problems

from worksheets.cli import main
from worksheets.session import Session

DOCUMENTS = Session().documents

ROSTER = """name,paper,documents,note
Ana Souza,,,
José Martínez,,,Welcome back
محمد علي,,,
Bad Row,a3,,
王小明,,,
Sam Lee,,avoidant-handout;avoidant-worksheet,
"""
PACKET = """title: Six weeks of secure connection
facilitator: Jordan Blake
dates: [Tuesdays, 12 January to 16 February 2027]
documents: [overview-handout, avoidant-worksheet, healing-plan-worksheet]
"""


SHORT_PACKET = "title: One page to start\ndocuments: [partner-guide]\n"  # where the documents do not matter


def run_batch(tmp_path, *extra, roster=ROSTER, jobs=1, packet=PACKET):
    (tmp_path / "roster.csv").write_text(roster, encoding="utf-8")
    (tmp_path / "packet.yaml").write_text(packet, encoding="utf-8")
    args = ["batch", str(tmp_path / "roster.csv"), "--packet", str(tmp_path / "packet.yaml")]
    args += ["--out", str(tmp_path / "out"), "--date", "2027-01-12", "--jobs", str(jobs), *extra]
    return CliRunner().invoke(main, args)


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("batch")
    result = run_batch(tmp_path, "--combined", jobs=2)
    return tmp_path, result


def test_bad_row_fails_alone_and_is_reported(batch):
    _, result = batch
    assert result.exit_code == 1
    assert "6 participants: 5 built, 0 unchanged (skipped), 1 failed" in result.output
    assert "roster.csv:5 (Bad Row): paper: input should be 'letter', 'a4' or 'a5' (got 'a3')" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "name,file", [("Ana Souza", "ana-souza.pdf"), ("محمد علي", "محمد-علي.pdf"), ("王小明", "王小明.pdf")]
)
def test_each_packet_carries_its_own_name(batch, name, file):
    tmp_path, _ = batch
    reader = PdfReader(tmp_path / "out" / file)
    cover = " ".join(reader.pages[0].extract_text().split())
    assert "Six weeks of secure connection" in cover and "Jordan Blake" in cover
    assert name in cover
    fields = reader.get_fields()
    assert fields["name"]["/V"] == name
    assert not fields["date"].get("/V"), "participants date their own worksheets"
    assert "avoidant-worksheet/prompt-1-line-1" in fields


def test_packet_is_continuous_tagged_and_bookmarked(batch):
    tmp_path, _ = batch
    reader = PdfReader(tmp_path / "out" / "ana-souza.pdf")
    total = len(reader.pages)
    assert total == 1 + 1 + 2 + 2 + 2  # cover, Notes (duplex), three documents of two pages
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert all(f"Page {i} of {total}" in text for i, text in enumerate(texts, start=1))
    assert "Attachment styles: an overview Handout Page 3" in texts[0]
    assert texts[1].startswith("Notes"), "a ruled Notes page after the cover"
    assert structure_problems(reader) == []
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert reader.metadata.title == "Six weeks of secure connection"
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[0] == "Six weeks of secure connection" and "My healing plan" in titles


def test_a_packets_worksheets_have_the_writing_room_they_have_on_their_own(batch, tmp_path):
    from conftest import build

    batch_path, _ = batch
    packet = set(PdfReader(batch_path / "out" / "ana-souza.pdf").get_fields())
    (alone,) = build(["avoidant-worksheet"], tmp_path)
    own = {name for name in PdfReader(alone.path).get_fields() if name.startswith("avoidant-worksheet/")}
    assert "avoidant-worksheet/small-step-line-4" in own, "the page's room became writing lines"
    assert own <= packet, "the packet's copy was filled the same way"


def test_row_documents_override_the_packet(batch):
    tmp_path, _ = batch
    reader = PdfReader(tmp_path / "out" / "sam-lee.pdf")
    assert len(reader.pages) == 1 + 1 + 2 + 2
    assert "Understanding avoidant attachment" in reader.pages[2].extract_text()


def test_combined_file_and_manifest(batch):
    tmp_path, _ = batch
    out = tmp_path / "out"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    records = manifest["participants"]
    assert [r["status"] for r in records] == ["built", "built", "built", "failed", "built", "built"]
    built = [r for r in records if r["status"] == "built"]
    combined = PdfReader(out / "all-participants.pdf")
    assert len(combined.pages) == sum(r["pages"] for r in built)
    assert structure_problems(combined) == []
    assert "Ana Souza" in combined.pages[0].extract_text()
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [r["file"] for r in built] + ["all-participants.pdf", "manifest.json"]
    )


def test_people_never_share_a_field_in_the_combined_file(batch):
    tmp_path, _ = batch
    fields = PdfReader(tmp_path / "out" / "all-participants.pdf").get_fields()
    assert fields["ana-souza.name"]["/V"] == "Ana Souza"
    assert fields["jose-martinez.name"]["/V"] == "José Martínez"
    assert "ana-souza.avoidant-worksheet/prompt-1-line-1" in fields and "name" not in fields
    own = PdfReader(tmp_path / "out" / "ana-souza.pdf").get_fields()
    assert "name" in own, "a person's own packet keeps the plain names"
    top = PdfReader(tmp_path / "out" / "ana-souza.pdf").trailer["/Root"]["/AcroForm"]["/Fields"]
    (name,) = [f for f in top if f.get_object()["/T"] == "name"]
    assert len(name.get_object()["/Kids"]) >= 2, "one name field, a widget on each worksheet"


def test_the_combined_file_nests_bookmarks_by_person_and_shares_font_programs(batch):
    import hashlib

    import pikepdf

    tmp_path, _ = batch
    combined = tmp_path / "out" / "all-participants.pdf"
    outline = PdfReader(combined).outline
    people = [item.title for item in outline if not isinstance(item, list)]
    assert people[:2] == ["Ana Souza", "José Martínez"] and all(isinstance(i, list) for i in outline[1::2])
    with pikepdf.open(combined) as pdf:
        programs = {
            obj.FontFile2.objgen: hashlib.sha256(obj.FontFile2.read_raw_bytes()).hexdigest()
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Dictionary)
            and obj.get("/Type") == "/FontDescriptor"
            and "/FontFile2" in obj
        }
    assert programs and len(programs) == len(set(programs.values())), "each font program is stored once"


def test_unchanged_rerun_skips_and_force_rebuilds(tmp_path):
    roster = "name\nAna Souza\nBen Okafor\n"
    first = run_batch(tmp_path, "--combined", roster=roster, packet=SHORT_PACKET)
    assert first.exit_code == 0, first.output
    before = [(tmp_path / "out" / f).stat().st_mtime_ns for f in ("ana-souza.pdf", "all-participants.pdf")]
    again = run_batch(tmp_path, "--combined", roster=roster, packet=SHORT_PACKET)
    assert "0 built, 2 unchanged (skipped), 0 failed" in again.output
    after = [(tmp_path / "out" / f).stat().st_mtime_ns for f in ("ana-souza.pdf", "all-participants.pdf")]
    assert after == before, "an unchanged re-run rewrites neither the packets nor the combined file"
    changed = run_batch(tmp_path, roster="name\nAna Souza\nBen Okafor\nCara Diaz\n", packet=SHORT_PACKET)
    assert "1 built, 2 unchanged (skipped)" in changed.output
    forced = run_batch(tmp_path, "--force", roster=roster, packet=SHORT_PACKET)
    assert "2 built, 0 unchanged" in forced.output


def test_duplicate_names_never_overwrite(tmp_path):
    result = run_batch(tmp_path, roster="name\nSam Lee\nsam lee\n../Sam Lee\n", packet=SHORT_PACKET)
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["manifest.json", "sam-lee-2.pdf", "sam-lee-3.pdf", "sam-lee.pdf"]


def test_file_level_roster_error_stops_before_rendering(tmp_path):
    result = run_batch(tmp_path, roster="email\nana@example.com\n")
    assert result.exit_code == 1
    assert "no 'name' column" in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_interrupted_batch_leaves_only_complete_pdfs(tmp_path):
    names = "\n".join(f"Participant {i}" for i in range(30))
    (tmp_path / "roster.csv").write_text("name\n" + names + "\n", encoding="utf-8")
    (tmp_path / "packet.yaml").write_text(SHORT_PACKET, encoding="utf-8")
    out = tmp_path / "out"
    args = [sys.executable, "-m", "worksheets", "batch", str(tmp_path / "roster.csv"), "--out", str(out),
            "--packet", str(tmp_path / "packet.yaml"), "--jobs", "2", "--quiet"]  # fmt: skip
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def finished():
        return [p for p in out.glob("*.pdf") if not p.name.startswith(".")]

    deadline = time.time() + 60
    while time.time() < deadline and not finished():
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, (stdout, stderr)
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert not list(out.glob(".partial-*"))
    pdfs = finished()
    assert pdfs, "some packets finished before the interrupt"
    for pdf in pdfs:
        assert len(PdfReader(pdf).pages) > 1  # complete, readable files only
    records = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["participants"]
    finished = {r["file"] for r in records if r["status"] == "built"}
    assert finished == {p.name for p in pdfs}
    assert any(r["status"] == "interrupted" for r in records)


@pytest.mark.parametrize(
    "file,covering",
    [("محمد-علي.pdf", ("DejaVu", "Arabic")), ("王小明.pdf", ("CJK", "Noto Sans SC", "Droid"))],
)
def test_names_in_other_scripts_use_a_font_that_has_their_glyphs(batch, file, covering):
    tmp_path, _ = batch
    reader = PdfReader(tmp_path / "out" / file)
    fonts = {str(font.get_object()["/BaseFont"]) for font in reader.pages[0]["/Resources"]["/Font"].values()}
    # Atkinson Hyperlegible has no Arabic or Chinese: a fallback font that has them must be embedded.
    assert any(c in name for name in fonts for c in covering), fonts


def test_spawned_workers_build_the_same_packets(batch, tmp_path):
    import datetime as dt

    from worksheets.batch import BatchOptions
    from worksheets.batch import run_batch as run
    from worksheets.session import Session

    roster = tmp_path / "roster.csv"
    roster.write_text("name\nAna Souza\n王小明\n", encoding="utf-8")
    (tmp_path / "packet.yaml").write_text(PACKET, encoding="utf-8")
    packet, out = tmp_path / "packet.yaml", tmp_path / "out"
    options = BatchOptions(roster, packet, out, jobs=2, date=dt.date(2027, 1, 12), start_method="spawn")
    result = run(Session(), options)
    assert result.count("built") == 2
    forked = batch[0] / "out"
    for name in ["ana-souza.pdf", "王小明.pdf"]:
        assert (tmp_path / "out" / name).read_bytes() == (forked / name).read_bytes()


@pytest.mark.sweep
def test_example_packet_in_a5_large_print_numbers_every_page_right(tmp_path):
    root = Path(__file__).resolve().parents[2] / "examples" / "workshop"
    roster = "name,note\nJosé Martínez," + "A longer note for this person alone. " * 6 + "\n"
    (tmp_path / "roster.csv").write_text(roster, encoding="utf-8")
    args = ["batch", str(tmp_path / "roster.csv"), "--packet", str(root / "packet.yaml"), "--paper", "a5"]
    result = CliRunner().invoke(main, [*args, "--large-print", "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    for file in ["jose-martinez.pdf"]:
        reader = PdfReader(tmp_path / "out" / file)
        pages = [" ".join(page.extract_text().split()) for page in reader.pages]
        total = len(pages)
        for number, text in enumerate(pages, start=1):
            assert re.findall(r"Page (\d+) of (\d+)", text)[-1] == (str(number), str(total)), (file, number)
        contents = " ".join(p for p in pages if "Contents" in p or "Reflection worksheet Page" in p)
        for title, page in re.findall(
            r"([A-Z][a-z][^·]*?) (?:Handout|Reflection worksheet) Page (\d+)", contents
        ):
            assert title.split()[-1] in pages[int(page) - 1], (file, title, page)


def test_duplex_packets_start_every_document_on_a_right_hand_page(batch, tmp_path):
    out, _ = batch
    for file in ["ana-souza.pdf", "sam-lee.pdf"]:
        pages = [" ".join(p.extract_text().split()) for p in PdfReader(out / "out" / file).pages]
        assert len(pages) % 2 == 0
        heads = [text[:80].lower() for text in pages]
        starts = [
            i + 1 for i, head in enumerate(heads) if "handout" in head or "reflection worksheet" in head
        ]
        assert starts and all(page % 2 == 1 for page in starts), (file, starts)
    combined = PdfReader(out / "out" / "all-participants.pdf")
    covers = [i for i, page in enumerate(combined.pages) if "Page 1 of" in page.extract_text()]
    assert covers and all(i % 2 == 0 for i in covers), "each cover is a front side"


def test_simplex_packets_have_no_notes_pages(tmp_path):
    result = run_batch(tmp_path, "--simplex", roster="name\nAna Souza\n")
    assert result.exit_code == 0, result.output
    reader = PdfReader(tmp_path / "out" / "ana-souza.pdf")
    assert len(reader.pages) == 1 + 2 + 2 + 2
    assert not any(p.extract_text().startswith("Notes") for p in reader.pages)
