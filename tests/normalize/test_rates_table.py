"""The fx_rates table: offline refresh, reading back, ``silkstat rates show`` and ``refresh``."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from etl.normalize import RateBook, normalize_fact
from etl.normalize.rates import load_rows, offline_rows, refresh_rates, show_rates
from etl.store.schema import fx_rates


def test_offline_refresh_stores_yearly_and_monthly_averages(engine):
    summary = refresh_rates(engine, online=False, currencies=["KZT", "EUR"], years=[1994, 2022])
    assert summary.startswith("stored 26 rates")  # 2 currencies x (1 year + 12 months) for 2022; none for 1994
    with engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(fx_rates)).scalar_one()
        kzt = conn.execute(
            select(fx_rates.c.rate, fx_rates.c.source, fx_rates.c.granularity)
            .where(fx_rates.c.currency == "KZT", fx_rates.c.period == "2022")
        ).one()
    assert n == 26
    assert kzt.source == "nbp" and kzt.granularity == "year"
    assert kzt.rate == pytest.approx(RateBook().quote("KZT", "2022").per_usd)
    # refreshing again replaces the rows: the unique key holds
    refresh_rates(engine, online=False, currencies=["KZT", "EUR"], years=[2022])
    assert len(load_rows(engine)) == 26


def test_a_book_on_the_table_gives_the_same_conversion_as_the_offline_providers(sqlite_engine):
    refresh_rates(sqlite_engine, online=False, currencies=["UZS", "EUR"], years=[2016])
    fact = {"value": 1e12, "unit": "UZS", "period": "2016"}
    stored = normalize_fact(fact, None, book=RateBook.from_engine(sqlite_engine, providers=[]))
    computed = normalize_fact(fact, None, book=RateBook())
    assert stored["value_usd"] == pytest.approx(computed["value_usd"], rel=1e-12)
    assert stored["value_eur"] == pytest.approx(computed["value_eur"], rel=1e-12)
    assert "stored average" in stored["fx"]["source"]


def test_a_stored_table_without_the_period_falls_back_to_no_rate_when_there_are_no_providers(sqlite_engine):
    book = RateBook.from_engine(sqlite_engine, providers=[])
    out = normalize_fact({"value": 1e9, "unit": "KZT", "period": "2016"}, None, book=book)
    assert out["fx"] == {"error": "no KZT rate for 2016"}


def test_offline_rows_skip_periods_without_coverage():
    rows = offline_rows(["TJS"], [1994, 2023])
    assert {r["period"][:4] for r in rows} == {"2023"}


def test_show_rates_prints_stored_rows(sqlite_engine, capsys):
    refresh_rates(sqlite_engine, online=False, currencies=["KZT"], years=[2023])
    show_rates(sqlite_engine, "KZT", year=2023)
    out = capsys.readouterr().out
    assert "stored in fx_rates" in out and "456.511" in out and "2023-12" in out


def test_show_rates_computes_when_nothing_is_stored(sqlite_engine, capsys):
    show_rates(sqlite_engine, "EUR", year=2022)
    out = capsys.readouterr().out
    assert "not stored" in out and "1.05305" in out  # USD per EUR, the ECB's 2022 average


def test_show_rates_of_an_unknown_currency_raises(sqlite_engine):
    with pytest.raises(LookupError, match="no XYZ rate"):
        show_rates(sqlite_engine, "XYZ", year=2022)


def test_cli_rates_commands(tmp_path, monkeypatch):
    from etl.cli import app

    monkeypatch.setenv("SILKSTAT_DB_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    runner = CliRunner()
    shown = runner.invoke(app, ["rates", "show", "kzt", "--year", "2010"])
    assert shown.exit_code == 0, shown.output
    assert "147.319" in shown.output
    missing = runner.invoke(app, ["rates", "show", "XYZ", "--year", "2010"])
    assert missing.exit_code == 1


def test_the_etl_can_make_the_stored_rates_the_default(sqlite_engine):
    from etl.normalize import default_book, use_book
    from etl.normalize.fx import TableRow

    stored = RateBook(providers=[], rows=[TableRow("KZT", "USD", "2016", "year", 340.0, "nbk")])
    use_book(stored)
    try:
        out = normalize_fact({"value": 340e6, "unit": "KZT", "period": "2016"}, None)
        assert out["value_usd"] == pytest.approx(1e6) and out["fx"]["source_id"] == "nbk"
    finally:
        use_book(None)
    assert default_book() is not stored


def test_for_a_day_the_most_recent_fixing_wins_stored_or_not():
    from etl.normalize.fx import TableRow

    old = RateBook(rows=[TableRow("KZT", "USD", "2023-05-08", "day", 440.0, "nbk")])
    assert old.quote("KZT", "2023-05-13").source == "nbp"  # NBP fixed on Wednesday 2023-05-10
    fresh = RateBook(rows=[TableRow("KZT", "USD", "2023-05-12", "day", 444.0, "nbk")])
    quote = fresh.quote("KZT", "2023-05-13")
    assert (quote.source, quote.period, quote.per_usd) == ("nbk", "2023-05-12", 444.0)
