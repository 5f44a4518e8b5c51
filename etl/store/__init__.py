"""The store: one schema for SQLite and PostgreSQL, migrated by Alembic."""

from etl.store.db import connect, upgrade
from etl.store.schema import metadata

__all__ = ["connect", "metadata", "upgrade"]
