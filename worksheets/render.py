"""Turn filled-in HTML into finished PDF bytes: lay out, fit the footer, write, check, personalise."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from worksheets.brand import greyscale_logo
from worksheets.layout import FOOTER_CLEARANCE_MM
from worksheets.templating import Look, stylesheet_folder


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
        from worksheets.pdf import footer_room_mm

        used = self.bottom_mm
        document = self._layout(html, used)
        needed = math.ceil((footer_room_mm(document) + FOOTER_CLEARANCE_MM) * 10) / 10
        if used != needed:
            # The footer's height does not depend on the bottom margin: one more layout settles it.
            document = self._layout(html, needed)
            self.bottom_mm = needed
        return document

    def _layout(self, html: str, bottom_mm: float | None):
        page_css = None
        if bottom_mm is not None:
            page_css = f"@page {{ margin-bottom: {bottom_mm:.1f}mm !important; }}"
        return self.renderer.layout(html, self.base_dir, self.allowed, self.replacements, page_css)

    def render(self, html: str) -> RenderedPdf:
        """Lay out and write one document (tagged; fillable if the look says so)."""
        from worksheets.pdf import layout_problems

        document = self.layout(html)
        data = self.renderer.write(document, forms=self.look.fillable)
        return RenderedPdf(data, len(document.pages), tuple(layout_problems(document)))

    def count_pages(self, html: str) -> int:
        """Lay out only, to learn how many pages a document takes."""
        return len(self.layout(html).pages)

    def personalise(self, pdf, values: dict[str, str]) -> None:
        """Pre-fill the named fields of an open pikepdf document, in any script."""
        from worksheets.forms import stamp_fields
        from worksheets.pdf import stamp_html

        theme = self.look.brand

        def draw(items: list[tuple[str, float, float]]) -> bytes:
            size = self.look.page.type.body
            color = theme.palette["--color-text"]
            page = stamp_html(items, theme.faces, theme.body_family, color, size, self.language)
            return self.renderer.stamps(page, self.allowed)

        stamp_fields(pdf, values, draw)
