"""The data behind a chart: the figure, the CSV, the Excel file and the JSON agree, with metadata."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from dashboard import queries
from dashboard.builders import TRADE_KINDS, trade_volume_charts
from dashboard.charts import OKABE_ITO, timeline_figure
from dashboard.downloads import metadata, to_csv, to_excel, to_json
from tests.dashboard.helpers import figure_titled, marker_points, open_page
from tests.dashboard.store_fixture import SEED_URL, SEED_USD


def _trade_chart(engine, currency="USD"):
    rows = queries.fact_rows(engine, TRADE_KINDS, country="KZ")
    yearly, _ = trade_volume_charts(rows, "KZ", currency)
    return yearly


def test_the_trade_csv_holds_the_numbers_the_page_draws_with_source_urls(fixture_engine):
    drawn = marker_points(figure_titled(open_page("trade"), "Trade volume of Kazakhstan by partner (USD)"))
    csv = pd.read_csv(io.BytesIO(to_csv(_trade_chart(fixture_engine))), encoding="utf-8-sig")
    from_csv = sorted(zip(csv["year"], csv["value"], csv["fact_id"], strict=True), key=lambda p: p[2])
    assert [(x, pytest.approx(y), i) for x, y, i in drawn] == from_csv
    seed = csv[csv["article_url"] == SEED_URL].iloc[0]
    assert seed["year"] == 2022 and seed["value"] == pytest.approx(SEED_USD)
    assert seed["reported_value"] == 5.3e9 and seed["reported_unit"] == "EUR"
    assert seed["fx_rate_used"] == pytest.approx(1.053) and seed["unit"] == "USD"
    assert seed["n_reports"] == 2 and seed["spread_max"] == 5.9e9
    assert csv["citation"].str.startswith("SilkStat").all()
    assert csv["currency_basis"].str.contains("USD").all()


def test_the_figure_is_drawn_from_the_chart_frame(filled_engine):
    chart = _trade_chart(filled_engine, "EUR")
    fig = json.loads(timeline_figure(chart.frame, chart.title, "Trade volume (EUR)").to_json())
    points = marker_points(fig)
    assert sorted(i for *_, i in points) == sorted(chart.frame["fact_id"])
    assert {t["marker"]["color"] for t in fig["data"] if "marker" in t} <= set(OKABE_ITO)


def test_excel_has_the_rows_and_a_metadata_sheet(filled_engine):
    chart = _trade_chart(filled_engine)
    book = pd.read_excel(io.BytesIO(to_excel(chart)), sheet_name=None)
    assert set(book) == {"data", "metadata"}
    assert sorted(book["data"]["fact_id"]) == sorted(chart.frame["fact_id"])
    meta = dict(zip(book["metadata"]["key"], book["metadata"]["value"], strict=True))
    assert meta["units"] == "USD" and "SilkStat" in meta["citation"]
    assert SEED_URL in meta["sources"]


def test_json_has_metadata_with_sources_units_basis_and_citation(filled_engine):
    chart = _trade_chart(filled_engine)
    doc = json.loads(to_json(chart))
    assert doc["metadata"]["units"] == "USD"
    assert "period" in doc["metadata"]["currency_basis"]
    assert SEED_URL in [s["url"] for s in doc["metadata"]["sources"]]
    assert doc["metadata"]["citation"].startswith("SilkStat")
    assert [r["fact_id"] for r in doc["data"]] == list(chart.frame["fact_id"])
    assert doc["metadata"] == {**metadata(chart), "citation": doc["metadata"]["citation"]}


def test_a_javascript_link_is_not_a_source_url(filled_engine):
    rows = queries.fact_rows(filled_engine, TRADE_KINDS, country="UZ")
    yearly, _ = trade_volume_charts(rows, "UZ", "USD")
    france = yearly.frame[yearly.frame["series_code"] == "FR"].iloc[0]
    assert france["article_title"] == "<script>alert(1)</script>"
    assert pd.isna(france["article_url"])
