"""The seed article (data/articles/ar/seed-macron-kazakhstan.txt) yields exactly the three facts
of spec/facts.md and nothing else: not the radar model, not the two-day visit, not the 15
minutes of a language-course advertisement."""

from __future__ import annotations

import json
from pathlib import Path

from etl.extract import extract_facts
from tests.facts.helpers_facts import brief, fact
from tests.support import SEED_TXT


def _seed():
    meta = json.loads(Path(str(SEED_TXT).replace(".txt", ".meta.json")).read_text(encoding="utf-8"))
    return extract_facts(SEED_TXT.read_text(encoding="utf-8"), lang="ar", published=meta["published"])


def test_seed_yields_exactly_the_three_facts_of_the_spec():
    got = sorted((brief(f) for f in _seed()), key=lambda d: d["kind"])
    assert got == [
        fact("investor_rank", "FR", "KZ", 5, "rank"),
        fact("supply_share", "KZ", "FR", 40, "%", commodity="uranium"),
        fact("trade_volume", "FR", "KZ", 5.3e9, "EUR", period="2022"),
    ]


def test_seed_conversion_hedge_evidence_and_span():
    facts = {f.kind: f for f in _seed()}
    trade = facts["trade_volume"]
    assert trade.equivalents == [{"value": 5.6e9, "unit": "USD"}]
    assert trade.approx is False
    assert facts["supply_share"].approx is True
    text = SEED_TXT.read_text(encoding="utf-8")
    start, end = trade.span
    assert text[start:end].startswith("5.3")
    assert "فرنسا وكازاخستان" in trade.evidence
