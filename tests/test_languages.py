"""A second language (Spanish): every document, no English left on its pages, rosters that mix languages."""

from __future__ import annotations

import datetime as dt
import io

import pytest
import yaml
from click.testing import CliRunner
from conftest import shared_session
from pypdf import PdfReader
from test_brand import full_brand

from worksheets.cli import main
from worksheets.models import Personal, PrintSettings
from worksheets.pdf import layout_problems
from worksheets.resources import builtin_content
from worksheets.session import Inputs, Session

READER = Personal(date=dt.date(2026, 11, 29), client="Ana Souza")


def text_of(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_every_document_exists_in_spanish_with_the_same_ids():
    english, spanish = Session(), Session(settings=PrintSettings(lang="es"))
    assert list(spanish.documents) == list(english.documents)
    assert spanish.documents["avoidant-handout"].title != english.documents["avoidant-handout"].title


@pytest.mark.sweep
def test_every_spanish_document_fits_on_letter_without_layout_problems():
    session = shared_session(lang="es")
    for doc in session.documents.values():
        document = session.filled_layout(doc, READER)[1]
        pages = 4 if doc.category == "professional" else 2
        assert len(document.pages) == pages and layout_problems(document) == [], doc.id


@pytest.mark.parametrize(
    "settings,doc_id",
    [
        (PrintSettings(lang="es", paper="a4", grayscale=True), "overview-handout"),
        (PrintSettings(lang="es", paper="a5", flat=True), "disorganized-worksheet"),
        (PrintSettings(lang="es", large_print=True), "ambivalent-handout"),
        (PrintSettings(lang="es", paper="a4", large_print=True), "trigger-tracker"),
    ],
)
def test_spanish_holds_the_layout_checks_in_other_papers_and_modes(settings, doc_id):
    session = shared_session(**settings.model_dump())
    rendered = session.render(session.documents[doc_id], READER)
    assert rendered.warnings == ()
    reader = PdfReader(io.BytesIO(rendered.data))
    assert str(reader.trailer["/Root"]["/Lang"]) == "es"


def test_no_fixed_english_label_is_left_on_a_spanish_page():
    english = yaml.safe_load((builtin_content() / "en" / "site.yaml").read_text(encoding="utf-8"))["labels"]
    session = shared_session(lang="es")
    spanish = session.library.site.labels.model_dump()
    text = " ".join(
        text_of(session.render(session.documents[d], READER).data)
        for d in ["avoidant-worksheet", "healing-plan-worksheet", "overview-handout"]
    )
    assert "29 de noviembre de 2026" in text and "Página 1 de 2" in text
    left = [
        value
        for key, value in english.items()
        if "{" not in value and len(value) > 4 and value != spanish.get(key) and value in text
    ]
    assert left == [], left


def test_a_brand_speaks_each_language_it_gives(tmp_path):
    brand = full_brand(tmp_path)
    data = yaml.safe_load(brand.read_text(encoding="utf-8"))
    data["languages"] = {"es": {"crisis_line": {"region": "EE. UU.", "text": "Llame o envíe un texto al",
                                                "number": "988", "verified": "2026-10-15"},
                                "footer_note": "Sesiones solo con cita previa."}}  # fmt: skip
    brand.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    spanish = Session(Inputs(brand=brand), PrintSettings(lang="es"))
    text = text_of(spanish.render(spanish.documents["partner-guide"], READER).data)
    assert "En una emergencia, llame al número local de emergencias. Llame o envíe un texto al 988" in text
    assert "Sesiones solo con cita previa." in text
    assert "Quiet Harbour Therapy" in text, "what a language leaves out stays as in the main brand"
    assert spanish.notices == []


def test_a_brand_without_words_in_the_language_built_says_so(tmp_path):
    brand = full_brand(tmp_path)
    spanish = Session(Inputs(brand=brand), PrintSettings(lang="es"))
    assert any("'languages: es:'" in notice and "crisis line" in notice for notice in spanish.notices)
    assert Session(Inputs(brand=brand), PrintSettings()).notices == []


def test_a_roster_that_mixes_languages_builds_each_in_its_own(tmp_path):
    (tmp_path / "roster.csv").write_text("name,lang\nAna Souza,en\nJosé Martínez,es\nBen Okafor,de\n")
    (tmp_path / "packet.yaml").write_text("title: Taller\ndocuments: [partner-guide]\n", encoding="utf-8")
    args = ["batch", str(tmp_path / "roster.csv"), "--packet", str(tmp_path / "packet.yaml")]
    result = CliRunner().invoke(main, [*args, "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == 1 and "2 built" in result.output
    assert "no content in language 'de'" in result.output
    spanish = PdfReader(tmp_path / "out" / "jose-martinez.pdf")
    assert str(spanish.trailer["/Root"]["/Lang"]) == "es"
    title = Session(settings=PrintSettings(lang="es")).documents["partner-guide"].title
    assert title in " ".join(" ".join(p.extract_text().split()) for p in spanish.pages)
    english = PdfReader(tmp_path / "out" / "ana-souza.pdf")
    assert str(english.trailer["/Root"]["/Lang"]) == "en"
