"""The locale seam: dates, numbers and the "Page 1 of 2" line in the document's language.

Words come from the typed labels of ``content/<lang>/site.yaml``; formats come
from Babel's CLDR data, never from the process locale.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from babel.numbers import format_decimal

from worksheets.models import Labels


def long_date(day: dt.date, lang: str, labels: Labels) -> str:
    """Return a date as people write it on a handout in this language: 28 November 2026."""
    return format_date(day, labels.date_format, locale=_babel(lang))


def number(value: int, lang: str) -> str:
    return format_decimal(value, locale=_babel(lang))


def _babel(lang: str) -> str:
    return lang.replace("-", "_")


def css_string(text: str) -> str:
    """Quote text for a CSS ``content`` value."""
    # Escaped so that no label can end the <style> element or the string.
    escaped = "".join(f"\\{ord(ch):x} " if ch in '\\"<>&\n' else ch for ch in text)
    return f'"{escaped}"'


def page_counter_css(template: str, page: str = "counter(page)", pages: str = "counter(pages)") -> str:
    """Turn "Page {page} of {pages}" into a CSS ``content`` value with live counters."""
    parts: list[str] = []
    rest = template
    while rest:
        cut = min((i for i in (rest.find("{page}"), rest.find("{pages}")) if i >= 0), default=-1)
        if cut < 0:
            parts.append(css_string(rest))
            break
        if cut:
            parts.append(css_string(rest[:cut]))
        if rest.startswith("{pages}", cut):
            parts.append(pages)
            rest = rest[cut + len("{pages}") :]
        else:
            parts.append(page)
            rest = rest[cut + len("{page}") :]
    return " ".join(parts)
