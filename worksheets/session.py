"""The rendering session: content, templates, brand, language and print settings, set up once.

Every front end (``build``, ``batch``, ``validate``, a web page) makes a
``Session`` and asks it for documents. A session holds no global state: two
sessions with different brands or languages render side by side, in one
process, one after another or from two threads.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from worksheets.brand import ResolvedBrand, resolve_brand
from worksheets.catalog import DocumentSpec, list_documents, select_documents
from worksheets.content import Library, load_library
from worksheets.kinds import COVER, DEFAULT_KINDS, NOTES, Registry
from worksheets.layout import PageModel
from worksheets.models import Personal, PrintSettings
from worksheets.templating import Look, PageNumbers, make_environment, render_html, template_search_path

RESHAPE_PASSES = 3  # layouts tried at most for another arrangement of a page left too empty
RESHAPE_LAYOUTS = 4  # layouts (arrangements and their filling) spent at most on finding one
REORDERING = ("reflow", "lead")  # the arrangements that change the order of a document's blocks


@dataclass(frozen=True)
class Inputs:
    """Where a session's files come from: the user's folders (searched first) and brand file."""

    content_dirs: tuple[Path, ...] = ()
    templates_dirs: tuple[Path, ...] = ()
    brand: Path | None = None


class Session:
    """Everything one run needs to turn content into documents, loaded and checked once."""

    def __init__(
        self,
        inputs: Inputs | None = None,
        settings: PrintSettings | None = None,
        kinds: Registry = DEFAULT_KINDS,
        *,
        _brand: ResolvedBrand | None = None,
        _env=None,
    ):
        inputs, settings = inputs or Inputs(), settings or PrintSettings()
        self.inputs, self.settings, self.kinds = inputs, settings, kinds
        self.search_path = template_search_path(list(inputs.templates_dirs))
        self.library: Library = load_library(list(inputs.content_dirs), settings.lang, kinds)
        self.brand = _brand or resolve_brand(inputs.brand, settings.grayscale)
        self.env = _env or make_environment(self.search_path)
        self.page = PageModel.for_settings(settings.paper, settings.large_print)
        self.look = Look(self.page, self.brand, settings)
        self.documents: dict[str, DocumentSpec] = list_documents(self.library, kinds)
        self._renderer = None
        self._notes_lines: dict[bool, int] = {}  # ruled lines that fill a Notes page, headed or not
        self._arrangements: dict[tuple, tuple[dict, int]] = {}  # what was found, by document and reader
        self._layouts = 0  # layouts made while arranging documents (see _arranged)

    @property
    def lang(self) -> str:
        return self.settings.lang

    @property
    def notices(self) -> list[str]:
        """What the user should know about their inputs (a colour darkened, a variable font)."""
        brand, lang = self.brand.model, self.lang
        if lang == "en" or lang in brand.languages or not (brand.footer_note or brand.crisis_line):
            return self.brand.notices
        return [
            *self.brand.notices,
            f"{self.brand.source or 'the brand'}: its footer note and crisis line have no words in "
            f"{lang!r}, so they print as written; give them under 'languages: {lang}:' (see the README)",
        ]

    def derive(self, **changes) -> Session:
        """Return a session with other print settings (a paper, a language), sharing what it can."""
        settings = self.settings.model_copy(update=changes)
        if settings == self.settings:
            return self
        brand = self.brand if settings.grayscale == self.settings.grayscale else None
        return Session(self.inputs, settings, self.kinds, _brand=brand, _env=self.env)

    def select(self, doc_ids: list[str]) -> list[DocumentSpec]:
        """Return the documents named (all of them for none); unknown ids are errors."""
        return select_documents(self.documents, doc_ids)

    def html(
        self,
        doc: DocumentSpec,
        personal: Personal,
        numbering: PageNumbers | None = None,
        extra: dict | None = None,
    ) -> str:
        """Fill one document's template."""
        return render_html(self.env, doc, self.library, self.look, personal, numbering, extra)

    def cover(self, title: str) -> DocumentSpec:
        """Return the packet cover as a document of this session."""
        return DocumentSpec(COVER.id_pattern, COVER, "", title)

    def notes(self) -> DocumentSpec:
        """Return a ruled Notes page, which pads a packet for double-sided printing."""
        return DocumentSpec(NOTES.id_pattern, NOTES, "", self.library.site.labels.notes)

    def notes_context(self, continued: bool = False) -> dict:
        """Return how many ruled lines fill a Notes page of this paper and type size.

        A page that ``continued`` the Notes lines a document ends with has no heading of its own.
        """
        if continued not in self._notes_lines:
            from worksheets.filling import notes_page_lines

            self._notes_lines[continued] = notes_page_lines(self, continued)
        lines = self._notes_lines[continued]
        return {"lines": lines, "purpose": self.library.site.labels.notes, "continued": continued}

    def ends_in_notes(self, doc: DocumentSpec, personal: Personal) -> bool:
        """Whether the document, as last arranged for this reader, ends with ruled Notes lines."""
        if _key(doc, personal) not in self._arrangements:
            self.filled_layout(doc, personal)  # arranged once, as it is rendered
        return bool(self._arrangements[_key(doc, personal)][0].get("notes_lines"))

    @property
    def renderer(self):
        """The WeasyPrint side of the session, started on first use (importing it takes a second)."""
        if self._renderer is None:
            from worksheets.render import DocumentRenderer

            self._renderer = DocumentRenderer(self.search_path, self.look, self.lang)
        return self._renderer

    def filled_html(self, doc: DocumentSpec, personal: Personal, numbering: PageNumbers | None = None) -> str:
        """Fill a template; a worksheet's writing spaces also take the room left at each page's end."""
        return self.filled_layout(doc, personal, numbering)[0]

    def filled_layout(self, doc: DocumentSpec, personal: Personal, numbering: PageNumbers | None = None):
        """Return the filled HTML and its laid-out pages (see ``filled_html``).

        A preview redrawn as a name is typed lays out once: the arrangement and writing room found
        last time for this document and reader are tried first (the name is stamped into its field
        afterwards; the header's words stay the same), and kept if the page count is the same.
        """
        # Page numbers (a packet's) change no line: the arrangement found without them serves too.
        key = _key(doc, personal)
        known = self._arrangements.get(key)
        if known is not None:
            extra, pages = known
            html = self.html(doc, personal, numbering, extra or None)
            document = self.renderer.layout(html)
            if len(document.pages) == pages:
                return html, self._spread(document)
        html, document, extra = self._arranged(doc, personal, numbering)
        self._arrangements[key] = (extra, len(document.pages))
        return html, self._spread(document)

    def _spread(self, document):
        """Share the blank at each page's foot (but the last's) between its blocks."""
        from worksheets.spreading import spread

        spread(document, self.page.type.body)
        return document

    def _arranged(self, doc: DocumentSpec, personal: Personal, numbering: PageNumbers | None):
        """Lay out a document, and give a worksheet's writing spaces the room left on its pages.

        Where a page but the last is left too empty, the template is then asked for its other
        arrangement (``reflow``: another order; ``split``: a table in two whole pieces, a box in an
        open form) and that stands if, filled, it leaves less blank on no more pages.
        Returns the HTML, its layout and the template's extra context that made them.
        """
        from worksheets.filling import table_splits, too_empty

        html = self.html(doc, personal, numbering)
        document = self.renderer.layout(html)
        best, shape = self._filled(doc, personal, numbering, {}, html, document), {}
        tried, spent = {html}, self._layouts
        for _ in range(RESHAPE_PASSES):  # a split moves what follows: a later page may want one too
            if not too_empty(best[1])[0]:
                break
            base = shape | {"reflow": True, "split": shape.get("split", {}) | table_splits(document)}
            found = None
            # The second only where the first fails; it moves what the splits were measured on.
            candidates = [base, shape | {"reflow": True, "lead": True}]
            for candidate in candidates:
                other = self.html(doc, personal, numbering, candidate)
                if other in tried or self._layouts - spent >= RESHAPE_LAYOUTS:
                    continue
                tried.add(other)
                laid_out = self._layout(other)
                if len(laid_out.pages) > len(document.pages):
                    continue
                result = self._filled(doc, personal, numbering, candidate, other, laid_out)
                if too_empty(result[1])[1] < too_empty(best[1])[1]:  # less blank over the limit in all
                    found = other, laid_out, candidate, result
                    break
            if found is None:
                break
            html, document, shape, best = found
        from worksheets.folding import use_spare_room
        from worksheets.referencing import heading_kept, in_order, noted
        from worksheets.tightening import fewer_pages

        arranged = best
        for step in (fewer_pages, Session._reach_out_whole, in_order, heading_kept, noted, use_spare_room):
            arranged = step(self, doc, personal, numbering, *arranged)
        return arranged

    def _reach_out_whole(self, doc: DocumentSpec, personal: Personal, numbering, html: str, document, shape):
        """Where to turn that parts across a page goes on whole, if no more pages are left too empty.

        Its heading and crisis line at the foot of one page and a stray sentence atop the next read
        badly; a worksheet's writing space takes what the box leaves, and spreading the rest. On A5
        it may take a page that would have been a Notes page (the sheets stay the same).
        """
        from worksheets.filling import parted

        if not parted(document, "reach-out"):
            return html, document, shape
        # In the order found, or else in the template's own (another order may have made room for
        # the box to part; kept whole, it may fit better where it was).
        orders = [shape]
        own_order = {key: value for key, value in shape.items() if key not in REORDERING}
        if own_order != shape:
            orders.append(own_order)
        for order in orders:
            found = self._tried(doc, personal, numbering, order, document, whole_reach_out=True)
            if found is not None:
                return found
        return html, document, shape

    def _tried(
        self, doc: DocumentSpec, personal: Personal, numbering, order: dict, document, fewer=False, **choice
    ):
        """Lay out and fill an arrangement with one more choice; return it if it prints on as many
        sheets as ``document`` (or on fewer pages, with ``fewer``) and leaves no more pages too empty
        once spread, else None."""
        from worksheets.booklet import same_sheets
        from worksheets.spreading import too_empty_spread

        candidate, other, laid_out = self._choosing(doc, personal, numbering, order, **choice)
        pages, before = len(laid_out.pages), len(document.pages)
        if not (pages < before if fewer else same_sheets(self.settings.paper, pages, before)):
            return None
        result = self._filled(doc, personal, numbering, candidate, other, laid_out)
        body = self.page.type.body
        return result if too_empty_spread(result[1], body) <= too_empty_spread(document, body) else None

    def _choosing(self, doc: DocumentSpec, personal: Personal, numbering, shape: dict, **choice):
        """Lay out an arrangement with one more choice, before its writing room is found again."""
        candidate = {key: value for key, value in shape.items() if key != "fill"} | choice
        other = self.html(doc, personal, numbering, candidate)
        return candidate, other, self._layout(other)

    def _layout(self, html: str):
        """Lay out HTML, counting the layouts an arrangement costs."""
        self._layouts += 1
        return self.renderer.layout(html)

    def _filled(self, doc: DocumentSpec, personal: Personal, numbering, shape: dict, html: str, document):
        """Give a worksheet's writing spaces the room left on its pages, if the page count stays."""
        from worksheets.filling import fill_writing_room

        return fill_writing_room(self, doc, personal, numbering, shape, html, document)

    def render(self, doc: DocumentSpec, personal: Personal, numbering: PageNumbers | None = None):
        """Render one document to PDF, its name and date fields filled for this reader."""
        rendered = self.renderer.finish(self.filled_layout(doc, personal, numbering)[1])
        from worksheets.forms import field_values

        values = field_values(doc, personal, self)
        if not any(values.values()):
            return rendered
        from worksheets.joining import open_pdf, save_pdf

        pdf = open_pdf(rendered.data)
        self.renderer.personalise(pdf, values)
        return type(rendered)(save_pdf(pdf), rendered.pages, rendered.warnings)


def _key(doc: DocumentSpec, personal: Personal) -> tuple:
    """What an arrangement depends on: the document and the reader's words in its header."""
    return (doc.id, personal.clinician, personal.note, bool(personal.client))
