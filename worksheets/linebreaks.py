"""Where a line may not break: a title's or heading's last words, an author's initials.

Small typesetting rules the browser engine has no setting for, applied to the text (a span that
does not wrap, a no-break space) before the layout.
"""

from __future__ import annotations

import re

from markupsafe import Markup

NO_BREAK_SPACE = "\u00a0"
NO_WIDOW_MAX_CHARS = 22  # about a line of title type on A5 in large print; a longer pair could not fit
TITLE_STEPS = (90, 80)  # percent: a title's type steps down this far so that its last two words share a line


def title_step(text: str, max_chars: int = NO_WIDOW_MAX_CHARS) -> int:
    """Return the size (percent of title type) at which a title's last two words fit one line.

    On a narrow page "disorganized attachment" is wider than a line of title type: set a step
    smaller, the pair stays together instead of leaving one long word alone on the last line.
    """
    words = (str(text).partition(": ")[2] or str(text)).split(" ")
    tail = len(" ".join(words[-2:]))
    limit = max(max_chars, NO_WIDOW_MAX_CHARS)
    if len(words) < 3 or tail <= limit:
        return 100
    return next((step for step in TITLE_STEPS if tail * step <= limit * 100), 100)


def no_widow(text: str, max_chars: int = NO_WIDOW_MAX_CHARS, step: int = 100) -> Markup:
    """Keep a title's last two words together, so no word is left alone on its last line.

    A title in two parts ("Facilitator guide: using the materials") may break after its colon
    (where the page is narrow, the stylesheet puts the second part on a line of its own).
    ``step`` is the title's size, in percent of title type (see ``title_step``).
    """
    head, colon, rest = str(text).partition(": ")
    limit = max(max_chars, NO_WIDOW_MAX_CHARS) * 100 / step
    if colon and rest:
        return Markup.escape(head + ":") + Markup('<span class="title-rest"> {}</span>').format(
            _kept(rest, limit)
        )
    return _kept(str(text), limit)


def _kept(text: str, limit: float) -> Markup:
    words = text.split(" ")
    if len(words) < 3 or len(" ".join(words[-2:])) > limit:  # too long to hold on one line
        return Markup.escape(text)
    # A span, not a no-break space: a title's pair may hold a hyphen ("ansioso-ambivalente").
    tail = Markup('<span class="keep">{}</span>').format(" ".join(words[-2:]))
    return Markup.escape(" ".join(words[:-2])) + Markup(" ") + tail


# The space between a surname and its initials ("Hong YR,"): a line may not break there.
_BEFORE_INITIALS = re.compile(r"(?<=\S) (?=[A-Z]{1,3}(?:[,.]|$))")


def keep_names(authors: str) -> str:
    """Hold each author's surname and initials on one line, as "Hong YR" (a no-break space)."""
    return _BEFORE_INITIALS.sub(NO_BREAK_SPACE, str(authors))


# A heading's last two words, where short enough for any column a heading sits in.
_HEADING_END = re.compile(r"(<h[23](?: [^>]*)?>[^<]*? )([^<\s]+ [^<\s]+)(</h[23]>)")
HEADING_PAIR_CHARS = 12  # "esta semana", "un vistazo": about a third of the narrowest heading column


def keep_heading_ends(html: str) -> str:
    """Hold a heading's last two short words together: no "semana" alone on its last line.

    A no-break space, not a span: WeasyPrint broke a heading ending in an unbreakable span after its
    first word ("It / can differ from one relationship / to another").
    """

    def kept(match: re.Match) -> str:
        head, pair, end = match.groups()
        if len(pair) > HEADING_PAIR_CHARS:
            return match.group(0)
        return f"{head}{pair.replace(' ', NO_BREAK_SPACE)}{end}"

    return _HEADING_END.sub(kept, html)
