"""What every input model shares: unknown keys are errors, text is trimmed, patterns explain themselves."""

from __future__ import annotations

import unicodedata
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
HEX_PATTERN = r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"
LANGUAGE_PATTERN = r"^[a-z]{2}(-[A-Z]{2})?$"
DOI_PATTERN = r"^10\.\d{4,9}/\S+$"
IMAGE_PATTERN = r"(?i)^[^\x00]+\.(svg|png|jpe?g)$"
# What to tell a person whose value does not match a pattern.
PATTERN_HINTS = {
    SLUG_PATTERN: "use lowercase letters, digits and dashes, such as 'hong-2012'",
    HEX_PATTERN: 'use a hex colour such as "#2f6b66" (in quotes)',
    LANGUAGE_PATTERN: "use a language code such as 'en' or 'pt-BR'",
    DOI_PATTERN: "use the DOI itself, starting with '10.'",
    IMAGE_PATTERN: "name an .svg, .png or .jpg file beside brand.yaml",
}

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=60)]
SourceIds = Annotated[list[Slug], Field(min_length=1)]
Language = Annotated[str, StringConstraints(pattern=LANGUAGE_PATTERN)]


class Model(BaseModel):
    """Base for all input models: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def no_control_characters(value: str | None) -> str | None:
    """Refuse text with tabs, line breaks or invisible codes (a pasted cell, a stray escape)."""
    if value is not None and any(unicodedata.category(ch) == "Cc" for ch in value):
        raise ValueError("contains control characters (tabs, line breaks or invisible codes); retype it")
    return value


def visible(value: str | None) -> str | None:
    """Refuse text made only of invisible characters (zero-width spaces, direction marks, soft hyphens)."""
    if value is not None and not any(unicodedata.category(ch)[0] not in "CZM" for ch in value):
        raise ValueError("has no visible characters (only spaces or invisible codes); type the name")
    return value


def _one_line(limit: int):
    def check(value):
        if not isinstance(value, str):
            return value
        text = " ".join(value.split())
        if not text:
            raise ValueError("is empty; leave it out instead")
        if len(text) > limit:
            raise ValueError(f"is {len(text)} characters long; keep it under {limit}")
        return text

    return check


def one_line(limit: int):
    """Return a type for a short line a person types: whitespace folded, never empty, never too long."""
    return Annotated[
        str, BeforeValidator(_one_line(limit)), AfterValidator(no_control_characters), AfterValidator(visible)
    ]


Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
