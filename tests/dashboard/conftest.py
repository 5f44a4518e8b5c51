"""Stores for the dashboard tests: empty, the hand-written fixture, and the bundled demo."""

from __future__ import annotations

import pytest

from tests.dashboard.store_fixture import fill_store


@pytest.fixture(autouse=True)
def _fresh_streamlit_caches():
    """Each test sees its own database: drop the engines and query results of the previous one."""
    import streamlit as st

    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def empty_url(sqlite_engine):
    """A migrated store with nothing in it (SILKSTAT_DB_URL points at it)."""
    return sqlite_engine.url.render_as_string(hide_password=False)


@pytest.fixture
def fixture_ids(sqlite_engine):
    """The hand-written fixture store on SQLite; returns the ids of notable facts."""
    return fill_store(sqlite_engine)


@pytest.fixture
def fixture_url(sqlite_engine, fixture_ids):
    """URL of the filled fixture store (also in SILKSTAT_DB_URL)."""
    return sqlite_engine.url.render_as_string(hide_password=False)


@pytest.fixture
def filled_engine(engine):
    """The fixture store on SQLite and on PostgreSQL, for the query tests."""
    fill_store(engine)
    return engine


@pytest.fixture
def demo_url(sqlite_engine):
    """The bundled articles loaded by the real pipeline (skips until etl.pipeline provides it)."""
    try:
        from etl.pipeline import ingest_paths
    except ImportError:
        pytest.skip("etl.pipeline.ingest_paths does not exist yet")
    from etl.config import BUNDLED_ARTICLES

    ingest_paths(sqlite_engine, [BUNDLED_ARTICLES])
    return sqlite_engine.url.render_as_string(hide_password=False)
