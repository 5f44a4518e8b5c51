"""The demo database: a fresh store for ``silkstat demo`` that never touches the user's own."""

from __future__ import annotations

import os

from etl import config


def demo_db_url() -> str:
    """``SILKSTAT_DB_URL`` when set (the user chose that database); otherwise a new, empty
    ``<SILKSTAT_HOME>/demo.db``, deleted first with its WAL files so every demo starts clean."""
    url = os.environ.get("SILKSTAT_DB_URL")
    if url:
        return url
    path = config.silkstat_home() / "demo.db"
    for leftover in (path, path.with_name("demo.db-wal"), path.with_name("demo.db-shm")):
        leftover.unlink(missing_ok=True)
    return f"sqlite:///{path}"
