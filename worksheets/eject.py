"""Copy the built-in templates or content out, for a user to edit and override."""

from __future__ import annotations

import shutil
from pathlib import Path

from worksheets.errors import WorksheetsError
from worksheets.resources import builtin_content, builtin_templates

MODELINE = "# yaml-language-server: $schema=../../schemas/"


def _plan(source: Path, dest: Path, extra: list[Path] = ()) -> list[tuple[Path, Path]]:
    pairs = [(p, dest / p.relative_to(source)) for p in sorted(source.rglob("*")) if p.is_file()]
    clashes = [str(target) for target in [*(t for _, t in pairs), *extra] if target.exists()]
    if clashes:
        raise WorksheetsError(
            f"{len(clashes)} file(s) already exist in {dest}, e.g. {clashes[0]}; "
            "choose an empty folder so nothing of yours is overwritten"
        )
    return [(s, t) for s, t in pairs if "__pycache__" not in s.parts]


def eject_templates(dest: Path) -> list[Path]:
    """Copy the built-in templates and stylesheet into ``dest``."""
    pairs = _plan(builtin_templates(), dest)
    for source, target in pairs:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return [t for _, t in pairs]


def eject_content(dest: Path) -> list[Path]:
    """Copy the built-in content into ``dest``, with its schemas beside it."""
    from worksheets.schema import SCHEMAS, schema_json

    schema_dir = dest / "schemas"
    pairs = _plan(builtin_content(), dest, [schema_dir / f"{name}.schema.json" for name in SCHEMAS])
    written = []
    for source, target in pairs:
        target.parent.mkdir(parents=True, exist_ok=True)
        text = source.read_bytes()
        if source.suffix == ".yaml":
            # dest/<lang>/x.yaml finds its schema in dest/schemas/.
            text = text.replace(MODELINE.encode(), b"# yaml-language-server: $schema=../schemas/")
        target.write_bytes(text)
        written.append(target)
    schema_dir.mkdir(parents=True, exist_ok=True)
    for name in SCHEMAS:
        path = schema_dir / f"{name}.schema.json"
        path.write_text(schema_json(name), encoding="utf-8")
        written.append(path)
    return written
