"""About: what each kind of fact means, how values are normalized, rate sources, limits, citing."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
import streamlit as st

from dashboard import ui
from etl.model import KIND_DESCRIPTIONS, MONEY_KINDS, RANK_KINDS, SHARE_KINDS

NORMALIZATION = """
**Money.** Every amount is stored as written (value and ISO 4217 currency, scale applied:
"5.3 مليار يورو" is 5 300 000 000 EUR) and converted to US dollars and euros at the average
exchange rate of the fact's own period: a year's average for a year, a month's for a month,
the average over an interval of months, the rate around the publication date for an undated
fact. The rate, its period and its source are kept with each fact and shown beside its
sentence. Where no rate exists for the period the value is not converted, and the charts say
how many facts they leave out. A conversion stated by the article itself ("(5.6 bn dollars)")
is kept as an equivalent, not a second fact, and its deviation from the official rate is recorded.

**Quantities** are converted to canonical units with pint (kilotonnes to tonnes, bcm of gas,
barrels per day); tonnes of uranium are kept apart from tonnes of ore.

**Periods.** Annual figures and figures for months, quarters or halves are never drawn on one
axis: a half-year's trade beside a year's total would look like a collapse. Facts with no
period are dated by their article's publication and drawn hollow.

**Several reports of one figure.** When articles disagree about the same pair and period,
every report is drawn, with a bar spanning their range; nothing is averaged away.
"""

LIMITS = """
- Facts are extracted automatically from news text; precision and recall are measured on a
  gold corpus, but any single fact can be wrong: read its sentence before citing it.
- News reports round, mix targets with outcomes and repeat official figures; "basis" separates
  actual figures from targets and forecasts, and "approx" marks hedged ones.
- Coverage follows the articles collected, not the economy: an empty cell means no article
  stated the figure, not that the trade is zero.
- Exchange rates are period averages from central banks; a different rate convention (end of
  period, a national statistics office's own rate) gives a different converted value.
"""


def main() -> None:
    st.title("About SilkStat")
    ui.image_format()
    st.markdown(
        "SilkStat collects news about the economic partnerships of Kazakhstan, Uzbekistan, Kyrgyzstan, "
        "Tajikistan and Turkmenistan in Arabic, English, French and Russian, extracts the numeric facts they "
        "state, and keeps each with the sentence and the article it came from."
    )
    st.subheader("Kinds of facts")
    kinds = pd.DataFrame(
        [{"kind": k, "measure": ("money" if k in MONEY_KINDS else "percent" if k in SHARE_KINDS
                                 else "rank" if k in RANK_KINDS else "money or quantity"), "meaning": v}
         for k, v in KIND_DESCRIPTIONS.items()]
    )
    st.dataframe(kinds, hide_index=True, key="table-kinds")
    st.subheader("How values are normalized")
    st.markdown(NORMALIZATION)
    st.subheader("Exchange-rate sources")
    st.markdown(
        "Offline histories bundled with the software (European Central Bank reference rates; HM Revenue & "
        "Customs monthly rates; the National Bank of Poland's tables for Central Asian currencies), refreshed "
        "from central banks (National Bank of Kazakhstan, Central Bank of Uzbekistan, National Bank of the "
        "Kyrgyz Republic, Bank of Russia, ECB) by the scheduled ETL."
    )
    if ui.store_ready(quiet=True):
        used = ui.load("used_rate_sources")
        if not used.empty:
            st.caption("Rate sources used by the stored facts:")
            st.dataframe(used, hide_index=True, key="table-used-rates")
        held = ui.load("rate_sources")
        if not held.empty:
            st.caption("Rates held in the database:")
            st.dataframe(held, hide_index=True, key="table-rates")
    st.subheader("Limits")
    st.markdown(LIMITS)
    st.subheader("How to cite")
    today = datetime.now(UTC).date().isoformat()
    st.code(f"SilkStat, facts extracted from news articles on Central Asia's economic partnerships, "
            f"retrieved {today}. Each figure's source article is listed in the data download.", language=None)
    st.markdown("Every chart's download (CSV, Excel, JSON) lists its sources, units, currency basis and "
                "a citation; cite the original article for any single figure.")


main()
