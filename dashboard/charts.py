"""Plotly figures from the chart frames of ``dashboard.chartdata``; no queries, no Streamlit.

Why these rules: one marker per reported fact (each carries its fact id, so a click opens the
sentence), the spread drawn where several articles report one point, years formatted as
years (Streamlit's theme would print "2,019.5"), the Okabe-Ito palette (safe for the common
colour-vision deficiencies), and a title and a unit on every axis.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

#: Okabe & Ito (2008), "Color Universal Design": distinguishable with any colour vision.
OKABE_ITO: tuple[str, ...] = (
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000",
)
#: A sequential scale readable in grey and by colour-blind readers.
SEQUENTIAL = "cividis"
FONT = "DejaVu Sans, Noto Color Emoji, sans-serif"


def color_map(series: list[str]) -> dict[str, str]:
    """A stable colour per series name (sorted), cycling through the palette."""
    return {name: OKABE_ITO[i % len(OKABE_ITO)] for i, name in enumerate(sorted(set(series)))}


def format_value(value: float, unit: str) -> str:
    """5.58e9 USD -> "5.58 bn USD"; 40 % -> "40 %"; rank 5 -> "#5"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if unit == "rank":
        return f"#{int(value)}"
    if unit == "%":
        return f"{value:.3g} %"
    for scale, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "mn"), (1e3, "k")):
        if abs(value) >= scale:
            return f"{value / scale:.3g} {word} {unit}"
    return f"{value:.4g} {unit}"


def _layout(fig: go.Figure, title: str, x_title: str, y_title: str) -> go.Figure:
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left"},
        template="none",  # a named template costs ~50 ms per figure to copy; a few settings do
        paper_bgcolor="white",
        plot_bgcolor="white",
        font={"family": FONT},
        legend={"title": {"text": ""}, "orientation": "h", "y": -0.2},
        margin={"l": 70, "r": 20, "t": 60, "b": 60},
        hovermode="closest",
        showlegend=True,  # even for one series: the legend names the partner
        height=440,
    )
    axis = {"gridcolor": "#e6e6e6", "linecolor": "#888888", "zeroline": False, "automargin": True}
    fig.update_xaxes(title_text=x_title, **axis)
    fig.update_yaxes(title_text=y_title, **axis)
    return fig


def _hover(frame: pd.DataFrame) -> list[str]:
    out = []
    for r in frame.itertuples(index=False):
        approx = "≈ " if r.approx is True else ""
        reported = "" if r.reported_unit == r.unit else f"<br>reported: {format_value(r.reported_value, r.reported_unit)}"
        spread = (
            f"<br>{r.n_reports} reports: {format_value(r.spread_min, r.unit)} – {format_value(r.spread_max, r.unit)}"
            if r.n_reports > 1 else ""
        )
        title = str(r.article_title) if isinstance(r.article_title, str) else "untitled article"
        out.append(
            f"<b>{_plain(r.series)}</b> · {_plain(r.period_label)}<br>{approx}{format_value(r.value, r.unit)}"
            f"{reported}{spread}<br>{_plain(title[:80])}<br>fact {r.fact_id} (click for the sentence)"
        )
    return out


def _plain(text: object) -> str:
    """Plotly hover labels accept a little HTML: article text goes in escaped."""
    import html

    return html.escape(str(text))


def timeline_figure(frame: pd.DataFrame, title: str, y_title: str, *, ranks: bool = False) -> go.Figure:
    """Annual (and publication-dated) facts on a year axis: a marker per fact, a bar per spread.

    Facts dated only by their article's publication are drawn hollow and named so in the
    legend; where several facts share a series and a year, a translucent bar spans their range
    and a dotted line joins the medians.
    """
    fig = go.Figure()
    colors = color_map(list(frame["series"]))
    for name, grp in frame.groupby("series", sort=True):
        color = colors[name]
        dated = grp[grp["dated_by"] == "period"]
        if len(dated["year"].unique()) > 1:
            med = dated.groupby("year")["value"].median().sort_index()
            xs, ys = [], []
            for year, value in med.items():
                if xs and int(year) - xs[-1] > 1:  # no line across years nobody reported
                    xs.append(None)
                    ys.append(None)
                xs.append(int(year))
                ys.append(float(value))
            fig.add_trace(go.Scatter(
                x=xs, y=ys, mode="lines", name=f"{name} (median)", connectgaps=False,
                line={"color": color, "dash": "dot", "width": 1.5}, hoverinfo="skip", showlegend=False,
                legendgroup=name,
            ))
        spread = grp[grp["n_reports"] > 1].drop_duplicates(["year", "period_class"])
        if not spread.empty:  # one trace per series: a vertical bar per disagreeing point, gaps between
            xs, ys = [], []
            for year, lo, hi in zip(spread["year"], spread["spread_min"], spread["spread_max"], strict=True):
                xs += [int(year), int(year), None]
                ys += [float(lo), float(hi), None]
            fig.add_trace(go.Scatter(
                x=xs, y=ys, mode="lines", connectgaps=False,
                line={"color": color, "width": 10}, opacity=0.3, showlegend=False, legendgroup=name,
                name=f"{name} spread", hoverinfo="skip",  # the markers' labels give the spread; a click
                # must land on a fact, not on the bar's end
            ))
        for dated_by, part in grp.groupby("dated_by"):
            hollow = dated_by == "publication"
            fig.add_trace(go.Scatter(
                x=[int(y) for y in part["year"]], y=list(part["value"]), mode="markers",
                name=f"{name} (undated: publication year)" if hollow else name,
                legendgroup=name,
                marker={"color": color, "size": 11, "symbol": "circle-open" if hollow else "circle",
                        "line": {"width": 2, "color": color}},
                customdata=[[int(i)] for i in part["fact_id"]],
                hovertext=_hover(part), hovertemplate="%{hovertext}<extra></extra>",
            ))
    _layout(fig, title, "Year", y_title)
    years = [int(y) for y in frame["year"].dropna()] if not frame.empty else []
    span = (max(years) - min(years)) if years else 0
    fig.update_xaxes(tickformat="d", dtick=1 if span <= 12 else None,
                     range=[min(years) - 0.6, max(years) + 0.6] if years else None)
    if ranks:
        top = int(frame["value"].max()) if not frame.empty else 5
        fig.update_yaxes(autorange=False, range=[top + 0.5, 0.5], dtick=1, tickformat="d")
    else:
        fig.update_yaxes(rangemode="tozero")  # amounts and shares start at zero: no exaggerated changes
    return fig


def subannual_figure(frame: pd.DataFrame, title: str, y_title: str) -> go.Figure:
    """Facts for months, quarters or halves on a date axis of their own, each spanning its period."""
    fig = go.Figure()
    colors = color_map(list(frame["series"]))
    for name, grp in frame.groupby("series", sort=True):
        fig.add_trace(go.Scatter(
            x=list(grp["x_date"]), y=list(grp["value"]), mode="markers", name=name,
            marker={"color": colors[name], "size": 11, "symbol": "diamond"},
            customdata=[[int(i)] for i in grp["fact_id"]],
            hovertext=_hover(grp), hovertemplate="%{hovertext}<extra></extra>",
        ))
    _layout(fig, title, "Middle of the period covered", y_title)
    fig.update_xaxes(type="date")
    return fig


def heatmap_figure(matrix: pd.DataFrame, title: str, x_title: str, y_title: str, z_title: str,
                   text_format: str = "{:.0f}", zmin: float | None = 0, zmax: float | None = None) -> go.Figure:
    """A labelled matrix (rows × columns) with its numbers written in the cells; empty cells stay blank."""
    z = matrix.values.tolist() if not matrix.empty else []
    text = [[("" if (v is None or (isinstance(v, float) and math.isnan(v))) else text_format.format(v)) for v in row]
            for row in z]
    fig = go.Figure(go.Heatmap(
        z=z, x=[str(c) for c in matrix.columns], y=[str(i) for i in matrix.index], text=text,
        texttemplate="%{text}", colorscale=SEQUENTIAL, colorbar={"title": {"text": z_title}},
        hovertemplate=f"{y_title}: %{{y}}<br>{x_title}: %{{x}}<br>{z_title}: %{{z}}<extra></extra>",
        xgap=2, ygap=2, zmin=zmin, zmax=zmax,
    ))
    _layout(fig, title, x_title, y_title)
    fig.update_layout(height=160 + 48 * max(len(matrix.index), 1), showlegend=False)
    fig.update_xaxes(type="category")
    fig.update_yaxes(type="category", autorange="reversed")
    return fig
