"""The store: one schema on SQLite and PostgreSQL, migrated by Alembic to head."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import insert, inspect, select, text

from etl.store import connect, metadata
from etl.store.schema import articles, facts


def test_migrations_create_exactly_the_schema(engine):
    tables = set(inspect(engine).get_table_names()) - {"alembic_version"}
    assert tables == set(metadata.tables)
    for name, table in metadata.tables.items():
        cols = {c["name"] for c in inspect(engine).get_columns(name)}
        assert cols == set(table.columns.keys()), name


def test_upgrade_twice_is_a_no_op(db_url):
    connect(db_url).dispose()
    eng = connect(db_url)
    with eng.connect() as conn:
        assert conn.execute(text("select version_num from alembic_version")).scalar() == "0001"
    eng.dispose()


def test_a_fact_round_trips_with_its_article(engine):
    now = datetime.now(UTC)
    with engine.begin() as conn:
        art_id = conn.execute(
            insert(articles).values(key="file:///seed.txt", status="ok", first_seen=now, last_seen=now,
                                    text="نص", lang="ar", meta={"sample": True})
        ).inserted_primary_key[0]
        conn.execute(insert(facts).values(
            article_id=art_id, kind="trade_volume", subject="FR", counterpart="KZ", period="2022",
            value=5.3e9, unit="EUR", evidence="…", equivalents=[{"value": 5.6e9, "unit": "USD"}],
            extractor_version="t", created_at=now))
    with engine.connect() as conn:
        row = conn.execute(select(facts)).mappings().one()
    assert row["value"] == 5.3e9 and row["approx"] is False and row["basis"] == "actual"
    assert row["equivalents"] == [{"value": 5.6e9, "unit": "USD"}]


def test_deleting_an_article_deletes_its_facts(engine):
    now = datetime.now(UTC)
    with engine.begin() as conn:
        art_id = conn.execute(insert(articles).values(key="k", status="ok", first_seen=now, last_seen=now)).inserted_primary_key[0]
        conn.execute(insert(facts).values(article_id=art_id, kind="production", subject="KZ", value=1.0,
                                          unit="t", evidence="e", extractor_version="t", created_at=now))
        conn.execute(articles.delete())
    with engine.connect() as conn:
        assert conn.execute(select(facts)).first() is None


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_engine):
    with sqlite_engine.connect() as conn:
        assert conn.execute(text("pragma journal_mode")).scalar() == "wal"
        assert conn.execute(text("pragma foreign_keys")).scalar() == 1
        assert conn.execute(text("pragma busy_timeout")).scalar() >= 5000
