"""The ETL commands as a user types them: ingest, refresh, runs, schedule, demo."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from etl.cli import app
from etl.pipeline import parse_interval
from etl.store import connect
from etl.store.schema import articles, facts
from tests.pipeline.conftest import write_sources

runner = CliRunner()


def _invoke(*args):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def folder(tmp_path):
    arts = tmp_path / "arts"
    arts.mkdir()
    (arts / "a.txt").write_text("Kazakhstan shipped 20 thousand tonnes of wheat to China.", encoding="utf-8")
    (arts / "b.txt").write_text("Uzbek mills bought 7 thousand tonnes of flour.", encoding="utf-8")
    return arts


def test_refresh_twice_the_second_adds_nothing(db_url, folder, tmp_path, fake_extractor):
    cfg = write_sources(tmp_path / "sources.toml", [{"name": "local", "type": "folder", "location": str(folder)}])
    first = _invoke("refresh", "--sources", str(cfg))
    assert first.exit_code == 0, first.output
    assert "2 new" in first.output and "facts +2 -0" in first.output
    second = _invoke("refresh", "--sources", str(cfg))
    assert second.exit_code == 0
    assert "0 new, 0 changed, 2 unchanged" in second.output and "facts +0 -0" in second.output
    engine = connect(db_url)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(articles)).scalar_one() == 2
        assert conn.execute(select(func.count()).select_from(facts)).scalar_one() == 2
    engine.dispose()


def test_the_default_sources_file_is_read_from_the_data_directory(_isolated_home, folder, fake_extractor):
    write_sources(_isolated_home / "sources.toml", [{"name": "local", "type": "folder", "location": str(folder)}])
    result = _invoke("refresh")
    assert result.exit_code == 0 and "refresh ok" in result.output


def test_a_missing_sources_file_explains_how_to_create_one(_isolated_home):
    result = runner.invoke(app, ["refresh"])
    assert result.exit_code == 1
    assert "no sources file at" in result.output and "sources.example.toml" in result.output


def test_a_broken_sources_file_is_a_failed_run(_isolated_home, tmp_path):
    cfg = tmp_path / "sources.toml"
    cfg.write_text('[[sources]]\nname = "x"\ntype = "gopher"\nlocation = "y"\n', encoding="utf-8")
    result = runner.invoke(app, ["refresh", "--sources", str(cfg)])
    assert result.exit_code == 1 and "refresh failed" in result.output and "type must be one of" in result.output
    runs = _invoke("runs")
    assert "failed" in runs.output and "SourcesFileError" in runs.output


def test_ingest_and_runs_show_every_failure_with_its_reason(_isolated_home, folder, fake_extractor):
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "broken.jsonl").write_text("{oops\n", encoding="utf-8")
    result = _invoke("ingest", str(folder))
    assert result.exit_code == 0  # partial: the good articles are in
    assert "ingest partial" in result.output and "2 failed" in result.output
    listing = _invoke("runs")
    assert listing.exit_code == 0
    assert re.search(r"run 1 failed \[command-line files\]: \S*empty.txt: empty file", listing.output)
    assert re.search(r"broken.jsonl#1: malformed JSONL record", listing.output)
    assert "partial" in listing.output


def test_an_ingest_where_everything_fails_exits_non_zero(_isolated_home, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00\x00")
    result = runner.invoke(app, ["ingest", str(bad)])
    assert result.exit_code == 1 and "ingest failed" in result.output


def test_runs_on_an_empty_store_says_how_to_start(_isolated_home):
    assert "no runs yet" in _invoke("runs").output


@pytest.mark.parametrize(("text", "seconds"), [("30s", 30), ("15m", 900), ("6h", 21600), ("1d", 86400), ("2", 2),
                                               ("1.5h", 5400)])
def test_intervals(text, seconds):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "6 hours", "h", "0s", "-1m"])
def test_bad_intervals_are_refused(text):
    with pytest.raises(ValueError, match="invalid interval"):
        parse_interval(text)
    assert runner.invoke(app, ["schedule", "--every", text or "x"]).exit_code == 1


def test_demo_loads_a_fresh_demo_database_and_leaves_the_users_store_alone(_isolated_home, folder, fake_extractor):
    _invoke("ingest", str(folder))  # the user's own store
    for _ in range(2):  # twice: each demo starts from an empty database
        result = _invoke("demo", "--no-serve")
        assert result.exit_code == 0, result.output
        assert "demo ok" in result.output and "0 failed" in result.output
    demo = connect(f"sqlite:///{_isolated_home / 'demo.db'}")
    with demo.connect() as conn:
        samples = conn.execute(select(func.count()).select_from(articles)).scalar_one()
        assert samples >= 1 and conn.execute(select(func.count()).select_from(articles).where(
            articles.c.key.like("%seed-macron-kazakhstan%"))).scalar_one() == 1
    demo.dispose()
    user = connect(f"sqlite:///{_isolated_home / 'silkstat.db'}")
    with user.connect() as conn:
        assert conn.execute(select(func.count()).select_from(articles)).scalar_one() == 2
    user.dispose()


def test_refresh_of_the_example_sources_twice_with_the_real_extractor(_isolated_home):
    from etl.config import BUNDLED_DATA

    example = str(BUNDLED_DATA / "sources.example.toml")
    first = _invoke("refresh", "--sources", example)
    assert first.exit_code == 0 and "refresh ok" in first.output
    added = int(re.search(r"facts \+(\d+)", first.output).group(1))
    assert added > 0  # the bundled articles state real figures
    second = _invoke("refresh", "--sources", example)
    assert second.exit_code == 0
    assert re.search(r"\b0 new, 0 changed, \d+ unchanged, 0 failed; facts \+0 -0", second.output)
