"""Bilateral trade: a Central Asian country and its partners, in a reporting currency.

Trade volume over time (a marker per reported fact, the spread where reports disagree),
sub-annual periods on a chart of their own, exports and imports, trade shares and partner
ranks. Selections (country, partners, currency, basis) live in the URL.
"""

from __future__ import annotations

import streamlit as st

from dashboard import builders, chartdata, ui
from dashboard.charts import subannual_figure, timeline_figure
from dashboard.currency import basis_note, reporting_currencies
from dashboard.downloads import ChartData
from dashboard.names import CENTRAL_ASIA_ORDER, country_label, country_name
from dashboard.tables import fact_table
from etl.model import BASES, SHARE_KINDS

TRADE_KINDS = builders.TRADE_KINDS


def main() -> None:
    r = ui.open_page("Bilateral trade")
    if r is None:
        return
    country_param = r.choice("country", CENTRAL_ASIA_ORDER, None, what="Central Asian country")
    top = st.columns([2, 3, 1, 1])
    country = ui.bound_selectbox(
        "Central Asian country", list(CENTRAL_ASIA_ORDER), country_param or "KZ", param="country",
        key="trade_country", default="KZ", format_func=country_label, container=top[0],
    )
    all_rows = ui.load("fact_rows", kinds=TRADE_KINDS, country=country)
    rows = builders.select_trade_rows(all_rows, country, None, [])
    partners = sorted({p for p in rows.get("partner", []) if isinstance(p, str)}, key=country_name)
    chosen_param = r.many("partners", partners, what="partner")
    chosen = ui.bound_multiselect(
        "Partners (none chosen: all)", partners, chosen_param or [], param="partners",
        key=f"trade_partners_{country}", format_func=country_label, container=top[1],
    )
    currencies = reporting_currencies(country)
    currency = ui.bound_selectbox(
        "Reporting currency", currencies, r.choice("cur", currencies, "USD", what="currency"), param="cur",
        key="trade_currency", default="USD", container=top[2],
    )
    basis = ui.bound_selectbox(
        "Basis", list(BASES), r.choice("basis", BASES, "actual", what="basis"), param="basis",
        key="trade_basis", default="actual", container=top[3],
        help="Actual figures, stated targets, or forecasts: never mixed on one chart.",
    )
    ui.show_notices(r)
    if rows.empty:
        ui.empty_chart(f"No trade facts involve {country_name(country)} yet.")
        return
    rows = builders.select_trade_rows(all_rows, country, basis, chosen)
    filters = {"country": country, "partners": chosen or "all", "currency": currency, "basis": basis}
    name = country_name(country)

    yearly, parts = builders.trade_volume_charts(all_rows, country, currency, basis, chosen)
    st.subheader(f"Trade volume of {name} with its partners")
    if yearly.frame.empty:
        ui.empty_chart("No annual trade volumes for this selection.")
    else:
        fig = timeline_figure(yearly.frame, yearly.title, f"Trade volume ({currency})")
        ui.chart_block(yearly, fig, "trade-volume",
                       caption="One marker per reported fact; a bar spans the values where articles disagree; "
                               "hollow markers are undated facts placed at their article's publication year. "
                               "Click a marker for the sentence behind it.")
    if not parts.frame.empty:
        st.subheader("Sub-annual periods (not comparable with annual totals)")
        ui.chart_block(parts, subannual_figure(parts.frame, parts.title, f"Trade volume ({currency}, for the period)"),
                       "trade-volume-sub")
    ui.list_multi_year(yearly.extra, rows, "trade-volume")

    st.subheader(f"Exports and imports of {name}")
    flows = chartdata.flows(rows, country, currency)
    f_annual, f_sub = chartdata.split_by_period(flows)
    if f_annual.empty:
        ui.empty_chart("No export or import values for this selection.")
    else:
        chart = ChartData(
            key=f"exports-imports-{country}", title=f"Exports and imports of {name} by partner ({currency})",
            frame=f_annual, units=currency, currency_basis=basis_note(currency), filters=filters,
            description="Money flows: exports leave the country, imports enter it (from either side's report).",
        )
        ui.chart_block(chart, timeline_figure(f_annual, chart.title, f"Value ({currency})"), "flows")
    ui.list_multi_year(flows, rows, "flows")
    if not f_sub.empty:
        st.caption("Sub-annual export and import figures (not charted beside annual ones):")
        fact_table(rows[rows["fact_id"].isin(f_sub["fact_id"])], key="flows-sub")
    quantities = rows[rows["kind"].isin(["exports", "imports"]) & ~rows["unit"].str.fullmatch(r"[A-Z]{3}", na=False)]
    if not quantities.empty:
        st.caption("Physical flows (quantities of a commodity):")
        fact_table(quantities, key="flows-qty")

    left, right = st.columns(2)
    with left:
        st.subheader(f"Partners' shares in {name}'s trade")
        shares = chartdata.share_series(rows[rows["kind"].isin(SHARE_KINDS)], reporter=country)
        s_annual, _ = chartdata.split_by_period(shares)
        if s_annual.empty:
            ui.empty_chart("No trade, export or import shares reported.")
        else:
            s_annual["series"] = s_annual["series"] + " · " + s_annual["kind"].str.replace("_", " ")
            chart = ChartData(key=f"trade-shares-{country}", title=f"Shares in {name}'s foreign trade (%)",
                              frame=s_annual, units="% of the reporting country's total", filters=filters)
            ui.chart_block(chart, timeline_figure(s_annual, chart.title, "Share of total (%)"), "shares")
    with right:
        st.subheader(f"{name}'s partner ranks")
        ranks = chartdata.rank_series(rows[rows["kind"] == "partner_rank"], country)
        r_annual, _ = chartdata.split_by_period(ranks)
        if r_annual.empty:
            ui.empty_chart("No partner ranks reported.")
        else:
            chart = ChartData(key=f"partner-ranks-{country}", title=f"Trade partners of {name} by rank",
                              frame=r_annual, units="rank (1 = largest)", filters=filters)
            ui.chart_block(chart, timeline_figure(r_annual, chart.title, "Rank (1 = largest)", ranks=True), "ranks")


main()
