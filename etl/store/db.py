"""Opening the store: engine creation, SQLite pragmas, and migration to head."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from etl import config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    """WAL lets the dashboard read while the ETL writes; the busy timeout absorbs short locks."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def make_engine(url: str | None = None) -> Engine:
    """An engine for ``url`` (default: ``config.db_url()``), without touching the schema."""
    url = url or config.db_url()
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine: Engine):
    """An Alembic config pointing at the packaged migrations (no alembic.ini needed)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (a no-op when it is there already)."""
    from alembic import command

    command.upgrade(alembic_config(engine), "head")


def connect(url: str | None = None, *, migrate: bool = True) -> Engine:
    """Open the store and, by default, migrate it to head: every command that opens it does."""
    engine = make_engine(url)
    if migrate:
        upgrade(engine)
    return engine
