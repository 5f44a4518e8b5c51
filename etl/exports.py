"""The whole fact table with provenance, as CSV, Parquet, Excel or JSON."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from sqlalchemy import Engine

from etl.store.queries import fact_rows_query
from etl.store.schema import facts

#: Columns of an export, in order: the contract's fields, then normalization, then provenance.
EXPORT_COLUMNS = [
    "fact_id", "kind", "subject", "counterpart", "commodity", "period", "basis", "value", "value_high",
    "unit", "approx", "qualifier", "equivalents", "detail", "evidence", "span_start", "span_end",
    "value_usd", "value_eur", "fx_rate", "fx_period", "fx_source", "fx_error", "equivalents_deviation",
    "value_canonical", "unit_canonical", "extractor_version",
    "article_id", "article_title", "article_url", "article_lang", "article_published",
]


def facts_frame(engine: Engine) -> pd.DataFrame:
    """Every fact joined with the article it came from (the dashboard's join; its source name is not exported)."""
    query = fact_rows_query(EXPORT_COLUMNS[1:27]).order_by(facts.c.id)
    with engine.connect() as conn:
        frame = pd.DataFrame(conn.execute(query).mappings().all(), columns=EXPORT_COLUMNS)
    return frame


def write_frame(frame: pd.DataFrame, fmt: str, output: Path) -> None:
    """Write a table in a format pandas reads back (lists become JSON text where needed)."""
    import json

    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    flat = frame.copy()
    if "equivalents" in flat and fmt in ("csv", "xlsx", "parquet"):
        flat["equivalents"] = flat["equivalents"].map(
            lambda v: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
        )
    if fmt == "csv":
        flat.to_csv(output, index=False)
    elif fmt == "parquet":
        flat.to_parquet(output, index=False)
    elif fmt == "xlsx":
        flat.to_excel(output, index=False, sheet_name="facts")
    elif fmt == "json":
        frame.to_json(output, orient="records", force_ascii=False, indent=1)
    else:
        raise ValueError(f"unknown export format {fmt!r}")


def export_facts(engine: Engine, fmt: str, output: Path) -> int:
    """Write the fact table to ``output``; returns the number of facts written."""
    frame = facts_frame(engine)
    write_frame(frame, fmt, output)
    return len(frame)
