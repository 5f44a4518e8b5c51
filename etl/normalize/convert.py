"""Normalizing one fact: money into USD and EUR at the period's rate, quantities into canonical units.

``normalize_fact`` gives the fields ``silkstat extract`` prints; ``normalized_columns`` the same
information under the ``facts`` table's column names, for the pipeline. Both are pure given a
``RateBook`` (the default one reads only the offline histories), so extraction works with no
database and no network.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from etl.normalize.fx import RateBook, RateMiss, RateQuote, default_book
from etl.normalize.periods import period_bounds
from etl.normalize.units import UnitError, canonical, convert

#: Above this relative gap, an article's own conversion is flagged as doubtful.
EQUIVALENT_TOLERANCE = 0.05

_ISO_CURRENCY = re.compile(r"^[A-Z]{3}$")
_NOT_QUANTITIES = frozenset({"%", "rank"})


def is_money(unit: str | None) -> bool:
    """ISO 4217 codes are three capital letters; no unit of the contract looks like one."""
    return bool(unit) and bool(_ISO_CURRENCY.match(unit or ""))


def _money(fact: dict[str, Any], published: str | None, book: RateBook) -> dict[str, Any]:
    value, cur, period = fact.get("value"), fact["unit"], fact.get("period")
    to_usd = book.quote(cur, period, published)
    out: dict[str, Any] = {"value_usd": None, "value_eur": None}
    if isinstance(to_usd, RateMiss) and fact.get("basis") in ("target", "forecast") and published:
        # a target for 2030 has no 2030 rate yet: the rate the author saw is the honest one
        at_publication = book.quote(cur, None, published)
        if isinstance(at_publication, RateQuote):
            to_usd = replace(at_publication, note=(
                f"{fact['basis']} for {period}, which has no rate yet: converted at the rate of "
                f"its publication ({at_publication.period})"
            ))
    if isinstance(to_usd, RateMiss):
        out["fx"] = {"error": to_usd.reason}
        return out
    # the euro leg uses the very period the first leg's rate is for, never another one
    eur = book.quote("EUR", to_usd.period) if to_usd.period else book.quote("EUR", period, published)
    fx: dict[str, Any] = {
        "rate": to_usd.usd_per_unit,
        "period": to_usd.period,
        "source": to_usd.describe(),
        "source_id": to_usd.source,
    }
    if to_usd.note:
        fx["note"] = to_usd.note
    if value is not None:
        out["value_usd"] = value * to_usd.usd_per_unit
    if cur == "EUR":
        fx["rate_eur"] = 1.0
    elif isinstance(eur, RateQuote):
        # EUR per unit = (USD per unit) / (USD per EUR), both for the same period
        fx["rate_eur"] = to_usd.usd_per_unit * eur.per_usd
        if eur.source != to_usd.source:
            fx["eur_source"] = eur.describe()
    else:
        fx["eur_error"] = eur.reason
    if "rate_eur" in fx and value is not None:
        out["value_eur"] = value * fx["rate_eur"]
    out["fx"] = fx
    return out


def _deviation(fact: dict[str, Any], published: str | None, book: RateBook) -> dict[str, Any]:
    """How far the article's own conversions are from the official one (largest gap, signed)."""
    value, unit = fact.get("value"), fact.get("unit")
    if not value:
        return {}
    worst: float | None = None
    for eq in fact.get("equivalents") or []:
        stated, eq_unit = eq.get("value"), eq.get("unit")
        if not stated or not eq_unit:
            continue
        official: float | None = None
        if is_money(unit) and is_money(eq_unit):
            a = book.quote(unit, fact.get("period"), published)
            b = book.quote(eq_unit, fact.get("period"), published)
            if isinstance(a, RateQuote) and isinstance(b, RateQuote):
                official = value * a.usd_per_unit * b.per_usd
        elif not is_money(unit) and not is_money(eq_unit):
            try:
                official = convert(value, unit, eq_unit, fact.get("commodity"))
            except UnitError:
                official = None
        if official:
            dev = stated / official - 1.0
            if worst is None or abs(dev) > abs(worst):
                worst = dev
    if worst is None:
        return {}
    out: dict[str, Any] = {"equivalents_deviation": worst}
    if abs(worst) > EQUIVALENT_TOLERANCE:
        out["equivalents_flag"] = True
    return out


def normalize_fact(fact: dict[str, Any], published: str | None = None,
                   book: RateBook | None = None) -> dict[str, Any]:
    """The fields ``silkstat extract`` adds to a fact.

    Money: ``value_usd``, ``value_eur`` and ``fx`` (``{"rate", "period", "source", ...}`` or
    ``{"error": "no KZT rate for 1994"}``). Quantities: ``value_canonical`` and
    ``unit_canonical`` (or ``unit_error``). With ``equivalents``: ``equivalents_deviation``
    and, above 5 %, ``equivalents_flag``. Shares and ranks get nothing.
    """
    book = book or default_book()
    unit = fact.get("unit")
    out: dict[str, Any] = {}
    if is_money(unit):
        out.update(_money(fact, published, book))
    elif unit and unit not in _NOT_QUANTITIES and fact.get("value") is not None:
        try:
            out["value_canonical"], out["unit_canonical"] = canonical(fact["value"], unit, fact.get("commodity"))
        except UnitError as exc:
            out.update({"value_canonical": None, "unit_canonical": None, "unit_error": str(exc)})
    if fact.get("equivalents"):
        out.update(_deviation(fact, published, book))
    return out


def normalized_columns(fact: dict[str, Any], published: str | None = None,
                       book: RateBook | None = None) -> dict[str, Any]:
    """The ``facts`` table's normalization and period columns for a fact (for the pipeline)."""
    extra = normalize_fact(fact, published, book)
    fx = extra.get("fx") or {}
    errors = [e for e in (fx.get("error"), fx.get("eur_error"), extra.get("unit_error")) if e]
    try:
        start, end, gran = period_bounds(fact.get("period"))
    except ValueError:
        start, end, gran = None, None, "none"
    source = fx.get("source")
    if source and fx.get("eur_source"):
        source = f"{source}; EUR: {fx['eur_source']}"
    if source and fx.get("note"):
        source = f"{source}; {fx['note']}"
    return {
        "value_usd": extra.get("value_usd"),
        "value_eur": extra.get("value_eur"),
        "fx_rate": fx.get("rate"),
        "fx_rate_eur": fx.get("rate_eur"),
        "fx_period": fx.get("period"),
        "fx_source": source,
        "fx_error": "; ".join(errors) or None,
        "equivalents_deviation": extra.get("equivalents_deviation"),
        "value_canonical": extra.get("value_canonical"),
        "unit_canonical": extra.get("unit_canonical"),
        "period_start": start.isoformat() if start else None,
        "period_end": end.isoformat() if end else None,
        "period_granularity": gran,
    }
