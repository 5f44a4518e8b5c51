"""Page-level chart builders: from fact rows and selections to the ChartData a page draws.

Why: the test of "the download holds what the chart shows" must call the very function the
page calls. The trade page's charts are assembled here; the figure is drawn from
``ChartData.frame`` and every download is written from the same frame.
"""

from __future__ import annotations

import pandas as pd

from dashboard import chartdata
from dashboard.currency import basis_note
from dashboard.downloads import ChartData
from dashboard.names import country_name

#: The kinds the trade page reads for one country.
TRADE_KINDS = ["trade_volume", "exports", "imports", "trade_share", "export_share", "import_share", "partner_rank"]


def select_trade_rows(rows: pd.DataFrame, country: str, basis: str | None, partners: list[str]) -> pd.DataFrame:
    """The trade facts of ``country`` on one basis (None: all), with a ``partner`` column, limited to ``partners``."""
    if rows.empty:
        return rows.assign(partner=pd.Series(dtype="object"))
    rows = rows.assign(partner=chartdata.partners_of(rows, country))
    if basis:
        rows = rows[rows["basis"] == basis]
    if partners:
        rows = rows[rows["partner"].isin(partners)]
    return rows


def trade_volume_charts(rows: pd.DataFrame, country: str, currency: str, basis: str = "actual",
                        partners: list[str] | None = None) -> tuple[ChartData, ChartData]:
    """(annual chart, sub-annual chart) of the trade volume of ``country`` with its partners."""
    rows = select_trade_rows(rows, country, basis, partners or [])
    trade = rows[rows["kind"] == "trade_volume"]
    volume = chartdata.money_series(trade, country, currency)
    annual, sub = chartdata.split_by_period(volume)
    name = country_name(country)
    filters = {"country": country, "partners": partners or "all", "currency": currency, "basis": basis}
    missing = len(trade) - len(volume)
    notes = [f"{missing} fact(s) have no {currency} value (no exchange rate for their period) and are not drawn."
             ] if missing > 0 else []
    spans = len(chartdata.multi_year(volume))
    if spans:
        notes.append(f"{spans} fact(s) for periods longer than a year (cumulative) are listed below, not drawn.")
    yearly = ChartData(
        key=f"trade-volume-{country}", title=f"Trade volume of {name} by partner ({currency})",
        frame=annual, units=currency, currency_basis=basis_note(currency), filters=filters, notes=notes,
        description="Bilateral trade turnover, one row per reported fact; n_reports, spread_min and "
                    "spread_max give the range where several articles report the same pair and year.",
    )
    parts = ChartData(
        key=f"trade-volume-subannual-{country}", title=f"Trade volume of {name}, months and quarters ({currency})",
        frame=sub, units=currency, currency_basis=basis_note(currency), filters=filters,
        description="Trade volumes reported for parts of a year (not comparable with annual totals).",
    )
    yearly.extra = volume  # every valued fact, for the list of multi-year ones
    return yearly, parts
