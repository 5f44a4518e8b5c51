"""Serving the Streamlit dashboard as a child process (what `silkstat dashboard` and `demo` do)."""

from __future__ import annotations

import os
import subprocess
import sys

from etl import config

APP = config.PROJECT_ROOT / "dashboard" / "app.py"


def streamlit_command(address: str = "127.0.0.1", port: int = 8501) -> list[str]:
    """The command line that serves the app headless on address:port."""
    return [
        sys.executable, "-m", "streamlit", "run", str(APP),
        "--server.headless", "true",
        "--server.address", address,
        "--server.port", str(port),
        "--browser.gatherUsageStats", "false",
        "--client.toolbarMode", "viewer",
    ]


def serve_dashboard(address: str = "127.0.0.1", port: int = 8501, db_url: str | None = None) -> int:
    """Run the dashboard until it stops; returns its exit code. ``db_url``: the store it reads
    (``silkstat demo`` passes its demo database), else ``config.db_url()``."""
    env = dict(os.environ)
    env["SILKSTAT_DB_URL"] = db_url or config.db_url()
    print(f"SilkStat dashboard: http://{address}:{port}", flush=True)
    try:
        return subprocess.call(streamlit_command(address, port), env=env, cwd=str(config.PROJECT_ROOT))
    except KeyboardInterrupt:
        return 0
