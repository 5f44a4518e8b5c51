"""The reporting currency of a money chart: USD, EUR, or the Central Asian country's own.

Why here and not in SQL: USD and EUR values are stored per fact at the rate of the fact's own
period (``value_usd``, ``value_eur``); a third currency is converted on the fly from the USD
value with the normalizer's helper, at the same period's rate, and only when that helper
exists. A fact reported in the chosen currency keeps its reported value (no round trip).
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable
from typing import Any

import pandas as pd

from dashboard.names import own_currency

BASE_CURRENCIES: tuple[str, ...] = ("USD", "EUR")


def _converter() -> Callable[..., tuple[float | None, Any]] | None:
    """The normalizer's ``usd_to`` (USD -> any currency for a period), or None while it is missing."""
    try:
        module = importlib.import_module("etl.normalize")
    except ImportError:
        return None
    fn = getattr(module, "usd_to", None)
    return fn if callable(fn) else None


def reporting_currencies(country: str | None) -> list[str]:
    """USD and EUR always; the country's own currency when it can be converted to."""
    out = list(BASE_CURRENCIES)
    own = own_currency(country) if country else None
    if own and own not in out and _converter() is not None:
        out.append(own)
    return out


def _num(v: Any) -> float | None:
    if isinstance(v, int | float) and not (isinstance(v, float) and math.isnan(v)):
        return float(v)
    return None


def _str(v: Any) -> str | None:
    return v if isinstance(v, str) and v else None


def valued(frame: pd.DataFrame, currency: str) -> pd.DataFrame:
    """Each money fact's value in ``currency`` and the rate that gave it (columns ``value``,
    ``fx_rate_used``, ``fx_period_used``, ``fx_source_used``); NaN value where no rate exists.

    A fact reported in ``currency`` keeps its value as written (rate 1). USD and EUR come from
    the store; any other currency is the USD value converted at the fact's own period's rate
    (an undated fact at its publication month's), with that rate's period and source.
    """
    cols = ["value", "fx_rate_used", "fx_period_used", "fx_source_used"]
    out = pd.DataFrame(index=frame.index, columns=cols, dtype="object")
    fn = _converter() if currency not in BASE_CURRENCIES else None
    for idx, row in frame.iterrows():
        value, rate, period, source = None, None, _str(row.get("fx_period")), _str(row.get("fx_source"))
        if row["unit"] == currency:
            value, rate, period, source = _num(row["value"]), 1.0, None, "as reported"
        elif currency == "USD":
            value = _num(row.get("value_usd"))
            rate = _num(row.get("fx_rate"))
        elif currency == "EUR":
            value = _num(row.get("value_eur"))
            rate = _num(row.get("fx_rate_eur"))
        elif fn is not None and _num(row.get("value_usd")) is not None:
            try:
                converted, answer = fn(_num(row["value_usd"]), currency, _str(row.get("period")),
                                       _str(row.get("article_published")))
            except Exception:  # the converter's own failure leaves this fact unvalued
                converted, answer = None, None
            value = _num(converted)
            per_usd = _num(getattr(answer, "per_usd", None))
            usd_rate = _num(row.get("fx_rate")) if row["unit"] != "USD" else 1.0
            rate = per_usd * usd_rate if (per_usd and usd_rate) else None
            period = getattr(answer, "period", None)
            source = getattr(answer, "label", None) or getattr(answer, "source", None)
        out.loc[idx] = [value, rate, period, source]
    out["value"] = pd.to_numeric(out["value"], errors="coerce").astype("float64")
    out["fx_rate_used"] = pd.to_numeric(out["fx_rate_used"], errors="coerce").astype("float64")
    return out


def in_currency(frame: pd.DataFrame, currency: str) -> pd.Series:
    """Just the values of :func:`valued`."""
    if frame.empty:
        return pd.Series([], index=frame.index, dtype="float64")
    return valued(frame, currency)["value"]


def basis_note(currency: str) -> str:
    """How values in ``currency`` were obtained, for chart captions and download metadata."""
    if currency in BASE_CURRENCIES:
        return (
            f"Values in {currency}: as reported when reported in {currency}; otherwise converted at the "
            "average exchange rate of the fact's own period (fx_rate_used: {currency} per unit reported)."
        ).replace("{currency}", currency)
    return (
        f"Values in {currency}: as reported when reported in {currency}; otherwise the USD value converted "
        f"at the average rate of the fact's own period (fx_rate_used: {currency} per unit reported)."
    )
