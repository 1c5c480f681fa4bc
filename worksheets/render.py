"""Turn filled-in HTML into finished PDF bytes: lay out, write, check, personalise."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from worksheets.brand import greyscale_logo
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

    def render(self, html: str) -> RenderedPdf:
        """Lay out and write one document (tagged; fillable if the look says so)."""
        from worksheets.pdf import layout_problems

        document = self.renderer.layout(html, self.base_dir, self.allowed, self.replacements)
        data = self.renderer.write(document, forms=self.look.fillable)
        return RenderedPdf(data, len(document.pages), tuple(layout_problems(document)))

    def count_pages(self, html: str) -> int:
        """Lay out only, to learn how many pages a document takes."""
        return len(self.renderer.layout(html, self.base_dir, self.allowed, self.replacements).pages)

    def personalise(self, pdf, values: dict[str, str]) -> None:
        """Pre-fill the named fields of an open pikepdf document, in any script."""
        from worksheets.forms import stamp_fields
        from worksheets.pdf import stamp_html

        theme = self.look.brand

        def draw(items: list[tuple[str, float, float]]) -> bytes:
            size = 16 if self.look.large_print else 11
            color = theme.palette["--color-text"]
            page = stamp_html(items, theme.faces, theme.body_family, color, size, self.language)
            return self.renderer.stamps(page, self.allowed)

        stamp_fields(pdf, values, draw)
