"""``silkstat schedule --every 6h``: refreshes at a fixed interval until stopped.

SIGTERM or Ctrl-C sets one stop event that both the sleep and the running refresh watch: a
sleep ends at once, a refresh ends between two articles and finishes its run row as failed
("interrupted"). So a service manager stopping the scheduler never leaves a half-written run.
A refresh that finds another one running is skipped, not queued.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from etl.pipeline.lock import RefreshLocked
from etl.pipeline.progress import Reporter
from etl.pipeline.runner import refresh, stop_on_signals

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)


def parse_interval(value: str) -> float:
    """'30s', '15m', '6h', '1d' (a bare number is seconds) -> seconds; ValueError otherwise."""
    match = _INTERVAL.match(value or "")
    if not match:
        raise ValueError(f"invalid interval {value!r}: use a number and s, m, h or d (e.g. 6h)")
    seconds = float(match.group(1)) * _UNITS[(match.group(2) or "s").lower()]
    if seconds <= 0:
        raise ValueError(f"invalid interval {value!r}: must be more than zero")
    return seconds


def run_schedule(engine_factory: Callable[[], Engine], seconds: float, sources_file: Path | None = None,
                 stop: threading.Event | None = None, max_cycles: int | None = None) -> int:
    """Refresh every ``seconds`` (measured start to start) until stopped; returns an exit code.

    A missing sources file ends the scheduler at once (exit 2): retrying a configuration
    mistake every six hours only hides it.
    """
    stop = stop or threading.Event()
    reporter = Reporter()
    cycles = 0
    with stop_on_signals(stop):
        reporter.event("schedule_start", every_seconds=seconds, sources=str(sources_file or "default"))
        while not stop.is_set():
            started = time.monotonic()
            cycles += 1
            engine = None
            try:
                engine = engine_factory()
                result = refresh(engine, sources_file=sources_file, stop=stop, reporter=reporter)
                print(result.summary_line(), flush=True)
            except RefreshLocked as exc:
                reporter.event("refresh_skipped", reason=str(exc))
            except FileNotFoundError as exc:
                reporter.event("schedule_error", error=str(exc))
                print(f"silkstat: {exc}", flush=True)
                return 2
            except Exception as exc:  # noqa: BLE001 - a database that is down now may be up next cycle
                reporter.event("refresh_error", error=f"{exc.__class__.__name__}: {exc}")
                print(f"silkstat: refresh could not run: {exc.__class__.__name__}: {exc}", flush=True)
            finally:
                if engine is not None:
                    engine.dispose()
            if max_cycles is not None and cycles >= max_cycles:
                break
            stop.wait(max(0.0, seconds - (time.monotonic() - started)))
        reporter.event("schedule_stop", cycles=cycles)
    return 0
