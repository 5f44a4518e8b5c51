"""Each language's example sentences yield exactly their facts (tests/facts/fact_examples.py)."""

from __future__ import annotations

import pytest

from tests.facts.fact_examples import EXAMPLES
from tests.facts.helpers_facts import facts_of

CASES = [(lang, text, pub, expected) for lang, rows in EXAMPLES.items() for text, pub, expected in rows]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_example_yields_its_facts(lang, text, published, expected):
    got = sorted(facts_of(text, lang, published), key=lambda d: (d["kind"], d["value"]))
    assert got == sorted(expected, key=lambda d: (d["kind"], d["value"]))
