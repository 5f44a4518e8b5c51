"""Sources and runs: what was read, what failed and why, the refresh history, data freshness."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import ui
from dashboard.safety import safe_url


def main() -> None:
    st.title("Sources and runs")
    ui.image_format()
    if not ui.store_ready(need_facts=False):
        return
    fresh = ui.load("freshness")
    cols = st.columns(3)
    cols[0].metric("Last successful refresh", str(fresh["last_successful_run"] or "never")[:19])
    cols[1].metric("Last article seen", str(fresh["last_article_seen"] or "—")[:19])
    cols[2].metric("Newest publication date", str(fresh["newest_published"] or "—"))

    st.subheader("Articles by source, language and status")
    st.dataframe(ui.load("articles_by_source"), hide_index=True, key="table-by-source")

    st.subheader("Failed articles")
    failed = ui.load("failed_articles")
    if failed.empty:
        st.success("No article failed.")
    else:
        failed["url"] = [safe_url(u) for u in failed["url"]]
        st.dataframe(failed, hide_index=True, key="table-failed",
                     column_config={"url": st.column_config.LinkColumn("url")})

    st.subheader("Refresh history")
    runs = ui.load("run_history")
    if runs.empty:
        st.info("No refresh recorded yet: `silkstat refresh` (or `silkstat ingest PATH`) writes one.")
    else:
        latest = runs.iloc[0]
        failures = latest["failures"] if isinstance(latest["failures"], list) else []
        runs["failures"] = [len(f) if isinstance(f, list) else 0 for f in runs["failures"]]
        st.dataframe(runs, hide_index=True, key="table-runs")
        if failures:
            st.caption(f"What failed in the latest run ({latest['id']}):")
            st.dataframe(pd.DataFrame(failures), hide_index=True, key="table-run-failures")
        if isinstance(latest["error"], str) and latest["error"]:
            st.error("The latest run stopped with an error; see its error column above.")


main()
