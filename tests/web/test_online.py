"""Fill online's pieces: a worksheet's answer spaces read from its form, answers wrapped onto ruled lines."""

from __future__ import annotations

import datetime as dt

from conftest import shared_session

from worksheets.models import Personal
from worksheets.web.online import Space, lines_for, spaces


def test_an_answer_wraps_onto_the_ruled_lines_and_what_does_not_fit_stays_on_the_last():
    space = Space("p", "A question", "lines", ["p-line-1", "p-line-2"], chars=20)
    assert lines_for("one two three four five six seven", space) == ["one two three four", "five six seven"]
    long = lines_for("word " * 30, space)
    assert len(long) == 2 and long[1].count("word") == 30 - long[0].count("word")
    assert lines_for("first\nsecond", space) == ["first", "second"]


def test_the_spaces_are_read_from_the_worksheets_own_form_in_page_order():
    session = shared_session(lang="es")
    data = session.render(session.documents["avoidant-worksheet"], Personal(date=dt.date(2026, 11, 28))).data
    found = spaces(data)
    kinds = [s.kind for s in found]
    assert kinds.index("check") < kinds.index("lines") < kinds.index("cell")
    lines = next(s for s in found if s.kind == "lines")
    assert len(lines.fields) >= 3 and 60 <= lines.chars <= 100
    assert "(línea" not in lines.label and "line" not in lines.label
    assert not any(s.key in ("name", "date") for s in found)
