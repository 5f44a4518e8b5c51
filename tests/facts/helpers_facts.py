"""Shared helpers of the fact tests: extract and compare the scored fields only."""

from __future__ import annotations

from etl.extract import extract_facts

SCORED = ("kind", "subject", "counterpart", "commodity", "period", "basis", "value", "unit")


def brief(fact) -> dict:
    """The fields of a fact that the scorer compares, values rounded for readable asserts."""
    d = fact.to_dict() if hasattr(fact, "to_dict") else dict(fact)
    out = {k: d.get(k) for k in SCORED}
    out["value"] = round(float(out["value"]), 6)
    return out


def facts_of(text: str, lang: str, published: str | None = None) -> list[dict]:
    return [brief(f) for f in extract_facts(text, lang=lang, published=published)]


def fact(kind, subject, counterpart, value, unit, period=None, basis="actual", commodity=None) -> dict:
    return {"kind": kind, "subject": subject, "counterpart": counterpart, "commodity": commodity,
            "period": period, "basis": basis, "value": round(float(value), 6), "unit": unit}
