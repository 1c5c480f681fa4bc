"""File names made from user text stay inside the output folder and never collide."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worksheets.naming import name_language, slugify, unique_name


def test_readable_names_in_several_scripts():
    assert slugify("José Martínez") == "jose-martinez"
    assert slugify("Nguyễn Văn A") == "nguyen-van-a"
    assert slugify("محمد علي") == "محمد-علي"
    assert slugify("王小明") == "王小明"
    assert slugify("😀 Sam") == "sam"


def test_hostile_names_lose_their_path_parts():
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("a\x00b") == "a-b"
    assert slugify("..") == "unnamed"
    assert slugify("CON") == "con-file"
    assert len(slugify("x" * 500)) <= 60


def test_duplicates_get_a_number():
    taken: set[str] = set()
    assert [unique_name(s, taken) for s in ["sam", "sam", "Sam", "sam-2"]] == [
        "sam",
        "sam-2",
        "Sam-3",
        "sam-2-2",
    ]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=80), min_size=1, max_size=12))
def test_any_unicode_name_maps_inside_the_folder_and_uniquely(tmp_path_factory, names):
    out = tmp_path_factory.mktemp("out")
    taken: set[str] = set()
    files = []
    for name in names:
        slug = unique_name(slugify(name), taken)
        assert slug and "/" not in slug and "\\" not in slug and "\x00" not in slug
        assert slug not in {".", ".."} and not slug.startswith(".")
        assert len(slug.encode("utf-8")) + len(".pdf") < 255
        path = out / f"{slug}.pdf"
        assert path.resolve().parent == out.resolve()
        files.append(path)
    assert len({str(p).casefold() for p in files}) == len(files)
    for path in files:  # the file system accepts every name
        path.write_bytes(b"x")
    assert len(list(Path(out).iterdir())) == len(files)


@pytest.mark.parametrize(
    "name,lang",
    [
        ("محمد علي", "ar"), ("王小明", "zh"), ("山田 はな", "ja"), ("김민준", "ko"), ("Γιώργος", "el"),
        ("Nguyễn Văn An", "vi"), ("Иван Петров", "ru"), ("José Martínez", None), ("Zoë O'Brien 🌻", None),
    ],
)  # fmt: skip
def test_a_names_language_is_guessed_from_its_script(name, lang):
    assert name_language(name) == lang
