"""Country and currency names for display, from Babel's CLDR data (no hand-kept lists).

Why: analysts read "Kazakhstan", not "KZ"; the codes stay in every download so the data is
joinable, the names are only for labels.
"""

from __future__ import annotations

from functools import lru_cache

from etl.model import CENTRAL_ASIA

#: Central Asian countries in a stable, conventional order (not alphabetical by code).
CENTRAL_ASIA_ORDER: tuple[str, ...] = ("KZ", "UZ", "KG", "TJ", "TM")
assert set(CENTRAL_ASIA_ORDER) == CENTRAL_ASIA


@lru_cache(maxsize=1)
def _territories() -> dict[str, str]:
    from babel import Locale

    return dict(Locale("en").territories)


def is_country(code: str | None) -> bool:
    """True for an ISO 3166-1 alpha-2 code (or ``EU``) that CLDR knows."""
    return bool(code) and len(code) == 2 and code.isalpha() and code.upper() in _territories()


def country_name(code: str | None) -> str:
    """The English name of a country code; the code itself when CLDR does not know it."""
    if not code:
        return "—"
    return _territories().get(code.upper(), code)


def country_label(code: str | None) -> str:
    """``Kazakhstan (KZ)``: the name for reading, the code for matching with downloads."""
    if not code:
        return "—"
    return f"{country_name(code)} ({code})"


@lru_cache(maxsize=64)
def own_currency(code: str) -> str | None:
    """The currency a country reports in (KZ -> KZT), from CLDR; None when it has none."""
    from babel.numbers import get_territory_currencies

    try:
        found = get_territory_currencies(code.upper())
    except Exception:  # unknown territory
        return None
    return found[0] if found else None
