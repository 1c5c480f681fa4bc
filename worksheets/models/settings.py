"""How a run prints (paper, modes, language) and who a copy is for."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from worksheets.layout import PAPERS
from worksheets.models.base import Language, Model, one_line

PaperName = Literal[tuple(PAPERS)]  # type: ignore[valid-type]


class PrintSettings(Model):
    """Paper and print modes, the same for every document of a run."""

    paper: PaperName = "letter"
    large_print: bool = False
    grayscale: bool = False
    flat: bool = False
    lang: Language = "en"

    @property
    def fillable(self) -> bool:
        return not self.flat

    @property
    def modes(self) -> list[str]:
        """Return the CSS classes that switch the stylesheet's print modes."""
        names = [f"paper-{self.paper}", "flat" if self.flat else "fillable"]
        return names + [
            m for m, on in [("large-print", self.large_print), ("grayscale", self.grayscale)] if on
        ]


class Personal(Model):
    """Who a copy is for: shown on the first page and in the name field."""

    date: dt.date
    client: one_line(120) | None = None
    clinician: one_line(120) | None = None
    note: one_line(400) | None = None
