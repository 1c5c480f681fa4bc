"""Send forms as the page does: with the CSRF token the page carries."""

from __future__ import annotations

import re

DATE = "2026-11-28"


def token(client, page: str = "/make") -> str:
    """Return the CSRF token a page carries, as a browser would read it."""
    html = client.get(page).get_data(as_text=True)
    return re.search(r'name="csrf-token" content="([^"]+)"', html).group(1)


def post(client, url: str, data: dict, **kwargs):
    """Send a form as the page does: with its CSRF token."""
    return client.post(url, data={"csrf_token": token(client), **data}, **kwargs)


def handout_form(**changes) -> dict:
    form = {"documents": ["avoidant-handout"], "lang": "en", "paper": "letter", "fillable": "fillable",
            "date": DATE}  # fmt: skip
    return form | changes
