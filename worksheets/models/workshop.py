"""Workshops: packet.yaml and the rows of a roster."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints

from worksheets.models.base import Language, Model, Name, Slug, no_control_characters, visible
from worksheets.models.settings import PaperName


def _split_ids(value):
    # CSV cells hold "a; b; c"; YAML may give a list already.
    if isinstance(value, str):
        parts = [part.strip() for part in value.split(";")]
        return [part for part in parts if part] or None
    return value


def _once_each(ids: list[str] | None) -> list[str] | None:
    repeated = [d for d in dict.fromkeys(ids or []) if (ids or []).count(d) > 1]
    if repeated:
        raise ValueError(f"'{repeated[0]}' is listed twice; list each document once")
    return ids


class Packet(Model):
    """packet.yaml: one workshop's packet, the same documents for everyone."""

    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
    facilitator: Name | None = None
    dates: list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]] = []
    note: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=400)] | None = None
    documents: Annotated[list[Slug], Field(min_length=1, max_length=20), AfterValidator(_once_each)]


class Participant(Model):
    """One roster row: a name, and optionally a language, paper, documents and a note."""

    name: Annotated[Name, AfterValidator(no_control_characters), AfterValidator(visible)]
    lang: Language = "en"
    paper: PaperName | None = None
    documents: Annotated[list[Slug] | None, BeforeValidator(_split_ids), AfterValidator(_once_each)] = None
    note: Annotated[
        Annotated[str, StringConstraints(strip_whitespace=True, max_length=400)] | None,
        AfterValidator(no_control_characters),
    ] = None
