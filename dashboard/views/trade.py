"""Bilateral trade: a Central Asian country and its partners, in a reporting currency.

Trade volume over time (a marker per reported fact, the spread where reports disagree),
sub-annual periods on a chart of their own, exports and imports, trade shares and partner
ranks. Selections (country, partners, currency, basis) live in the URL.
"""

from __future__ import annotations

import streamlit as st

from dashboard import chartdata, ui
from dashboard.charts import subannual_figure, timeline_figure
from dashboard.currency import basis_note, reporting_currencies
from dashboard.downloads import ChartData
from dashboard.names import CENTRAL_ASIA_ORDER, country_label, country_name
from dashboard.tables import fact_table
from etl.model import BASES, SHARE_KINDS

TRADE_KINDS = ["trade_volume", "exports", "imports", "trade_share", "export_share", "import_share", "partner_rank"]


def main() -> None:
    st.title("Bilateral trade")
    ui.image_format()
    if not ui.store_ready():
        return
    r = ui.reader()
    country_param = r.choice("country", CENTRAL_ASIA_ORDER, None, what="Central Asian country")
    top = st.columns([2, 3, 1, 1])
    country = ui.bound_selectbox(
        "Central Asian country", list(CENTRAL_ASIA_ORDER), country_param or "KZ", param="country",
        key="trade_country", default="KZ", format_func=country_label, container=top[0],
    )
    rows = ui.load("fact_rows", kinds=TRADE_KINDS, country=country)
    rows["partner"] = [chartdata.other_side(x, country) for _, x in rows.iterrows()] if not rows.empty else []
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
    rows = rows[rows["basis"] == basis]
    if chosen:
        rows = rows[rows["partner"].isin(chosen)]
    filters = {"country": country, "partners": chosen or "all", "currency": currency, "basis": basis}
    name = country_name(country)

    volume = chartdata.money_series(rows[rows["kind"] == "trade_volume"], country, currency)
    annual, sub = chartdata.split_by_period(volume)
    st.subheader(f"Trade volume of {name} with its partners")
    if annual.empty:
        ui.empty_chart("No annual trade volumes for this selection.")
    else:
        chart = ChartData(
            key=f"trade-volume-{country}", title=f"Trade volume of {name} by partner ({currency})",
            frame=annual, units=currency, currency_basis=basis_note(currency), filters=filters,
            description="Bilateral trade turnover, one row per reported fact; n_reports, spread_min and "
                        "spread_max give the range where several articles report the same pair and year.",
            notes=_dropped_note(rows[rows["kind"] == "trade_volume"], volume, currency),
        )
        fig = timeline_figure(annual, chart.title, f"Trade volume ({currency})")
        ui.chart_block(chart, fig, "trade-volume",
                       caption="One marker per reported fact; a bar spans the values where articles disagree; "
                               "hollow markers are undated facts placed at their article's publication year. "
                               "Click a marker for the sentence behind it.")
    if not sub.empty:
        st.subheader("Sub-annual periods (not comparable with annual totals)")
        chart = ChartData(
            key=f"trade-volume-subannual-{country}", title=f"Trade volume of {name}, months and quarters ({currency})",
            frame=sub, units=currency, currency_basis=basis_note(currency), filters=filters,
            description="Trade volumes reported for parts of a year.",
        )
        ui.chart_block(chart, subannual_figure(sub, chart.title, f"Trade volume ({currency}, for the period)"),
                       "trade-volume-sub")

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


def _dropped_note(rows, charted, currency: str) -> list[str]:
    """Say how many facts could not be valued in the chosen currency (and so are not drawn)."""
    missing = len(rows) - len(charted)
    if missing > 0:
        return [f"{missing} fact(s) have no {currency} value (no exchange rate for their period) and are not drawn."]
    return []


main()
