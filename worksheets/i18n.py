"""Fixed words in other languages, through gettext catalogues made with Babel.

The English labels of ``content/en/site.yaml`` are the message ids: ``pybabel
extract`` reads them with ``extract_labels`` (see ``babel.cfg``), translators
fill ``worksheets/locale/<lang>/LC_MESSAGES/worksheets.po``, and ``make``
compiles the ``.mo`` files (a missing or older ``.mo`` is read from its ``.po``).
A language's own ``site.yaml`` may still give every label itself; without
``labels:`` there, they come from its catalogue.
"""

from __future__ import annotations

import functools
import gettext
from pathlib import Path

import yaml
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "worksheets"
PATTERNS = {"date_format", "checked_format"}  # CLDR date patterns: a language may keep the English one


def extract_labels(fileobj, keywords, comment_tags, options):
    """Babel extractor: every label value in a site.yaml, with the label's name as a comment."""
    text = fileobj.read().decode("utf-8")
    labels = (yaml.safe_load(text) or {}).get("labels", {})
    lines = text.splitlines()
    for key, value in labels.items():
        if not isinstance(value, str):
            continue
        lineno = next((i for i, line in enumerate(lines, 1) if line.strip().startswith(f"{key}:")), 0)
        yield lineno, None, _one_line(value), [f"label: {key}"]


def catalogue_languages() -> list[str]:
    """Return the languages that have a catalogue of fixed words."""
    return sorted(
        p.parent.parent.name.replace("_", "-") for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")
    )


@functools.cache
def translations(language: str) -> gettext.NullTranslations:
    """Return the catalogue for ``language`` (English, or a language without one: the ids as they are)."""
    folder = LOCALE_DIR / language.replace("-", "_") / "LC_MESSAGES"
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    if not po.is_file():
        return gettext.NullTranslations()
    if not mo.is_file() or mo.stat().st_mtime < po.stat().st_mtime:
        import io

        buffer = io.BytesIO()
        with po.open("rb") as handle:
            write_mo(buffer, read_po(handle, locale=language.replace("-", "_")))
        buffer.seek(0)
        return gettext.GNUTranslations(buffer)
    with mo.open("rb") as handle:
        return gettext.GNUTranslations(handle)


def translated_labels(english: dict[str, str], language: str) -> dict[str, str]:
    """Return the English labels in ``language``, each through the catalogue."""
    translate = translations(language).gettext
    return {key: translate(_one_line(value)) for key, value in english.items()}


def untranslated(english: dict[str, str], language: str) -> list[str]:
    """Return the labels the catalogue for ``language`` does not translate yet."""
    translate = translations(language).gettext
    return [
        key
        for key, value in english.items()
        if key not in PATTERNS and translate(_one_line(value)) == _one_line(value)
    ]


def _one_line(text: str) -> str:
    return " ".join(text.split())
