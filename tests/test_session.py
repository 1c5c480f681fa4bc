"""The session: one object per run, no global state, sessions side by side in one process."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_brand import full_brand

from worksheets.errors import WorksheetsError
from worksheets.models import Personal, PrintSettings
from worksheets.resources import builtin_content
from worksheets.session import Inputs, Session

READER = Personal(date=dt.date(2026, 11, 28), client="Alex Rivera")


def second_language(tmp_path: Path) -> Path:
    """Make a content folder with a pretend second language ('fr') whose fixed words differ."""
    root = tmp_path / "content"
    shutil.copytree(builtin_content() / "en", root / "fr")
    site = root / "fr" / "site.yaml"
    text = site.read_text(encoding="utf-8")
    text = text.replace('page_of: "Page {page} of {pages}"', 'page_of: "Page {page} sur {pages}"')
    text = text.replace("d MMMM y", "long")
    site.write_text(text, encoding="utf-8")
    return root


def facts(data: bytes) -> tuple[str, str, str]:
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    return str(reader.trailer["/Root"]["/Lang"]), reader.metadata.author, text


@pytest.fixture(scope="module")
def sessions(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sessions")
    branded = Session(Inputs(brand=full_brand(tmp)), PrintSettings(paper="a4"))
    other = Session(Inputs(content_dirs=(second_language(tmp),)), PrintSettings(lang="fr", grayscale=True))
    return branded, other


def check(branded_pdf: bytes, other_pdf: bytes) -> None:
    lang, author, text = facts(branded_pdf)
    assert (lang, author) == ("en", "Quiet Harbour Therapy")
    assert "Page 1 of 2" in text and "28 November 2026" in text and "Crisis line" in text
    lang, author, text = facts(other_pdf)
    assert (lang, author) == ("fr", "Attachment worksheets")
    assert "Page 1 sur 2" in text and "novembre 2026" in text and "Crisis line" not in text


def test_two_sessions_render_one_after_another(sessions):
    branded, other = sessions
    doc = "avoidant-handout"
    first = branded.render(branded.documents[doc], READER).data
    second = other.render(other.documents[doc], READER).data
    check(first, second)
    assert branded.render(branded.documents[doc], READER).data == first, "nothing leaked between them"


def test_two_sessions_render_from_two_threads_at_once(sessions):
    branded, other = sessions
    doc = "ambivalent-handout"
    alone = (
        branded.render(branded.documents[doc], READER).data,
        other.render(other.documents[doc], READER).data,
    )
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(s.render, s.documents[doc], READER) for s in (branded, other)]
        together = tuple(f.result().data for f in futures)
    check(*together)
    assert together == alone


def test_derive_shares_what_it_can_and_changes_the_page(sessions):
    branded, _ = sessions
    a5 = branded.derive(paper="a5", large_print=True)
    assert a5.brand is branded.brand and a5.env is branded.env
    assert a5.page.paper.name == "a5" and a5.page.type.body == 16
    assert branded.derive(paper="a4") is branded
    assert branded.derive(grayscale=True).brand is not branded.brand


def test_unknown_language_lists_the_available_ones():
    with pytest.raises(WorksheetsError, match="no content in language 'de'; the languages available are: en"):
        Session(settings=PrintSettings(lang="de"))


def test_html_preview_carries_the_page_model():
    session = Session(settings=PrintSettings(paper="a5", large_print=True))
    html = session.html(session.documents["partner-guide"], READER)
    assert "--size-body: 16pt;" in html and "size: A5;" in html
    assert 'class="paper-a5 fillable large-print parts"' in html, "A5 large print: blocks may part"
