"""Input rules that live in the models: a name, a note, print settings."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from worksheets.models import Participant, Personal, PrintSettings

DAY = dt.date(2026, 11, 28)


def test_names_and_notes_are_folded_onto_one_line():
    person = Personal(date=DAY, client="  Alex \n Rivera ", note="Bring\tthis")
    assert person.client == "Alex Rivera" and person.note == "Bring this"


@pytest.mark.parametrize(
    "field,value,message",
    [
        ("client", "   ", "is empty; leave it out instead"),
        ("client", "x" * 121, "is 121 characters long; keep it under 120"),
        ("note", "x" * 401, "is 401 characters long; keep it under 400"),
        ("clinician", "Dr\x07 Who", "contains control characters"),
    ],
)
def test_bad_personal_values_say_why(field, value, message):
    with pytest.raises(ValidationError, match=message):
        Personal(date=DAY, **{field: value})


def test_print_settings_know_their_modes_and_papers():
    settings = PrintSettings(paper="a5", large_print=True, grayscale=True, flat=True)
    assert settings.modes == ["paper-a5", "flat", "large-print", "grayscale"] and not settings.fillable
    with pytest.raises(ValidationError):
        PrintSettings(paper="a3")
    with pytest.raises(ValidationError):
        PrintSettings(lang="English")


def test_roster_rows_share_the_paper_list_and_split_documents():
    row = Participant(name="Ana", paper="a4", documents="overview-handout; partner-guide;")
    assert row.documents == ["overview-handout", "partner-guide"]
    with pytest.raises(ValidationError, match="control characters"):
        Participant(name="Ana\x00")
