"""One refresh at a time (SQLite flock, PostgreSQL advisory lock), and clean ends on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime

import pytest
from sqlalchemy import insert, select

from etl.pipeline import RefreshLock, RefreshLocked, refresh
from etl.pipeline.progress import Reporter
from etl.store.schema import runs
from tests.loopback import english_paragraphs, page_html, rss
from tests.pipeline.conftest import write_sources
from tests.support import ROOT

QUIET = Reporter("quiet")


def _folder_sources(tmp_path):
    folder = tmp_path / "arts"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text("Kazakhstan shipped 20 thousand tonnes of wheat to China.", encoding="utf-8")
    return write_sources(tmp_path / "sources.toml", [{"name": "local", "type": "folder", "location": str(folder)}])


def _slow_feed(server, tmp_path, n=8, delay=0.3):
    items = []
    for i in range(n):
        server.route(f"/s/{i}.html", page_html(f"Slow {i}", english_paragraphs(i)), delay=delay)
        items.append((f"Slow {i}", server.url(f"/s/{i}.html"), ""))
    server.route("/slow.xml", rss(items), content_type="application/rss+xml")
    return write_sources(tmp_path / "slow.toml", [{"name": "slow", "type": "feed", "location": server.url("/slow.xml")}])


def _silkstat(*args, **kw):
    return subprocess.Popen([sys.executable, "-m", "etl.cli", *args], cwd=ROOT, env=dict(os.environ),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def _wait_for(engine, predicate, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with engine.connect() as conn:
            rows = conn.execute(select(runs).order_by(runs.c.id)).mappings().all()
        if predicate(rows):
            return rows
        time.sleep(0.1)
    raise AssertionError(f"condition not reached in {timeout} s: {rows}")


def test_a_second_refresh_is_refused_while_the_lock_is_held(engine, tmp_path):
    cfg = _folder_sources(tmp_path)
    with RefreshLock(engine):
        with pytest.raises(RefreshLocked, match=rf"another refresh is running \(pid {os.getpid()}, started 20"):
            refresh(engine, cfg, reporter=QUIET)
    assert refresh(engine, cfg, reporter=QUIET).status == "ok"  # released: the next one runs


def test_concurrent_refreshes_from_two_processes(engine, server, tmp_path):
    gate = threading.Event()  # the first refresh is held on its first page until the gate opens
    server.route("/held.html", page_html("Held", english_paragraphs(1)), gate=gate)
    server.route("/held.xml", rss([("Held", server.url("/held.html"), "")]), content_type="application/rss+xml")
    cfg = write_sources(tmp_path / "held.toml", [{"name": "held", "type": "feed", "location": server.url("/held.xml")}],
                        fetch={"timeout": 30.0, "total_timeout": 30.0, "host_delay": 0.0})
    first = _silkstat("refresh", "--sources", str(cfg))
    try:
        _wait_for(engine, lambda rows: any(r["status"] == "running" for r in rows))
        second = _silkstat("refresh", "--sources", str(cfg))
        waiting = _silkstat("refresh", "--wait", "--sources", str(cfg))
        out, err = second.communicate(timeout=60)
        assert second.returncode == 3
        assert f"another refresh is running (pid {first.pid}, started 20" in err
        assert waiting.stderr.readline().find('"event": "waiting_for_lock"') > 0
        gate.set()
        out, err = waiting.communicate(timeout=60)
        assert waiting.returncode == 0, err
        assert "refresh ok: 1 articles seen, 0 new" in out
    finally:
        gate.set()
        first.wait(timeout=60)
    assert first.returncode == 0
    rows = _wait_for(engine, lambda rows: len(rows) == 2)
    assert [r["status"] for r in rows] == ["ok", "ok"]


def test_sigterm_ends_a_refresh_between_two_articles(sqlite_engine, server, tmp_path):
    cfg = _slow_feed(server, tmp_path, n=12)
    proc = _silkstat("refresh", "--sources", str(cfg))
    _wait_for(sqlite_engine, lambda rows: any(r["status"] == "running" for r in rows))
    time.sleep(0.5)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 1
    assert "refresh failed" in out and "interrupted" in out
    run = _wait_for(sqlite_engine, lambda rows: rows and rows[-1]["status"] != "running")[-1]
    assert run["status"] == "failed" and run["error"].startswith("interrupted") and run["finished_at"] is not None


def test_a_run_left_running_by_a_dead_process_is_closed(engine, tmp_path):
    with engine.begin() as conn:
        conn.execute(insert(runs).values(command="refresh", started_at=datetime.now(UTC), status="running"))
    refresh(engine, _folder_sources(tmp_path), reporter=QUIET)
    with engine.connect() as conn:
        rows = conn.execute(select(runs).order_by(runs.c.id)).mappings().all()
    assert rows[0]["status"] == "failed" and rows[0]["error"].startswith("abandoned")
    assert rows[1]["status"] == "ok"


def test_schedule_runs_cycles_and_stops_cleanly_on_sigterm(sqlite_engine, tmp_path):
    cfg = _folder_sources(tmp_path)
    proc = _silkstat("schedule", "--every", "2s", "--sources", str(cfg))
    try:
        _wait_for(sqlite_engine, lambda rows: sum(r["status"] == "ok" for r in rows) >= 2, timeout=30)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    with sqlite_engine.connect() as conn:
        rows = conn.execute(select(runs).order_by(runs.c.id)).mappings().all()
    assert len(rows) >= 2 and all(r["status"] != "running" for r in rows)
    assert all(r["finished_at"] is not None for r in rows)
    assert rows[0]["articles_new"] == 1 and rows[1]["articles_new"] == 0
    assert out.count("refresh ok") >= 2 and '"event": "schedule_stop"' in err
