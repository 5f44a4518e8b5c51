"""The table behind each chart: exactly the rows it draws, with their provenance.

Why one module: the chart and its download must never disagree, so both are built from the
frame these functions return. Each row is one reported fact (one marker), carrying the
article it came from, the reported value and unit, and the exchange rate used.
"""

from __future__ import annotations

import pandas as pd

from dashboard.currency import valued
from dashboard.names import country_name
from dashboard.periods import period_label
from dashboard.safety import safe_url
from etl.model import CENTRAL_ASIA, MONEY_KINDS

#: The columns of every chart's data, in download order.
CHART_COLUMNS: tuple[str, ...] = (
    "fact_id", "kind", "series", "series_code", "subject", "counterpart", "commodity", "period",
    "period_label", "period_class", "dated_by", "year", "x_date", "value", "unit", "reported_value",
    "reported_unit", "approx", "qualifier", "basis", "detail", "fx_rate_used", "fx_period", "fx_source",
    "n_reports", "spread_min", "spread_max", "article_title", "article_url", "article_published",
    "source_name", "article_lang", "evidence",
)


def _empty() -> pd.DataFrame:
    return pd.DataFrame(columns=list(CHART_COLUMNS))


def other_side(row: pd.Series, country: str) -> str | None:
    """The partner of ``country`` in a fact (the other of subject and counterpart)."""
    return row["counterpart"] if row["subject"] == country else row["subject"]


def partners_of(rows: pd.DataFrame, country: str) -> pd.Series:
    """:func:`other_side` for every row at once."""
    return rows["counterpart"].where(rows["subject"] == country, rows["subject"]).astype("object")


def _finish(rows: pd.DataFrame, series_codes: pd.Series, values: pd.Series | pd.DataFrame,
            unit: pd.Series | str) -> pd.DataFrame:
    """Shape fact rows into CHART_COLUMNS, drop rows without a value, count reports per point.

    ``values`` is a plain series (shares, ranks, quantities) or the frame of
    :func:`dashboard.currency.valued` (money), whose rate, period and source then replace the
    stored ones.
    """
    if rows.empty:
        return _empty()
    out = pd.DataFrame(index=rows.index)
    out["fact_id"] = rows["fact_id"].astype("int64")
    out["kind"] = rows["kind"]
    out["series_code"] = series_codes.astype("object")
    out["series"] = out["series_code"].map(lambda c: country_name(c) if isinstance(c, str) and len(c) == 2 else c)
    for col in ("subject", "counterpart", "commodity", "period", "period_class", "dated_by", "year",
                "x_date", "approx", "qualifier", "basis", "detail", "fx_period", "fx_source",
                "article_title", "article_published", "source_name", "article_lang", "evidence"):
        out[col] = rows[col]
    out["period_label"] = [
        period_label(p if isinstance(p, str) else None, d, pub if isinstance(pub, str) else None)
        for p, d, pub in zip(rows["period"], rows["dated_by"], rows["article_published"], strict=True)
    ]
    if isinstance(values, pd.DataFrame):
        out["value"] = values["value"].astype("float64")
        out["fx_rate_used"] = values["fx_rate_used"]
        out["fx_period"] = values["fx_period_used"]
        out["fx_source"] = values["fx_source_used"]
    else:
        out["value"] = values.astype("float64")
        out["fx_rate_used"] = None
    out["unit"] = unit
    out["reported_value"] = rows["value"].astype("float64")
    out["reported_unit"] = rows["unit"]
    out["article_url"] = [safe_url(u) for u in rows["article_url"]]
    out = out[out["value"].notna()].copy()
    key = ["series_code", "period_class", "year"]
    grouped = out.groupby(key, dropna=False)["value"]
    out["n_reports"] = grouped.transform("size").astype("int64")
    out["spread_min"] = grouped.transform("min")
    out["spread_max"] = grouped.transform("max")
    out = out.sort_values(["series", "year", "x_date", "fact_id"], na_position="last")
    return out.reset_index(drop=True)[list(CHART_COLUMNS)]


def money_series(rows: pd.DataFrame, country: str, currency: str, series: str = "partner") -> pd.DataFrame:
    """Money facts involving ``country``, valued in ``currency``, one series per partner."""
    rows = rows[rows["kind"].isin(MONEY_KINDS)]
    if rows.empty:
        return _empty()
    codes = partners_of(rows, country) if series == "partner" else rows[series]
    return _finish(rows, codes, valued(rows, currency), currency)


def flow_direction(row: pd.Series, country: str) -> str:
    """``exports`` when goods leave ``country`` (its exports, or a partner's imports from it)."""
    leaves = (row["kind"] == "exports" and row["subject"] == country) or (
        row["kind"] == "imports" and row["counterpart"] == country
    )
    return "exports" if leaves else "imports"


def flows(rows: pd.DataFrame, country: str, currency: str) -> pd.DataFrame:
    """Exports and imports of ``country`` in money, one series per partner and direction."""
    rows = rows[rows["kind"].isin(["exports", "imports"]) & rows["unit"].str.fullmatch(r"[A-Z]{3}", na=False)]
    if rows.empty:
        return _empty()
    leaves = ((rows["kind"] == "exports") & (rows["subject"] == country)) | (
        (rows["kind"] == "imports") & (rows["counterpart"] == country))
    direction = pd.Series("imports", index=rows.index, dtype="object").where(~leaves, "exports")
    codes = direction + " · " + partners_of(rows, country).map(country_name)
    frame = _finish(rows, codes, valued(rows, currency), currency)
    frame["series"] = frame["series_code"]
    return frame


def share_series(rows: pd.DataFrame, reporter: str | None = None, series: str = "subject") -> pd.DataFrame:
    """Shares in percent, one series per partner (or per supplier → consumer pair)."""
    if reporter:
        rows = rows[rows["counterpart"] == reporter]
    if rows.empty:
        return _empty()
    if series == "pair":
        codes = rows["subject"].map(country_name) + " → " + rows["counterpart"].map(country_name)
    else:
        codes = rows[series]
    frame = _finish(rows, codes, rows["value"], "%")
    if series == "pair":
        frame["series"] = frame["series_code"]
    return frame


def rank_series(rows: pd.DataFrame, host: str) -> pd.DataFrame:
    """Ranks (1 = largest) of partners or investors in ``host``, one series per partner."""
    rows = rows[rows["counterpart"] == host]
    if rows.empty:
        return _empty()
    return _finish(rows, rows["subject"], rows["value"], "rank")


def production_series(rows: pd.DataFrame) -> pd.DataFrame:
    """Production in one unit per chart: the canonical unit when stored, else the reported one.

    Only the most common unit is kept, so the y axis means one thing; the caller says how many
    facts in other units were left out.
    """
    if rows.empty:
        return _empty()
    unit = rows["unit_canonical"].where(rows["unit_canonical"].notna(), rows["unit"])
    value = rows["value_canonical"].where(rows["unit_canonical"].notna(), rows["value"])
    main = unit.value_counts().index[0]
    keep = unit == main
    return _finish(rows[keep], rows.loc[keep, "subject"], value[keep].astype("float64"), main)


def supply_matrix(frame: pd.DataFrame) -> pd.DataFrame:
    """Supplier × consumer: the latest reported share per pair, with how many reports and their range."""
    cols = ["supplier", "consumer", "share", "period_label", "n_reports", "min", "max", "fact_id"]
    if frame.empty:
        return pd.DataFrame(columns=cols)
    ordered = frame.sort_values(["x_date", "fact_id"])
    out = []
    for (sup, con), grp in ordered.groupby(["subject", "counterpart"], dropna=False):
        last = grp.iloc[-1]
        out.append({
            "supplier": sup, "consumer": con, "share": float(last["value"]),
            "period_label": last["period_label"], "n_reports": len(grp),
            "min": float(grp["value"].min()), "max": float(grp["value"].max()),
            "fact_id": int(last["fact_id"]),
        })
    return pd.DataFrame(out, columns=cols)


def coverage_matrix(pairs: pd.DataFrame) -> pd.DataFrame:
    """Central Asian country × partner: number of facts, folded from SQL's per-pair counts.

    A fact between two Central Asian countries counts in both rows; a production fact (no
    partner) counts under "(none)".
    """
    rows = []
    for sub, cp, n in pairs[["subject", "counterpart", "n"]].itertuples(index=False):
        cp = cp if isinstance(cp, str) else None
        if sub in CENTRAL_ASIA:
            rows.append((sub, cp or "(none)", int(n)))
        if cp in CENTRAL_ASIA and cp != sub:
            rows.append((cp, sub, int(n)))
    if not rows:
        return pd.DataFrame()
    long = pd.DataFrame(rows, columns=["country", "partner", "facts"])
    return long.pivot_table(index="country", columns="partner", values="facts", aggfunc="sum", fill_value=0)


def split_by_period(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(annual and undated facts for a year axis, sub-annual facts for a date axis of their own).

    Multi-year facts (cumulative spans) fit neither axis and are in neither frame; see
    :func:`multi_year`.
    """
    if frame.empty:
        return frame, frame
    cls = frame["period_class"]
    year_axis = cls.isin(["annual", "undated"])
    return frame[year_axis].reset_index(drop=True), frame[cls == "sub-annual"].reset_index(drop=True)


def multi_year(frame: pd.DataFrame) -> pd.DataFrame:
    """The facts whose period spans more than a year (not drawn; listed under the charts)."""
    if frame.empty:
        return frame
    return frame[frame["period_class"] == "multi-year"].reset_index(drop=True)
