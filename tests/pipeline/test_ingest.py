"""Ingesting files: incremental, idempotent, and nothing lost or duplicated (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from etl.pipeline import ingest_paths
from etl.pipeline.progress import Reporter
from etl.store.schema import articles, facts, runs

QUIET = Reporter("quiet")


def _ingest(engine, *paths, **kw):
    return ingest_paths(engine, list(paths), reporter=QUIET, **kw)


def _count(engine, table, *where):
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()


def _write(folder, name, text, meta=None, encoding="utf-8"):
    path = folder / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    if meta is not None:
        path.with_name(path.stem + ".meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    _write(folder, "a.txt", "Kazakhstan shipped 20 thousand tonnes of wheat to China in May.",
           {"published": "2024-06-01", "lang": "en", "url": "https://news.example.org/a?utm_source=x"})
    _write(folder, "b.md", "# Grain\n\nUzbek mills bought 7 thousand tonnes of Kazakh flour.")
    _write(folder, "c.jsonl", json.dumps({"url": "https://news.example.org/c", "title": "C", "lang": "fr",
                                          "published": "2024-05", "text": "Le Kazakhstan a livré 3 thousand tonnes."}) + "\n")
    return folder


def test_a_second_ingest_adds_nothing(engine, corpus, fake_extractor):
    first = _ingest(engine, corpus)
    assert first.status == "ok"
    assert (first.counts["articles_new"], first.counts["facts_added"]) == (3, 3)
    second = _ingest(engine, corpus)
    assert second.status == "ok"
    assert second.counts["articles_new"] == second.counts["facts_added"] == 0
    assert second.counts["articles_unchanged"] == 3
    assert _count(engine, articles) == 3 and _count(engine, facts) == 3
    assert "0 new" in second.summary_line() and "facts +0 -0" in second.summary_line()


def test_identity_and_metadata_are_stored(engine, corpus, fake_extractor):
    _ingest(engine, corpus)
    with engine.connect() as conn:
        rows = {r["key"]: r for r in conn.execute(select(articles)).mappings()}
    a = rows["https://news.example.org/a"]  # canonical URL: tracking parameters dropped
    assert a["published"] == "2024-06-01" and a["lang"] == "en" and len(a["content_hash"]) == 64
    b = next(r for k, r in rows.items() if k.startswith("file://") and k.endswith("b.md"))
    assert b["title"] == "Grain" and b["lang"] == "en"  # detected from the text
    assert rows["https://news.example.org/c"]["lang"] == "fr"


def test_a_changed_article_gets_its_facts_replaced(engine, corpus, fake_extractor):
    _ingest(engine, corpus)
    with engine.connect() as conn:
        before = conn.execute(select(articles.c.id).where(articles.c.key == "https://news.example.org/a")).scalar_one()
    _write(corpus, "a.txt", "Correction: Kazakhstan shipped 25 thousand tonnes and 2 thousand tonnes of wheat.")
    result = _ingest(engine, corpus)
    assert result.counts["articles_changed"] == 1
    assert (result.counts["facts_removed"], result.counts["facts_added"]) == (1, 2)
    with engine.connect() as conn:
        values = sorted(conn.execute(select(facts.c.value).where(facts.c.article_id == before)).scalars())
        row = conn.execute(select(articles).where(articles.c.id == before)).mappings().one()
    assert values == [2000.0, 25000.0]  # same article row, new facts only
    assert row["n_facts"] == 2 and "Correction" in row["text"]


def test_the_same_text_under_two_names_is_stored_once(engine, tmp_path, fake_extractor):
    folder = tmp_path / "dup"
    folder.mkdir()
    text = "Tajikistan sold 4 thousand tonnes of aluminium to Turkey."
    _write(folder, "one.txt", text, {"url": "https://wire-one.example.org/x"})
    _write(folder, "two.txt", text, {"url": "https://wire-two.example.org/y"})
    result = _ingest(engine, folder)
    assert result.counts["articles_new"] == 1 and result.duplicates == 1
    assert _count(engine, articles) == 1 and _count(engine, facts) == 1


def test_bad_input_is_recorded_and_the_run_goes_on(engine, tmp_path, fake_extractor, monkeypatch):
    folder = tmp_path / "mixed"
    folder.mkdir()
    _write(folder, "good.txt", "Kyrgyzstan imported 9 thousand tonnes of coal.")
    _write(folder, "empty.txt", "")
    _write(folder, "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    _write(folder, "unknown.txt", bytes(range(0x80, 0xC0)) * 10)
    _write(folder, "badmeta.txt", "Turkmenistan sold gas.", meta=None)
    (folder / "badmeta.meta.json").write_text("{not json", encoding="utf-8")
    _write(folder, "unreadable.txt", "a file we may not read")
    real_read = Path.read_bytes

    def read_bytes(self):  # root reads any file, so permission trouble is simulated
        if self.name == "unreadable.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    _write(folder, "lines.jsonl", '{"text": "Uzbekistan bought 5 thousand tonnes."}\n{broken\n[1, 2]\n{"title": "no text"}\n')
    _write(folder, "boom.txt", "EXPLODE 3 thousand tonnes")  # the extractor raises on this one
    result = _ingest(engine, folder)
    reasons = {os.path.basename(f["location"]): f["reason"] for f in result.failures}
    assert result.status == "partial"
    assert result.counts["articles_new"] == 2 and result.counts["articles_failed"] == 9
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"]
    assert "unknown encoding" in reasons["unknown.txt"]
    assert reasons["badmeta.txt"].startswith("malformed metadata")
    assert reasons["unreadable.txt"] == "unreadable: Permission denied"
    assert reasons["lines.jsonl#2"].startswith("malformed JSONL") and reasons["lines.jsonl#3"].startswith("malformed JSONL")
    assert reasons["lines.jsonl#4"] == "JSONL record without text"
    assert reasons["boom.txt"].startswith("extraction error: RuntimeError")
    assert _count(engine, articles, articles.c.status == "failed") == 9
    with engine.connect() as conn:
        run = conn.execute(select(runs)).mappings().one()
    assert run["status"] == "partial" and run["articles_failed"] == 9 and len(run["failures"]) == 9


def test_a_failed_article_is_retried_and_then_stored(engine, tmp_path, fake_extractor):
    folder = tmp_path / "retry"
    folder.mkdir()
    _write(folder, "later.txt", "")
    assert _ingest(engine, folder).status == "failed"  # nothing good at all: a failed run
    _write(folder, "later.txt", "Kazakhstan sent 6 thousand tonnes of zinc to China.")
    again = _ingest(engine, folder)
    assert again.status == "ok" and again.counts["articles_new"] == 1
    with engine.connect() as conn:
        row = conn.execute(select(articles)).mappings().one()  # the failed row became the good one
    assert row["status"] == "ok" and row["error"] is None and row["n_facts"] == 1


def test_a_good_article_is_never_overwritten_by_a_failure(engine, tmp_path, fake_extractor):
    folder = tmp_path / "keep"
    folder.mkdir()
    _write(folder, "a.txt", "Uzbekistan exported 8 thousand tonnes of cotton.")
    _ingest(engine, folder)
    _write(folder, "a.txt", b"\x00\x01binary now")
    result = _ingest(engine, folder)
    assert result.counts["articles_failed"] == 1
    with engine.connect() as conn:
        row = conn.execute(select(articles)).mappings().one()
    assert row["status"] == "ok" and "cotton" in row["text"] and row["error"].startswith("last read failed")
    assert _count(engine, facts) == 1


def test_a_large_batch_runs_on_the_process_pool(engine, tmp_path, fake_extractor, monkeypatch):
    monkeypatch.setenv("SILKSTAT_EXECUTOR", "process")
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(60):
        _write(folder, f"n{i:02d}.txt", f"Report {i}: Kazakhstan shipped {i + 1} thousand tonnes of grain.")
    result = _ingest(engine, folder)
    assert result.counts["articles_new"] == 60 and result.counts["facts_added"] == 60
    with engine.connect() as conn:
        total = conn.execute(select(func.sum(facts.c.value))).scalar_one()
    assert total == sum(range(1, 61)) * 1000.0


def test_the_normalizer_fills_the_value_columns_when_present(engine, corpus, fake_extractor, monkeypatch):
    import etl.normalize

    def columns(fact, published):
        return {"value_canonical": fact["value"] / 1000, "unit_canonical": "kt", "period_start": published,
                "not_a_column": 1}

    monkeypatch.setattr(etl.normalize, "normalized_columns", columns, raising=False)
    _ingest(engine, corpus)
    with engine.connect() as conn:
        row = conn.execute(select(facts).where(facts.c.value == 20000.0)).mappings().one()
    assert row["value_canonical"] == 20.0 and row["unit_canonical"] == "kt" and row["period_start"] == "2024-06-01"
