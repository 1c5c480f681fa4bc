"""Colour arithmetic for brand colours: contrast (WCAG 2), tints and greys."""

from __future__ import annotations

RGB = tuple[float, float, float]
WHITE: RGB = (1.0, 1.0, 1.0)
AA_TEXT = 4.5


def parse_hex(value: str) -> RGB:
    """Return an RGB triple (0-1) from ``#rgb`` or ``#rrggbb``."""
    digits = value.lstrip("#")
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return tuple(int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def to_hex(rgb: RGB) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in rgb)


def luminance(rgb: RGB) -> float:
    """Relative luminance as WCAG 2 defines it."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    """Return the WCAG contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(a: RGB, b: RGB, amount: float) -> RGB:
    """Return ``a`` moved ``amount`` (0-1) of the way towards ``b``."""
    return tuple(x + (y - x) * amount for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def readable_on(background: RGB, color: RGB, minimum: float = AA_TEXT) -> RGB:
    """Return ``color``, darkened just enough to reach ``minimum`` contrast on ``background``."""
    step = 0.0
    candidate = color
    while contrast(candidate, background) < minimum and step < 1.0:
        step += 0.02
        candidate = mix(color, (0.0, 0.0, 0.0), step)
    return candidate


def grey(rgb: RGB) -> RGB:
    """Return the grey with the same luminance-weighted lightness."""
    level = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    return (level, level, level)
