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
    "letter": Paper("letter", "letter", 215.9, 279.4, 15, 22, 24),
    "a4": Paper("a4", "A4", 210.0, 297.0, 15, 22, 24),
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


REGULAR = TypeScale(body=11, title=22, section=14, sub=12, small=8, line_gap_mm=8.5)
LARGE_PRINT = TypeScale(body=16, title=28, section=20, sub=17, small=12, line_gap_mm=11)


@dataclass(frozen=True)
class PageModel:
    """Everything about the page that is a number: paper, margins, type, writing space."""

    paper: Paper
    type: TypeScale

    @classmethod
    def for_settings(cls, paper: str, large_print: bool) -> PageModel:
        return cls(PAPERS[paper], LARGE_PRINT if large_print else REGULAR)

    def properties(self) -> dict[str, str]:
        """Return the CSS custom properties that ``print.css`` sizes everything with."""
        t = self.type
        return {
            "--size-body": f"{t.body:g}pt",
            "--size-title": f"{t.title:g}pt",
            "--size-section": f"{t.section:g}pt",
            "--size-sub": f"{t.sub:g}pt",
            "--size-small": f"{t.small:g}pt",
            "--line-gap": f"{t.line_gap_mm:g}mm",
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
