"""A new extractor version: reported by a refresh, applied by ``refresh --reprocess`` (a backfill)."""

from __future__ import annotations

from sqlalchemy import select

import etl.extract
from etl.model import Fact
from etl.pipeline import refresh
from etl.pipeline.progress import Reporter
from etl.store.schema import articles, facts
from tests.pipeline.conftest import write_sources

QUIET = Reporter("quiet")


def _facts(engine):
    with engine.connect() as conn:
        return sorted(conn.execute(select(facts.c.value, facts.c.extractor_version)).all())


def test_reprocess_re_extracts_every_article_with_the_new_version(engine, tmp_path, fake_extractor, monkeypatch):
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text("Kazakhstan shipped 20 thousand tonnes of wheat.", encoding="utf-8")
    (folder / "b.txt").write_text("Tajikistan sold 3 thousand tonnes of aluminium.", encoding="utf-8")
    cfg = write_sources(tmp_path / "s.toml", [{"name": "local", "type": "folder", "location": str(folder)}])
    monkeypatch.setattr(etl.extract, "EXTRACTOR_VERSION", "old")
    refresh(engine, cfg, reporter=QUIET)
    assert _facts(engine) == [(3000.0, "old"), (20000.0, "old")]

    def better(text, lang=None, published=None):  # the "new version" finds twice the value
        return [Fact(**{**f.__dict__, "value": f.value * 2}) for f in fake_extractor(text, lang, published)]

    monkeypatch.setattr(etl.extract, "EXTRACTOR_VERSION", "new")
    monkeypatch.setattr(etl.extract, "extract_facts", better)
    plain = refresh(engine, cfg, reporter=QUIET)
    assert plain.stale == 2 and "--reprocess" in plain.summary_line()
    assert _facts(engine) == [(3000.0, "old"), (20000.0, "old")]  # not automatic: a backfill is chosen

    backfill = refresh(engine, cfg, reprocess=True, reporter=QUIET)
    assert backfill.status == "ok" and backfill.reextracted == 2 and backfill.stale == 0
    assert (backfill.counts["facts_removed"], backfill.counts["facts_added"]) == (2, 2)
    assert _facts(engine) == [(6000.0, "new"), (40000.0, "new")]
    with engine.connect() as conn:
        assert set(conn.execute(select(articles.c.extractor_version)).scalars()) == {"new"}


def test_a_failing_re_extraction_keeps_the_old_facts(sqlite_engine, tmp_path, fake_extractor, monkeypatch):
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text("Kazakhstan shipped 20 thousand tonnes of wheat.", encoding="utf-8")
    cfg = write_sources(tmp_path / "s.toml", [{"name": "local", "type": "folder", "location": str(folder)}])
    refresh(sqlite_engine, cfg, reporter=QUIET)

    def broken(text, lang=None, published=None):
        raise ValueError("new rules crash")

    monkeypatch.setattr(etl.extract, "extract_facts", broken)
    result = refresh(sqlite_engine, cfg, reprocess=True, reporter=QUIET)
    assert result.status == "partial" and "new rules crash" in result.failures[0]["reason"]
    assert _facts(sqlite_engine) == [(20000.0, etl.extract.EXTRACTOR_VERSION)]
