"""Fact tables as shown on screen: readable columns, safe links, optional row selection.

Why a module: the overview, the explorer and every "not charted" list show facts the same
way. Cells are rendered as text by the data grid (no HTML), and only http(s) URLs become
links.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.charts import format_value
from dashboard.safety import safe_url

DISPLAY_COLUMNS = {
    "fact_id": "Fact",
    "kind": "Kind",
    "subject": "Subject",
    "counterpart": "Counterpart",
    "commodity": "Commodity",
    "period": "Period",
    "basis": "Basis",
    "shown": "Value",
    "approx": "Approx.",
    "value_usd": "USD",
    "value_eur": "EUR",
    "article_lang": "Lang",
    "article_published": "Published",
    "article_title": "Article",
    "article_url": "Link",
    "evidence": "Sentence",
}


def display_frame(rows: pd.DataFrame) -> pd.DataFrame:
    """The columns a reader needs, with the value written as reported (5.3 bn EUR, ≈40 %)."""
    frame = rows.copy()
    frame["shown"] = [
        ("≈ " if a is True else "") + format_value(v, u)
        for v, u, a in zip(frame["value"], frame["unit"], frame["approx"], strict=True)
    ]
    frame["article_url"] = [safe_url(u) for u in frame["article_url"]]
    return frame[list(DISPLAY_COLUMNS)].rename(columns=DISPLAY_COLUMNS)


def fact_table(rows: pd.DataFrame, key: str, selectable: bool = False, height: int | str = "auto") -> int | None:
    """Show fact rows; with ``selectable``, return the fact id of the selected row."""
    if rows.empty:
        st.caption("No facts.")
        return None
    shown = display_frame(rows)
    config = {
        "Link": st.column_config.LinkColumn("Link", display_text="open"),
        "USD": st.column_config.NumberColumn("USD", format="compact"),
        "EUR": st.column_config.NumberColumn("EUR", format="compact"),
        "Fact": st.column_config.NumberColumn("Fact", format="%d"),
    }
    if not selectable:
        st.dataframe(shown, hide_index=True, column_config=config, key=f"table-{key}", height=height)
        return None
    event = st.dataframe(shown, hide_index=True, column_config=config, key=f"table-{key}",
                         on_select="rerun", selection_mode="single-row", height=height)
    try:
        picked = event["selection"]["rows"]
    except (TypeError, KeyError):
        return None
    if picked:
        return int(shown.iloc[picked[0]]["Fact"])
    return None
