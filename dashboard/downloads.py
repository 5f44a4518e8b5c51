"""The data behind a chart as CSV, Excel and JSON, each with its metadata (Grapher-style).

Why plain functions returning bytes: the tests call them and compare with the chart, and the
Streamlit buttons only hand the bytes out. Each download carries its sources (one row per
fact with the article's title, URL and date), its units, the currency basis and a citation:
in the CSV as columns of every row (so the file stays one rectangular table), in the Excel
file and the JSON as a separate metadata sheet / object as well.
"""

from __future__ import annotations

import io
import json
import math
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import pandas as pd

PROJECT = "SilkStat"


@dataclass
class ChartData:
    """A chart's rows plus what a reader needs to use them: title, units, basis, filters."""

    key: str  # file-name stem, e.g. "trade-volume-KZ"
    title: str
    frame: pd.DataFrame
    units: str
    currency_basis: str | None = None
    description: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    extra: Any = None  # what the page needs beside the drawn rows (not downloaded)


def citation(chart: ChartData, on: date | None = None) -> str:
    """How to cite the chart: project, title, the access date and the number of articles."""
    on = on or datetime.now(UTC).date()
    n_articles = chart.frame["article_url"].nunique(dropna=True) if "article_url" in chart.frame else 0
    return (
        f"{PROJECT}, \"{chart.title}\", facts extracted from {n_articles or 'the'} news article(s) "
        f"listed as sources; data retrieved on {on.isoformat()}."
    )


def sources(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The articles a chart's rows come from, once each, in the order they first appear."""
    if frame.empty or "article_title" not in frame:
        return []
    cols = [c for c in ("article_title", "article_url", "article_published", "source_name", "article_lang")
            if c in frame]
    unique = frame[cols].drop_duplicates()
    return [
        {k.replace("article_", ""): (None if _missing(v) else v) for k, v in row.items()}
        for row in unique.to_dict(orient="records")
    ]


def metadata(chart: ChartData, on: date | None = None) -> dict[str, Any]:
    """Everything about the chart that is not a row: the contract of its download."""
    return {
        "title": chart.title,
        "description": chart.description,
        "units": chart.units,
        "currency_basis": chart.currency_basis,
        "filters": chart.filters,
        "notes": chart.notes,
        "rows": len(chart.frame),
        "sources": sources(chart.frame),
        "citation": citation(chart, on),
        "publisher": PROJECT,
    }


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA or v is pd.NaT


def export_frame(chart: ChartData) -> pd.DataFrame:
    """The rows as written to files: the chart's columns plus units, basis and citation."""
    frame = chart.frame.copy()
    for col in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[col]):
            frame[col] = frame[col].dt.strftime("%Y-%m-%d")
    frame["currency_basis"] = chart.currency_basis
    frame["citation"] = citation(chart)
    return frame


def to_csv(chart: ChartData) -> bytes:
    """UTF-8 CSV with a BOM (so Excel reads Arabic and Cyrillic), one row per charted fact."""
    return export_frame(chart).to_csv(index=False).encode("utf-8-sig")


def to_excel(chart: ChartData) -> bytes:
    """An .xlsx workbook: sheet "data" (the rows) and sheet "metadata" (key, value)."""
    buf = io.BytesIO()
    meta = metadata(chart)
    meta_rows = [(k, json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v)
                 for k, v in meta.items()]
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        export_frame(chart).to_excel(writer, sheet_name="data", index=False)
        pd.DataFrame(meta_rows, columns=["key", "value"]).to_excel(writer, sheet_name="metadata", index=False)
    return buf.getvalue()


def _jsonable(v: Any) -> Any:
    if _missing(v):
        return None
    if isinstance(v, pd.Timestamp | datetime | date):
        return v.isoformat()[:10]
    if hasattr(v, "item"):  # numpy scalars
        return v.item()
    return v


def to_json(chart: ChartData) -> bytes:
    """``{"metadata": {...}, "data": [row, ...]}`` as UTF-8 JSON."""
    rows = [{k: _jsonable(v) for k, v in row.items()} for row in chart.frame.to_dict(orient="records")]
    doc = {"metadata": metadata(chart), "data": rows}
    return json.dumps(doc, ensure_ascii=False, indent=1, default=str).encode("utf-8")


FORMATS: dict[str, tuple[str, str, Any]] = {
    "CSV": ("csv", "text/csv", to_csv),
    "Excel": ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", to_excel),
    "JSON": ("json", "application/json", to_json),
}
