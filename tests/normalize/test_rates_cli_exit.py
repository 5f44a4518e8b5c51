"""`silkstat rates refresh` tells a scheduled job when a central bank could not be read."""

from __future__ import annotations

from typer.testing import CliRunner

from etl.cli import app

BANKS = ("NBK", "CBU", "NBKR", "CBR", "ECB_DAILY")


def test_offline_refresh_succeeds(sqlite_engine):
    result = CliRunner().invoke(app, ["rates", "refresh", "--offline"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("stored ")


def test_a_bank_that_does_not_answer_fails_the_command_but_keeps_the_rest(sqlite_engine, monkeypatch):
    for bank in BANKS:  # a closed port on loopback: refused at once, no traffic leaves the machine
        monkeypatch.setenv(f"SILKSTAT_FX_URL_{bank}", "http://127.0.0.1:9")
    result = CliRunner().invoke(app, ["rates", "refresh"])
    assert result.exit_code == 1
    assert "rate source(s) failed" in result.stderr and "nbk" in result.stderr
    assert "stored " in result.stdout and "ecb:" in result.stdout  # the offline histories were stored
