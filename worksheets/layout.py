"""The page model: paper sizes, margins, type sizes and writing space, in one place.

These numbers reach the stylesheet as CSS custom properties and an ``@page``
rule (see ``PageModel.css``); ``print.css`` only refers to them. The bottom
margin is not computed here: the footer is measured on the laid-out page
(see ``render.py``), so a longer disclaimer or another language still leaves
``FOOTER_CLEARANCE_MM`` between the footer's last line and the paper's edge.
"""

from __future__ import annotations

from dataclasses import dataclass

FOOTER_CLEARANCE_MM = 10.0  # office printers cannot print closer to the edge
FOOTER_GAP_MM = 2.5  # between the body's last line and the footer
PX_PER_MM = 96 / 25.4  # WeasyPrint lays out in CSS pixels
PT_PER_MM = 72 / 25.4
TITLE_CHAR_EM = 0.58  # a title's average character, bold (a little wide: a kept pair must fit its line)
MEASURE_EM = 32  # at most about 75 characters of body text per line (Atkinson Hyperlegible)
MIN_HANG_MM = 40  # room left beside the measure for section headings to hang in


@dataclass(frozen=True)
class Paper:
    """A page size the documents are laid out for, and its margins."""

    name: str
    css_size: str
    width_mm: float
    height_mm: float
    top_mm: float
    side_mm: float
    first_guess_bottom_mm: float  # a starting point; the footer is measured and the margin fitted


PAPERS = {
    "letter": Paper("letter", "letter", 215.9, 279.4, 15, 18, 24),
    "a4": Paper("a4", "A4", 210.0, 297.0, 15, 18, 24),
    "a5": Paper("a5", "A5", 148.0, 210.0, 15, 16, 28),
}


@dataclass(frozen=True)
class TypeScale:
    """Type sizes (pt) and the writing-line pitch (mm) for one reading size."""

    body: float
    title: float
    section: float
    sub: float
    small: float
    line_gap_mm: float
    row_mm: float  # a writing row in a table


REGULAR = TypeScale(body=11, title=22, section=14, sub=12, small=8, line_gap_mm=8.5, row_mm=18)
LARGE_PRINT = TypeScale(body=16, title=28, section=20, sub=17, small=12, line_gap_mm=11, row_mm=26)


@dataclass(frozen=True)
class PageModel:
    """Everything about the page that is a number: paper, margins, type, writing space."""

    paper: Paper
    type: TypeScale

    @classmethod
    def for_settings(cls, paper: str, large_print: bool) -> PageModel:
        return cls(PAPERS[paper], LARGE_PRINT if large_print else REGULAR)

    @property
    def text_width_mm(self) -> float:
        return self.paper.width_mm - 2 * self.paper.side_mm

    @property
    def title_chars(self) -> int:
        """About how many characters of title type fit a line (bold, about 0.58 em a character)."""
        return int(self.text_width_mm / (TITLE_CHAR_EM * self.type.title / PT_PER_MM))

    @property
    def measure_mm(self) -> float:
        """The widest a line of body text may run: about 75 characters, or the page if narrower."""
        return min(self.text_width_mm, MEASURE_EM * self.type.body / PT_PER_MM)

    @property
    def hang_mm(self) -> float:
        """The column section headings hang in, beside the measure (0 where the page is too narrow)."""
        spare = self.text_width_mm - self.measure_mm
        return round(spare, 1) if spare >= MIN_HANG_MM else 0.0

    def properties(self) -> dict[str, str]:
        """Return the CSS custom properties that ``print.css`` sizes everything with."""
        t = self.type
        return {
            "--measure": f"{self.measure_mm:.1f}mm",
            "--hang": f"{self.hang_mm:g}mm",
            "--size-body": f"{t.body:g}pt",
            "--size-title": f"{t.title:g}pt",
            "--size-section": f"{t.section:g}pt",
            "--size-sub": f"{t.sub:g}pt",
            "--size-small": f"{t.small:g}pt",
            "--line-gap": f"{t.line_gap_mm:g}mm",
            "--row-height": f"{t.row_mm:g}mm",
            "--footer-gap": f"{FOOTER_GAP_MM:g}mm",
        }

    def page_rule(self, bottom_mm: float | None = None) -> str:
        """Return the ``@page`` rule: size and margins (the bottom one fitted to the footer)."""
        p = self.paper
        bottom = p.first_guess_bottom_mm if bottom_mm is None else bottom_mm
        return f"@page {{ size: {p.css_size}; margin: {p.top_mm:g}mm {p.side_mm:g}mm {bottom:.1f}mm; }}"

    def css(self, bottom_mm: float | None = None) -> str:
        """Return the custom properties and the page rule as one stylesheet."""
        props = "".join(f"\n      {name}: {value};" for name, value in self.properties().items())
        return f":root {{{props}\n    }}\n    {self.page_rule(bottom_mm)}"
