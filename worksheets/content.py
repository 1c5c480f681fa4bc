"""Load and validate the content library: site words, topics and sources."""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

from pydantic import BaseModel, TypeAdapter, ValidationError

from worksheets.errors import InputErrors, WorksheetsError
from worksheets.kinds import Registry
from worksheets.models import Labels, Site, Source, StyleTopic
from worksheets.naming import slugify
from worksheets.resources import builtin_content
from worksheets.typography import typeset_all
from worksheets.yamlfile import Located, read_yaml, validate

SITE_FILE = "site.yaml"
ID_PATTERN = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
SOURCES_FILE = "sources.json"


class UnknownLanguage(WorksheetsError):
    """A language with no content folder; the message lists those there are."""

    def __init__(self, language: str, known: list[str]):
        listed = ", ".join(known) or "none"
        super().__init__(f"no content in language {language!r}; the languages available are: {listed}")
        self.args = (language, known)


@dataclass(frozen=True)
class Library:
    """Everything the templates need, validated."""

    language: str
    site: Site
    topics: dict[str, BaseModel]
    sources: dict[str, Source]
    files: tuple[Path, ...]

    def styles(self) -> list[tuple[str, StyleTopic]]:
        """Return the style topics in their display order."""
        found = [(k, t) for k, t in self.topics.items() if isinstance(t, StyleTopic)]
        return sorted(found, key=lambda kt: (kt[1].order, kt[0]))


def content_search_path(user_dirs: list[Path] | None = None) -> list[Path]:
    """Return the content folders to search, the user's first."""
    return [*(user_dirs or []), builtin_content()]


def collect_files(search_path: list[Path], language: str) -> dict[str, Path]:
    """Map each content file name to the first folder that has it; links out of a folder are refused."""
    chosen: dict[str, Path] = {}
    outside = []
    for root in search_path:
        folder = root / language
        if not folder.is_dir():
            continue
        if not folder.resolve().is_relative_to(root.resolve()):
            outside.append(f"{folder}: links to {folder.resolve()}, outside the content folder {root}")
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix in {".yaml", ".yml", ".json"} and path.is_file():
                if not path.resolve().is_relative_to(folder.resolve()):
                    outside.append(f"{path}: links to {path.resolve()}, outside the content folder {folder}")
                    continue
                chosen.setdefault(path.stem if path.name != SOURCES_FILE else path.name, path)
    if outside:
        raise InputErrors([f"{o}; copy the file in instead of linking it" for o in outside])
    return chosen


def available_languages(user_dirs: list[Path] | None = None) -> list[str]:
    """Return the languages that have content: folders holding a site file."""
    return sorted(
        {folder.name for root in content_search_path(user_dirs) if root.is_dir()
         for folder in root.iterdir() if (folder / SITE_FILE).is_file()}
    )  # fmt: skip


def _load_topic(
    located: Located, problems: list[str], models: dict[str, type[BaseModel]]
) -> BaseModel | None:
    data = located.data
    if not isinstance(data, dict):
        problems.append(f"{located.where()}: (file): expected a mapping of keys to values")
        return None
    kind = data.get("kind")
    if kind not in models:
        close = difflib.get_close_matches(str(kind), models, n=1)
        hint = f"did you mean '{close[0]}'?" if close else "use one of: " + ", ".join(models)
        state = "is missing" if kind is None else f"is {kind!r}, which is not a known kind"
        problems.append(f"{located.where(('kind',))}: kind: {state}; {hint}")
        return None
    return validate(models[kind], located, problems)


def _load_sources(path: Path, problems: list[str]) -> dict[str, Source] | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        sources = TypeAdapter(list[Source]).validate_python(raw)
    except json.JSONDecodeError as exc:
        problems.append(f"{path}:{exc.lineno}:{exc.colno}: JSON syntax: {exc.msg}")
        return None
    except ValidationError as exc:
        for item in exc.errors(include_url=False):
            dotted = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in item["loc"])
            problems.append(f"{path}: {dotted.lstrip('.')}: {item['msg']}")
        return None
    return {s.id: s for s in sources}


def _check_citations(located: Located, problems: list[str], known: dict[str, Source]) -> None:
    def walk(value, loc):
        if isinstance(value, dict):
            for key, child in value.items():
                if key == "sources" and isinstance(child, list):
                    for i, sid in enumerate(child):
                        if sid not in known:
                            close = difflib.get_close_matches(str(sid), known, n=1)
                            fix = f"did you mean '{close[0]}'?" if close else f"add it to {SOURCES_FILE}"
                            dotted = ".".join(map(str, loc + (key,)))
                            problems.append(
                                f"{located.where(loc + (key, i))}: {dotted}[{i}]: "
                                f"unknown source id {sid!r}; {fix}"
                            )
                else:
                    walk(child, loc + (key,))
        elif isinstance(value, list):
            for i, child in enumerate(value):
                walk(child, loc + (i,))

    walk(located.data, ())


def load_library(user_dirs: list[Path] | None, language: str, kinds: Registry) -> Library:
    """Load every content file for one language; report all problems at once."""
    files = collect_files(content_search_path(user_dirs), language)
    problems: list[str] = []
    if "site" not in files or SOURCES_FILE not in files:
        known = available_languages(user_dirs)
        if language not in known:
            raise UnknownLanguage(language, known)
        raise InputErrors([f"no content for language {language!r}: {SITE_FILE} or {SOURCES_FILE} missing"])
    models = kinds.topic_models()
    sources = _load_sources(files[SOURCES_FILE], problems)
    site = None
    topics: dict[str, BaseModel] = {}
    for name, path in files.items():
        if name == SOURCES_FILE:
            continue
        try:
            located = read_yaml(path)
        except ValueError as exc:
            problems.append(str(exc))
            continue
        if name != "site" and not ID_PATTERN.fullmatch(name):
            problems.append(
                f"{path}: (file name): {name!r} cannot be a document id; rename the file to "
                f"'{slugify(name)}{path.suffix}' (lowercase letters, digits and dashes)"
            )
            continue
        if name == "site":
            site = validate(Site, located, problems)
            if site is not None and site.language not in (None, language):
                problems.append(
                    f"{located.where(('language',))}: language: {site.language!r} does not match its folder "
                    f"{language!r}; remove the line (the folder's name is the language)"
                )
            continue
        located = replace(located, data=typeset_all(located.data, language))  # “quotes” as printed
        topic = _load_topic(located, problems, models)
        if sources is not None:  # a broken sources file is reported once, not per citation
            _check_citations(located, problems, sources)
        if topic is not None:
            topics[name] = topic
    if site is not None and site.labels is None:
        site = _with_catalogue_labels(site, files["site"], user_dirs, language, problems)
    if problems:
        raise InputErrors(problems)
    assert site is not None and sources is not None
    return Library(language, site, topics, sources, tuple(files.values()))


def _with_catalogue_labels(
    site: Site, path: Path, user_dirs, language: str, problems: list[str]
) -> Site | None:
    """Give a site without ``labels:`` the English ones, translated by the language's catalogue."""
    from worksheets.i18n import LOCALE_DIR, translated_labels, untranslated

    english_site = collect_files(content_search_path(user_dirs), "en").get("site")
    english = (read_yaml(english_site).data or {}).get("labels", {}) if english_site else {}
    missing = untranslated(english, language) if language != "en" else []
    if not english or missing:
        catalogue = LOCALE_DIR / language.replace("-", "_") / "LC_MESSAGES" / "worksheets.po"
        problems.append(
            f"{path}: labels: no translation for {', '.join(missing) or 'the labels'} in {catalogue}; "
            "translate them there (pybabel init/update) or give every label under labels: in this file"
        )
        return None
    return site.model_copy(update={"labels": Labels.model_validate(translated_labels(english, language))})
