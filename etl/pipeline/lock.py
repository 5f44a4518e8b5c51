"""One writer at a time: the refresh lock, on SQLite and on PostgreSQL.

Two refreshes at once would fetch the same pages twice and race to insert the same articles.
SQLite gets an ``fcntl.flock`` on a file beside the database (released by the kernel when the
process dies, so a crash never leaves a stale lock); PostgreSQL gets a session advisory lock
on a dedicated connection (released by the server when that connection ends). The holder
writes who it is (pid, start time) where a second process can read it, so the refusal says
whom to wait for.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, text

#: The advisory lock key: "SilK" as a 31-bit integer, so it is pg_locks.objid with classid 0.
PG_LOCK_KEY = int.from_bytes(b"SilK", "big")


class RefreshLocked(RuntimeError):
    """Another refresh (or ingest) holds the lock and we were asked not to wait."""


def _holder_label() -> str:
    started = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"silkstat pid={os.getpid()} started={started}"


def _describe(label: str | None) -> str:
    """'silkstat pid=N started=T' as the sentence a person reads."""
    if not label or "pid=" not in label:
        return "another refresh is running"
    fields = dict(part.split("=", 1) for part in label.split() if "=" in part)
    return f"another refresh is running (pid {fields.get('pid', '?')}, started {fields.get('started', '?')})"


def lock_path_for(engine: Engine) -> Path:
    """The lock file of an SQLite store: beside the database file, else in the data directory."""
    from etl import config

    database = engine.url.database
    if not database or database == ":memory:":
        return config.silkstat_home() / "refresh.lock"
    path = Path(database).expanduser().resolve()
    return path.with_name(path.name + ".lock")


class RefreshLock:
    """Context manager: ``with RefreshLock(engine, wait=False): ...`` or RefreshLocked."""

    def __init__(self, engine: Engine, wait: bool = False, poll: float = 0.5,
                 stop: threading.Event | None = None) -> None:
        self.engine = engine
        self.wait = wait
        self.poll = poll
        self.stop = stop
        self._file = None
        self._conn: Connection | None = None

    # -- the two backends ------------------------------------------------------------

    def _try_file(self) -> str | None:
        """Take the flock; returns None when taken, else the holder's label."""
        path = lock_path_for(self.engine)
        handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held open while locked
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            label = handle.read().strip()
            handle.close()
            return label or "?"
        handle.seek(0)
        handle.truncate()
        handle.write(_holder_label() + "\n")
        handle.flush()
        self._file = handle
        return None

    def _try_pg(self) -> str | None:
        if self._conn is None:
            self._conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        conn = self._conn
        if conn.execute(text("select pg_try_advisory_lock(:k)"), {"k": PG_LOCK_KEY}).scalar():
            conn.execute(text("select set_config('application_name', :n, false)"), {"n": _holder_label()})
            return None
        label = conn.execute(text(
            "select a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid "
            "where l.locktype = 'advisory' and l.granted and l.classid = 0 and l.objid = :k "
            "and l.database = (select oid from pg_database where datname = current_database())"),
            {"k": PG_LOCK_KEY}).scalar()
        return label or "?"

    # -- the protocol ----------------------------------------------------------------

    def acquire(self, wait_override: bool | None = None) -> None:
        """Take the lock, or raise RefreshLocked naming the holder (``wait``: poll until free)."""
        wait = self.wait if wait_override is None else wait_override
        attempt = self._try_pg if self.engine.dialect.name == "postgresql" else self._try_file
        while True:
            holder = attempt()
            if holder is None:
                return
            if not wait:
                self._close_conn()
                raise RefreshLocked(_describe(holder) + "; try again later or pass --wait")
            if self.stop is not None and self.stop.is_set():
                self._close_conn()
                raise RefreshLocked(_describe(holder) + "; stopped while waiting for it")
            time.sleep(self.poll)

    def release(self) -> None:
        if self._file is not None:
            try:
                self._file.seek(0)
                self._file.truncate()
                fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            finally:
                self._file.close()
                self._file = None
        if self._conn is not None:
            try:
                self._conn.execute(text("select pg_advisory_unlock(:k)"), {"k": PG_LOCK_KEY})
                self._conn.execute(text("select set_config('application_name', '', false)"))
            finally:
                self._close_conn()

    def _close_conn(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> RefreshLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
