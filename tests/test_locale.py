"""Dates, numbers and page lines in the document's language, never the process locale."""

from __future__ import annotations

import datetime as dt
import locale as process_locale

from worksheets.locale import css_string, long_date, number, page_counter_css
from worksheets.models import Labels
from worksheets.resources import builtin_content
from worksheets.yamlfile import read_yaml

LABELS = Labels.model_validate(read_yaml(builtin_content() / "en" / "site.yaml").data["labels"])


def test_english_dates_read_day_month_year():
    assert long_date(dt.date(2026, 11, 29), "en", LABELS) == "29 November 2026"


def test_other_languages_use_their_own_month_names():
    labels = LABELS.model_copy(update={"date_format": "long"})
    assert long_date(dt.date(2026, 11, 29), "es", labels) == "29 de noviembre de 2026"
    assert long_date(dt.date(2026, 11, 29), "pt-BR", labels) == "29 de novembro de 2026"


def test_the_process_locale_does_not_matter(monkeypatch):
    monkeypatch.setattr(process_locale, "setlocale", lambda *a, **k: "C")
    assert long_date(dt.date(2027, 1, 12), "en", LABELS) == "12 January 2027"


def test_numbers_are_grouped_by_language():
    assert number(1234567, "en") == "1,234,567"
    assert number(1234567, "es") == "1.234.567"


def test_page_line_becomes_css_with_live_counters():
    assert page_counter_css("Page {page} of {pages}") == '"Page " counter(page) " of " counter(pages)'
    assert page_counter_css("{page}/{pages}", pages='"9"') == 'counter(page) "/" "9"'
    assert page_counter_css("Página {page} de {pages}").startswith('"Página " counter(page)')


def test_labels_cannot_break_out_of_the_stylesheet():
    quoted = css_string('x"</style><script>')
    assert "<" not in quoted and quoted.count('"') == 2
