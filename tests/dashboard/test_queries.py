"""The dashboard's store reads, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import insert

from dashboard import queries
from dashboard.chartdata import coverage_matrix
from etl.store.schema import runs


def test_overview_counts_are_aggregated_by_the_database(filled_engine):
    counts = queries.overview_counts(filled_engine)
    assert counts == {"articles": 4, "failed": 1, "facts": 21, "countries": 6, "languages": 4}


def test_pair_counts_fold_into_the_coverage_matrix(filled_engine):
    pairs = queries.pair_counts(filled_engine)
    assert int(pairs["n"].sum()) == 21
    matrix = coverage_matrix(pairs)
    assert matrix.loc["KZ", "FR"] == 6  # 3 trade volumes, the rank, the uranium share and the deal
    assert matrix.loc["KZ", "UZ"] == 1 and matrix.loc["UZ", "KZ"] == 1  # counted on both sides
    assert matrix.loc["KZ", "(none)"] == 1  # production has no partner


def test_fact_rows_filter_by_kind_country_role_and_commodity(filled_engine):
    rows = queries.fact_rows(filled_engine, ["trade_volume"], country="FR")
    assert sorted(rows["value"]) == [1.1e9, 3.9e9, 5.3e9, 5.9e9]
    assert set(rows["period_class"]) == {"annual"}
    supply = queries.fact_rows(filled_engine, ["supply_share"], country="KZ", role="subject", commodity="uranium")
    assert sorted(supply["counterpart"]) == ["CN", "FR"]
    seed_share = supply[supply["counterpart"] == "FR"].iloc[0]
    assert seed_share["dated_by"] == "publication" and seed_share["year"] == 2023


def test_explorer_filters_are_where_clauses(filled_engine):
    assert len(queries.explorer_rows(filled_engine)) == 21
    ar = queries.explorer_rows(filled_engine, langs=["ar"])
    assert set(ar["kind"]) == {"trade_volume", "investor_rank", "supply_share"}
    hedged = queries.explorer_rows(filled_engine, approx=True)
    assert sorted(hedged["value"]) == [40, 90]
    in_2021 = queries.explorer_rows(filled_engine, year_from=2021, year_to=2021)
    assert list(in_2021["value"]) == [3.9e9]
    by_source = queries.explorer_rows(filled_engine, source_names=["Example feed (fr)"], kinds=["trade_volume"])
    assert list(by_source["subject"]) == ["UZ"]


def test_filter_options_list_what_the_store_holds(filled_engine):
    opts = queries.filter_options(filled_engine)
    assert opts["langs"] == ["ar", "en", "fr", "ru"]
    assert opts["years"] == [2021, 2023]
    assert "uranium" in opts["commodities"] and "KZ" in opts["countries"]


def test_the_cache_token_changes_when_a_refresh_finishes(filled_engine):
    before = queries.refresh_token(filled_engine)
    now = datetime.now(UTC)
    with filled_engine.begin() as conn:
        conn.execute(insert(runs).values(command="refresh", started_at=now, status="running"))
    assert queries.refresh_token(filled_engine) == before  # a running refresh changes nothing yet
    with filled_engine.begin() as conn:
        conn.execute(insert(runs).values(command="refresh", started_at=now, finished_at=now, status="ok"))
    assert queries.refresh_token(filled_engine) != before


def test_an_empty_store_reports_itself_empty(engine):
    status = queries.store_status(engine)
    assert status.reachable and status.has_schema and status.empty
    assert queries.overview_counts(engine)["facts"] == 0
    assert queries.explorer_rows(engine).empty


def test_sources_runs_and_failures(filled_engine):
    by_source = queries.articles_by_source(filled_engine)
    assert int(by_source["articles"].sum()) == 5
    failed = queries.failed_articles(filled_engine)
    assert list(failed["error"]) == ["HTTP 404 Not Found"]
    assert list(queries.run_history(filled_engine)["status"]) == ["partial"]
    assert queries.freshness(filled_engine)["newest_published"] == "2023-11-01"


def test_the_explorer_counts_every_match_and_shows_a_limited_page(filled_engine):
    assert queries.explorer_count(filled_engine) == 21
    assert queries.explorer_count(filled_engine, kinds=["trade_volume"], langs=["en"]) == 5
    first = queries.explorer_rows(filled_engine, limit=3)
    assert list(first["fact_id"]) == sorted(queries.explorer_rows(filled_engine)["fact_id"])[:3]
