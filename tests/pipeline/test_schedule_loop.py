"""The scheduler's loop, in process: it survives a database that is down, and stops on config errors."""

from __future__ import annotations

from etl.pipeline import run_schedule
from etl.store import connect
from tests.pipeline.conftest import write_sources


def test_a_cycle_that_cannot_open_the_database_does_not_end_the_schedule(db_url, tmp_path, capsys, fake_extractor):
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text("Kazakhstan shipped 20 thousand tonnes of wheat.", encoding="utf-8")
    cfg = write_sources(tmp_path / "s.toml", [{"name": "local", "type": "folder", "location": str(folder)}])
    calls = []

    def factory():
        calls.append(1)
        if len(calls) == 1:
            raise ConnectionError("server starting up")
        return connect(db_url)

    assert run_schedule(factory, 0.01, sources_file=cfg, max_cycles=2) == 0
    out = capsys.readouterr().out
    assert "refresh could not run: ConnectionError: server starting up" in out
    assert "refresh ok: 1 articles seen, 1 new" in out


def test_a_missing_sources_file_ends_the_schedule_with_code_2(db_url, tmp_path, capsys):
    code = run_schedule(lambda: connect(db_url), 3600, sources_file=tmp_path / "missing.toml")
    assert code == 2 and "no sources file" in capsys.readouterr().out
