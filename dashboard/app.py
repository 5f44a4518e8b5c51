"""SilkStat's dashboard: the entry point that `streamlit run dashboard/app.py` serves.

Pages live in ``dashboard/views`` (not ``pages/``, which would trigger Streamlit's old
automatic page discovery) and are declared here with ``st.navigation``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:  # `streamlit run` puts only dashboard/ on the path
    sys.path.insert(0, str(HERE.parent))

import streamlit as st  # noqa: E402

VIEWS = HERE / "views"

#: (file, title, material icon, url path): the order is the sidebar's.
PAGES: tuple[tuple[str, str, str, str], ...] = (
    ("overview.py", "Overview", ":material/dashboard:", "overview"),
    ("trade.py", "Bilateral trade", ":material/swap_horiz:", "trade"),
    ("energy.py", "Energy dependence", ":material/bolt:", "energy"),
    ("investment.py", "Investment and rankings", ":material/trending_up:", "investment"),
    ("explorer.py", "Fact explorer", ":material/search:", "facts"),
    ("sources.py", "Sources and runs", ":material/history:", "sources"),
    ("about.py", "About", ":material/info:", "about"),
)


def main() -> None:
    st.set_page_config(page_title="SilkStat", page_icon=":material/public:", layout="wide")
    pages = [
        st.Page(VIEWS / file, title=title, icon=icon, url_path=path, default=(i == 0))
        for i, (file, title, icon, path) in enumerate(PAGES)
    ]
    st.navigation(pages).run()


main()
