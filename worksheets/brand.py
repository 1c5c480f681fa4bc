"""Load a practice's brand: validated brand.yaml, its files, a readable palette."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from worksheets.assets import font_problem, logo_problem
from worksheets.colors import WHITE, contrast, grey, mix, parse_hex, readable_on, to_hex
from worksheets.errors import InputErrors
from worksheets.models import Brand, FontFiles
from worksheets.resources import font_dir
from worksheets.yamlfile import Located, read_yaml, validate

# Debian's fonts-noto-core (a system package the Makefile installs): static files, so PDFs stay reproducible.
FIGURE_FILES = [
    (Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"), "normal"),
    (Path("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"), "bold"),
]
FONT_SUFFIXES = {".ttf", ".otf", ".woff", ".woff2"}
DEFAULT_BRAND = Brand(practice_name="Attachment worksheets")


@dataclass(frozen=True)
class FontFace:
    """One @font-face rule."""

    family: str
    path: Path
    weight: str
    style: str
    unicode_range: str | None = None

    @property
    def url(self) -> str:
        return self.path.as_uri()


@dataclass(frozen=True)
class ResolvedBrand:
    """A brand ready for the templates: files found, colours checked."""

    model: Brand
    source: Path | None
    logo: Path | None
    faces: list[FontFace]
    body_family: str
    heading_family: str
    palette: dict[str, str]
    notices: list[str] = field(default_factory=list)

    @property
    def asset_files(self) -> list[Path]:
        """Files the renderer may read on this brand's behalf."""
        return [p for p in [self.logo, *(f.path for f in self.faces)] if p is not None]


def builtin_faces(name: str) -> tuple[str, list[FontFace]]:
    """Return the family name and faces of a bundled font."""
    if name == "pt-serif":
        folder = font_dir("fontpkg_pt_serif")
        return "PT Serif", [
            FontFace("PT Serif", folder / f"PT_Serif-Web-{suffix}.ttf", weight, style)
            for suffix, weight, style in [
                ("Regular", "normal", "normal"),
                ("Bold", "bold", "normal"),
                ("Italic", "normal", "italic"),
                ("BoldItalic", "bold", "italic"),
            ]
        ]
    folder = font_dir("fontpkg_atkinson_hyperlegible")
    family = "Atkinson Hyperlegible"
    return family, [
        FontFace(family, folder / f"AtkinsonHyperlegible-{suffix}.ttf", weight, style)
        for suffix, weight, style in [
            ("Regular", "normal", "normal"),
            ("Bold", "bold", "normal"),
            ("Italic", "normal", "italic"),
            ("BoldItalic", "bold", "italic"),
        ]
    ]


def figure_faces() -> list[FontFace]:
    """Return plain figures (an unslashed zero) for small dates and references, if the system has them."""
    faces = []
    for path, weight in [(f, w) for f, w in FIGURE_FILES if f.is_file()]:
        faces.append(FontFace("Plain Figures", path, weight, "normal", "U+0030-0039"))
    return faces


def _user_faces(
    spec: FontFiles, role: str, located: Located, problems: list[str], notices: list[str]
) -> list[FontFace]:
    faces = []
    slots = [("regular", "normal", "normal"), ("bold", "bold", "normal"), ("italic", "normal", "italic"),
             ("bold_italic", "bold", "italic")]  # fmt: skip
    for slot, weight, style in slots:
        name = getattr(spec, slot)
        if name is None:
            continue
        path = _asset(located, ("fonts", role, slot), name, FONT_SUFFIXES, "font", problems)
        if path is not None:
            faces.append(FontFace(spec.family, path, weight, style))
            problem, variable = font_problem(path)
            if problem:
                problems.append(
                    f"{located.where(('fonts', role, slot))}: fonts.{role}.{slot}: {name!r}: {problem}"
                )
            elif variable:
                notices.append(
                    f"{located.where(('fonts', role, slot))}: fonts.{role}.{slot}: "
                    f"{name} is a variable font; "
                    "it prints fine, but PDFs may differ byte for byte between runs: use static font files "
                    "for reproducible output"
                )
    return faces


def _asset(
    located: Located, loc: tuple, name: str, suffixes: set[str], what: str, problems: list[str]
) -> Path | None:
    """Resolve a file named in brand.yaml, relative to it; report a located problem if unusable."""
    path = (located.path.parent / name).resolve()
    dotted = ".".join(map(str, loc))
    if path.suffix.lower() not in suffixes:
        problems.append(
            f"{located.where(loc)}: {dotted}: {name!r} is not a {what} file; "
            f"use one of {', '.join(sorted(suffixes))}"
        )
        return None
    if not path.is_file():
        problems.append(
            f"{located.where(loc)}: {dotted}: {what} file {name!r} not found (looked for {path}); "
            f"put the file beside {located.path.name} or fix the name"
        )
        return None
    if not path.is_relative_to(located.path.parent.resolve()):
        problems.append(
            f"{located.where(loc)}: {dotted}: {name!r} is outside the folder of {located.path.name} "
            f"(it is {path}); copy the {what} file into that folder"
        )
        return None
    return path


def _palette(brand: Brand, located: Located | None, grayscale: bool) -> tuple[dict[str, str], list[str]]:
    notices = []
    primary = parse_hex(brand.colors.primary)
    accent = parse_hex(brand.colors.accent)
    if grayscale:
        # Ink-saver: greys only, no filled backgrounds.
        return {
            "--color-primary": "#262626",
            "--color-primary-tint": "transparent",
            "--color-accent": to_hex(readable_on(WHITE, grey(accent), 3.0)),
            "--color-accent-tint": "transparent",
            "--color-text": "#1a1a1a",
            "--color-muted": "#4a4a4a",
            "--color-rule": "#7a7a7a",
        }, notices
    primary_tint = mix(primary, WHITE, 0.9)
    accent_tint = mix(accent, WHITE, 0.88)
    heading = readable_on(primary_tint, readable_on(WHITE, primary))
    if to_hex(heading) != to_hex(primary):
        where = f"{located.where(('colors', 'primary'))}: " if located else ""
        notices.append(
            f"{where}colors.primary {brand.colors.primary} is too light for text "
            f"(contrast {contrast(primary, WHITE):.1f}:1, needs 4.5:1); "
            f"headings use {to_hex(heading)} instead"
        )
    return {
        "--color-primary": to_hex(heading),
        "--color-primary-tint": to_hex(primary_tint),
        "--color-accent": to_hex(accent),
        "--color-accent-tint": to_hex(accent_tint),
        "--color-text": "#1f2a2c",
        "--color-muted": "#4d5a5c",
        "--color-rule": "#8a9699",
    }, notices


def resolve_brand(path: Path | None, grayscale: bool = False) -> ResolvedBrand:
    """Load brand.yaml (or the neutral default) and check every file it names."""
    problems: list[str] = []
    located = None
    brand = DEFAULT_BRAND
    if path is not None:
        try:
            located = read_yaml(path)
        except ValueError as exc:
            raise InputErrors([str(exc)]) from None
        brand = validate(Brand, located, problems)
        if problems:
            raise InputErrors(problems)
    logo = None
    if brand.logo is not None and located is not None:
        logo = _asset(
            located, ("logo", "file"), brand.logo.file, {".svg", ".png", ".jpg", ".jpeg"}, "logo", problems
        )
        problem = logo_problem(logo) if logo is not None else None
        if problem:
            problems.append(f"{located.where(('logo', 'file'))}: logo.file: {brand.logo.file!r}: {problem}")
            logo = None
    families, faces, notices = {}, [], []
    for role in ("body", "heading"):
        choice = getattr(brand.fonts, role)
        if isinstance(choice, FontFiles):
            assert located is not None
            found = _user_faces(choice, role, located, problems, notices)
            families[role] = choice.family
        else:
            families[role], found = builtin_faces(choice)
        faces += [f for f in found if f not in faces]
    if problems:
        raise InputErrors(problems)
    palette, colour_notices = _palette(brand, located, grayscale)
    notices += colour_notices
    faces += figure_faces()
    return ResolvedBrand(brand, path, logo, faces, families["body"], families["heading"], palette, notices)


_HEX = re.compile(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")


def greyscale_logo(path: Path) -> bytes:
    """Return the logo with its colours turned to greys, for ink-saver printing."""
    if path.suffix.lower() == ".svg":
        text = path.read_text(encoding="utf-8")
        return _HEX.sub(lambda m: to_hex(grey(parse_hex(m.group(0)))), text).encode("utf-8")
    from PIL import Image  # WeasyPrint depends on Pillow

    with Image.open(path) as image:
        converted = image.convert("LA") if "A" in image.getbands() else image.convert("L")
        out = io.BytesIO()
        converted.save(out, format="PNG")
    return out.getvalue()


STARTER = """\
# yaml-language-server: $schema=brand.schema.json
# Your practice's brand for worksheets. Edit the values, keep the keys.
# Check it with:  worksheets validate --brand {name}
# Use it with:    worksheets build --all --brand {name} --client "First Last"

practice_name: Your Practice Name

clinician:
  name: Your Name
  credentials: LMFT            # optional: letters after your name

# logo:                        # an SVG or PNG beside this file; convert text in an SVG to paths
#   file: logo.svg
#   alt: Your Practice Name logo

colors:                        # hex codes; too-light text colours are darkened for you
  primary: "#2f6b66"           # headings and rules
  accent: "#b08a4e"            # markers and the "at a glance" box

fonts:                         # atkinson-hyperlegible (default), pt-serif, or your own files:
  body: atkinson-hyperlegible
  heading: atkinson-hyperlegible
  # heading:
  #   family: My Serif
  #   regular: fonts/MySerif-Regular.ttf
  #   bold: fonts/MySerif-Bold.ttf

contact:                       # every line is optional; delete the ones you do not want
  phone: (555) 010-0100
  email: hello@example.com
  website: www.example.com
  # address: 1 Example Street, Springfield

# footer_note: Sessions by appointment only.

# crisis_line:                 # printed on every page when set; check the number regularly
#   region: US
#   text: Call or text
#   number: "988"
#   verified: 2026-11-01
"""


def write_starter(path: Path) -> None:
    """Write the commented starter brand file; never overwrite an existing file."""
    from worksheets.errors import WorksheetsError
    from worksheets.output import write_atomic

    if path.exists():
        raise WorksheetsError(f"{path} already exists; choose another name or edit that file")
    from worksheets.schema import schema_json

    if not path.parent.exists():
        path.parent.mkdir(parents=True)
    write_atomic(path, STARTER.format(name=path).encode("utf-8"))
    schema = path.parent / "brand.schema.json"  # editors autocomplete from it
    if not schema.exists():
        write_atomic(schema, schema_json("brand").encode("utf-8"))
