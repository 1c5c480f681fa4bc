"""Loading and validating content: the built-ins, and located errors for mistakes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import library as load_library

from worksheets.catalog import list_documents
from worksheets.errors import InputErrors
from worksheets.kinds import DEFAULT_KINDS
from worksheets.models import StyleTopic
from worksheets.resources import builtin_content


def test_builtin_library_loads_every_topic():
    library = load_library()
    assert {"overview", "avoidant", "ambivalent", "disorganized", "healing", "partners"} <= set(
        library.topics
    )
    assert len(library.sources) == 19
    assert [name for name, _ in library.styles()] == ["avoidant", "ambivalent", "disorganized"]


def test_every_style_covers_the_brief():
    for _, style in load_library().styles():
        assert isinstance(style, StyleTopic)
        assert style.examples.childhood and style.examples.adult
        assert len(style.what_helps.steps) >= 3
        assert style.worksheet.checklist and style.worksheet.situations


def test_disorganized_is_trauma_informed():
    topic = load_library().topics["disorganized"]
    assert topic.grounding and topic.worksheet.grounding


def override(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "en"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return tmp_path


def copy_builtin(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "en"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(builtin_content() / "en" / name, folder / name)
    return folder / name


def test_yaml_syntax_error_names_file_line_and_column(tmp_path):
    root = override(tmp_path, "avoidant.yaml", "kind: style\nname: [unclosed\n")
    with pytest.raises(InputErrors) as caught:
        load_library([root])
    message = str(caught.value)
    assert "avoidant.yaml:3:" in message or "avoidant.yaml:2:" in message
    assert "YAML syntax" in message


def test_unknown_key_suggests_the_closest_valid_key(tmp_path):
    path = copy_builtin(tmp_path, "avoidant.yaml")
    text = path.read_text(encoding="utf-8").replace("\ndefinition:", "\ndefinitoin:")
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("definitoin:") + 1
    with pytest.raises(InputErrors) as caught:
        load_library([tmp_path])
    message = str(caught.value)
    assert f"avoidant.yaml:{line}: definitoin: unknown field; did you mean 'definition'?" in message
    assert "this field is required" not in message  # the typo explains the missing key


def test_wrong_type_and_unknown_source_are_reported_together(tmp_path):
    path = copy_builtin(tmp_path, "ambivalent.yaml")
    text = path.read_text(encoding="utf-8").replace("order: 2", "order: second")
    text = text.replace("plotka-2011", "plotka-2012", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputErrors) as caught:
        load_library([tmp_path])
    message = str(caught.value)
    assert "2 problems" in message
    assert "order: input should be a valid integer" in message
    assert "unknown source id 'plotka-2012'; did you mean 'plotka-2011'?" in message


def test_python_tags_are_refused(tmp_path):
    root = override(tmp_path, "evil.yaml", "kind: !!python/object/apply:os.system ['echo hi']\n")
    with pytest.raises(InputErrors, match="unsupported tag"):
        load_library([root])


def test_alias_bomb_is_refused_quickly(tmp_path):
    lines = ["a: &a ['x','x','x','x','x','x','x','x','x']"]
    for i in range(1, 10):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    root = override(tmp_path, "bomb.yaml", "\n".join(lines) + "\n")
    with pytest.raises(InputErrors, match="aliases"):
        load_library([root])


def test_user_file_replaces_the_builtin_one(tmp_path):
    path = copy_builtin(tmp_path, "avoidant.yaml")
    path.write_text(path.read_text(encoding="utf-8").replace("name: Avoidant attachment", "name: Distance"))
    assert load_library([tmp_path]).topics["avoidant"].name == "Distance"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_facilitator_guide_names_documents_by_their_titles(lang):
    docs = list_documents(load_library(lang=lang), DEFAULT_KINDS)
    guide = (builtin_content() / lang / "facilitator-guide.yaml").read_text(encoding="utf-8")
    plan = guide[guide.index("type: steps") :]
    assert not [doc_id for doc_id in docs if doc_id in plan]
    named = re.findall(r"[“«]([^”»]+)[”»]", " ".join(plan.split()))
    titles = {doc.title for doc in docs.values()}
    assert len(named) >= 12 and set(named) <= titles
