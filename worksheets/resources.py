"""Where the built-in templates, content and fonts live."""

from __future__ import annotations

import importlib.util
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    # In a wheel the folders are copied into the package; in a checkout (or an
    # editable install) they sit beside it at the top level.
    for candidate in (PACKAGE_DIR / name, PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise RuntimeError(f"built-in folder {name!r} is missing from the installation")


def builtin_templates() -> Path:
    """Return the folder of built-in templates and the stylesheet."""
    return _data_dir("templates")


def builtin_content() -> Path:
    """Return the folder of built-in content (one subfolder per language)."""
    return _data_dir("content")


def font_dir(package: str) -> Path:
    """Return the folder of TTF files shipped by a ``fontpkg-*`` package."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise RuntimeError(f"font package {package!r} is not installed")
    return Path(spec.origin).parent / "files"
