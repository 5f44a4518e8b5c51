"""The `silkstat` command: help everywhere, the extract contract, clear one-line failures."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from etl.cli import app
from etl.model import FACT_FIELDS
from tests.support import SEED_TXT

runner = CliRunner()

COMMANDS = [
    [], ["extract"], ["eval"], ["ingest"], ["refresh"], ["runs"], ["schedule"], ["export"],
    ["dashboard"], ["demo"], ["db"], ["db", "upgrade"], ["rates"], ["rates", "show"], ["rates", "refresh"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "silkstat")
def test_every_command_has_help(command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_extract_prints_every_field_of_the_contract_and_the_source():
    result = runner.invoke(app, ["extract", str(SEED_TXT), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert rows, "the seed article states three facts"
    for row in rows:
        assert set(FACT_FIELDS) | {"source"} <= set(row)
        assert row["source"] == str(SEED_TXT)


def test_extract_csv_and_table_formats(tmp_path):
    for fmt in ("csv", "table"):
        result = runner.invoke(app, ["extract", str(SEED_TXT), "--format", fmt])
        assert result.exit_code == 0, result.output
        assert "KZ" in result.stdout and "EUR" in result.stdout  # the seed's trade fact, in any layout


def test_extract_of_a_missing_file_fails_with_a_reason(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code != 0
    assert "nope.txt" in result.stderr and "unreadable" in result.stderr


def test_db_upgrade_reports_head(db_url):
    result = runner.invoke(app, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert "database at head" in result.stdout


def test_an_unreachable_database_is_a_one_line_failure(monkeypatch):
    monkeypatch.setenv("SILKSTAT_DB_URL", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    result = runner.invoke(app, ["db", "upgrade"])
    assert result.exit_code == 1
    assert result.stderr.startswith("silkstat: cannot open the database")
    assert len(result.stderr.strip().splitlines()) == 1
