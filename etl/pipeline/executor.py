"""Running the extractor over many articles: serially, on a process pool, or on Dask.

Extraction is a pure function of (text, language, publication date), so it parallelizes
without shared state. Small batches run serially (a pool costs more to start than a few
articles take); larger ones go to a fork-based process pool in chunks, so that a stop request
is honoured between chunks. ``SILKSTAT_EXECUTOR`` forces ``serial``, ``process`` or ``dask``
(the last only when the ``[dask]`` extra is installed; otherwise the process pool is used).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

#: (text, lang, published)
Item = tuple[str, str | None, str | None]
#: (facts as dicts, error) — exactly one of the two is None
Outcome = tuple[list[dict[str, Any]] | None, str | None]

PARALLEL_THRESHOLD = int(os.environ.get("SILKSTAT_PARALLEL_THRESHOLD", "40"))
BATCH = 256


def extract_one(item: Item) -> Outcome:
    """Facts of one article as dicts of the contract; an exception becomes a reason."""
    import etl.extract

    text, lang, published = item
    try:
        found = etl.extract.extract_facts(text, lang=lang, published=published)
        return [f.to_dict() if hasattr(f, "to_dict") else dict(f) for f in found], None
    except Exception as exc:  # one bad article must not end the run
        return None, f"extraction error: {exc.__class__.__name__}: {exc}"


def _dask_available() -> bool:
    try:
        import dask.bag  # noqa: F401
    except ImportError:
        return False
    return True


def choose_backend(n: int) -> str:
    forced = os.environ.get("SILKSTAT_EXECUTOR", "").strip().lower()
    if forced == "dask":
        return "dask" if _dask_available() else "process"
    if forced in ("serial", "process"):
        return forced
    return "process" if n >= PARALLEL_THRESHOLD and (os.cpu_count() or 1) > 1 else "serial"


def extract_many(items: Sequence[Item], should_stop: Callable[[], bool] = lambda: False,
                 on_done: Callable[[int], None] = lambda n: None) -> list[Outcome]:
    """Outcomes in the order of ``items``; stops early (shorter list) when ``should_stop()``."""
    backend = choose_backend(len(items))
    out: list[Outcome] = []
    if backend == "serial":
        for item in items:
            if should_stop():
                break
            out.append(extract_one(item))
            on_done(1)
        return out
    if backend == "dask":
        import dask.bag as db

        for start in range(0, len(items), BATCH * 4):
            if should_stop():
                break
            chunk = list(items[start:start + BATCH * 4])
            out.extend(db.from_sequence(chunk, npartitions=os.cpu_count() or 2).map(extract_one)
                       .compute(scheduler="processes"))
            on_done(len(chunk))
        return out
    workers = max(1, min(os.cpu_count() or 1, 8))
    # fork: workers start in milliseconds and see the already-imported extractor
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        for start in range(0, len(items), BATCH):
            if should_stop():
                break
            chunk = items[start:start + BATCH]
            out.extend(pool.map(extract_one, chunk, chunksize=max(1, len(chunk) // (workers * 4))))
            on_done(len(chunk))
    return out
