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


@pytest.fixture(scope="session")
def _fixture_store(tmp_path_factory):
    """The hand-written fixture store, written once: the pages only read it."""
    from etl.store import connect

    url = f"sqlite:///{tmp_path_factory.mktemp('fixture-store') / 'store.db'}"
    eng = connect(url)
    ids = fill_store(eng)
    eng.dispose()
    return url, ids


@pytest.fixture
def fixture_ids(_fixture_store):
    """The ids of notable facts in the fixture store (the seed, the script-titled article's)."""
    return _fixture_store[1]


@pytest.fixture
def fixture_url(_fixture_store, monkeypatch):
    """URL of the filled fixture store, also set as SILKSTAT_DB_URL (read-only use)."""
    monkeypatch.setenv("SILKSTAT_DB_URL", _fixture_store[0])
    return _fixture_store[0]


@pytest.fixture
def fixture_engine(fixture_url):
    """An engine on the fixture store."""
    from etl.store.db import make_engine

    eng = make_engine(fixture_url)
    yield eng
    eng.dispose()


@pytest.fixture
def filled_engine(engine):
    """The fixture store on SQLite and on PostgreSQL, for the query tests."""
    fill_store(engine)
    return engine


@pytest.fixture(scope="session")
def _demo_store(tmp_path_factory):
    """The bundled articles loaded once by the real pipeline (skips until etl.pipeline provides it)."""
    try:
        from etl.pipeline import ingest_paths
    except ImportError:
        pytest.skip("etl.pipeline.ingest_paths does not exist yet")
    from etl.config import BUNDLED_ARTICLES
    from etl.store import connect

    base = tmp_path_factory.mktemp("demo-store")
    url = f"sqlite:///{base / 'store.db'}"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SILKSTAT_HOME", str(base))
        mp.setenv("SILKSTAT_DB_URL", url)
        eng = connect(url)
        ingest_paths(eng, [BUNDLED_ARTICLES])
        eng.dispose()
    return url


@pytest.fixture
def demo_url(_demo_store, monkeypatch):
    """URL of the demo store, also set as SILKSTAT_DB_URL (read-only use)."""
    monkeypatch.setenv("SILKSTAT_DB_URL", _demo_store)
    return _demo_store


@pytest.fixture
def demo(demo_url):
    """The demo store's URL (the name the brief uses); SILKSTAT_DB_URL points at it."""
    return demo_url
