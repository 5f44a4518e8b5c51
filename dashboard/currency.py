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

import pandas as pd

from dashboard.names import own_currency

BASE_CURRENCIES: tuple[str, ...] = ("USD", "EUR")


def _converter() -> Callable[..., float | None] | None:
    """The normalizer's on-the-fly converter, or None until etl.normalize provides one."""
    try:
        module = importlib.import_module("etl.normalize")
    except ImportError:
        return None
    for name in ("convert_money", "convert_currency", "convert"):
        fn = getattr(module, name, None)
        if callable(fn):
            return fn
    return None


def reporting_currencies(country: str | None) -> list[str]:
    """USD and EUR always; the country's own currency when it can be converted to."""
    out = list(BASE_CURRENCIES)
    own = own_currency(country) if country else None
    if own and own not in out and _converter() is not None:
        out.append(own)
    return out


def _convert_one(fn: Callable[..., float | None], usd: float, currency: str, period: str | None) -> float | None:
    try:
        result = fn(usd, "USD", currency, period)
    except Exception:  # no rate for that period: the value is left out, and counted
        return None
    if isinstance(result, tuple):  # (value, rate info)
        result = result[0]
    if isinstance(result, dict):
        result = result.get("value")
    try:
        value = float(result)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(value) else value


def in_currency(frame: pd.DataFrame, currency: str) -> pd.Series:
    """Each money fact's value in ``currency``; NaN where no rate converts it.

    A fact reported in ``currency`` keeps its value as written. USD and EUR come from the
    store; any other currency from the USD value converted at the fact's rate period.
    """
    if frame.empty:
        return pd.Series([], index=frame.index, dtype="float64")
    reported = frame["value"].where(frame["unit"] == currency)
    if currency == "USD":
        stored = pd.to_numeric(frame["value_usd"], errors="coerce")
    elif currency == "EUR":
        stored = pd.to_numeric(frame["value_eur"], errors="coerce")
    else:
        fn = _converter()
        values = []
        for usd, period, fx_period in zip(frame["value_usd"], frame["period"], frame["fx_period"], strict=True):
            ok = isinstance(usd, int | float) and not math.isnan(usd)
            when = fx_period if isinstance(fx_period, str) else period if isinstance(period, str) else None
            values.append(_convert_one(fn, float(usd), currency, when) if (fn and ok) else None)
        stored = pd.Series(values, index=frame.index, dtype="float64")
    return pd.to_numeric(reported, errors="coerce").fillna(stored).astype("float64")


def basis_note(currency: str) -> str:
    """How values in ``currency`` were obtained, for chart captions and download metadata."""
    if currency in BASE_CURRENCIES:
        return (
            f"Values in {currency}: as reported when reported in {currency}; otherwise converted at the "
            "average exchange rate of the fact's own period (source and rate per row)."
        )
    return (
        f"Values in {currency}: as reported when reported in {currency}; otherwise the USD value "
        "converted at the average USD rate of the fact's own period."
    )
