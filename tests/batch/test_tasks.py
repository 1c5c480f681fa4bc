"""Worker tasks, run in this process: each gets its job as an argument."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from worksheets.batch.tasks import Job, build_participant, count_pages, render_document, session_for
from worksheets.models import Participant, PrintSettings
from worksheets.packets import DEFAULT_PACKET, ContentsLine
from worksheets.session import Inputs

JOB = Job("key-1", Inputs(), PrintSettings(), DEFAULT_PACKET, dt.date(2027, 1, 12))


def test_sessions_are_kept_per_job_language_and_paper():
    assert session_for(JOB, "en", "a4") is session_for(JOB, "en", "a4")
    assert session_for(JOB, "en", "a4") is not session_for(JOB, "en", "letter")
    same_key = Job("key-1", Inputs(), PrintSettings(), DEFAULT_PACKET, dt.date(2027, 1, 12))
    assert session_for(same_key, "en", "a4") is session_for(JOB, "en", "a4")


def test_a_participant_packet_from_shared_pages(tmp_path):
    pages = count_pages(JOB, "en", "letter", "partner-guide")
    body = render_document(JOB, "en", "letter", "partner-guide", 2, 1 + pages)
    contents = [ContentsLine("Supporting a partner", "handout", 2)]
    path = tmp_path / "ana.pdf"
    total = build_participant(
        JOB, "en", "letter", body, contents, 1 + pages, Participant(name="Ana Souza"), str(path)
    )
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    assert total == len(reader.pages) == 1 + pages
    cover = " ".join(reader.pages[0].extract_text().split())
    assert "Ana Souza" in cover and DEFAULT_PACKET.title in cover and f"Page 1 of {total}" in cover


def test_a_notes_page_after_a_document_that_ends_in_notes_goes_on_unheaded():
    from worksheets.batch.plan import Part
    from worksheets.batch.tasks import render_parts

    job = Job(
        "key-lp", Inputs(), PrintSettings(paper="a5", large_print=True), DEFAULT_PACKET, dt.date(2027, 1, 12)
    )
    pages = count_pages(job, "en", "a5", "healing-plan-worksheet")  # its references, then Notes lines
    parts = [Part("healing-plan-worksheet", 2, pages), Part(None, 2 + pages, 1), Part(None, 3 + pages, 1)]
    reader = PdfReader(io.BytesIO(render_parts(job, "en", "a5", parts, 3 + pages)))
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert len(texts) == pages + 2 and "Notes" in texts[pages - 1]
    assert all(
        not text.startswith("Notes") and "Notes" not in text.split("For education")[0]
        for text in texts[pages:]
    )
