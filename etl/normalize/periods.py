"""Fact periods (spec/facts.md) as date ranges: the first and last day each covers.

Why: the conversion rule picks a rate by the span a fact covers (a year's average for a
year, a month's for a month ...), and the store keeps the same span as ``period_start`` /
``period_end`` so the dashboard can filter and chart by date. One parser serves both.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTHS = re.compile(r"^(\d{4})-(\d{2})/(\d{4})-(\d{2})$")


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def period_bounds(period: str | None) -> tuple[date | None, date | None, str]:
    """``(first day, last day, granularity)`` of a fact period.

    Granularity is one of ``year``, ``half``, ``quarter``, ``month``, ``months`` (any other
    interval of months), ``day``, or ``none`` for a null period. A malformed period raises
    ``ValueError`` rather than guessing.
    """
    if period is None or period == "":
        return None, None, "none"
    if m := _YEAR.match(period):
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31), "year"
    if m := _MONTH.match(period):
        y, mo = int(m[1]), int(m[2])
        _check_month(mo, period)
        return date(y, mo, 1), month_end(y, mo), "month"
    if m := _DAY.match(period):
        try:
            d = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError as exc:
            raise ValueError(f"not a date: {period!r}") from exc
        return d, d, "day"
    if m := _MONTHS.match(period):
        y1, m1, y2, m2 = (int(g) for g in m.groups())
        _check_month(m1, period)
        _check_month(m2, period)
        start, end = date(y1, m1, 1), month_end(y2, m2)
        if end < start:
            raise ValueError(f"interval ends before it starts: {period!r}")
        n = (y2 - y1) * 12 + (m2 - m1) + 1
        if n == 1:
            gran = "month"
        elif y1 == y2 and n == 12:
            gran = "year"
        elif y1 == y2 and n == 6 and m1 in (1, 7):
            gran = "half"
        elif y1 == y2 and n == 3 and m1 in (1, 4, 7, 10):
            gran = "quarter"
        else:
            gran = "months"
        return start, end, gran
    raise ValueError(f"not a fact period (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM/YYYY-MM): {period!r}")


def _check_month(month: int, period: str) -> None:
    if not 1 <= month <= 12:
        raise ValueError(f"no month {month} in {period!r}")


def months_between(start: date, end: date) -> list[tuple[int, int]]:
    """Every (year, month) from ``start``'s month to ``end``'s month, inclusive."""
    out = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def publication_month(published: str | None) -> str | None:
    """``YYYY-MM`` of a publication date given as ``YYYY-MM-DD`` or ``YYYY-MM`` (else None)."""
    if not published:
        return None
    m = re.match(r"^(\d{4})-(\d{2})", published)
    if not m or not 1 <= int(m[2]) <= 12:
        return None
    return f"{m[1]}-{m[2]}"
