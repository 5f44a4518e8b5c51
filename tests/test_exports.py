"""`silkstat export`: the fact table with provenance, read back by pandas in every format."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
import pytest
from sqlalchemy import insert
from typer.testing import CliRunner

from etl.cli import app
from etl.exports import EXPORT_COLUMNS, export_facts
from etl.store.schema import articles, facts


def _seed_store(engine) -> None:
    now = datetime.now(UTC)
    with engine.begin() as conn:
        art = conn.execute(insert(articles).values(
            key="https://example.org/a", url="https://example.org/a", title="Macron in Astana",
            lang="ar", published="2023-11-01", status="ok", first_seen=now, last_seen=now,
        )).inserted_primary_key[0]
        conn.execute(insert(facts).values(
            article_id=art, kind="trade_volume", subject="FR", counterpart="KZ", period="2022",
            value=5.3e9, unit="EUR", equivalents=[{"value": 5.6e9, "unit": "USD"}], evidence="جملة",
            value_usd=5.58e9, fx_source="ECB", extractor_version="t", created_at=now))


@pytest.mark.parametrize("fmt,reader", [
    ("csv", pd.read_csv), ("parquet", pd.read_parquet), ("xlsx", pd.read_excel), ("json", pd.read_json),
])
def test_every_format_reads_back_with_provenance(engine, tmp_path, fmt, reader):
    _seed_store(engine)
    out = tmp_path / f"facts.{fmt}"
    assert export_facts(engine, fmt, out) == 1
    frame = reader(out)
    assert list(frame.columns) == EXPORT_COLUMNS
    row = frame.iloc[0]
    assert row["kind"] == "trade_volume" and row["value"] == 5.3e9
    assert row["article_url"] == "https://example.org/a" and row["evidence"] == "جملة"


def test_export_command_writes_the_file(sqlite_engine, tmp_path):
    _seed_store(sqlite_engine)
    out = tmp_path / "all.csv"
    result = CliRunner().invoke(app, ["export", "--format", "csv", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote 1 facts" in result.stdout
    assert len(pd.read_csv(out)) == 1
