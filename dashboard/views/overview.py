"""Overview: what the store covers, how fresh it is, and the latest facts."""

from __future__ import annotations

import streamlit as st

from dashboard import ui
from dashboard.chartdata import coverage_matrix
from dashboard.charts import heatmap_figure
from dashboard.downloads import ChartData
from dashboard.names import country_name
from dashboard.tables import fact_table


def main() -> None:
    st.title("SilkStat: Central Asia's economic partnerships in the news")
    st.caption("Numeric facts about Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan and Turkmenistan, "
               "extracted from articles in Arabic, English, French and Russian, each traceable to its sentence.")
    ui.image_format()
    if not ui.store_ready():
        return
    counts = ui.load("overview_counts")
    cols = st.columns(5)
    cols[0].metric("Articles", counts["articles"])
    cols[1].metric("Facts", counts["facts"])
    cols[2].metric("Countries", counts["countries"])
    cols[3].metric("Languages", counts["languages"])
    run = ui.load("latest_run")
    if run:
        when = run.get("finished_at") or run.get("started_at")
        cols[4].metric("Last refresh", str(run["status"]), help=f"Run {run['id']} ({run['command']}), {when}")
        ended = f"finished {str(run['finished_at'])[:19]}" if run.get("finished_at") else "still running"
        st.caption(f"Last refresh: run {run['id']} ({run['command']}), {ended}, status {run['status']}: "
                   f"{run['articles_seen']} articles seen, {run['articles_failed']} failed, "
                   f"{run['facts_added']} facts added.")
    else:
        cols[4].metric("Last refresh", "none", help="No refresh has been recorded yet.")
    opts = ui.load("filter_options")
    st.caption("Languages: " + ", ".join(opts["langs"]) + " · Countries: "
               + ", ".join(country_name(c) for c in opts["countries"]))
    if counts["failed"]:
        st.warning(f"{counts['failed']} article(s) could not be read: see *Sources and runs*.")

    st.subheader("Coverage: facts per Central Asian country and partner")
    matrix = coverage_matrix(ui.load("pair_counts"))
    if matrix.empty:
        ui.empty_chart("No fact involves a Central Asian country yet.")
    else:
        matrix.index = [country_name(c) for c in matrix.index]
        matrix.columns = [country_name(c) if len(c) == 2 else c for c in matrix.columns]
        frame = matrix.reset_index(names="country").melt(id_vars="country", var_name="partner", value_name="facts")
        chart = ChartData(
            key="coverage", title="Facts per Central Asian country and partner", frame=frame,
            units="number of facts", description="How many stored facts involve each pair.",
        )
        fig = heatmap_figure(matrix.where(matrix > 0), chart.title, "Partner", "Central Asian country", "Facts")
        st.plotly_chart(fig, key="chart-coverage", theme=None, config={"displaylogo": False})
        ui.download_buttons(chart, "coverage")

    st.subheader("Latest facts")
    fact_table(ui.load("latest_facts", limit=10), key="latest")


main()
