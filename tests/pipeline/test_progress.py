"""Progress: JSON lines when nobody watches, Rich bars on a terminal."""

from __future__ import annotations

import json

from etl.pipeline import ingest_paths
from etl.pipeline.progress import Reporter


def test_one_json_line_per_event_when_not_on_a_terminal(sqlite_engine, tmp_path, capsys, fake_extractor):
    (tmp_path / "a.txt").write_text("Kazakhstan shipped 20 thousand tonnes of wheat.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    ingest_paths(sqlite_engine, [tmp_path], reporter=Reporter())  # auto: stderr is captured, not a tty
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    events = [e["event"] for e in lines]
    assert events[0] == "run_start" and events[-1] == "run_end"
    assert "article_new" in events and "article_failed" in events
    failed = next(e for e in lines if e["event"] == "article_failed")
    assert failed["reason"] == "empty file" and failed["location"].endswith("b.txt")
    assert all("ts" in e for e in lines)


def test_rich_progress_prints_failures(sqlite_engine, tmp_path, capsys, fake_extractor):
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    ingest_paths(sqlite_engine, [tmp_path], reporter=Reporter("rich"))
    err = capsys.readouterr().err
    assert "failed" in err and "empty file" in err and "{" not in err
