"""ingest -> extract -> normalize -> load: incremental, locked, logged, on an executor.

The names the CLI uses: ``ingest_paths``, ``refresh`` (raising ``RefreshLocked``),
``RunResult``, ``print_runs``, ``parse_interval`` and ``run_schedule``.
"""

from etl.pipeline.demo import demo_db_url
from etl.pipeline.lock import RefreshLock, RefreshLocked
from etl.pipeline.result import RunResult
from etl.pipeline.runner import ingest_paths, refresh
from etl.pipeline.runs_view import print_runs
from etl.pipeline.schedule import parse_interval, run_schedule

__all__ = [
    "RefreshLock", "RefreshLocked", "RunResult", "demo_db_url", "ingest_paths", "parse_interval", "print_runs",
    "refresh", "run_schedule",
]
