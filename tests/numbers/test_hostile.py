"""Hostile input returns a list in linear time and never raises (no catastrophic backtracking).

The bound is generous on purpose: a backtracking pattern takes minutes or hours on these inputs,
a linear scan a few seconds.
"""

import random
import time

import pytest

from etl.extract import find_mentions

BOUND_SECONDS = 20.0


def _inputs():
    rng = random.Random(7)
    yield "digits and commas", "".join(rng.choice("0123456789,") for _ in range(1_000_000))
    yield "digits, dots, spaces", "".join(rng.choice("0123456789., ") for _ in range(1_000_000))
    yield "one long line", ("5 million dollars and " * 50_000)[:1_000_000]
    yield "only digits", "7" * 1_000_000
    yield "digits in groups of three", "1" + " 234" * 250_000
    yield "digits with thousands commas", "1" + ",234" * 250_000
    yield "digits with Arabic commas", "1" + "،234" * 250_000
    yield "point words", ("two point " + "five " * 30 + "hundred ") * 8_000
    yield "percent words first", "percent of " * 150_000
    yield "dashes", "- " * 500_000
    words = ["one", "two", "hundred", "thousand", "and", "million", "point", "five", "twenty", "half"]
    yield "number words", " ".join(rng.choice(words) for _ in range(150_000))
    pieces = ["5", ",", " ", "млрд", "مليار", "$", "billion", "\x00", "\x07", "-", "٣", "ر", "%", "тыс.",
              "and", "و", "a third of", "\u200f", "ـ", "\ufeff", "€", "twenty", "point"]
    yield "mixed scripts and controls", "".join(rng.choice(pieces) for _ in range(150_000))


@pytest.mark.slow
@pytest.mark.parametrize(("name", "text"), list(_inputs()), ids=lambda v: v if len(v) < 40 else "")
def test_hostile_input_is_linear_and_safe(name, text):
    t0 = time.perf_counter()
    result = find_mentions(text, "en" if ("digits" in name or "words" in name) else "ru")
    elapsed = time.perf_counter() - t0
    assert isinstance(result, list)
    assert elapsed < BOUND_SECONDS, f"{name}: {elapsed:.1f}s for {len(text)} characters"


@pytest.mark.parametrize("junk", ["", "\x00\x01\x02", "$$$$", "%%%", "-", ".", "١٫", "ر", "   ", "ـــ"])
@pytest.mark.parametrize("lang", ["ar", "en", "fr", "ru", None, "xx"])
def test_junk_never_raises(junk, lang):
    assert isinstance(find_mentions(junk, lang), list)


def test_chains_of_scales_do_not_overflow():
    for m in find_mentions("trillion " * 2000 + "5 trillion trillion", "en"):
        assert m.value == m.value and abs(m.value) < float("inf")


def test_non_string_never_raises():
    assert find_mentions(None, "en") == []  # type: ignore[arg-type]
