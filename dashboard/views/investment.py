"""Investment and rankings: who invests in a Central Asian country, how much, and deals signed.

Investor ranks and trade-partner ranks per host country over time, investment amounts and
deal values in a reporting currency. The host and currency live in the URL.
"""

from __future__ import annotations

import streamlit as st

from dashboard import chartdata, ui
from dashboard.charts import subannual_figure, timeline_figure
from dashboard.currency import basis_note, reporting_currencies
from dashboard.downloads import ChartData
from dashboard.names import CENTRAL_ASIA_ORDER, country_label, country_name
from dashboard.tables import fact_table

KINDS = ["investor_rank", "partner_rank", "investment", "deal_value"]


def main() -> None:
    r = ui.open_page("Investment and rankings")
    if r is None:
        return
    cols = st.columns([2, 1])
    host = ui.bound_selectbox(
        "Host country", list(CENTRAL_ASIA_ORDER),
        r.choice("country", CENTRAL_ASIA_ORDER, "KZ", what="Central Asian country"),
        param="country", key="inv_country", default="KZ", format_func=country_label, container=cols[0],
    )
    currencies = reporting_currencies(host)
    currency = ui.bound_selectbox(
        "Reporting currency", currencies, r.choice("cur", currencies, "USD", what="currency"),
        param="cur", key="inv_currency", default="USD", container=cols[1],
    )
    ui.show_notices(r)
    rows = ui.load("fact_rows", kinds=KINDS, country=host)
    rows = rows[rows["basis"] == "actual"] if not rows.empty else rows
    name = country_name(host)
    filters = {"country": host, "currency": currency, "basis": "actual"}

    left, right = st.columns(2)
    for col, kind, label in ((left, "investor_rank", "Investors"), (right, "partner_rank", "Trade partners")):
        what = "investor" if kind == "investor_rank" else "trade-partner"
        with col:
            st.subheader(f"{label} of {name} by rank")
            ranks = chartdata.rank_series(rows[rows["kind"] == kind], host)
            annual, _ = chartdata.split_by_period(ranks)
            if annual.empty:
                ui.empty_chart(f"No {what} ranks reported for {name}.")
                continue
            chart = ChartData(key=f"{kind}-{host}", title=f"{label} of {name} by rank", frame=annual,
                              units="rank (1 = largest)", filters=filters)
            ui.chart_block(chart, timeline_figure(annual, chart.title, "Rank (1 = largest)", ranks=True), kind)

    for kind, label, series in (("investment", "Investment in", "investor"), ("deal_value", "Deals signed by", "partner")):
        st.subheader(f"{label} {name} ({currency})")
        subset = rows[rows["kind"] == kind]
        if kind == "investment":
            subset = subset[subset["counterpart"] == host]
        money = chartdata.money_series(subset, host, currency)
        annual, sub = chartdata.split_by_period(money)
        if annual.empty:
            ui.empty_chart(f"No {kind.replace('_', ' ')} figures for {name}.")
        else:
            chart = ChartData(
                key=f"{kind}-{host}", title=f"{label} {name} by {series} ({currency})", frame=annual,
                units=currency, currency_basis=basis_note(currency), filters=filters,
                description="detail says stock, flow or pledged (investment) or contracts or loan (deals).",
            )
            ui.chart_block(chart, timeline_figure(annual, chart.title, f"Value ({currency})"), kind)
        if not sub.empty:
            chart = ChartData(key=f"{kind}-sub-{host}", title=f"{label} {name}, parts of a year ({currency})",
                              frame=sub, units=currency, currency_basis=basis_note(currency), filters=filters)
            ui.chart_block(chart, subannual_figure(sub, chart.title, f"Value ({currency})"), f"{kind}-sub")
        ui.list_multi_year(money, subset, kind)
    outward = rows[(rows["kind"] == "investment") & (rows["subject"] == host)]
    if not outward.empty:
        st.caption(f"Investment by {name} abroad:")
        fact_table(outward, key="investment-out")


main()
