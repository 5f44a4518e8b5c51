"""``silkstat runs``: the run log as a table, followed by every failure with its reason.

Reasons are printed as plain lines, never squeezed into a table cell, because "HTTP 404" or
"too many redirects" is the very thing the person reading this needs in full.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine

from etl.store import repo

MAX_FAILURES_SHOWN = 50


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value else "-"


def _duration(start: datetime | None, end: datetime | None) -> str:
    if not start or not end:
        return "-"
    seconds = (end.replace(tzinfo=None) - start.replace(tzinfo=None)).total_seconds()
    return f"{seconds:.1f}s"


def print_runs(engine: Engine, limit: int = 20) -> None:
    """Newest runs first: when, how long, status, counts; then their failures and errors."""
    from rich.console import Console
    from rich.table import Table

    with engine.connect() as conn:
        rows = repo.recent_runs(conn, limit)
    import sys

    # a pipe or a cron mail is not 80 columns wide by nature: do not squeeze the table into it
    console = Console(highlight=False, width=None if sys.stdout.isatty() else 132)
    if not rows:
        console.print("no runs yet: `silkstat refresh` or `silkstat ingest PATH` makes the first one")
        return
    table = Table(title="SilkStat runs (newest first)")
    for col in ("run", "command", "started (UTC)", "took", "status", "seen", "new", "changed", "same",
                "failed", "facts +/-"):
        table.add_column(col, no_wrap=col in ("run", "status"))
    for r in rows:
        table.add_row(
            str(r["id"]), r["command"], _when(r["started_at"]), _duration(r["started_at"], r["finished_at"]),
            r["status"], str(r["articles_seen"]), str(r["articles_new"]), str(r["articles_changed"]),
            str(r["articles_unchanged"]), str(r["articles_failed"]), f"+{r['facts_added']} -{r['facts_removed']}",
        )
    console.print(table)
    for r in rows:
        failures = r["failures"] or []
        if r["error"]:
            print(f"run {r['id']} error: {r['error']}")
        for f in failures[:MAX_FAILURES_SHOWN]:
            source = f" [{f['source']}]" if f.get("source") else ""
            print(f"run {r['id']} failed{source}: {f.get('location')}: {f.get('reason')}")
        if len(failures) > MAX_FAILURES_SHOWN:
            print(f"run {r['id']}: ... and {len(failures) - MAX_FAILURES_SHOWN} more failures")
