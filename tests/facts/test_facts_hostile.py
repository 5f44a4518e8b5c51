"""Any text, however hostile, gives a list of facts and never an exception."""

from __future__ import annotations

import pytest

from etl.extract import extract_facts

HOSTILE = [
    "",
    "   \n\n\t ",
    "1,2,3,4,5,6,7,8,9,0," * 5000,
    "9" * 100_000,
    "$" * 10_000 + "billion " * 2000,
    "(" * 5000 + "5 млрд долларов" + ")" * 5000,
    "Kazakhstan " * 20_000,
    "\x00\x01\x02 trade \u202e between Kazakhstan \ufeff and China \u200f reached $1 bn \x7f",
    "Торговля 5 млрд. 100 млн. ٥٫٣ مليار يورو 3 milliards d'euros 20.5% 1-е место",
    "a" * 200_000,
    "January-December " * 3000 + "2023",
]


@pytest.mark.parametrize("text", HOSTILE, ids=[str(i) for i in range(len(HOSTILE))])
@pytest.mark.parametrize("lang", ["ar", "en", "fr", "ru", None])
def test_hostile_text_gives_a_list(text, lang):
    facts = extract_facts(text, lang=lang, published="2024-01-01")
    assert isinstance(facts, list)


def test_non_string_input_gives_an_empty_list():
    assert extract_facts(None) == []  # type: ignore[arg-type]
    assert extract_facts(b"bytes") == []  # type: ignore[arg-type]
