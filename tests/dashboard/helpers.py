"""Helpers for the dashboard tests: open a page in AppTest, read a chart's figure back."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import numpy as np
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"

#: page file -> title, as declared in dashboard/app.py.
PAGES = {
    "overview": "Overview",
    "trade": "Bilateral trade",
    "energy": "Energy dependence",
    "investment": "Investment and rankings",
    "explorer": "Fact explorer",
    "sources": "Sources and runs",
    "about": "About",
}


def open_page(page: str, params: dict[str, str] | None = None) -> AppTest:
    """Run the app, switch to ``page`` with ``params`` in the URL, and return the finished run."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    if page != "overview":
        at.switch_page(f"views/{page}.py")
    for key, value in (params or {}).items():
        at.query_params[key] = value
    return at.run()


def decode(values: Any) -> Any:
    """Plotly serialises arrays as base64 typed arrays (``{"dtype", "bdata"}``); give lists back."""
    if isinstance(values, dict) and "bdata" in values:
        arr = np.frombuffer(base64.b64decode(values["bdata"]), dtype=values["dtype"])
        if "shape" in values:
            shape = values["shape"]
            shape = [int(s) for s in shape.split(",")] if isinstance(shape, str) else shape
            arr = arr.reshape(shape)
        return arr.tolist()
    return values


def figures(at: AppTest) -> list[dict[str, Any]]:
    """Every Plotly figure on the page, as dicts."""
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def figure_titled(at: AppTest, start: str) -> dict[str, Any]:
    """The figure whose title starts with ``start``."""
    for fig in figures(at):
        if fig["layout"].get("title", {}).get("text", "").startswith(start):
            return fig
    raise AssertionError(f"no chart titled {start!r}: {[f['layout'].get('title') for f in figures(at)]}")


def marker_points(fig: dict[str, Any]) -> list[tuple[Any, float, int]]:
    """(x, y, fact id) of every fact marker (traces that carry fact ids), sorted by fact id."""
    out = []
    for trace in fig["data"]:
        ids = decode(trace.get("customdata"))
        if not ids:
            continue
        xs, ys = decode(trace["x"]), decode(trace["y"])
        out.extend((x, y, int(i[0] if isinstance(i, list) else i)) for x, y, i in zip(xs, ys, ids, strict=True))
    return sorted(out, key=lambda p: p[2])


def texts(at: AppTest) -> str:
    """All visible text of the page (markdown, captions, info boxes, html bodies), for searching."""
    parts: list[str] = []
    for kind in ("markdown", "caption", "info", "warning", "error", "success", "title", "subheader", "header", "code"):
        parts.extend(str(el.value) for el in at.get(kind))
    parts.extend(el.proto.body for el in at.get("html"))
    return "\n".join(parts)
