"""Fact explorer: every fact, filterable, each opening the sentence and article behind it.

Filters live in the URL (``?kind=trade_volume&country=KZ,FR&fact=12``), so a filtered view
or a single fact can be shared. The filtered table and the whole fact table download as
CSV, Excel and JSON with their provenance.
"""

from __future__ import annotations

import streamlit as st

from dashboard import queries, ui
from dashboard.downloads import ChartData
from dashboard.names import country_label
from dashboard.tables import fact_table
from etl.model import BASES, COMMODITIES, KINDS

APPROX = {"any": None, "yes": True, "no": False}
#: Rows shown on screen; the count and the downloads cover every match.
SHOWN = 2000
TABLE_COLUMNS = [
    "fact_id", "kind", "subject", "counterpart", "commodity", "period", "basis", "value", "value_high", "unit",
    "approx", "qualifier", "detail", "value_usd", "value_eur", "fx_rate", "fx_rate_eur", "fx_period",
    "fx_source", "fx_error", "value_canonical", "unit_canonical", "evidence", "span_start", "span_end",
    "article_id", "article_title", "article_url", "article_lang", "article_published", "source_name",
]


def main() -> None:
    r = ui.open_page("Fact explorer")
    if r is None:
        return
    opts = ui.load("filter_options")
    side = st.sidebar
    side.header("Filters")
    kinds = ui.bound_multiselect("Kind", list(KINDS), r.many("kind", KINDS, what="kind") or [], param="kind",
                                 key="fx_kind", container=side, format_func=lambda k: k.replace("_", " "))
    countries = ui.bound_multiselect("Countries (either side)", opts["countries"],
                                     r.many("country", opts["countries"], what="country") or [],
                                     param="country", key="fx_country", container=side, format_func=country_label)
    commodities = ui.bound_multiselect("Commodity", list(COMMODITIES),
                                       r.many("commodity", COMMODITIES, what="commodity") or [],
                                       param="commodity", key="fx_commodity", container=side)
    langs = ui.bound_multiselect("Language", opts["langs"], r.many("lang", opts["langs"], what="language") or [],
                                 param="lang", key="fx_lang", container=side)
    srcs = ui.bound_multiselect("Source", opts["sources"], r.many("source", opts["sources"], what="source") or [],
                                param="source", key="fx_source", container=side)
    bases = ui.bound_multiselect("Basis", list(BASES), r.many("basis", BASES, what="basis") or [],
                                 param="basis", key="fx_basis", container=side)
    approx = ui.bound_selectbox("Approximate (about, nearly …)", list(APPROX),
                                r.choice("approx", APPROX, "any", what="approx value"), param="approx",
                                key="fx_approx", default="any", container=side)
    year_from = year_to = None
    if opts["years"] and opts["years"][0] < opts["years"][1]:
        lo, hi = opts["years"]
        want = (r.integer("from", lo, hi, lo), r.integer("to", lo, hi, hi))
        held = st.session_state.get("fx_years")
        if not (isinstance(held, tuple | list) and len(held) == 2 and lo <= held[0] <= held[1] <= hi):
            st.session_state["fx_years"] = (min(want), max(want))  # first visit, or the store changed
        year_from, year_to = side.slider("Period (years)", lo, hi, key="fx_years")
        ui.set_param("from", str(year_from), str(lo))
        ui.set_param("to", str(year_to), str(hi))
        if (year_from, year_to) == (lo, hi):
            year_from = year_to = None  # the full range keeps undated facts too
    fact_param = r.integer("fact", 1, 2**31 - 1, None)
    ui.show_notices(r)

    filters = {"kinds": kinds, "countries": countries, "commodities": commodities, "langs": langs,
               "source_names": srcs, "bases": bases, "approx": APPROX[approx or "any"],
               "year_from": year_from, "year_to": year_to}
    total = ui.load("explorer_count", **filters)
    rows = ui.load("explorer_rows", **filters, limit=SHOWN)
    shown = f"the first {len(rows)} of {total}" if total > len(rows) else str(total)
    st.caption(f"{total} fact(s) match; showing {shown}. Select a row to read the sentence that states it.")
    picked = fact_table(rows, key="explorer", selectable=True, height=420)
    fact_id = picked or fact_param
    if fact_id:
        ui.set_param("fact", str(fact_id))
        with st.container(border=True):
            ui.evidence_panel(fact_id)

    engine = ui.current_engine()
    basis = "value as reported; value_usd/value_eur at the average rate of the fact's period"
    st.subheader("Download")
    st.caption(f"The {total} facts matching the filters:")
    ui.download_buttons(
        lambda: ChartData(key="facts-filtered", title="SilkStat facts (filtered)", units="per row (unit column)",
                          frame=queries.explorer_rows(engine, **filters)[TABLE_COLUMNS], filters=filters,
                          currency_basis=basis),
        "facts-filtered", stem="facts-filtered")
    st.caption("The whole fact table:")
    ui.download_buttons(
        lambda: ChartData(key="facts-all", title="SilkStat facts (all)", units="per row (unit column)",
                          frame=queries.all_facts(engine)[TABLE_COLUMNS], currency_basis=basis),
        "facts-all", stem="facts-all")

main()
