"""packet.yaml: the default packet, located errors for unknown documents."""

from __future__ import annotations

import pytest

from worksheets.errors import InputErrors
from worksheets.packets import DEFAULT_PACKET, load_packet, unknown_documents
from worksheets.session import Session

DOCS = Session().documents


def test_no_packet_file_means_the_default_packet():
    assert load_packet(None, DOCS) is DEFAULT_PACKET
    assert all(d in DOCS for d in DEFAULT_PACKET.documents)


def test_unknown_documents_are_located_with_a_suggestion(tmp_path):
    path = tmp_path / "packet.yaml"
    path.write_text(
        "title: Week one\ndocuments:\n  - overview-handout\n  - avoidant-handuot\n", encoding="utf-8"
    )
    with pytest.raises(
        InputErrors, match=r"packet.yaml:4: documents\[1\]: unknown document 'avoidant-handuot'; did"
    ):
        load_packet(path, DOCS)


def test_a_yaml_mistake_is_one_located_problem(tmp_path):
    path = tmp_path / "packet.yaml"
    path.write_text("title: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputErrors, match="packet.yaml:2"):
        load_packet(path, DOCS)


def test_roster_rows_name_every_unknown_id():
    assert unknown_documents(["overview-handout"], DOCS) is None
    message = unknown_documents(["x-handout", "partner-guide"], DOCS)
    assert message.startswith("documents: unknown document 'x-handout'")
