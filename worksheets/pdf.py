"""Render HTML to PDF with WeasyPrint, fetching only files we allow.

Importing this module imports WeasyPrint (about a second), so callers import
it lazily, only on the code path that renders.
"""

from __future__ import annotations

import html
import mimetypes
import unicodedata
from pathlib import Path
from urllib.parse import unquote, urlsplit

import weasyprint
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

from worksheets import tagging  # noqa: F401  (elements keep their own language in the tags)
from worksheets.errors import WorksheetsError
from worksheets.layout import FOOTER_CLEARANCE_MM, PX_PER_MM


class BlockedResource(FatalURLFetchingError):
    """A template asked for something outside the allowed folders."""


class FolderFetcher(URLFetcher):
    """Serve ``file:`` URLs inside the allowed folders; refuse everything else."""

    def __init__(self, allowed: list[Path], replacements: dict[Path, bytes] | None = None):
        super().__init__()
        self.allowed = [p.resolve() for p in allowed]
        # Served instead of the file on disk (a greyscale logo, for instance).
        self.replacements = {p.resolve(): data for p, data in (replacements or {}).items()}

    def fetch(self, url, headers=None):
        parts = urlsplit(url)
        if parts.scheme != "file":
            raise BlockedResource(f"refused to fetch {url[:200]!r}: only local project files are allowed")
        path = Path(unquote(parts.path)).resolve()
        if not any(path.is_relative_to(root) for root in self.allowed):
            raise BlockedResource(
                f"refused to read {path}: it is outside the template, content and asset folders"
            )
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if path in self.replacements:
            return URLFetcherResponse(path.as_uri(), self.replacements[path], {"Content-Type": mime})
        if not path.is_file():
            raise BlockedResource(f"missing file {path}")
        return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": mime})


class Renderer:
    """One WeasyPrint setup per process: a shared font configuration."""

    def __init__(self) -> None:
        self.font_config = FontConfiguration()
        self._sheets: dict[tuple, weasyprint.CSS] = {}

    def stylesheet(self, path: Path, fetcher: FolderFetcher) -> weasyprint.CSS | None:
        """Return the template's stylesheet parsed once (a quarter of each layout was parsing it).

        It is applied as a user stylesheet, after the document's own <style>, whose rules (the page
        model's sizes and margins) still win, as they did when it came later in the same origin.
        A sheet with its own counter styles is parsed with each document, where they are kept.
        """
        stat = path.stat()
        key = (path, stat.st_mtime_ns, stat.st_size)
        if key not in self._sheets:
            text = path.read_text(encoding="utf-8")
            if "@counter-style" in text:
                return None
            self._sheets = {
                key: weasyprint.CSS(url=path.as_uri(), url_fetcher=fetcher, font_config=self.font_config)
            }
        return self._sheets[key]

    def layout(
        self,
        html: str,
        base_dir: Path,
        allowed: list[Path],
        replacements: dict[Path, bytes] | None = None,
        page_css: str | None = None,
        stylesheet: Path | None = None,
    ) -> weasyprint.Document:
        """Lay out one HTML document into pages; ``page_css`` wins over the document's own rules.

        ``stylesheet`` is the file the document links to, parsed once for all documents.
        """
        fetcher = FolderFetcher([base_dir, *allowed], replacements)
        try:
            sheets = []
            if stylesheet is not None and (parsed := self.stylesheet(stylesheet, fetcher)) is not None:
                # The document's <link> to it is then served empty.
                fetcher = FolderFetcher([base_dir, *allowed], (replacements or {}) | {stylesheet: b""})
                sheets.append(parsed)
            # A user-origin stylesheet: its !important rules beat the author's (the template's).
            if page_css:
                sheets.append(weasyprint.CSS(string=page_css, font_config=self.font_config))
            source = weasyprint.HTML(string=html, base_url=base_dir.as_uri() + "/", url_fetcher=fetcher)
            return source.render(font_config=self.font_config, stylesheets=sheets)
        except BlockedResource as exc:
            raise WorksheetsError(f"template problem: {exc}") from None

    def stamps(self, html_text: str, allowed: list[Path]) -> bytes:
        """Render field appearances (untagged: they live inside form widgets)."""
        fetcher = FolderFetcher(allowed)
        source = weasyprint.HTML(string=html_text, url_fetcher=fetcher)
        return source.render(font_config=self.font_config).write_pdf()

    def write(self, document: weasyprint.Document, forms: bool = True) -> bytes:
        """Serialise a laid-out document to tagged PDF (PDF/UA-1) bytes."""
        try:
            return document.write_pdf(pdf_variant="pdf/ua-1", pdf_forms=forms)
        except BlockedResource as exc:  # attachments are fetched while writing
            raise WorksheetsError(f"template problem: {exc}") from None


KEEP_WHOLE = ("prompt", "small-step", "box", "path", "crisis-block")  # writing spaces and boxes never split
MAY_PART = ("box",)  # unless the stylesheet lets them part (A5 large print), drawn on each piece
MAX_HYPHENATED_RUN = 2  # lines in a row that may end in a hyphen
HYPHENS = ("-", "\u2010", "\u00ad")
MAX_LINE_CHARS = 80  # the measure is about 75 characters; longer lines are hard to track back from


def layout_problems(document: weasyprint.Document) -> list[str]:
    """Find what a reader would see as a layout bug: overflow, split boxes, blank pages."""
    problems = []
    seen_on: dict[int, set[int]] = {}
    hyphen_runs: dict[int, int] = {}
    names: dict[int, str] = {}
    heading_page, crisis_seen = 0, set()  # where to turn: its crisis line on its heading's page
    for number, page in enumerate(document.pages, start=1):
        box = page._page_box
        left, top = box.margin_left, box.margin_top
        right, bottom = left + box.width, top + box.height
        content = 0
        for child in box.descendants():
            if type(child).__name__ in ("MarginBox", "PageBox") or child.element_tag is None:
                continue
            if getattr(child, "position_y", None) is None or child.width is None:
                continue
            if _in_margin(child, box):
                continue
            if type(child).__name__ == "LineBox" and child.element is not None:
                text, key = _line_text(child), id(child.element)
                hyphen_runs[key] = hyphen_runs.get(key, 0) + 1 if text.endswith(HYPHENS) else 0
                if hyphen_runs[key] == MAX_HYPHENATED_RUN + 1:
                    problems.append(
                        f"page {number}: more than {MAX_HYPHENATED_RUN} hyphenated lines in a row"
                    )
                if _is_body_text(child, box) and len(text) > MAX_LINE_CHARS:
                    problems.append(
                        f"page {number}: a line of body text runs {len(text)} characters "
                        f"(at most {MAX_LINE_CHARS}): {text[:40]!r}"
                    )
            if type(child).__name__ == "TextBox":
                content += 1
                if child.position_x + child.width > right + 1 or child.position_x < left - 1:
                    problems.append(f"page {number}: text runs past the side margin: {child.text[:40]!r}")
                if child.position_y + child.height > bottom + 1:
                    problems.append(f"page {number}: text runs past the bottom margin: {child.text[:40]!r}")
            element = getattr(child, "element", None)
            classes = (element.get("class") or "").split() if element is not None else []
            kept = set(classes) & set(KEEP_WHOLE)
            if kept and kept <= set(MAY_PART) and child.style["break_inside"] == "auto":
                kept = set()
            if element is not None and (_kept_whole(element) or kept):
                seen_on.setdefault(id(element), set()).add(number)
                names[id(element)] = child.element_tag + "." + ".".join(classes)
            if element is not None and element.tag == "h2":
                heading_page = number
            elif "crisis-line" in classes and id(element) not in crisis_seen:
                crisis_seen.add(id(element))
                if heading_page != number:
                    problems.append(f"page {number}: the crisis line is overleaf from its heading")
        if content == 0:
            problems.append(f"page {number}: the page is empty")
        gap = (page.height - _footer_bottom(box)) / PX_PER_MM
        if gap < FOOTER_CLEARANCE_MM - 0.05:
            problems.append(
                f"page {number}: the footer ends {gap:.1f} mm from the page edge; "
                f"printers need at least {FOOTER_CLEARANCE_MM:g} mm"
            )
    for key, pages in seen_on.items():
        if len(pages) > 1:
            problems.append(f"pages {sorted(pages)}: {names[key]} is split across pages")
    return problems


def widest_body_line(document: weasyprint.Document) -> str:
    """Return the longest laid-out line of body text, as a reader sees it."""
    lines = [
        _line_text(child)
        for page in document.pages
        for child in page._page_box.descendants()
        if _is_body_text(child, page._page_box)
    ]
    return max(lines, key=len, default="")


def _is_body_text(child, page_box) -> bool:
    """A line of a paragraph or list item in the body size (small print such as references aside)."""
    if type(child).__name__ != "LineBox" or child.element_tag not in ("p", "li"):
        return False
    root = page_box.children[0] if page_box.children else page_box
    return child.style["font_size"] >= root.style["font_size"] - 0.01


def _line_text(line) -> str:
    """Return the characters a reader sees on one laid-out line (list markers aside)."""
    text = "".join(
        box.text
        for box in line.descendants()
        if type(box).__name__ == "TextBox" and "marker" not in box.element_tag
    )
    return text.replace("\u2060", "").strip()  # the word joiner that keeps a citation with its word


def _footer_lines(page_box):
    for margin_box in page_box.children:
        if type(margin_box).__name__ == "MarginBox" and margin_box.at_keyword.startswith("@bottom"):
            for child in margin_box.descendants():
                if type(child).__name__ == "LineBox":
                    yield margin_box, child


def _footer_bottom(page_box) -> float:
    """Return where the footer's last line ends (px from the top), or the page's top margin edge."""
    return max((line.position_y + line.height for _, line in _footer_lines(page_box)), default=0.0)


def footer_room_mm(document: weasyprint.Document) -> float:
    """Return how much of the bottom margin the footer takes on its fullest page, in mm."""
    room = 0.0
    for page in document.pages:
        box = page._page_box
        top = page.height - box.margin_bottom
        room = max(room, _footer_bottom(box) - top)
    return room / PX_PER_MM


def _kept_whole(element) -> bool:
    # A table is read as one piece and must stay whole; so must every writing row.
    # (Header rows alone may repeat on every page by design.)
    return element.tag == "table" or (element.tag == "tr" and any(cell.tag == "td" for cell in element))


def _in_margin(child, page_box) -> bool:
    # Running footer and page numbers live in margin boxes; they are not body content.
    return child.position_y >= page_box.margin_top + page_box.height - 0.5


STAMP_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><style>
{faces}
body {{ margin: 0; font-family: "Plain Figures", "{family}", "Noto Sans Arabic", "Noto Sans Hebrew",
       "DejaVu Sans", "Noto Sans CJK SC", "Noto Sans", sans-serif; font-size: {size}pt;
       color: {color}; }}
{pages}
.stamp {{ box-sizing: border-box; overflow: hidden; white-space: nowrap; padding: 0 1.5pt 2pt;
          display: flex; align-items: flex-end; break-after: page; }}
.stamp.wraps {{ white-space: normal; display: block; padding: 2pt; font-size: 0.9em; line-height: 1.2; }}
</style></head><body>{stamps}</body></html>"""


def _direction(text: str) -> str:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def stamp_html(items: list[tuple], faces, family: str, color: str, size: float, lang: str) -> str:
    """Return HTML with one page per (text, width, height[, wraps]): field appearances to be."""
    rules = "\n".join(
        f'@font-face {{ font-family: "{f.family}"; src: url("{f.url}"); font-weight: {f.weight}; '
        f"font-style: {f.style};{f' unicode-range: {f.unicode_range};' if f.unicode_range else ''} }}"
        for f in faces  # "Plain Figures": the page's unslashed zero in a typed date too
    )
    pages, stamps = [], []
    for i, (text, width, height, *wraps) in enumerate(items):
        pages.append(f"@page s{i} {{ size: {width:.2f}pt {height:.2f}pt; margin: 0; }}")
        kind = "stamp wraps" if any(wraps) else "stamp"
        stamps.append(
            f'<div class="{kind}" dir="{_direction(text)}" style="page: s{i}; height: {height:.2f}pt; '
            f'direction: {_direction(text)}">{html.escape(text)}</div>'
        )
    return STAMP_PAGE.format(
        lang=lang,
        faces=rules,
        family=family,
        size=size,
        color=color,
        pages="\n".join(pages),
        stamps="".join(stamps),
    )
