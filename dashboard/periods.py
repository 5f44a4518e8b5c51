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


def _as_str(col: pd.Series) -> pd.Series:
    return col.map(lambda v: v if isinstance(v, str) and v else None).astype("object")


def add_period_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """Add ``granularity``, ``period_class``, ``year``, ``x_date`` and ``dated_by`` to fact rows.

    The store's ``period_start``/``period_end``/``period_granularity`` are used where filled
    (vectorized: a large store stays fast); rows without them are parsed from the ``period``
    text. Undated facts take the article's publication year, marked ``dated_by``
    ``publication`` (spec: the publication date then dates the fact).
    """
    frame = frame.copy()
    n = len(frame)
    empty = pd.Series([None] * n, index=frame.index, dtype="object")
    period = _as_str(frame["period"]) if "period" in frame else empty
    gran = _as_str(frame["period_granularity"]) if "period_granularity" in frame else empty.copy()
    start_s = _as_str(frame["period_start"]) if "period_start" in frame else empty.copy()
    end_s = _as_str(frame["period_end"]) if "period_end" in frame else empty.copy()
    # rows the store did not fill: parse their period text (rare once the pipeline fills them)
    todo = start_s.isna() & period.notna()
    for idx in frame.index[todo]:
        s, e, g = _bounds(period[idx])
        if s is not None:
            start_s[idx], end_s[idx] = s.isoformat(), e.isoformat()
            if gran[idx] is None:
                gran[idx] = g
    start = pd.to_datetime(start_s.str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
    end = pd.to_datetime(end_s.where(end_s.notna(), start_s).str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
    dated = start.notna()
    gran = gran.where(gran.notna() | ~dated, "months").where(dated, "none")
    long_span = (end - start).dt.days > 366
    cls = pd.Series("undated", index=frame.index, dtype="object")
    cls[dated & gran.isin(SUB_ANNUAL)] = "sub-annual"
    cls[dated & long_span.fillna(False)] = "multi-year"
    cls[dated & (gran == ANNUAL)] = "annual"
    published = _as_str(frame["article_published"]) if "article_published" in frame else empty
    pub_year = pd.to_numeric(published.str.slice(0, 4), errors="coerce")
    year = start.dt.year.astype("Float64").where(dated, pub_year)
    mid = (start + (end - start) / 2).where(dated, pd.to_datetime(
        pub_year.astype("Int64").astype("string") + "-07-01", format="%Y-%m-%d", errors="coerce"))
    frame["granularity"] = gran
    frame["period_class"] = cls
    frame["year"] = year.round().astype("Int64")
    frame["x_date"] = pd.to_datetime(mid)
    frame["dated_by"] = pd.Series(["period" if d else "publication" for d in dated], index=frame.index,
                                  dtype="object")
    return frame


def period_label(period: str | None, dated_by: str, published: str | None) -> str:
    """How a period reads in a hover or a table: the period, or "published 2023-11-01"."""
    if dated_by == "period" and period:
        return period
    return f"undated (published {published})" if published else "undated"
