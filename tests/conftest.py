"""Shared fixtures: a fresh store on SQLite and on PostgreSQL, and the shared corpus location."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from tests.support import IN_CI, SHARED, skip_or_fail  # noqa: F401  (re-exported for tests)

PG_URL = os.environ.get("SILKSTAT_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Every test gets its own data directory, so nothing touches the user's database."""
    home = tmp_path_factory.mktemp("silkstat-home")
    monkeypatch.setenv("SILKSTAT_HOME", str(home))
    monkeypatch.delenv("SILKSTAT_DB_URL", raising=False)
    return home


def _postgres_url() -> tuple[str, str]:
    """A fresh schema-less database on the local server, made for one test: (URL, name)."""
    from sqlalchemy import create_engine, text

    try:
        admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:  # no server answering
        skip_or_fail(f"PostgreSQL not reachable at {PG_URL}: {exc.__class__.__name__}")
    name = f"silkstat_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'create database "{name}"'))
    admin.dispose()
    return PG_URL.rsplit("/", 1)[0] + "/" + name, name


def _drop_postgres(name: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'drop database if exists "{name}" with (force)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path, monkeypatch):
    """A URL of an empty database, once on SQLite and once on PostgreSQL; also set as SILKSTAT_DB_URL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.db'}"
        monkeypatch.setenv("SILKSTAT_DB_URL", url)
        yield url
        return
    url, name = _postgres_url()
    monkeypatch.setenv("SILKSTAT_DB_URL", url)
    yield url
    _drop_postgres(name)


@pytest.fixture
def engine(db_url):
    """An engine on a fresh store migrated to head (SQLite and PostgreSQL)."""
    from etl.store import connect

    eng = connect(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def sqlite_engine(tmp_path, monkeypatch):
    """An engine on a fresh SQLite store only, for tests that do not depend on the backend."""
    from etl.store import connect

    url = f"sqlite:///{tmp_path / 'store.db'}"
    monkeypatch.setenv("SILKSTAT_DB_URL", url)
    eng = connect(url)
    yield eng
    eng.dispose()


@pytest.fixture
def shared_dir() -> Path:
    """../shared, or a clean skip when this checkout has none."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present beside the checkout")
    return SHARED

