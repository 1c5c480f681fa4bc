"""Typographic quotes: what a content writer types straight is printed as the language sets it."""

from __future__ import annotations

from conftest import build, pdf_text

from worksheets.typography import typeset, typeset_all


def test_straight_quotes_become_the_languages_own():
    assert typeset('Say "I\'m fine" to them.', "en") == "Say “I’m fine” to them."
    assert typeset('Decir "estoy bien".', "es") == "Decir «estoy bien»."
    assert typeset('A "quote" in pt-BR', "pt-BR") == "A “quote” in pt-BR"
    assert typeset("both partners' patterns", "en") == "both partners’ patterns"


def test_a_lone_quote_and_quoted_date_patterns_are_left_alone():
    assert typeset('12" ruler', "en") == '12" ruler'
    assert typeset("d 'de' MMMM 'de' y", "es") == "d 'de' MMMM 'de' y"
    assert typeset_all({"items": ['"a"', 3, None]}, "en") == {"items": ["“a”", 3, None]}


def test_printed_pages_carry_typographic_quotes(tmp_path):
    [en] = build(["avoidant-handout"], tmp_path / "en")
    [es] = build(["avoidant-handout"], tmp_path / "es", lang="es")
    assert "Saying “I’m fine” when" in pdf_text(en.path) and '"' not in pdf_text(en.path)
    assert "Decir «estoy bien» cuando" in pdf_text(es.path)
