"""Sessions kept warm between requests: one per print settings and saved brand."""

from __future__ import annotations

import os

from worksheets.models import PrintSettings
from worksheets.web.sessions import Sessions


def test_a_session_is_made_once_per_settings_and_again_when_the_brand_is_saved(config):
    sessions = Sessions(config)
    first = sessions.get(PrintSettings())
    assert sessions.get(PrintSettings()) is first
    assert sessions.get(PrintSettings(paper="a4")) is not first
    config.config_dir.mkdir(parents=True)
    config.brand_file.write_text("practice_name: Harbour\n")
    branded = sessions.get(PrintSettings())
    assert branded is not first and branded.brand.model.practice_name == "Harbour"
    assert sessions.get(PrintSettings(), use_brand=False).brand.model.practice_name != "Harbour"
    config.brand_file.write_text("practice_name: Harbour Counselling\n")
    stat = config.brand_file.stat()
    os.utime(config.brand_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert sessions.get(PrintSettings()).brand.model.practice_name == "Harbour Counselling"


def test_languages_are_the_contents_and_documents_come_in_library_order(config):
    sessions = Sessions(config)
    assert sessions.languages() == ["en", "es"]
    ids = list(sessions.get_documents("es"))
    assert ids[0] == "overview-handout" and "facilitator-guide" in ids
