"""Reading a submitted form into the core's models, each problem beside its field."""

from __future__ import annotations

from werkzeug.datastructures import MultiDict

from worksheets.web.formdata import chosen_documents, personal, print_settings


def test_print_choices_become_print_settings():
    form = MultiDict({"lang": "es", "paper": "a5", "large_print": "on", "fillable": "print"})
    settings = print_settings(form, ["en", "es"], {})
    assert (settings.lang, settings.paper, settings.large_print, settings.flat) == ("es", "a5", True, True)


def test_an_unknown_language_or_paper_is_named_with_the_choices():
    errors = {}
    assert print_settings(MultiDict({"lang": "fr"}), ["en", "es"], errors) is None
    assert errors == {"lang": "'fr' is not one of the languages: en, es"}
    errors = {}
    assert print_settings(MultiDict({"paper": "legal"}), ["en"], errors) is None
    assert "paper" in errors and "letter" in errors["paper"]


def test_who_it_is_for_follows_the_models_rules():
    errors = {}
    assert personal(MultiDict({"client": "Ana\x1b[2J", "date": "2026-02-30"}), errors) is None
    assert set(errors) == {"client", "date"}
    found = personal(MultiDict({"client": "  Ana  "}), {})
    assert found.client == "Ana" and found.date is not None


def test_documents_are_kept_in_the_librarys_order_and_unknown_ids_refused():
    known = {"a": 1, "b": 2, "c": 3}
    assert chosen_documents(MultiDict([("documents", "c"), ("documents", "a")]), known, {}) == ["a", "c"]
    errors = {}
    chosen_documents(MultiDict([("documents", "../../etc/passwd")]), known, errors)
    assert "not a document here" in errors["documents"]
