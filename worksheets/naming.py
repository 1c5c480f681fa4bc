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


# The first words of a letter's Unicode name, and the language its script most likely writes.
SCRIPTS = {
    "ARABIC": "ar", "HEBREW": "he", "CJK": "zh", "HIRAGANA": "ja", "KATAKANA": "ja", "HANGUL": "ko",
    "GREEK": "el", "CYRILLIC": "ru", "DEVANAGARI": "hi", "BENGALI": "bn", "THAI": "th",
}  # fmt: skip
# Latin letters only Vietnamese uses (horned o and u, tone marks below or stacked).
VIETNAMESE = ("WITH HORN", "WITH DOT BELOW", "WITH HOOK ABOVE", "CIRCUMFLEX AND", "BREVE AND")


def name_language(name: str | None) -> str | None:
    """Guess the language of a name from its script (None for plain Latin: the page's own language).

    Japanese kana anywhere in a name make it Japanese, even beside Chinese characters.
    """
    found = None
    for ch in name or "":
        if not ch.isalpha():
            continue
        label = unicodedata.name(ch, "")
        if any(mark in label for mark in VIETNAMESE) and label.startswith("LATIN"):
            return "vi"
        script = SCRIPTS.get(label.split(" ")[0])
        if script == "ja":
            return "ja"
        found = found or script
    return found
