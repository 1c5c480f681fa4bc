"""Rosters from sign-up sheets: CSV or YAML, validated row by row."""

from __future__ import annotations

import pytest

from worksheets.errors import InputErrors
from worksheets.roster import load_roster


def write(tmp_path, name, content: bytes | str):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_csv_with_bom_and_optional_columns(tmp_path):
    path = write(
        tmp_path,
        "r.csv",
        "\ufeffName,Paper,Documents,Note\nAna Souza,a4,avoidant-handout; overview-handout,Hi\n",
    )
    (row,) = load_roster(path)
    assert row.participant.name == "Ana Souza" and row.participant.paper == "a4"
    assert row.participant.documents == ["avoidant-handout", "overview-handout"]
    assert row.line == 2


def test_yaml_roster_with_lines(tmp_path):
    path = write(tmp_path, "r.yaml", "- name: Ana\n- name: Ben\n  paper: a3\n- Chen Wei\n")
    rows = load_roster(path)
    assert [r.participant.name if r.participant else None for r in rows] == ["Ana", None, "Chen Wei"]
    assert rows[1].line == 2 and "paper: input should be 'letter', 'a4' or 'a5'" in rows[1].problem


def test_bad_encoding_names_the_problem_and_the_fix(tmp_path):
    path = write(tmp_path, "r.csv", "name\nJos\xe9\n".encode("latin-1"))
    with pytest.raises(
        InputErrors, match=r"r.csv:2: the file is not UTF-8 text \(byte 0xe9\); save it as 'CSV UTF-8'"
    ):
        load_roster(path)


def test_missing_name_column(tmp_path):
    path = write(tmp_path, "r.csv", "Names,paper\nAna,a4\n")
    with pytest.raises(InputErrors, match=r"no 'name' column; did you mean 'names'\?"):
        load_roster(path)


def test_unknown_column_suggests_a_known_one(tmp_path):
    path = write(tmp_path, "r.csv", "name,papr\nAna,a4\n")
    with pytest.raises(InputErrors, match=r"unknown column 'papr'; did you mean 'paper'\?"):
        load_roster(path)


@pytest.mark.parametrize("content", ["", "name\n", "name\n\n , \n"])
def test_empty_roster(tmp_path, content):
    with pytest.raises(InputErrors, match="empty|no participants"):
        load_roster(write(tmp_path, "r.csv", content))


def test_hostile_and_broken_rows_are_row_problems(tmp_path):
    path = write(
        tmp_path, "r.csv", 'name,note\n"Tab\tName",x\n../../etc/passwd,\n' + "x" * 300 + ",\nA,b,c\n"
    )
    rows = load_roster(path)
    assert "control characters" in rows[0].problem
    assert rows[1].participant.name == "../../etc/passwd"  # kept as text; the file name is made safe later
    assert "at most 120 characters" in rows[2].problem
    assert "3 cells but 2 columns" in rows[3].problem


def test_spreadsheet_exports_are_read_as_people_meant_them(tmp_path):
    trailing = load_roster(write(tmp_path, "t.csv", "Name,Paper,,,\nAna,a4,,,\nBen,,,,\n"))
    assert [r.participant.name for r in trailing] == ["Ana", "Ben"]
    semicolons = load_roster(write(tmp_path, "s.csv", "name;note\nJosé Martínez;Hola, bienvenida\n"))
    assert semicolons[0].participant.note == "Hola, bienvenida"
    utf16 = load_roster(write(tmp_path, "u.csv", "name,note\nZoë,Hi\n".encode("utf-16")))
    assert utf16[0].participant.name == "Zoë"
    utf16_no_bom = load_roster(write(tmp_path, "v.csv", "name\n王小明\n".encode("utf-16-le")))
    assert utf16_no_bom[0].participant.name == "王小明"


def test_a_repeated_column_is_refused(tmp_path):
    with pytest.raises(InputErrors, match=r"d.csv:1: column 'name' appears twice \(columns 1 and 3\)"):
        load_roster(write(tmp_path, "d.csv", "name,note,name\nAna,,Ana B\n"))


def test_a_value_without_a_heading_fails_its_row(tmp_path):
    rows = load_roster(write(tmp_path, "h.csv", "name,,\nAna,,x\nBen,,\n"))
    assert "a value in column 3, which has no heading" in rows[0].problem and rows[1].participant


def test_invisible_names_are_refused_with_their_row(tmp_path):
    rows = load_roster(write(tmp_path, "i.csv", "name\n\u200b\u200b\n\u202e\u00ad\nAna\u200b\n"))
    assert [bool(r.participant) for r in rows] == [False, False, True]
    assert "has no visible characters" in rows[0].problem


def test_messages_show_hostile_names_defanged_and_short(tmp_path):
    hostile = "\x1b]2;pwned\x07Ana" + "x" * 100_000
    rows = load_roster(write(tmp_path, "x.csv", f'name\n"{hostile}"\n'))
    message = f"{rows[0].label}: {rows[0].problem}"
    assert "\x1b" not in message and "\x07" not in message and "\\x1b" in message
    assert len(message) < 600
