"""Tables of the store (SQLAlchemy Core), shared by SQLite and PostgreSQL.

The migrations in ``etl/store/migrations`` create exactly these tables; a test compares the
two so that they never drift apart.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("type", String(20), nullable=False),  # folder | feed | url | jsonl | files
    Column("location", Text, nullable=False),
    Column("lang", String(8)),
    Column("etag", Text),  # conditional GET state of a feed
    Column("last_modified", Text),
    Column("last_checked", DateTime(timezone=True)),
    Column("last_status", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="SET NULL")),
    # identity: the canonical URL, or a file:// URI for a local file without one
    Column("key", Text, nullable=False, unique=True),
    Column("url", Text),
    Column("canonical_url", Text),
    Column("content_hash", String(64), index=True),
    Column("title", Text),
    Column("lang", String(8)),
    Column("published", String(10)),  # YYYY-MM-DD or YYYY-MM, as the source gives it
    Column("text", Text),  # the article's text as stored; fact spans index into it
    Column("status", String(12), nullable=False),  # ok | failed
    Column("error", Text),
    Column("meta", JSON),
    Column("sample", Boolean, nullable=False, default=False),
    Column("extractor_version", String(32)),
    Column("n_facts", Integer, nullable=False, default=0),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False),
    Column("last_changed", DateTime(timezone=True)),
)

facts = Table(
    "facts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    # the fields of spec/facts.md
    Column("kind", String(20), nullable=False, index=True),
    Column("subject", String(2), nullable=False, index=True),
    Column("counterpart", String(2), index=True),
    Column("commodity", String(20)),
    Column("period", String(16)),
    Column("basis", String(10), nullable=False, default="actual"),
    Column("value", Float, nullable=False),
    Column("value_high", Float),
    Column("unit", String(10), nullable=False),
    Column("approx", Boolean, nullable=False, default=False),
    Column("qualifier", String(10)),
    Column("equivalents", JSON),
    Column("detail", String(40)),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("evidence", Text, nullable=False),
    # the period as dates, for filtering and charting (first and last day it covers)
    Column("period_start", String(10)),
    Column("period_end", String(10)),
    Column("period_granularity", String(10)),  # year | half | quarter | month | months | day | none
    # normalization
    Column("value_usd", Float),
    Column("value_eur", Float),
    Column("fx_rate", Float),  # USD per one unit of `unit`
    Column("fx_rate_eur", Float),  # EUR per one unit of `unit`
    Column("fx_period", String(24)),
    Column("fx_source", Text),
    Column("fx_error", Text),
    Column("equivalents_deviation", Float),
    Column("value_canonical", Float),
    Column("unit_canonical", String(20)),
    Column("extractor_version", String(32), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
Index("ix_facts_pair", facts.c.subject, facts.c.counterpart, facts.c.kind)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("command", String(20), nullable=False),  # refresh | ingest | demo
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("status", String(12), nullable=False),  # running | ok | partial | failed
    Column("articles_seen", Integer, nullable=False, default=0),
    Column("articles_new", Integer, nullable=False, default=0),
    Column("articles_changed", Integer, nullable=False, default=0),
    Column("articles_unchanged", Integer, nullable=False, default=0),
    Column("articles_failed", Integer, nullable=False, default=0),
    Column("facts_added", Integer, nullable=False, default=0),
    Column("facts_removed", Integer, nullable=False, default=0),
    Column("failures", JSON),  # [{"location": ..., "reason": ...}]
    Column("error", Text),
    Column("extractor_version", String(32)),
)

fx_rates = Table(
    "fx_rates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("currency", String(3), nullable=False),
    Column("base", String(3), nullable=False),  # rates are units of `currency` per one `base`
    Column("period", String(24), nullable=False),  # YYYY, YYYY-MM, YYYY-MM-DD
    Column("granularity", String(8), nullable=False),  # year | month | day
    Column("rate", Float, nullable=False),
    Column("source", String(40), nullable=False),
    Column("fetched_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("currency", "base", "period", "source", name="uq_fx_rates_key"),
)
