"""Streamlit glue shared by the views: the store, cached queries, bound widgets, chart blocks.

Why one module: every page needs the same few behaviours (an empty store explains what to do
next, selections live in the URL, a chart always comes with its downloads and opens the
sentence behind a clicked point), and they must behave the same everywhere.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st
from sqlalchemy import Engine

from dashboard import queries
from dashboard.charts import format_value
from dashboard.downloads import FORMATS, ChartData
from dashboard.names import country_label
from dashboard.params import ParamReader, encode_list
from dashboard.safety import evidence_html, locate_span, safe_url
from etl import config
from etl.model import KIND_DESCRIPTIONS
from etl.store.db import make_engine

NEXT_STEPS = """
**The database holds no facts yet.** To fill it:

- `silkstat demo` loads the bundled sample articles and serves this dashboard, or
- `silkstat ingest PATH...` stores articles from files and folders, or
- `silkstat refresh` fetches the sources listed in `sources.toml`.

Then reload this page: the charts appear as soon as a refresh has finished.
"""


# --------------------------------------------------------------------------- the store


@st.cache_resource(show_spinner=False)
def engine_for(url: str) -> Engine:
    """One engine (and connection pool) per database URL for the whole server."""
    return make_engine(url)


def current_url() -> str:
    return config.db_url()


@st.cache_data(show_spinner=False, max_entries=1024)
def _cached(name: str, url: str, token: tuple[Any, ...], kwargs_json: str) -> Any:
    """A query's result, cached until the latest finished run (``token``) changes."""
    return getattr(queries, name)(engine_for(url), **json.loads(kwargs_json))


def load(name: str, **kwargs: Any) -> Any:
    """Run ``queries.<name>(engine, **kwargs)`` through the cache keyed on the latest refresh."""
    url = current_url()
    token = st.session_state.get("_refresh_token")
    if token is None:
        token = queries.refresh_token(engine_for(url))
    return _cached(name, url, tuple(token), json.dumps(kwargs, sort_keys=True, default=str))


def store_ready(need_facts: bool = True, quiet: bool = False) -> bool:
    """True when there is something to show; otherwise renders what to do next and returns False.

    ``need_facts=False`` is enough for pages about articles and runs; ``quiet`` skips the
    notice (for pages that have content of their own, such as About).

    The refresh token is read once per script run (two small queries), so every cached query
    of this run shares it, and a finished refresh invalidates them all at the next rerun.
    """
    url = current_url()
    st.session_state.pop("_refresh_token", None)
    try:
        status = queries.store_status(engine_for(url))
    except Exception as exc:  # a URL SQLAlchemy cannot even parse, or a missing driver
        status = queries.StoreStatus(False, False, error=f"{exc.__class__.__name__}: {exc}".splitlines()[0])
    if quiet:
        if status.reachable and status.has_schema:
            st.session_state["_refresh_token"] = queries.refresh_token(engine_for(url))
            return True
        return False
    if not status.reachable:
        st.error(
            f"The database cannot be opened ({status.error}). Check `SILKSTAT_DB_URL`, then reload."
        )
        return False
    if not status.has_schema:
        st.info("The database has no SilkStat tables yet. Run `silkstat db upgrade` (or `silkstat demo`).")
        st.markdown(NEXT_STEPS)
        return False
    st.session_state["_refresh_token"] = queries.refresh_token(engine_for(url))
    if not need_facts and (status.n_articles or queries.latest_run(engine_for(url))):
        return True
    if status.n_facts == 0:
        if status.n_articles:
            st.info(f"{status.n_articles} article(s) stored, but no facts were extracted from them yet.")
        st.markdown(NEXT_STEPS)
        return False
    return True


# --------------------------------------------------------------------------- selections in the URL


def reader() -> ParamReader:
    return ParamReader(dict(st.query_params.to_dict()))


def open_page(title: str) -> ParamReader | None:
    """The head every chart page shares: title, image-format choice, and the empty-store check.

    Returns the query-parameter reader, or None when the store has nothing to show (what to do
    next has been rendered then).
    """
    st.title(title)
    image_format()
    if not store_ready():
        return None
    return reader()


def show_notices(r: ParamReader) -> None:
    for notice in r.notices:
        st.info(notice, icon=":material/link_off:")


def set_param(name: str, value: str | list[str] | None, default: str | list[str] | None = None) -> None:
    """Write a selection into the URL; a default value is left out so URLs stay short."""
    if isinstance(value, list):
        value = encode_list(value)
        default = encode_list(default) if isinstance(default, list) else default
    if value is None or value == default:
        if name in st.query_params:
            del st.query_params[name]
    else:
        st.query_params[name] = value


def bound_selectbox(label: str, options: Sequence[str], value: str | None, *, param: str, key: str,
                    default: str | None = None, format_func: Callable[[str], str] = str,
                    container: Any = None, **kw: Any) -> str | None:
    """A selectbox initialised from the URL that writes its choice back into it."""
    c = container or st
    if not options:
        return None
    if key not in st.session_state or st.session_state[key] not in options:
        st.session_state[key] = value if value in options else options[0]
    choice = c.selectbox(label, options, key=key, format_func=format_func, **kw)
    set_param(param, choice, default)
    return choice


def bound_multiselect(label: str, options: Sequence[str], value: list[str], *, param: str, key: str,
                      default: list[str] | None = None, format_func: Callable[[str], str] = str,
                      container: Any = None, **kw: Any) -> list[str]:
    """A multiselect initialised from the URL that writes its choice back into it."""
    c = container or st
    if key not in st.session_state or not set(st.session_state[key]) <= set(options):
        st.session_state[key] = [v for v in value if v in options]
    chosen = c.multiselect(label, options, key=key, format_func=format_func, **kw)
    set_param(param, list(chosen), default if default is not None else [])
    return list(chosen)


def image_format() -> str:
    """PNG or SVG for the camera button of every chart's toolbar (a sidebar choice, in the URL)."""
    r = reader()
    fmt = bound_selectbox("Chart image format (toolbar camera button)", ["png", "svg"],
                          r.choice("img", ["png", "svg"], "png"), param="img", key="img_format",
                          default="png", format_func=str.upper, container=st.sidebar)
    return fmt or "png"


# --------------------------------------------------------------------------- charts and downloads


def download_buttons(chart: ChartData | Callable[[], ChartData], key: str, stem: str | None = None) -> None:
    """CSV, Excel and JSON of exactly the chart's rows, with its metadata.

    ``chart`` may be a function that makes the ChartData: it then runs only when a button is
    clicked (the whole fact table is not read on every page view); ``stem`` names the file.
    """
    stem = stem or (chart.key if isinstance(chart, ChartData) else key)
    row = st.container(horizontal=True, gap="small")
    for label, (ext, mime, build) in FORMATS.items():
        row.download_button(
            f"{label}", data=_lazy(build, chart), file_name=f"silkstat-{stem}.{ext}", mime=mime,
            key=f"dl-{key}-{ext}", on_click="ignore", icon=":material/download:",
            help=f"The data as {label}, with sources, units, currency basis and citation.",
        )


def _lazy(build: Callable[[ChartData], bytes], chart: ChartData | Callable[[], ChartData]) -> Callable[[], bytes]:
    """Build the file only when the button is clicked (an Excel file costs ~0.1 s per chart)."""
    if isinstance(chart, ChartData):
        return lambda: build(chart)
    return lambda: build(chart())


def current_engine() -> Engine:
    """The engine of this session's database (for work done later, e.g. when a download is clicked)."""
    return engine_for(current_url())


def chart_block(chart: ChartData, figure: Any, key: str, caption: str | None = None) -> int | None:
    """A chart, its downloads, and the sentence behind a clicked point; returns the fact id clicked."""
    fmt = st.session_state.get("img_format", "png")
    config_ = {
        "displaylogo": False,
        "toImageButtonOptions": {"format": fmt, "filename": f"silkstat-{chart.key}", "scale": 2},
    }
    event = st.plotly_chart(figure, key=f"chart-{key}", on_select="rerun", selection_mode="points",
                            config=config_, theme=None)
    if caption:
        st.caption(caption)
    for note in chart.notes:
        st.caption(note)
    download_buttons(chart, key)
    fact_id = clicked_fact(event)
    if fact_id is not None:
        with st.container(border=True):
            evidence_panel(fact_id)
    return fact_id


def clicked_fact(event: Any) -> int | None:
    """The fact id in the customdata of the first selected point, if any."""
    try:
        points = event["selection"]["points"]
    except (TypeError, KeyError):
        return None
    for point in points or []:
        data = point.get("customdata")
        if isinstance(data, list) and data:
            data = data[0]
        try:
            return int(data)
        except (TypeError, ValueError):
            continue
    return None


def list_multi_year(charted: Any, rows: Any, key: str) -> None:
    """List the facts whose period spans several years (cumulative stocks): no axis fits them."""
    from dashboard.chartdata import multi_year
    from dashboard.tables import fact_table

    spans = multi_year(charted)
    if not spans.empty:
        st.caption("Figures for periods longer than a year (cumulative), not drawn beside yearly ones:")
        fact_table(rows[rows["fact_id"].isin(spans["fact_id"])], key=f"multi-{key}")


def empty_chart(message: str) -> None:
    st.info(message, icon=":material/bar_chart:")


# --------------------------------------------------------------------------- the evidence


def _text(v: Any) -> str | None:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    return str(v)


def rate_line(fact: dict[str, Any]) -> str:
    """The exchange rate used for a money fact, in words (or why there is none)."""
    unit = fact.get("unit") or ""
    if not (len(unit) == 3 and unit.isalpha() and unit.isupper()):
        return ""  # not money: no rate
    if fact.get("fx_error"):
        return f"No conversion: {fact['fx_error']}"
    parts = []
    if fact.get("fx_rate") and unit != "USD":
        parts.append(f"1 {unit} = {fact['fx_rate']:.6g} USD")
    if fact.get("fx_rate_eur") and unit != "EUR":
        parts.append(f"1 {unit} = {fact['fx_rate_eur']:.6g} EUR")
    if not parts:
        return f"Reported in {unit}: no conversion needed."
    where = ", ".join(x for x in (_text(fact.get("fx_period")), _text(fact.get("fx_source"))) if x)
    return "; ".join(parts) + (f" (rate for {where})" if where else "")


def evidence_panel(fact_id: int) -> None:
    """The sentence with the number highlighted, the article, and the exchange rate used."""
    import html

    fact = load("fact_detail", fact_id=int(fact_id))
    if not fact:
        st.warning(f"Fact {int(fact_id)} is not in the database (any more).")
        return
    kind = fact["kind"]
    pair = country_label(fact["subject"]) + (
        f" – {country_label(fact['counterpart'])}" if fact.get("counterpart") else "")
    value = format_value(fact["value"], fact["unit"])
    if fact.get("value_high"):
        value += f" to {format_value(fact['value_high'], fact['unit'])}"
    st.html(f"<p><b>Fact {int(fact_id)}</b> · <code>{html.escape(str(kind))}</code> · {html.escape(pair)} · "
            f"{html.escape(str(fact.get('period') or 'undated'))} · <b>{html.escape(value)}</b></p>")
    st.caption(KIND_DESCRIPTIONS.get(kind, ""))
    mark = locate_span(fact.get("article_text"), fact.get("evidence") or "",
                       (fact.get("span_start"), fact.get("span_end")))
    st.html(evidence_html(fact.get("evidence") or "", mark, fact.get("article_lang")))
    title = _text(fact.get("article_title")) or "(untitled article)"
    meta = " · ".join(x for x in (
        _text(fact.get("article_published")), _text(fact.get("source_name")), _text(fact.get("article_lang"))
    ) if x)
    st.html(f"<p><b>Article:</b> <span dir=\"auto\">{html.escape(title)}</span><br>"
            f"<small>{html.escape(meta)}</small></p>")
    url = safe_url(fact.get("article_url"))
    if url:
        st.link_button("Open the article", url, icon=":material/open_in_new:")
    elif fact.get("article_url"):
        st.caption("The article's address is not an http(s) link and is not offered as one.")
    line = rate_line(fact)
    if line:  # rate sources and errors are stored text: shown escaped, never as Markdown
        st.html(f"<p><small>Exchange rate: {html.escape(line)}</small></p>")
