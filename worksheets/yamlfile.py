"""Read YAML safely and remember where every value came from.

Validation errors from pydantic carry a location such as
``("signs", "items", 2)``; :class:`Located` maps it back to the line of the
YAML file so the user can go straight to the mistake.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from worksheets.errors import shown

MAX_ALIASES = 50  # anchors are rarely needed in content; many of them smell of an alias bomb


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses alias bombs before they are expanded."""

    aliases_seen = 0

    def compose_node(self, parent, index):  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            self.aliases_seen += 1
            if self.aliases_seen > MAX_ALIASES:
                mark = self.peek_event().start_mark
                raise yaml.YAMLError(
                    f"line {mark.line + 1}: more than {MAX_ALIASES} YAML aliases (*name); "
                    "write the values out instead"
                )
        return super().compose_node(parent, index)


@dataclass
class Located:
    """Data read from a file plus the line of every key and list item."""

    path: Path
    data: Any
    lines: dict[tuple, int] = field(default_factory=dict)

    def line_of(self, loc: tuple) -> int | None:
        """Return the line for a pydantic location, or its nearest parent's."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), None)

    def where(self, loc: tuple = ()) -> str:
        line = self.line_of(loc)
        return f"{self.path}:{line}" if line else str(self.path)


def _index_lines(node: yaml.Node, loc: tuple, lines: dict[tuple, int]) -> None:
    lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = loc + (key.value,)
            lines[child] = key.start_mark.line + 1
            _index_lines(value, child, lines)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index_lines(item, loc + (i,), lines)


def read_yaml(path: Path) -> Located:
    """Parse one YAML file; raise ``ValueError`` with a located message on bad syntax."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 text ({exc.reason}); save the file as UTF-8") from None
    except OSError as exc:
        raise ValueError(f"{path}: cannot read the file ({exc.strerror})") from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = exc.problem or "invalid YAML"
        if "could not determine a constructor" in str(exc):
            problem = f"unsupported tag {exc.problem.split()[-1] if exc.problem else ''}".strip()
            return_hint = "remove the tag: only plain YAML values are allowed"
        else:
            return_hint = "check the indentation, colons and quotes around this spot"
        raise ValueError(f"{where}: YAML syntax: {problem}; {return_hint}") from None
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: {exc}") from None
    finally:
        loader.dispose()
    lines: dict[tuple, int] = {}
    if node is not None:
        _index_lines(node, (), lines)
    return Located(path, data, lines)


def _field_names(model: type[BaseModel] | None, loc: tuple) -> list[str]:
    """Return the valid keys of the model that owns ``loc`` (for suggestions)."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int) or current is None:
            continue
        info = getattr(current, "model_fields", {}).get(part)
        if info is None:
            return []
        current = _inner_model(info.annotation)
    return list(getattr(current, "model_fields", {}) or [])


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def describe_errors(
    error: ValidationError, source: Located, model: type[BaseModel] | None = None
) -> list[str]:
    """Turn a pydantic error into ``FILE:LINE: field.path: problem; fix`` lines."""
    problems = []
    items = error.errors(include_url=False)
    # A misspelt key also makes the real one "missing": the typo message explains both.
    explained = set()
    for item in items:
        if item["type"] == "extra_forbidden":
            loc = tuple(item["loc"])
            close = difflib.get_close_matches(str(loc[-1]), _field_names(model, loc), n=1)
            if close:
                explained.add(loc[:-1] + (close[0],))
    for item in items:
        loc = tuple(item["loc"])
        if item["type"] == "missing" and loc in explained:
            continue
        # Tagged unions add the tag ("style") to the path; the user never wrote it.
        if loc and isinstance(source.data, dict) and loc[0] == source.data.get("kind"):
            loc = loc[1:]
        dotted = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")
        text = plain_message(item, _field_names(model, loc))
        problems.append(f"{source.where(loc)}: {dotted or '(file)'}: {text}")
    return problems


def plain_message(item: dict, names: list[str] | None = None) -> str:
    """Return what is wrong with one value and how to fix it, in plain words."""
    kind, msg = item["type"], item["msg"]
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(str(item["loc"][-1]), names or [], n=1)
        fix = f"did you mean '{close[0]}'?" if close else "remove it or check the spelling"
        return f"unknown field; {fix}"
    if kind == "missing":
        return "this field is required; add it"
    if kind == "string_pattern_mismatch":
        from worksheets.models import PATTERN_HINTS

        pattern = item.get("ctx", {}).get("pattern", "")
        hint = PATTERN_HINTS.get(pattern, f"it must match {pattern}")
        return f"'{shown(item['input'])}' is not valid here; {hint}"
    if kind == "value_error":
        return str(item.get("ctx", {}).get("error", msg))  # our own validators' words, as written
    text = f"{msg[0].lower()}{msg[1:]}"
    if "input" in item and not isinstance(item["input"], (dict, list)):
        value = item["input"]
        text += f" (got '{shown(value)}')" if isinstance(value, str) else f" (got {value!r})"
    if kind.startswith("date"):
        text += "; write the date as YYYY-MM-DD"
    return text


def validate(model: type[BaseModel], located: Located, problems: list[str]) -> BaseModel | None:
    """Validate located data against a model; add located messages to ``problems``."""
    try:
        return model.model_validate(located.data)
    except ValidationError as exc:
        problems.extend(describe_errors(exc, located, model))
        return None
