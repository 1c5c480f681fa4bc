"""Fixed words through gettext: extracted from the English labels, translated in .po catalogues."""

from __future__ import annotations

import shutil

import pytest
import yaml
from babel.messages.pofile import read_po

from worksheets import i18n
from worksheets.errors import InputErrors
from worksheets.models import PrintSettings
from worksheets.resources import builtin_content
from worksheets.session import Inputs, Session

ENGLISH = builtin_content() / "en" / "site.yaml"


def extracted() -> dict[str, str]:
    with ENGLISH.open("rb") as handle:
        return {message: comments[0] for _, _, message, comments in i18n.extract_labels(handle, [], [], {})}


def test_the_template_holds_every_english_label():
    with (i18n.LOCALE_DIR / "worksheets.pot").open("rb") as handle:
        template = {m.id for m in read_po(handle) if m.id}
    assert set(extracted()) == template, "run 'make messages' after changing the English labels"
    assert extracted()["Page {page} of {pages}"] == "label: page_of"


def test_spanish_translates_every_label():
    english = yaml.safe_load(ENGLISH.read_text(encoding="utf-8"))["labels"]
    assert i18n.untranslated(english, "es") == []
    spanish = i18n.translated_labels(english, "es")
    assert spanish["page_of"] == "Página {page} de {pages}" and spanish["handout"] == "Material informativo"
    assert i18n.translated_labels(english, "en")["handout"] == "Handout"


def test_a_catalogue_without_its_compiled_file_is_read_from_the_po(tmp_path, monkeypatch):
    folder = tmp_path / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    shutil.copy(i18n.LOCALE_DIR / "es" / "LC_MESSAGES" / "worksheets.po", folder)
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    i18n.translations.cache_clear()
    try:
        assert i18n.translations("es").gettext("Handout") == "Material informativo"
        assert not (folder / "worksheets.mo").exists()
    finally:
        i18n.translations.cache_clear()


def test_a_language_without_labels_or_catalogue_is_a_clear_error(tmp_path):
    folder = tmp_path / "content" / "pt-BR"
    shutil.copytree(builtin_content() / "es", folder)
    expected = r"pt-BR/site.yaml: labels: no translation for tool_name, content_version, .*pt_BR/LC_MESSAGES/"
    with pytest.raises(InputErrors, match=expected + r".*pybabel"):
        Session(Inputs(content_dirs=(tmp_path / "content",)), PrintSettings(lang="pt-BR"))


def test_labels_in_a_site_file_still_win(tmp_path):
    folder = tmp_path / "content" / "es"
    shutil.copytree(builtin_content() / "es", folder)
    english = yaml.safe_load(ENGLISH.read_text(encoding="utf-8"))["labels"]
    labels = i18n.translated_labels(english, "es") | {"handout": "Folleto"}
    site = folder / "site.yaml"
    site.write_text(site.read_text(encoding="utf-8") + yaml.safe_dump({"labels": labels}, allow_unicode=True))
    session = Session(Inputs(content_dirs=(tmp_path / "content",)), PrintSettings(lang="es"))
    assert session.library.site.labels.handout == "Folleto"
