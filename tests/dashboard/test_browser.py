"""End to end in a real headless Chromium (Debian's, driven by Playwright) against `streamlit run`.

Opens the trade page on the fixture store, waits for the chart, switches page and back,
downloads the trade chart's CSV and checks it holds the numbers the browser drew, with the
source URLs; saves a screenshot under the test's temporary folder.
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pandas as pd
import pytest

from tests.dashboard.store_fixture import SEED_URL, SEED_USD
from tests.support import ROOT, skip_or_fail

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]
CHART = '[data-testid="stPlotlyChart"] .main-svg'

#: The fact markers the browser drew: (x, y, fact id), read from Plotly's own data on the page.
READ_MARKERS = """
() => {
  const plot = document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot');
  const out = [];
  for (const t of plot.data) {
    if (!t.customdata) continue;
    const xs = Array.from(t.x), ys = Array.from(t.y), ids = Array.from(t.customdata);
    for (let i = 0; i < xs.length; i++) out.push([xs[i], ys[i], Array.isArray(ids[i]) ? ids[i][0] : ids[i]]);
  }
  return {title: plot.layout.title.text, points: out};
}
"""


def _click_fact(page, fact_id: int) -> bool:
    """Click the marker of ``fact_id`` in the first chart, at its position on screen."""
    box = page.evaluate(
        """(id) => {
          const plot = document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot');
          const xa = plot._fullLayout.xaxis, ya = plot._fullLayout.yaxis;
          for (const t of plot.data) {
            if (!t.customdata) continue;
            const ids = Array.from(t.customdata).map(c => Array.isArray(c) ? c[0] : c);
            const i = ids.indexOf(id);
            if (i < 0) continue;
            const r = plot.querySelector('.nsewdrag').getBoundingClientRect();
            return {x: r.left + xa.l2p(Array.from(t.x)[i]), y: r.top + ya.l2p(Array.from(t.y)[i])};
          }
          return null;
        }""", fact_id)
    if not box:
        return False
    page.mouse.click(box["x"], box["y"])
    return True


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(base: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError("streamlit did not become healthy")


@pytest.fixture
def server(fixture_url, tmp_path):
    """`streamlit run dashboard/app.py` on a free port against the fixture store."""
    port = _free_port()
    env = dict(os.environ, SILKSTAT_DB_URL=fixture_url)
    log = open(tmp_path / "streamlit.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"),
         "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(base, proc)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.mark.browser
@pytest.mark.slow
def test_trade_page_in_chromium_draws_the_seed_point_and_its_csv_matches(server, tmp_path, fixture_ids):
    if not (Path(CHROMIUM).exists() and shutil.which(CHROMIUM)):
        skip_or_fail(f"{CHROMIUM} is not installed (apt-get install chromium fonts-noto-color-emoji)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("the playwright package is not installed")

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
            page.goto(f"{server}/trade", wait_until="domcontentloaded")
            page.wait_for_selector(CHART, timeout=60_000)
            page.wait_for_selector('[data-testid="stPlotlyChart"] .scatterlayer .point', timeout=30_000)
            drawn = page.evaluate(READ_MARKERS)
            assert drawn["title"].startswith("Trade volume of Kazakhstan by partner (USD)")
            seed = [pt for pt in drawn["points"] if int(pt[2]) == fixture_ids["seed_fact"]]
            assert seed and seed[0][0] == 2022 and seed[0][1] == pytest.approx(SEED_USD)
            page.locator('[data-testid="stPlotlyChart"]').first.scroll_into_view_if_needed()
            page.screenshot(path=str(tmp_path / "trade.png"), full_page=False)

            page.get_by_role("link", name="Energy dependence").click()
            page.wait_for_url("**/energy", timeout=30_000)
            page.wait_for_selector(CHART, timeout=60_000)
            assert page.get_by_text("Share of each consumer's uranium needs").count() >= 1 or \
                page.locator(".gtitle").first.inner_text().startswith("Share of each consumer")
            page.screenshot(path=str(tmp_path / "energy.png"))

            page.get_by_role("link", name="Bilateral trade").click()
            page.wait_for_url("**/trade", timeout=30_000)
            page.wait_for_selector('[data-testid="stPlotlyChart"] .scatterlayer .point', timeout=60_000)
            with page.expect_download(timeout=30_000) as info:
                page.get_by_role("button", name="CSV").first.click()
            download = info.value
            target = tmp_path / download.suggested_filename
            download.save_as(str(target))

            # one click from a point to its sentence: the France–Kazakhstan pair alone, click the seed
            page.goto(f"{server}/trade?partners=FR", wait_until="domcontentloaded")
            page.wait_for_selector('[data-testid="stPlotlyChart"] .scatterlayer .point', timeout=60_000)
            page.locator('[data-testid="stPlotlyChart"]').first.scroll_into_view_if_needed()
            page.screenshot(path=str(tmp_path / "trade-france.png"))
            assert _click_fact(page, fixture_ids["seed_fact"]), "the seed's marker is on the chart"
            page.wait_for_selector("blockquote mark", timeout=30_000)
            assert page.locator("blockquote mark").first.inner_text() == "5.3 مليار"
            assert page.locator("blockquote").first.get_attribute("dir") == "rtl"
            page.screenshot(path=str(tmp_path / "evidence.png"))
        finally:
            browser.close()

    assert target.name == "silkstat-trade-volume-KZ.csv"
    csv = pd.read_csv(io.BytesIO(target.read_bytes()), encoding="utf-8-sig")
    from_csv = sorted(zip(csv["year"], csv["value"], csv["fact_id"], strict=True), key=lambda t: t[2])
    from_chart = sorted(((int(x), float(y), int(i)) for x, y, i in drawn["points"]), key=lambda t: t[2])
    assert [(x, pytest.approx(y), i) for x, y, i in from_chart] == from_csv
    assert SEED_URL in set(csv["article_url"])
    print(f"screenshot: {tmp_path / 'trade.png'}")
