"""Which facts may share an axis: annual, sub-annual and undated periods kept apart.

Why: a quarter's trade drawn beside a year's total looks like a collapse; the charts draw
annual facts on a year axis, sub-annual ones on a date axis of their own, and undated ones
(dated by the article's publication) only where a snapshot makes sense (ranks, shares).
"""

from __future__ import annotations

from datetime import date

import pandas as pd

try:  # the normalizer's parser is the reference; a copy of its rules would drift
    from etl.normalize.periods import period_bounds
except ImportError:  # pragma: no cover - only while etl/normalize is being written
    period_bounds = None

ANNUAL = "year"
SUB_ANNUAL = frozenset({"half", "quarter", "month", "months", "day"})


def _bounds(period: object) -> tuple[date | None, date | None, str]:
    if not isinstance(period, str):  # None, or NaN from a pandas column
        period = None
    if period_bounds is None:
        if not period:
            return None, None, "none"
        if len(period) == 4 and period.isdigit():
            return date(int(period), 1, 1), date(int(period), 12, 31), "year"
        return None, None, "months"
    try:
        return period_bounds(period)
    except ValueError:
        return None, None, "none"


def period_class(granularity: str | None, start: date | None = None, end: date | None = None) -> str:
    """``annual``, ``sub-annual``, ``multi-year`` or ``undated``: groups never drawn as comparable.

    An interval of months longer than a year ("1992-01/2023-12", a cumulative stock) is
    ``multi-year``: neither a year's figure nor a part of one.
    """
    if granularity == ANNUAL:
        return "annual"
    if start is not None and end is not None and (end - start).days > 366:
        return "multi-year"
    if granularity in SUB_ANNUAL:
        return "sub-annual"
    return "undated"


def add_period_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """Add ``granularity``, ``period_class``, ``year``, ``x_date`` and ``dated_by`` to fact rows.

    The store's ``period_*`` columns are used when filled; otherwise they are derived from the
    ``period`` text. Undated facts take the article's publication year, marked ``dated_by``
    ``publication`` (spec: the publication date then dates the fact).
    """
    frame = frame.copy()
    grans, classes, years, mids, dated_by = [], [], [], [], []
    for period, gran, start, end, published in zip(
        frame.get("period", []), frame.get("period_granularity", []), frame.get("period_start", []),
        frame.get("period_end", []), frame.get("article_published", []), strict=False,
    ):
        s, e, g = _bounds(period)
        if isinstance(gran, str) and gran:
            g = gran
        if s is None and isinstance(start, str) and start:
            s, e = date.fromisoformat(start[:10]), date.fromisoformat((end or start)[:10])
        if s is not None:
            mid = s + (e - s) / 2
            grans.append(g)
            classes.append(period_class(g, s, e))
            years.append(s.year)
            mids.append(pd.Timestamp(mid))
            dated_by.append("period")
            continue
        grans.append("none")
        classes.append("undated")
        pub_year = int(published[:4]) if isinstance(published, str) and published[:4].isdigit() else None
        years.append(pub_year)
        mids.append(pd.Timestamp(date(pub_year, 7, 1)) if pub_year else pd.NaT)
        dated_by.append("publication")
    frame["granularity"] = pd.Series(grans, index=frame.index, dtype="object")
    frame["period_class"] = pd.Series(classes, index=frame.index, dtype="object")
    frame["year"] = pd.array(years, dtype="Int64") if len(frame) else pd.array([], dtype="Int64")
    frame["x_date"] = pd.to_datetime(pd.Series(mids, index=frame.index, dtype="object"))
    frame["dated_by"] = pd.Series(dated_by, index=frame.index, dtype="object")
    return frame


def period_label(period: str | None, dated_by: str, published: str | None) -> str:
    """How a period reads in a hover or a table: the period, or "published 2023-11-01"."""
    if dated_by == "period" and period:
        return period
    return f"undated (published {published})" if published else "undated"
