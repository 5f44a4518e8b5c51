"""``ingest_paths`` and ``refresh``: a run from lock to finished run row.

The frame around every run is the same: take the refresh lock (or refuse, naming the holder),
close runs that a dead process left "running", write the run row, read the sources, and in a
``finally`` finish the run row with its status — also when the run was interrupted by SIGTERM
or broke on an unexpected error. A run is never left "running".
"""

from __future__ import annotations

import contextlib
import signal
import threading
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Engine

from etl.pipeline.lock import RefreshLock, RefreshLocked
from etl.pipeline.progress import Reporter
from etl.pipeline.result import RunResult
from etl.pipeline.run import Interrupted, Run
from etl.pipeline.sources import read_local, read_source
from etl.sources.config import SourcesFile, SourcesFileError, load_sources
from etl.sources.fetch import Fetcher, FetchSettings
from etl.store import repo

INGEST_SOURCE = "command-line files"


@contextlib.contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGTERM and SIGINT set ``stop`` instead of killing the process mid-write.

    Only the main thread may install handlers; elsewhere (a test thread) this is a no-op.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, _frame: object) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _extractor_version() -> str:
    import etl.extract

    return str(etl.extract.EXTRACTOR_VERSION)


def _use_stored_rates(engine: Engine) -> None:
    """Convert money at the rates stored in ``fx_rates`` (central-bank refreshes) when there are
    any; the offline histories answer the rest. Read once per run, so a rate refresh between
    two runs is seen by the next one."""
    from etl.normalize import RateBook, use_book

    use_book(RateBook.from_engine(engine))


def _run(engine: Engine, command: str, body: Callable[[Run], None], *, wait: bool,
         stop: threading.Event | None, reporter: Reporter | None) -> RunResult:
    """The frame of every run (see the module docstring)."""
    own_stop = stop is None
    stop = stop or threading.Event()
    reporter = reporter or Reporter()
    version = _extractor_version()
    result = RunResult(command=command)
    guard = stop_on_signals(stop) if own_stop else contextlib.nullcontext()
    lock = RefreshLock(engine, wait=wait, stop=stop)
    with guard:
        try:
            lock.acquire(wait_override=False)
        except RefreshLocked as exc:
            if not wait:
                raise
            reporter.event("waiting_for_lock", command=command, holder=str(exc))
            lock.acquire()
        try:
            abandoned = repo.close_abandoned_runs(engine)
            result.run_id = repo.start_run(engine, command, version)
            with reporter:
                reporter.event("run_start", run_id=result.run_id, command=command, extractor_version=version,
                               closed_abandoned_runs=abandoned)
                _use_stored_rates(engine)
                run = Run(engine, result, reporter, stop, version)
                try:
                    body(run)
                except Interrupted as exc:
                    result.error = str(exc)
                    reporter.event("run_interrupted", run_id=result.run_id)
                except Exception as exc:  # noqa: BLE001 - recorded in the run, then reported
                    result.error = f"{exc.__class__.__name__}: {exc}"
                    reporter.event("run_error", run_id=result.run_id, error=result.error,
                                   traceback=traceback.format_exc(limit=8))
                finally:
                    try:
                        with engine.connect() as conn:
                            result.stale = repo.stale_article_count(conn, version)
                    except Exception:  # noqa: BLE001 - a hint, not worth failing the run row for
                        result.stale = 0
                    result.settle()
                    repo.finish_run(engine, result.run_id, status=result.status, counts=result.counts,
                                    failures=result.failures, error=result.error)
                    reporter.event("run_end", run_id=result.run_id, status=result.status, **result.counts,
                                   failures=len(result.failures), error=result.error)
        finally:
            lock.release()
    return result


def ingest_paths(engine: Engine, paths: list[Path], lang: str | None = None, *, wait: bool = True,
                 stop: threading.Event | None = None, reporter: Reporter | None = None,
                 command: str = "ingest") -> RunResult:
    """Store the articles in these files and folders, extract and load their facts.

    Waits for a running refresh by default: an ingest typed by hand should not fail because
    the scheduler happens to be busy.
    """
    def body(run: Run) -> None:
        with engine.begin() as conn:
            source_id = repo.upsert_source(conn, INGEST_SOURCE, "files", "(paths given on the command line)", None)
        read_local(run, [Path(p) for p in paths], source_id, INGEST_SOURCE, lang)

    return _run(engine, command, body, wait=wait, stop=stop, reporter=reporter)


def refresh(engine: Engine, sources_file: Path | None = None, reprocess: bool = False, wait: bool = False,
            *, stop: threading.Event | None = None, reporter: Reporter | None = None,
            fetch: FetchSettings | None = None) -> RunResult:
    """Read every configured source, extract what is new or changed, load it.

    Raises FileNotFoundError (with how to create one) when there is no sources file, and
    ``RefreshLocked`` when another refresh runs and ``wait`` is false. A sources file that
    exists but is wrong makes a failed run, so that a broken edit shows in ``silkstat runs``.

    ``reprocess``: also re-extract every stored article (a backfill after an extractor
    upgrade). It is not automatic: a refresh after an upgrade only reports how many articles
    an older extractor produced, because a backfill can take long and deserves to be chosen.
    """
    from etl import config

    path = Path(sources_file) if sources_file else config.default_sources_file()
    config_error: str | None = None
    spec: SourcesFile | None = None
    try:
        spec = load_sources(path)
    except SourcesFileError as exc:
        config_error = str(exc)

    def body(run: Run) -> None:
        if spec is None:
            raise SourcesFileError(config_error)
        settings = fetch or spec.fetch
        with Fetcher(settings) as fetcher:
            for source in spec.sources:
                run.check_stop()
                try:
                    read_source(run, engine, source, fetcher)
                except Interrupted:
                    raise
                except Exception as exc:  # noqa: BLE001 - one broken source must not stop the others
                    run.source_failed(source.location, f"unexpected error: {exc.__class__.__name__}: {exc}",
                                      source.name)
        if reprocess:
            run.reprocess_all()

    return _run(engine, "refresh", body, wait=wait, stop=stop, reporter=reporter)
