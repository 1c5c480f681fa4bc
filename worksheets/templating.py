"""Fill the Jinja2 templates: one environment, one context per document."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from worksheets.brand import DEFAULT_BRAND, ResolvedBrand
from worksheets.catalog import DocumentSpec
from worksheets.content import Library
from worksheets.errors import WorksheetsError
from worksheets.layout import PageModel
from worksheets.linebreaks import keep_heading_ends, keep_names, no_widow, title_step
from worksheets.locale import long_date, page_counter_css
from worksheets.models import Personal, PrintSettings, Source
from worksheets.naming import name_language, slugify
from worksheets.resources import builtin_templates

STYLESHEET = "print.css"
KEYWORDS = ["attachment", "attachment styles", "relationships", "reflection"]


@dataclass(frozen=True)
class Look:
    """How the page looks: the page model, the brand and the print settings."""

    page: PageModel
    brand: ResolvedBrand
    settings: PrintSettings

    @property
    def modes(self) -> list[str]:
        return self.settings.modes + (["hanging"] if self.page.hang_mm else [])

    @property
    def fillable(self) -> bool:
        return self.settings.fillable

    @property
    def large_print(self) -> bool:
        return self.settings.large_print

    @property
    def grayscale(self) -> bool:
        return self.settings.grayscale


class Citations:
    """Number sources in order of first citation within one document."""

    def __init__(self, sources: dict[str, Source]):
        self._sources = sources
        self._order: list[str] = []

    def numbers(self, ids: list[str]) -> str:
        for sid in ids:
            if sid not in self._order:
                self._order.append(sid)
        # Set as a superscript right after the text: "patterns.1,3" never breaks from its word.
        return ",".join(str(n) for n in sorted(self._order.index(sid) + 1 for sid in ids))

    def used(self) -> list[Source]:
        return [self._sources[sid] for sid in self._order]


def template_search_path(user_dirs: list[Path] | None = None) -> list[Path]:
    """Return the template folders to search, the user's first."""
    return [*(user_dirs or []), builtin_templates()]


class ContainedLoader(jinja2.FileSystemLoader):
    """Load templates only from files whose real path is inside their folder.

    Template packs travel as zips, tars and repositories, which carry symbolic
    links: a link to /etc/passwd or to a folder outside must not reach a page.
    """

    def get_source(self, environment, template):
        for root in self.searchpath:
            candidate = Path(root, *split_template_path(template))
            if candidate.exists() or candidate.is_symlink():
                real, base = candidate.resolve(), Path(root).resolve()
                if not real.is_relative_to(base):
                    raise WorksheetsError(
                        f"{candidate}: links to {real}, outside the templates folder {root}; templates "
                        "may only use files inside their folder (copy the file in instead of linking it)"
                    )
                break
        return super().get_source(environment, template)


def make_environment(search_path: list[Path]) -> jinja2.Environment:
    """Build the Jinja2 environment: user folders first, built-ins also as ``builtin/``."""
    loader = jinja2.ChoiceLoader(
        [
            jinja2.PrefixLoader({"builtin": ContainedLoader(str(builtin_templates()))}),
            ContainedLoader([str(p) for p in search_path]),
        ]
    )
    # Sandboxed: a template shared by a colleague can format text, not run code.
    env = ImmutableSandboxedEnvironment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["slug"] = slugify
    env.filters["name_lang"] = name_language
    env.filters["no_widow"] = no_widow
    env.filters["title_step"] = title_step
    env.filters["keep_names"] = keep_names
    env.filters["long_date"] = _long_date_filter
    return env


@jinja2.pass_context
def _long_date_filter(context, day, pattern: str | None = None) -> str:
    labels = context["labels"]
    if pattern:
        labels = labels.model_copy(update={"date_format": pattern})
    return long_date(day, context["lang"], labels)


def stylesheet_folder(search_path: list[Path]) -> Path:
    """Return the first folder that has the stylesheet (it becomes the base URL)."""
    for folder in search_path:
        if (folder / STYLESHEET).is_file():
            return folder
    return builtin_templates()


@dataclass(frozen=True)
class PageNumbers:
    """Page numbering for a document inside a packet: its first page and the packet's total."""

    first: int
    total: int


def base_context(
    doc: DocumentSpec, library: Library, look: Look, personal: Personal, numbering: PageNumbers | None
) -> dict:
    """Return what base.html.j2 needs, for any document."""
    labels = library.site.labels
    brand = look.brand.model.in_language(library.language)
    if look.brand.model is DEFAULT_BRAND:  # no practice given: the tool's own name, in this language
        brand = brand.model_copy(update={"practice_name": labels.tool_name})
    total = f'"{numbering.total}"' if numbering else "counter(pages)"
    return {
        "doc": doc,
        "lang": library.language,
        "site": library.site,
        "labels": labels,
        "styles": library.styles(),
        "citations": Citations(library.sources),
        "look": look,
        "page": look.page,
        "page_css": Markup(look.page.css()),
        "page_number_css": Markup(page_counter_css(labels.page_of, pages=total)),
        "brand": brand,
        "theme": look.brand,
        "fillable": look.fillable and doc.kind.fillable,
        "personal": personal,
        "clinician": personal.clinician or (brand.clinician.name if brand.clinician else None),
        "date_text": long_date(personal.date, library.language, labels),
        "author": brand.practice_name,
        "keywords": [*KEYWORDS, doc.category],
        "numbering": numbering,
        "fill": {},  # extra writing lines by field name, where the page has room
        "split": {},  # rows before the break, by table name, where a page would be left too empty
        "reflow": False,  # the template's other order, where the source order leaves a page too empty
        "lead": False,  # a worksheet's where to turn after its instructions, where reflow is not enough
        # A5 large print: blocks may part at a page break, as on A5 and in other large print
        "parts": look.large_print and look.settings.paper == "a5",
        "notes_lines": 0,  # Notes lines before the references, where these would stand alone on a page
        "whole_reach_out": False,  # where to turn kept whole where it would part across a page
        "refs_in_order": False,  # references in one column, where the two would part across a page
        "refs_whole_first": False,  # their first item whole, where the heading would end a page alone
        "step_page": False,  # the small step ends its page (A5, a last sheet with room to spare)
        "more_lines": 0,  # lines more for every answer (A5, a last sheet with room to spare), or fewer
    }


def render_html(
    env: jinja2.Environment,
    doc: DocumentSpec,
    library: Library,
    look: Look,
    personal: Personal,
    numbering: PageNumbers | None = None,
    extra: dict | None = None,
) -> str:
    """Return the HTML for one document; its kind says which template and what context."""
    topic = library.topics.get(doc.topic)
    context = base_context(doc, library, look, personal, numbering)
    if topic is not None:
        context |= {"topic": topic, "purpose": doc.kind.purpose(topic), **doc.kind.context(topic)}
    return fill(env, doc.template, context | (extra or {}))


def fill(env: jinja2.Environment, template: str, context: dict) -> str:
    """Render one template, turning template mistakes into located user errors."""
    doc = context["doc"]
    try:
        return keep_heading_ends(env.get_template(template).render(context))
    except jinja2.TemplateSyntaxError as exc:
        where = f"{exc.filename or exc.name}:{exc.lineno}"
        message = f"template syntax: {exc.message}; fix the tag on that line"
        raise _template_error(where, exc, message) from None
    except jinja2.TemplateNotFound as exc:
        folders = ", ".join(str(p) for p in template_search_path_of(env))
        raise WorksheetsError(
            f"template {exc.name!r} not found (looked in {folders}); check the name in "
            "{% extends %} or {% import %}, or run 'worksheets templates eject' to see the built-in ones"
        ) from None
    except RecursionError:
        raise WorksheetsError(
            f"template {doc.template!r} never stops: a macro, include or block calls itself "
            "over and over; give the repeat an end"
        ) from None
    except (jinja2.UndefinedError, jinja2.exceptions.SecurityError) as exc:
        where = _template_location(exc.__traceback__) or doc.template
        hint = (
            "check the spelling against the built-in templates"
            if isinstance(exc, jinja2.UndefinedError)
            else "templates may only format the text they are given"
        )
        raise _template_error(where, exc, f"{exc}; {hint}") from None


def template_search_path_of(env: jinja2.Environment) -> list[str]:
    """Return the folders an environment's loader searches."""
    return env.loader.loaders[1].searchpath  # type: ignore[union-attr]


def _template_location(tb) -> str | None:
    """Return ``FILE:LINE`` of the innermost template frame in a traceback."""
    found = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".j2", ".html", ".jinja")):
            found = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found


def _template_error(where: str, exc: Exception, message: str) -> Exception:
    # A mistake in a built-in template is our bug: keep its traceback.
    if where.startswith(str(builtin_templates())):
        return exc
    return WorksheetsError(f"{where}: {message}")
