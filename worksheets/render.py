"""Turn filled-in HTML into finished PDF bytes: lay out, fit the footer, write, check, personalise."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from worksheets.brand import greyscale_logo
from worksheets.layout import FOOTER_CLEARANCE_MM
from worksheets.templating import STYLESHEET, Look, stylesheet_folder

# Everything but the running footer hidden: a one-page layout to measure the footer on.
# The footer alone, its page number at its widest ("Page 888 of 40" is as wide as "Page 10 of 15"),
# so that a line beside it that wraps only on later pages is measured wrapped.
FOOTER_ONLY = "body > :not(.running-footer) { display: none !important; } @page { counter-reset: page 887; }"


@dataclass(frozen=True)
class RenderedPdf:
    """A written PDF and what the layout checks found."""

    data: bytes
    pages: int
    warnings: tuple[str, ...]


class DocumentRenderer:
    """One WeasyPrint setup (fonts, fetcher rules, look) reused for many documents."""

    def __init__(self, search_path: list[Path], look: Look, language: str = "en"):
        from worksheets.pdf import Renderer  # imports WeasyPrint: only when rendering

        self.renderer = Renderer()
        self.base_dir = stylesheet_folder(search_path)
        self.allowed = [*search_path, *look.brand.asset_files]  # nothing else may be read
        self.look, self.language = look, language
        logo = look.brand.logo
        self.replacements = {logo: greyscale_logo(logo)} if look.grayscale and logo else {}
        self.bottom_mm: float | None = None  # fitted to the footer on the first layout

    def layout(self, html: str):
        """Lay out one document with a bottom margin that fits its footer, measured, plus clearance."""
        if self.bottom_mm is None:
            self.bottom_mm = self.fit_footer(html)
        return self._layout(html, self.bottom_mm)

    def fit_footer(self, html: str) -> float:
        """Measure the footer on a page of its own (body hidden) and return the bottom margin it needs.

        The footer is the same on every page and document of a session (only the page
        number changes: it is measured at its widest), so one measurement serves them all.
        """
        from worksheets.pdf import footer_room_mm

        footer_only = self._layout(html, None, extra=FOOTER_ONLY)
        return math.ceil((footer_room_mm(footer_only) + FOOTER_CLEARANCE_MM) * 10) / 10

    def _layout(self, html: str, bottom_mm: float | None, extra: str = ""):
        page_css = extra
        if bottom_mm is not None:
            page_css += f"@page {{ margin-bottom: {bottom_mm:.1f}mm !important; }}"
        return self.renderer.layout(
            html, self.base_dir, self.allowed, self.replacements, page_css or None, self.base_dir / STYLESHEET
        )

    def render(self, html: str) -> RenderedPdf:
        """Lay out and write one document (tagged; fillable if the look says so)."""
        return self.finish(self.layout(html))

    def finish(self, document) -> RenderedPdf:
        """Write a laid-out document and check its layout."""
        from worksheets.pdf import layout_problems

        data = self.renderer.write(document, forms=self.look.fillable)
        if self.look.fillable:  # the form may sit in a compressed object stream: look inside
            data = _with_complete_checkboxes(data)
        return RenderedPdf(data, len(document.pages), tuple(layout_problems(document)))

    def count_pages(self, html: str) -> int:
        """Lay out only, to learn how many pages a document takes."""
        return len(self.layout(html).pages)

    def personalise(self, pdf, values: dict[str, str], read_only: bool = True) -> None:
        """Pre-fill the named fields of an open pikepdf document, in any script."""
        from worksheets.forms import stamp_fields
        from worksheets.pdf import stamp_html

        theme = self.look.brand

        def draw(items: list[tuple]) -> bytes:
            size = self.look.page.type.body
            color = theme.palette["--color-text"]
            page = stamp_html(items, theme.faces, theme.body_family, color, size, self.language)
            return self.renderer.stamps(page, self.allowed)

        stamp_fields(pdf, values, draw, read_only)


def _with_complete_checkboxes(data: bytes) -> bytes:
    from worksheets.forms import complete_checkboxes
    from worksheets.joining import open_pdf, save_pdf

    pdf = open_pdf(data)
    return save_pdf(pdf) if complete_checkboxes(pdf) else data
