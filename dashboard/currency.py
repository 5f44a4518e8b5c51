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


def _numeric(frame: pd.DataFrame, col: str) -> pd.Series:
    if col not in frame:
        return pd.Series(float("nan"), index=frame.index, dtype="float64")
    return pd.to_numeric(frame[col], errors="coerce").astype("float64")


def valued(frame: pd.DataFrame, currency: str) -> pd.DataFrame:
    """Each money fact's value in ``currency`` and the rate that gave it (columns ``value``,
    ``fx_rate_used``, ``fx_period_used``, ``fx_source_used``); NaN value where no rate exists.

    A fact reported in ``currency`` keeps its value as written (rate 1). USD and EUR come from
    the store; any other currency is the USD value converted at the fact's own period's rate
    (an undated fact at its publication month's), with that rate's period and source. The
    converter is asked once per distinct (period, publication date), not once per fact.
    """
    out = pd.DataFrame(index=frame.index)
    period = frame["fx_period"] if "fx_period" in frame else pd.Series(None, index=frame.index, dtype="object")
    source = frame["fx_source"] if "fx_source" in frame else pd.Series(None, index=frame.index, dtype="object")
    out["fx_period_used"] = period.astype("object")
    out["fx_source_used"] = source.astype("object")
    if currency == "USD":
        out["value"] = _numeric(frame, "value_usd")
        out["fx_rate_used"] = _numeric(frame, "fx_rate")
    elif currency == "EUR":
        out["value"] = _numeric(frame, "value_eur")
        out["fx_rate_used"] = _numeric(frame, "fx_rate_eur")
    else:
        out["value"] = float("nan")
        out["fx_rate_used"] = float("nan")
        out["fx_period_used"] = None
        out["fx_source_used"] = None
        fn = _converter()
        usd = _numeric(frame, "value_usd")
        usd_per_unit = _numeric(frame, "fx_rate").where(frame["unit"] != "USD", 1.0)
        if fn is not None:
            keys = pd.Series(list(zip(frame["period"].map(_str), frame["article_published"].map(_str),
                                      strict=True)), index=frame.index)
            for key in set(keys[usd.notna()]):
                try:
                    per_usd, answer = fn(1.0, currency, key[0], key[1])
                except Exception:  # the converter's own failure leaves these facts unvalued
                    continue
                per_usd = _num(per_usd)
                if per_usd is None:
                    continue
                hit = (keys == key) & usd.notna()
                out.loc[hit, "value"] = usd[hit] * per_usd
                out.loc[hit, "fx_rate_used"] = usd_per_unit[hit] * per_usd
                out.loc[hit, "fx_period_used"] = getattr(answer, "period", None)
                out.loc[hit, "fx_source_used"] = getattr(answer, "label", None) or getattr(answer, "source", None)
    reported = frame["unit"] == currency
    out.loc[reported, "value"] = _numeric(frame, "value")[reported]
    out.loc[reported, "fx_rate_used"] = 1.0
    out.loc[reported, "fx_period_used"] = None
    out.loc[reported, "fx_source_used"] = "as reported"
    out["value"] = out["value"].astype("float64")
    out["fx_rate_used"] = out["fx_rate_used"].astype("float64")
    return out[["value", "fx_rate_used", "fx_period_used", "fx_source_used"]]


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
