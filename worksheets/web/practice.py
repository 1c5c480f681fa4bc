"""My practice: the brand as a form, checked by the same models and saved as ``brand.yaml``."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import yaml
from pydantic import ValidationError

from worksheets.brand import resolve_brand
from worksheets.errors import InputErrors
from worksheets.models import Brand
from worksheets.output import write_atomic
from worksheets.web.config import WebConfig
from worksheets.web.formdata import field_errors, text

# The form's fields, named by their place in brand.yaml.
TEXT_FIELDS = [
    "practice_name", "clinician.name", "clinician.credentials", "logo.alt", "colors.primary", "colors.accent",
    "fonts.body", "fonts.heading", "contact.phone", "contact.email", "contact.website", "contact.address",
    "footer_note", "crisis_line.region", "crisis_line.text", "crisis_line.number", "crisis_line.verified",
]  # fmt: skip
FIELDS = {*TEXT_FIELDS, "logo.file"}


def form_values(config: WebConfig) -> dict[str, str]:
    """Return the saved brand as the form's values (empty for none or an unreadable file)."""
    try:
        data = yaml.safe_load(config.brand_file.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return {}
    values = {}
    for name in TEXT_FIELDS:
        value = data
        for part in name.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if value is not None and not isinstance(value, dict):
            values[name] = str(value)
    return values


def saved_logo(config: WebConfig) -> Path | None:
    for suffix in (".png", ".svg"):
        path = config.config_dir / f"logo{suffix}"
        if path.is_file():
            return path
    return None


def logo_suffix(data: bytes) -> str | None:
    """Tell a PNG or an SVG by its bytes, whatever the uploaded file's name says."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return ".png"
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<?xml", b"<svg")) and b"<svg" in data[:4096].lower():
        return ".svg"
    return None


def brand_data(form) -> dict:
    """Nest the form's dotted names into brand.yaml's shape; empty fields are left out."""
    data: dict = {}
    for name in TEXT_FIELDS:
        value = text(form, name)
        if value is None:
            continue
        *groups, last = name.split(".")
        target = data
        for group in groups:
            target = target.setdefault(group, {})
        target[last] = value
    return data


def save_brand(
    form, logo_upload: bytes | None, remove_logo: bool, config: WebConfig
) -> tuple[dict, list[str]]:
    """Check the brand and save it with its logo in the config folder.

    Returns (errors by field, notices). Nothing is saved unless everything is right.
    """
    data = brand_data(form)
    errors: dict[str, str] = {}
    logo_file, logo_bytes = None, None
    if logo_upload:
        suffix = logo_suffix(logo_upload)
        if len(logo_upload) > config.max_logo_bytes:
            errors["logo.file"] = (
                f"the logo is larger than {config.max_logo_bytes // 1024 // 1024} MB; use a smaller file"
            )
        elif suffix is None:
            errors["logo.file"] = "the logo must be a PNG or SVG file"
        else:
            logo_file, logo_bytes = f"logo{suffix}", logo_upload
    elif not remove_logo and (old := saved_logo(config)) is not None:
        logo_file, logo_bytes = old.name, old.read_bytes()
    if logo_file:
        data.setdefault("logo", {})["file"] = logo_file
    elif "logo" in data:
        data.pop("logo")  # alt text without a logo says nothing
    try:
        Brand.model_validate(data)
    except ValidationError as exc:  # every problem beside its field
        errors.update(field_errors(exc))
    if errors:
        return errors, []
    # The command line's checks of brand.yaml (the logo's file, the colours), in a scratch folder.
    with tempfile.TemporaryDirectory(prefix="worksheets-brand-") as scratch:
        folder = Path(scratch)
        text_yaml = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        (folder / "brand.yaml").write_text(text_yaml, encoding="utf-8")
        if logo_file:
            (folder / logo_file).write_bytes(logo_bytes)
        try:
            resolved = resolve_brand(folder / "brand.yaml")
        except InputErrors as exc:
            return _beside_fields([p.replace(str(folder) + "/", "") for p in exc.problems]), []
        notices = [n.replace(str(folder) + "/", "") for n in resolved.notices]
        config.config_dir.mkdir(parents=True, exist_ok=True)
        for suffix in (".png", ".svg"):
            stale = config.config_dir / f"logo{suffix}"
            if stale.name != logo_file:
                stale.unlink(missing_ok=True)
        if logo_file:
            write_atomic(config.config_dir / logo_file, logo_bytes)
        write_atomic(config.brand_file, text_yaml.encode("utf-8"))
    return {}, notices


def _beside_fields(problems: list[str]) -> dict[str, str]:
    """Put each of the command line's located messages ("brand.yaml:6: logo.file: ...") beside its field."""
    errors: dict[str, str] = {}
    for problem in problems:
        match = re.match(r"brand\.yaml:\d+: ([\w.]+): (.*)$", problem, re.S)
        if match and match[1] in FIELDS:
            errors.setdefault(match[1], match[2])
        else:
            errors["form"] = (errors.get("form", "") + "\n" + problem).strip()
    return errors


def forget_brand(config: WebConfig) -> None:
    """Remove the saved brand and logo."""
    config.brand_file.unlink(missing_ok=True)
    for suffix in (".png", ".svg"):
        (config.config_dir / f"logo{suffix}").unlink(missing_ok=True)
