"""Helpers shared by the per-language example tests: run the layer, compare loosely."""

from __future__ import annotations

import math

from etl.extract import find_mentions


def found(text: str, lang: str) -> list[tuple]:
    """(type, value, unit) of each mention, values rounded for readable expectations."""
    out = []
    for m in find_mentions(text, lang):
        value = round(m.value, 6) if not float(m.value).is_integer() else int(m.value)
        out.append((m.type, value, m.unit))
    return out


def check(text: str, lang: str, expected: list[tuple]) -> None:
    got = found(text, lang)
    assert len(got) == len(expected), f"{text!r}: {got}"
    for g, e in zip(got, expected, strict=True):
        assert g[0] == e[0] and g[2] == (e[2] if len(e) > 2 else g[2]), f"{text!r}: {got}"
        assert math.isclose(g[1], e[1], rel_tol=1e-9), f"{text!r}: {got}"


def one(text: str, lang: str):
    """The single mention of a short phrase."""
    ms = find_mentions(text, lang)
    assert len(ms) == 1, f"{text!r}: {ms}"
    return ms[0]
