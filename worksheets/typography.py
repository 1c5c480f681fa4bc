"""Typographic quotes for content text: “curly” in English, «angled» in Spanish, and ’ in "don’t".

Writers type straight quotes; a printed page sets them as the language does. Applied to a
content file's text as it is loaded (never to the site's labels, whose date patterns quote with ').
"""

from __future__ import annotations

import re

QUOTES = {"es": ("«", "»")}  # other languages: “ ”
DEFAULT_QUOTES = ("“", "”")
_PAIRED = re.compile(r'"([^"\n]+)"')
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)|(?<=s)'(?=[\s.,;:!?)])")  # "don't", "partners' patterns"


def typeset(text: str, language: str) -> str:
    """Return ``text`` with paired straight double quotes and apostrophes made typographic."""
    opening, closing = QUOTES.get(language.split("-")[0], DEFAULT_QUOTES)
    text = _PAIRED.sub(lambda m: f"{opening}{m.group(1)}{closing}", text)
    return _APOSTROPHE.sub("’", text)


def typeset_all(data, language: str):
    """Return YAML data (mappings, lists, strings) with every string typeset; keys stay as they are."""
    if isinstance(data, dict):
        return {key: typeset_all(value, language) for key, value in data.items()}
    if isinstance(data, list):
        return [typeset_all(value, language) for value in data]
    return typeset(data, language) if isinstance(data, str) else data
