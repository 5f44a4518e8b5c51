"""Energy dependence: who supplies whom with uranium, oil, gas and electricity, and production.

Supplier × consumer matrix of the latest reported share, the shares over time, and each
country's production of the commodity. The commodity is in the URL (``?commodity=gas``).
"""

from __future__ import annotations

import streamlit as st

from dashboard import chartdata, ui
from dashboard.charts import heatmap_figure, subannual_figure, timeline_figure
from dashboard.downloads import ChartData
from dashboard.names import country_name
from dashboard.tables import fact_table
from etl.model import COMMODITIES

ENERGY = ("uranium", "oil", "gas", "electricity", "coal", "oil_products")


def main() -> None:
    r = ui.open_page("Energy dependence")
    if r is None:
        return
    rows = ui.load("fact_rows", kinds=["supply_share", "production"])
    present = [c for c in COMMODITIES if c in set(rows["commodity"].dropna())]
    options = list(dict.fromkeys([*[c for c in ENERGY if c in present], *present])) or list(ENERGY[:4])
    commodity = ui.bound_selectbox(
        "Commodity", options, r.choice("commodity", COMMODITIES, options[0], what="commodity"),
        param="commodity", key="energy_commodity", default=options[0], format_func=lambda c: c.replace("_", " "),
    )
    ui.show_notices(r)
    rows = rows[(rows["commodity"] == commodity) & (rows["basis"] == "actual")]
    shares = chartdata.share_series(rows[rows["kind"] == "supply_share"], series="pair")
    filters = {"commodity": commodity, "basis": "actual"}

    st.subheader(f"Who supplies whom: {commodity.replace('_', ' ')}")
    if shares.empty:
        ui.empty_chart(f"No supply shares reported for {commodity.replace('_', ' ')}.")
    else:
        matrix = chartdata.supply_matrix(shares)
        grid = matrix.pivot_table(index="supplier", columns="consumer", values="share", aggfunc="first")
        grid.index = [country_name(c) for c in grid.index]
        grid.columns = [country_name(c) for c in grid.columns]
        chart = ChartData(
            key=f"supply-matrix-{commodity}", title=f"Share of each consumer's {commodity} needs by supplier (%)",
            frame=shares[shares["fact_id"].isin(matrix["fact_id"])].reset_index(drop=True),
            units="% of the consumer's needs", filters=filters,
            description="The latest reported share per supplier and consumer (n_reports and the spread give "
                        "how many reports exist and their range).",
        )
        st.plotly_chart(heatmap_figure(grid, chart.title, "Consumer", "Supplier", "Share (%)", "{:.0f} %",
                                       zmin=0, zmax=100),
                        key="chart-supply-matrix", theme=None, config={"displaylogo": False})
        ui.download_buttons(chart, "supply-matrix")

        st.subheader("How the shares change over time")
        annual, sub = chartdata.split_by_period(shares)
        chart = ChartData(
            key=f"supply-shares-{commodity}", title=f"Supply shares of {commodity.replace('_', ' ')} over time (%)",
            frame=annual, units="% of the consumer's needs", filters=filters,
        )
        ui.chart_block(chart, timeline_figure(annual, chart.title, "Share of the consumer's needs (%)"),
                       "supply-shares")
        if not sub.empty:
            chart = ChartData(key=f"supply-shares-sub-{commodity}", title="Supply shares for parts of a year (%)",
                              frame=sub, units="%", filters=filters)
            ui.chart_block(chart, subannual_figure(sub, chart.title, "Share (%)"), "supply-shares-sub")

    st.subheader(f"Production of {commodity.replace('_', ' ')}")
    production = rows[rows["kind"] == "production"]
    prod = chartdata.production_series(production)
    annual, sub = chartdata.split_by_period(prod)
    if annual.empty:
        ui.empty_chart("No production figures reported.")
    else:
        unit = str(annual["unit"].iloc[0])
        left_out = len(production) - len(prod)
        chart = ChartData(
            key=f"production-{commodity}", title=f"Production of {commodity.replace('_', ' ')} ({unit})",
            frame=annual, units=unit, filters=filters,
            notes=[f"{left_out} figure(s) in other units are listed below, not drawn."] if left_out else [],
        )
        ui.chart_block(chart, timeline_figure(annual, chart.title, f"Production ({unit})"), "production")
        if left_out:
            fact_table(production[~production["fact_id"].isin(prod["fact_id"])], key="production-other")


main()
