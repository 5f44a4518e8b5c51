"""The bundled sample articles in data/articles: metadata, gold annotations and originality.

These articles feed `make demo` and `silkstat eval data/articles`, so a broken sidecar, a gold
line outside the fact contract, or a sentence lifted from the shared corpus would surface as a
wrong figure on the dashboard or a wrong score. Each restates real reporting (its metadata
carries the original URL); when ../shared is present, the tests also check that every figure
carries over from the gold of the corpus article it restates.
"""

from __future__ import annotations

import functools
import json
import re
from datetime import date
from pathlib import Path

import pytest
from babel.numbers import list_currencies

from etl.model import (
    BASES,
    CENTRAL_ASIA,
    COMMODITIES,
    KINDS,
    MONEY_KINDS,
    QUALIFIERS,
    RANK_KINDS,
    SHARE_KINDS,
    UNORDERED_KINDS,
)

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
LANGS = ("ar", "en", "fr", "ru")
SEED = "seed-macron-kazakhstan"

#: Quantity units the gold may use, with their factor to a base unit (tonnes or bcm).
QUANTITY_FACTORS = {"t": 1.0, "tU": 1.0, "kt": 1e3, "Mt": 1e6, "bcm": 1.0}
CURRENCIES = frozenset(list_currencies())
PERIOD_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}-\d{2}/\d{4}-\d{2}$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
OVERLAP_WORDS = 12


def _all_texts() -> list[Path]:
    return sorted(p for lang in LANGS for p in (ARTICLES / lang).glob("*.txt"))


def _samples() -> list[Path]:
    """The articles the project wrote itself (everything but the user's seed document)."""
    return [p for p in _all_texts() if p.stem != SEED]


def _meta(txt: Path) -> dict:
    return json.loads(txt.with_suffix(".meta.json").read_text(encoding="utf-8"))


def _gold(txt: Path) -> list[dict]:
    path = txt.with_name(txt.stem + ".gold.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _ids(paths: list[Path]) -> list[str]:
    return [f"{p.parent.name}/{p.stem}" for p in paths]


# --- inventory ---------------------------------------------------------------------------------


def test_at_least_twenty_samples_across_all_four_languages():
    samples = _samples()
    per_lang = {lang: sum(1 for p in samples if p.parent.name == lang) for lang in LANGS}
    assert len(samples) >= 20, per_lang
    assert all(count >= 5 for count in per_lang.values()), per_lang


def test_seed_document_is_bundled():
    assert (ARTICLES / "ar" / f"{SEED}.txt").is_file()
    assert _meta(ARTICLES / "ar" / f"{SEED}.txt")["lang"] == "ar"


def test_an_arabic_sample_writes_eastern_arabic_digits():
    arabic = [p.read_text(encoding="utf-8") for p in _samples() if p.parent.name == "ar"]
    assert any(re.search("[\u0660-\u0669]", text) for text in arabic)


# --- metadata ----------------------------------------------------------------------------------


@pytest.mark.parametrize("txt", _samples(), ids=_ids(_samples()))
def test_sample_metadata_cites_the_original(txt: Path):
    meta = _meta(txt)
    assert meta["lang"] == txt.parent.name
    assert meta["sample"] is True
    assert re.match(r"^https?://\S+$", meta["url"]), meta["url"]
    date.fromisoformat(meta["published"])  # a full YYYY-MM-DD date
    assert meta["title"] and meta["source"]
    assert meta["restates"].endswith(".txt")
    # The title is the first line of the text, as in the shared corpus.
    assert txt.read_text(encoding="utf-8").splitlines()[0] == meta["title"]


@pytest.mark.parametrize("txt", _all_texts(), ids=_ids(_all_texts()))
def test_files_are_utf8_without_bom(txt: Path):
    for path in txt.parent.glob(txt.stem + ".*"):
        raw = path.read_bytes()
        raw.decode("utf-8")
        assert not raw.startswith(b"\xef\xbb\xbf"), path.name


# --- gold --------------------------------------------------------------------------------------


def check_fact(fact: dict, text: str) -> None:
    """Raise AssertionError when a gold line breaks the fact contract of spec/facts.md."""
    assert fact["kind"] in KINDS, fact["kind"]
    assert COUNTRY_RE.match(fact["subject"]), fact["subject"]
    counterpart = fact["counterpart"]
    assert counterpart is None or COUNTRY_RE.match(counterpart), counterpart
    assert fact["commodity"] is None or fact["commodity"] in COMMODITIES, fact["commodity"]
    assert fact["period"] is None or PERIOD_RE.match(fact["period"]), fact["period"]
    assert fact["basis"] in BASES
    assert fact["qualifier"] is None or fact["qualifier"] in QUALIFIERS
    assert isinstance(fact["approx"], bool)
    assert not (fact["approx"] and fact["qualifier"]), "approx stays false when a qualifier is set"
    assert isinstance(fact["value"], (int, float)) and not isinstance(fact["value"], bool)
    unit, kind = fact["unit"], fact["kind"]
    if kind in SHARE_KINDS:
        assert unit == "%"
    elif kind in RANK_KINDS:
        assert unit == "rank" and float(fact["value"]).is_integer()
    elif kind == "production":
        assert unit in QUANTITY_FACTORS and fact["commodity"] and counterpart is None
    elif unit in QUANTITY_FACTORS:
        assert kind in ("exports", "imports") and fact["commodity"], fact
    else:
        assert kind in MONEY_KINDS and unit in CURRENCIES, (kind, unit)
    if kind == "supply_share":
        assert fact["commodity"]
    if kind != "production":
        assert counterpart and counterpart != fact["subject"]
    for eq in fact["equivalents"]:
        assert set(eq) == {"value", "unit"} and eq["unit"] in CURRENCIES, eq
    start, end = fact["span"]
    assert 0 <= start < end <= len(text), fact["span"]
    assert fact["evidence"] and fact["evidence"] in text
    assert text[start:end] in fact["evidence"]


def test_check_fact_rejects_a_broken_line():
    text = "Trade reached $5 billion in 2022."
    good = {
        "kind": "trade_volume", "subject": "KZ", "counterpart": "UZ", "commodity": None,
        "period": "2022", "basis": "actual", "value": 5e9, "value_high": None, "unit": "USD",
        "approx": False, "qualifier": None, "equivalents": [], "detail": None,
        "span": [14, 24], "evidence": text,
    }
    check_fact(good, text)
    for broken in ({"unit": "dollars"}, {"kind": "turnover"}, {"subject": "Kazakhstan"},
                   {"period": "Jan-Apr 2023"}, {"span": [20, 60]}, {"commodity": "potatoes"}):
        with pytest.raises(AssertionError):
            check_fact({**good, **broken}, text)


@pytest.mark.parametrize("txt", _samples(), ids=_ids(_samples()))
def test_gold_lines_follow_the_fact_contract(txt: Path):
    text = txt.read_text(encoding="utf-8")
    facts = _gold(txt)
    assert facts, "every sample states at least one fact"
    for fact in facts:
        check_fact(fact, text)
    assert any(f["subject"] in CENTRAL_ASIA or f["counterpart"] in CENTRAL_ASIA for f in facts)


# --- faithful to the original reporting --------------------------------------------------------


def _comparable(fact: dict) -> tuple:
    """Kind, ordered/unordered countries, basis, commodity, period, unit family and base value."""
    kind, subject, counterpart = fact["kind"], fact["subject"], fact["counterpart"]
    if kind == "imports":  # "B imports from A" states the same flow as "A exports to B"
        kind, subject, counterpart = "exports", counterpart, subject
    pair = frozenset((subject, counterpart)) if kind in UNORDERED_KINDS else (subject, counterpart)
    unit, value = fact["unit"], float(fact["value"])
    if unit in QUANTITY_FACTORS:
        unit, value = "qty", value * QUANTITY_FACTORS[unit]
    return (kind, pair, fact["basis"], fact["commodity"], fact["period"], unit), value


def _same_fact(a: dict, b: dict) -> bool:
    key_a, value_a = _comparable(a)
    key_b, value_b = _comparable(b)
    return key_a == key_b and abs(value_a - value_b) <= 0.005 * abs(value_b)


@pytest.mark.parametrize("txt", _samples(), ids=_ids(_samples()))
def test_every_figure_carries_over_from_the_restated_article(txt: Path, shared_dir: Path):
    meta = _meta(txt)
    original = shared_dir / "corpus" / meta["restates"]
    assert original.is_file(), meta["restates"]
    original_meta = _meta(original)
    assert meta["url"] == original_meta["url"]
    if original_meta.get("published"):
        assert meta["published"] == original_meta["published"]
    original_gold = _gold(original)
    for fact in _gold(txt):
        assert any(_same_fact(fact, o) for o in original_gold), fact["evidence"]
        if not fact.get("optional"):
            assert any(_same_fact(fact, o) and not o.get("optional") for o in original_gold), fact


# --- originality -------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _runs(words: list[str], n: int = OVERLAP_WORDS) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def _sentences(text: str) -> set[str]:
    parts = re.split(r"(?<=[.!?؟])\s+|\n+", text)
    return {" ".join(_words(p)) for p in parts if len(_words(p)) >= 6}


def shared_text(candidate: str, reference_runs: set, reference_sentences: set) -> list[str]:
    """Word runs and sentences of `candidate` that also occur in the reference texts."""
    hits = [" ".join(run) for run in _runs(_words(candidate)) & reference_runs]
    hits += sorted(_sentences(candidate) & reference_sentences)
    return hits


def test_overlap_check_catches_a_copied_run():
    reference = "The two countries have set a goal of lifting bilateral trade to ten billion dollars soon."
    runs, sentences = _runs(_words(reference)), _sentences(reference)
    copied = "Officials said the two countries have set a goal of lifting bilateral trade to ten billion."
    fresh = "Both governments want commerce between them to reach ten billion dollars before long."
    assert shared_text(copied, runs, sentences)
    assert not shared_text(fresh, runs, sentences)


@functools.lru_cache(maxsize=1)
def _corpus_index(shared: Path) -> tuple[frozenset, frozenset]:
    """Every 12-word run and every sentence of the shared corpus (read once per session)."""
    runs: set = set()
    sentences: set = set()
    for path in (shared / "corpus").glob("*/*/*.txt"):
        text = path.read_text(encoding="utf-8", errors="replace")
        runs |= _runs(_words(text))
        sentences |= _sentences(text)
    return frozenset(runs), frozenset(sentences)


@pytest.mark.parametrize("txt", _samples(), ids=_ids(_samples()))
def test_no_sample_copies_text_from_the_shared_corpus(txt: Path, shared_dir: Path):
    runs, sentences = _corpus_index(shared_dir)
    assert runs, "the shared corpus should have been read"
    assert not shared_text(txt.read_text(encoding="utf-8"), runs, sentences)
