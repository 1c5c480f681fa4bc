"""JSON Schemas generated from the input models, for editors' autocomplete."""

from __future__ import annotations

import json
from typing import Annotated

from pydantic import Field, TypeAdapter

from worksheets.models import (
    Brand,
    HealingTopic,
    OverviewTopic,
    Packet,
    Participant,
    PartnersTopic,
    Site,
    StyleTopic,
)

ContentFile = Annotated[
    StyleTopic | OverviewTopic | HealingTopic | PartnersTopic, Field(discriminator="kind")
]

SCHEMAS: dict[str, object] = {
    "content": ContentFile,
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
