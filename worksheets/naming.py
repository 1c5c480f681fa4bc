"""Turn any name (a client, a participant, an id) into a safe, readable file name."""

from __future__ import annotations

import re
import unicodedata

MAX_LENGTH = 60
# Names Windows refuses as files, whatever the extension.
RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
_DASHES = re.compile(r"-{2,}")


def slugify(name: str, fallback: str = "unnamed") -> str:
    """Return a lowercase, dash-separated name with no path parts, readable in any script.

    Latin accents are folded (José -> jose); letters and digits of other scripts
    are kept as they are, so an Arabic or Chinese name stays recognisable.
    """
    text = unicodedata.normalize("NFKC", name)
    folded = _fold_latin_accents(text)
    text = unicodedata.normalize("NFC", folded).lower()
    # Letters, digits and combining marks of any script stay; everything else
    # (slashes, dots, NUL, spaces, emoji, punctuation) becomes a dash.
    kept = "".join(ch if unicodedata.category(ch)[0] in "LNM" else "-" for ch in text)
    slug = _DASHES.sub("-", kept).strip("-")
    slug = slug[:MAX_LENGTH].rstrip("-")
    if not slug or slug.strip(".") == "":
        slug = fallback
    if slug in RESERVED:
        slug = f"{slug}-file"
    return slug


def _fold_latin_accents(text: str) -> str:
    # Combining marks on Latin letters are dropped; on other scripts (Arabic
    # vowel signs, Devanagari matras) they are part of the letter and stay.
    kept, base = [], ""
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(ch):
            if not base.isascii():
                kept.append(ch)
        else:
            base = ch
            kept.append(ch)
    return "".join(kept)


def unique_name(slug: str, taken: set[str]) -> str:
    """Return ``slug`` or ``slug-2``, ``slug-3`` ... whichever is not yet taken; record it."""
    candidate, n = slug, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{slug}-{n}"
    taken.add(candidate.casefold())
    return candidate
