"""Colour arithmetic: WCAG contrast, darkening to a readable shade, greys."""

from __future__ import annotations

import pytest

from worksheets.colors import WHITE, contrast, grey, mix, parse_hex, readable_on, to_hex


def test_hex_round_trip_and_short_form():
    assert to_hex(parse_hex("#2f6b66")) == "#2f6b66"
    assert to_hex(parse_hex("#fa0")) == "#ffaa00"


def test_contrast_matches_wcag_reference_values():
    assert contrast((0, 0, 0), WHITE) == pytest.approx(21)
    assert contrast(parse_hex("#767676"), WHITE) == pytest.approx(4.54, abs=0.01)


def test_a_light_colour_is_darkened_just_enough():
    light = parse_hex("#9fd3cf")
    fixed = readable_on(WHITE, light)
    assert contrast(fixed, WHITE) >= 4.5 and contrast(mix(light, (0, 0, 0), 0.0), WHITE) < 4.5
    assert readable_on(WHITE, parse_hex("#1f2a2c")) == parse_hex("#1f2a2c")


def test_grey_keeps_lightness_and_has_no_hue():
    r, g, b = grey(parse_hex("#2f6b66"))
    assert r == g == b and 0.3 < r < 0.4
