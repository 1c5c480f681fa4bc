"""JSON Schemas generated from the input models, for editors' autocomplete."""

from __future__ import annotations

import json

from pydantic import TypeAdapter

from worksheets.kinds import DEFAULT_KINDS
from worksheets.models import Brand, Packet, Participant, Site

SCHEMAS: dict[str, object] = {
    "content": DEFAULT_KINDS.content_type(),
    "site": Site,
    "brand": Brand,
    "roster": list[Participant],
    "packet": Packet,
}


def schema_json(name: str) -> str:
    """Return the JSON Schema for one kind of input file, as stable text."""
    schema = TypeAdapter(SCHEMAS[name]).json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"worksheets {name}",
        **schema,
    }
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
