"""Normalization: quantities in canonical pint units, money in USD and EUR at the period's rate.

The public face for the CLI, the pipeline and the dashboard; the pieces live in one module each
(``units``, ``periods``, ``providers``, ``fx``, ``online``, ``rates``, ``convert``).
"""

from __future__ import annotations

from etl.normalize.convert import is_money, normalize_fact, normalized_columns
from etl.normalize.fx import RateBook, RateMiss, RateQuote, default_book, usd_to, use_book
from etl.normalize.periods import period_bounds
from etl.normalize.units import UnitError, canonical

__all__ = [
    "RateBook",
    "RateMiss",
    "RateQuote",
    "UnitError",
    "canonical",
    "default_book",
    "is_money",
    "normalize_fact",
    "normalized_columns",
    "period_bounds",
    "usd_to",
    "use_book",
]
