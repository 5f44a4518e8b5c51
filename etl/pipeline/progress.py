"""What a run tells the person (or the log collector) watching it.

On a terminal: Rich progress bars, and failures printed as they happen. Anywhere else (cron,
systemd, a CI log): one JSON object a line on stderr per event, so that logs can be grepped
and shipped without parsing prose.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from typing import Any


class Reporter:
    """Events of a run; ``mode`` is auto (terminal or not), rich, json or quiet."""

    def __init__(self, mode: str = "auto") -> None:
        if mode == "auto":
            mode = "rich" if sys.stderr.isatty() else "json"
        self.mode = mode
        self._progress = None
        self._tasks: dict[str, Any] = {}

    # -- lifecycle -------------------------------------------------------------------

    def __enter__(self) -> Reporter:
        self._tasks = {}  # a reporter is reused by every cycle of the scheduler
        if self.mode == "rich":
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                console=Console(stderr=True), transient=False)
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    # -- events ----------------------------------------------------------------------

    def event(self, name: str, **fields: Any) -> None:
        """One event; in JSON mode one line, on a terminal only what a person needs to see."""
        if self.mode == "json":
            record = {"ts": datetime.now(UTC).isoformat(timespec="milliseconds"), "event": name, **fields}
            sys.stderr.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            sys.stderr.flush()
        elif self.mode == "rich" and self._progress is not None:
            if name in ("article_failed", "source_failed"):
                self._progress.console.print(
                    f"[red]failed[/red] {fields.get('location')}: {fields.get('reason')}", markup=True,
                    highlight=False)
            elif name in ("waiting_for_lock", "run_interrupted", "run_error"):
                self._progress.console.print(f"{name}: {fields}", markup=False, highlight=False)

    def task(self, key: str, description: str, total: int | None) -> None:
        """Start (or reset) a progress bar."""
        if self._progress is None:
            return
        if key in self._tasks:
            self._progress.update(self._tasks[key], description=description, total=total, completed=0)
        else:
            self._tasks[key] = self._progress.add_task(description, total=total)

    def advance(self, key: str, n: int = 1) -> None:
        if self._progress is not None and key in self._tasks:
            self._progress.advance(self._tasks[key], n)
