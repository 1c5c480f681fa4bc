"""Read a submitted form into the core's models; each problem is kept beside its field's name."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ValidationError

from worksheets.models import Personal, PrintSettings
from worksheets.yamlfile import plain_message


class FormErrors(Exception):
    """What is wrong with a submitted form: a message per field name, shown beside the field."""

    def __init__(self, fields: dict[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in fields.items()))
        self.fields = fields


def field_errors(exc: ValidationError, prefix: str = "") -> dict[str, str]:
    """Turn a pydantic error into ``{"colors.primary": "what is wrong; the fix"}``."""
    found: dict[str, str] = {}
    for item in exc.errors(include_url=False):
        name = prefix + ".".join(str(part) for part in item["loc"] if not isinstance(part, int))
        found.setdefault(name or "form", plain_message(item))
    return found


def checked(form, name: str) -> bool:
    return form.get(name) in ("on", "1", "true", "yes")


def text(form, name: str) -> str | None:
    value = (form.get(name) or "").strip()
    return value or None


def validated(model: type[BaseModel], data: dict, errors: dict[str, str], prefix: str = ""):
    """Validate ``data`` with ``model``; on failure add its problems to ``errors`` and return None."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for name, message in field_errors(exc, prefix).items():
            errors.setdefault(name, message)  # a problem found first (no document chosen) is kept
        return None


def print_settings(form, languages: list[str], errors: dict[str, str]) -> PrintSettings | None:
    """Read paper, large print, grayscale, fillable or print-only, and language."""
    lang = form.get("lang") or "en"
    if lang not in languages:
        errors["lang"] = f"'{lang}' is not one of the languages: {', '.join(languages)}"
        return None
    data = {
        "paper": form.get("paper") or "letter",
        "large_print": checked(form, "large_print"),
        "grayscale": checked(form, "grayscale"),
        "flat": form.get("fillable", "fillable") == "print",
        "lang": lang,
    }
    return validated(PrintSettings, data, errors)


def personal(form, errors: dict[str, str]) -> Personal | None:
    """Read who the copy is for: client, clinician, date (YYYY-MM-DD, today if empty) and a note."""
    when = form.get("date") or dt.date.today().isoformat()
    data = {"date": when, "client": text(form, "client"), "clinician": text(form, "clinician"),
            "note": text(form, "note")}  # fmt: skip
    return validated(Personal, data, errors)


def chosen_documents(form, known: dict, errors: dict[str, str], name: str = "documents") -> list[str]:
    """Return the ids ticked, in the library's order; none or an unknown id is a problem."""
    ids = form.getlist(name)
    unknown = [doc_id for doc_id in ids if doc_id not in known]
    if unknown:
        errors[name] = f"'{unknown[0][:60]}' is not a document here; choose from the list"
    elif not ids:
        errors[name] = "choose at least one document"
    return [doc_id for doc_id in known if doc_id in ids]
