"""How hard each client-facing document is to read: a Flesch-Kincaid grade of its body text.

The text is what a reader reads, gathered from the content model: paragraphs,
points, steps, prompts. Headings, titles, labels and table headers are left
out, and a point without a full stop counts as a sentence of its own.
"""

from __future__ import annotations

import textstat

MAX_GRADE = 8.0  # client-facing documents: a reader of about 13-14 can follow them
NOT_BODY = {
    "kind", "type", "order", "sources", "title", "heading", "name", "aliases", "columns", "example",
    "row_labels", "days", "practice_label", "numbered", "lines", "minutes", "rows",
}  # fmt: skip


def body_text(value) -> str:
    """Return the body text of a content model (or part of one), one sentence per piece."""
    pieces: list[str] = []

    def walk(item, key=None):
        if key in NOT_BODY:
            return
        if isinstance(item, dict):
            for child_key, child in item.items():
                walk(child, child_key)
        elif isinstance(item, list):
            for child in item:
                walk(child, key)
        elif isinstance(item, str):
            text = item.strip()
            pieces.append(text if text.endswith((".", "?", "!", ":")) else text + ".")

    walk(value.model_dump() if hasattr(value, "model_dump") else value)
    return " ".join(pieces)


def reading_grade(text: str) -> float:
    return round(float(textstat.flesch_kincaid_grade(text)), 1)


def reading_grades(session) -> dict[str, float]:
    """Return the grade of every client-facing document, by id (English only: the formula is English)."""
    grades: dict[str, float] = {}
    if session.lang != "en":
        return grades
    for doc in session.documents.values():
        if doc.kind.reading is None:
            continue
        grades[doc.id] = reading_grade(body_text(doc.kind.reading(session.library.topics[doc.topic])))
    return grades


def too_hard(grades: dict[str, float]) -> list[str]:
    return [
        f"{doc_id}: body text reads at grade {grade:g} (at most {MAX_GRADE:g}): "
        "use shorter sentences and words"
        for doc_id, grade in grades.items()
        if grade > MAX_GRADE
    ]
