"""Every page in Streamlit's AppTest: empty store, fixture store, demo store, and the URL."""

from __future__ import annotations

import pytest

from tests.dashboard.helpers import PAGES, figure_titled, marker_points, open_page, texts
from tests.dashboard.store_fixture import SCRIPT_TITLE, SEED_USD


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_renders_on_an_empty_store_and_says_what_to_do(empty_url, page):
    at = open_page(page)
    assert not at.exception, [e.value for e in at.exception]
    if page != "about":
        assert "silkstat demo" in texts(at)
    assert not at.get("plotly_chart")


def test_a_database_without_tables_asks_for_a_migration(tmp_path, monkeypatch):
    monkeypatch.setenv("SILKSTAT_DB_URL", f"sqlite:///{tmp_path / 'bare.db'}")
    at = open_page("trade")
    assert not at.exception
    assert "silkstat db upgrade" in texts(at)


@pytest.mark.parametrize("url", ["postgresql+psycopg://nobody@127.0.0.1:1/none", "nosuchdialect://x"])
def test_a_database_that_does_not_answer_is_an_error_message_not_a_traceback(monkeypatch, url):
    monkeypatch.setenv("SILKSTAT_DB_URL", url)
    for page in ("overview", "trade", "about"):
        at = open_page(page)
        assert not at.exception, [e.value for e in at.exception]
        if page != "about":
            assert "SILKSTAT_DB_URL" in " ".join(e.value for e in at.error)


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_renders_on_the_fixture_store(fixture_url, page):
    at = open_page(page)
    assert not at.exception, [e.value for e in at.exception]
    assert "silkstat demo" not in texts(at)


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_renders_on_the_demo_store(demo, page):
    at = open_page(page)
    assert not at.exception, [e.value for e in at.exception]


def test_the_trade_page_shows_the_seed_point_and_the_spread(fixture_url, fixture_ids):
    at = open_page("trade")
    fig = figure_titled(at, "Trade volume of Kazakhstan by partner (USD)")
    points = marker_points(fig)
    seed = [p for p in points if p[2] == fixture_ids["seed_fact"]]
    assert seed and seed[0][0] == 2022 and seed[0][1] == pytest.approx(SEED_USD)
    # a second article reports France–Kazakhstan 2022 at USD 5.9 bn: both drawn, and a spread bar
    france_2022 = sorted(y for x, y, _ in points if x == 2022 and y < 7e9 and y > 5e9)
    assert france_2022 == [pytest.approx(SEED_USD), pytest.approx(5.9e9)]
    spreads = [t for t in fig["data"] if t.get("name", "").endswith("spread")]
    assert spreads, "the two reports for one pair and year are joined by a spread bar"
    assert fig["layout"]["xaxis"]["tickformat"] == "d"
    assert fig["layout"]["xaxis"]["title"]["text"] == "Year"
    assert "USD" in fig["layout"]["yaxis"]["title"]["text"]


def test_sub_annual_trade_is_a_chart_of_its_own(fixture_url):
    at = open_page("trade")
    annual = figure_titled(at, "Trade volume of Kazakhstan by partner")
    assert all(y != 19.0e9 for _, y, _ in marker_points(annual))
    sub = figure_titled(at, "Trade volume of Kazakhstan, months and quarters")
    assert [y for _, y, _ in marker_points(sub)] == [19.0e9]


def test_choosing_a_partner_changes_what_the_chart_holds(fixture_url):
    at = open_page("trade")
    before = {y for _, y, _ in marker_points(figure_titled(at, "Trade volume of Kazakhstan"))}
    at.multiselect(key="trade_partners_KZ").select("CN").run()
    after = marker_points(figure_titled(at, "Trade volume of Kazakhstan"))
    assert {y for _, y, _ in after} == {31.5e9} < before
    assert at.query_params["partners"] == "CN"


def test_the_currency_selector_revalues_the_chart(fixture_url, fixture_ids):
    at = open_page("trade", {"cur": "EUR"})
    seed = [p for p in marker_points(figure_titled(at, "Trade volume of Kazakhstan")) if p[2] == fixture_ids["seed_fact"]]
    assert seed[0][1] == pytest.approx(5.3e9)  # reported in EUR: shown as written
    assert "KZT" in at.selectbox(key="trade_currency").options


def test_the_country_in_the_url_selects_the_page_and_unknown_ones_are_ignored(fixture_url):
    at = open_page("trade", {"country": "UZ"})
    assert at.selectbox(key="trade_country").value == "UZ"
    at = open_page("trade", {"country": "ZZ", "partners": "FR,XX"})
    assert not at.exception
    assert at.selectbox(key="trade_country").value == "KZ"
    notices = " ".join(i.value for i in at.info)
    assert "'ZZ'" in notices and "'XX'" in notices


def test_unknown_kinds_in_the_explorer_url_are_ignored_with_a_notice(fixture_url):
    at = open_page("explorer", {"kind": "trade_volume,smuggling"})
    assert not at.exception
    assert at.multiselect(key="fx_kind").value == ["trade_volume"]
    assert "'smuggling'" in " ".join(i.value for i in at.info)
    table = at.dataframe[0].value
    assert set(table["Kind"]) == {"trade_volume"}


def test_every_chart_has_csv_excel_and_json_downloads(fixture_url):
    at = open_page("trade")
    labels = [b.proto.label for b in at.get("download_button")]
    n_charts = len(at.get("plotly_chart"))
    assert n_charts >= 4
    assert labels.count("CSV") == labels.count("Excel") == labels.count("JSON") == n_charts
    ids = [b.proto.id for b in at.get("download_button")]
    for ext in ("csv", "xlsx", "json"):
        assert sum(1 for i in ids if i.endswith(f"-{ext}")) == n_charts


def test_the_explorer_offers_the_whole_fact_table(fixture_url):
    at = open_page("explorer")
    ids = [b.proto.id for b in at.get("download_button")]
    assert any(i.endswith("dl-facts-filtered-csv") for i in ids)
    assert any(i.endswith("dl-facts-all-csv") for i in ids)


def test_a_script_title_is_shown_as_text_and_its_link_is_not_offered(fixture_url, fixture_ids):
    at = open_page("explorer", {"fact": str(fixture_ids["script_fact"])})
    assert not at.exception
    bodies = [el.proto.body for el in at.get("html")]
    assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in b for b in bodies)
    assert not any("<script" in b for b in bodies)
    assert not at.get("link_button"), "javascript: URLs are not links"
    table = at.dataframe[0].value
    assert SCRIPT_TITLE in set(table["Article"])  # the grid shows it as plain text
    assert table.loc[table["Article"] == SCRIPT_TITLE, "Link"].isna().all()


def test_the_seed_fact_opens_its_arabic_sentence_right_to_left_with_the_number_marked(fixture_url, fixture_ids):
    at = open_page("explorer", {"fact": str(fixture_ids["seed_fact"])})
    body = next(el.proto.body for el in at.get("html") if "blockquote" in el.proto.body)
    assert 'dir="rtl"' in body
    assert "<mark>5.3 مليار</mark>" in body
    assert "https://example.org/ar/france-kazakhstan-2023" in [b.proto.url for b in at.get("link_button")]
    assert "1 EUR = 1.053 USD" in texts(at)


def test_the_energy_page_follows_the_commodity_in_the_url(fixture_url):
    at = open_page("energy", {"commodity": "gas"})
    fig = figure_titled(at, "Share of each consumer's gas needs")
    assert fig["data"][0]["y"] == ["Russia"] and fig["data"][0]["x"] == ["Kyrgyzstan"]
    at = open_page("energy", {"commodity": "uranium"})
    fig = figure_titled(at, "Share of each consumer's uranium needs")
    assert set(fig["data"][0]["x"]) == {"France", "China"}
    assert figure_titled(at, "Production of uranium (t)")


def test_ranks_are_drawn_with_the_first_rank_on_top(fixture_url):
    at = open_page("investment")
    fig = figure_titled(at, "Investors of Kazakhstan by rank")
    lo, hi = fig["layout"]["yaxis"]["range"]
    assert lo > hi  # reversed: rank 1 at the top
    assert {round(y) for _, y, _ in marker_points(fig)} == {4, 5}


def test_the_sources_page_lists_the_failed_article_and_the_run(fixture_url):
    at = open_page("sources")
    joined = " ".join(str(df.value.to_dict()) for df in at.dataframe)
    assert "HTTP 404 Not Found" in joined
    assert "partial" in joined


def test_the_trade_page_reads_postgresql_as_well_as_sqlite(filled_engine):
    at = open_page("trade")  # SILKSTAT_DB_URL points at the parametrized store
    assert not at.exception, [e.value for e in at.exception]
    points = marker_points(figure_titled(at, "Trade volume of Kazakhstan by partner (USD)"))
    assert pytest.approx(SEED_USD) in [y for x, y, _ in points if x == 2022]


def test_cached_charts_refresh_when_the_next_refresh_finishes(sqlite_engine):
    from datetime import UTC, datetime

    from sqlalchemy import insert, select

    from etl.store.schema import articles, facts, runs
    from tests.dashboard.store_fixture import fill_store

    fill_store(sqlite_engine)
    at = open_page("trade")
    before = marker_points(figure_titled(at, "Trade volume of Kazakhstan by partner"))
    now = datetime.now(UTC)
    with sqlite_engine.begin() as conn:
        art = conn.execute(select(articles.c.id).limit(1)).scalar_one()
        conn.execute(insert(facts).values(
            article_id=art, kind="trade_volume", subject="KZ", counterpart="TR", period="2022", value=6.4e9,
            unit="USD", value_usd=6.4e9, evidence="Trade with Türkiye was $6.4 billion.", extractor_version="t",
            created_at=now, period_start="2022-01-01", period_end="2022-12-31", period_granularity="year"))
        conn.execute(insert(runs).values(command="refresh", started_at=now, status="running"))
    at.run()
    assert marker_points(figure_titled(at, "Trade volume of Kazakhstan by partner")) == before
    with sqlite_engine.begin() as conn:
        conn.execute(runs.update().where(runs.c.status == "running").values(status="ok", finished_at=now))
    at.run()
    after = marker_points(figure_titled(at, "Trade volume of Kazakhstan by partner"))
    assert len(after) == len(before) + 1 and 6.4e9 in [y for _, y, _ in after]


def test_the_explorer_year_range_comes_from_the_url(fixture_url):
    at = open_page("explorer", {"from": "2021", "to": "2021"})
    assert not at.exception
    assert at.slider(key="fx_years").value == (2021, 2021)
    assert list(at.dataframe[0].value["Value"]) == ["3.9 bn USD"]
    at = open_page("explorer", {"from": "1900"})
    assert "expected a number from 2021 to 2023" in " ".join(i.value for i in at.info)
