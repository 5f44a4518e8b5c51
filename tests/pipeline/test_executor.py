"""Where extraction runs: serially for a few articles, on a pool for many, on Dask when asked."""

from __future__ import annotations

import sys
import types

import pytest

from etl.pipeline import executor


@pytest.mark.parametrize(("forced", "n", "expected"), [
    ("", 3, "serial"), ("", 500, "process"), ("serial", 500, "serial"), ("process", 1, "process"),
])
def test_the_backend_follows_the_batch_size_unless_forced(monkeypatch, forced, n, expected):
    monkeypatch.setenv("SILKSTAT_EXECUTOR", forced)
    monkeypatch.setattr(executor.os, "cpu_count", lambda: 2)
    assert executor.choose_backend(n) == expected


def test_dask_is_optional(monkeypatch):
    monkeypatch.setenv("SILKSTAT_EXECUTOR", "dask")
    monkeypatch.setattr(executor, "_dask_available", lambda: False)
    assert executor.choose_backend(10) == "process"


def test_a_dask_bag_is_used_when_dask_is_installed(monkeypatch, fake_extractor):
    calls = []

    class Bag:  # the three calls the executor makes on a dask.bag
        def __init__(self, items):
            self.items = items

        def map(self, fn):
            return Bag([fn(i) for i in self.items])

        def compute(self, scheduler):
            calls.append(scheduler)
            return self.items

    bag = types.ModuleType("dask.bag")
    bag.from_sequence = lambda seq, npartitions: Bag(list(seq))
    dask = types.ModuleType("dask")
    dask.bag = bag
    monkeypatch.setitem(sys.modules, "dask", dask)
    monkeypatch.setitem(sys.modules, "dask.bag", bag)
    monkeypatch.setenv("SILKSTAT_EXECUTOR", "dask")
    out = executor.extract_many([("5 thousand tonnes", "en", None), ("EXPLODE", "en", None)])
    assert calls == ["processes"]
    assert out[0][0][0]["value"] == 5000.0 and out[1][0] is None and "RuntimeError" in out[1][1]


def test_a_stop_request_ends_a_serial_batch_early(fake_extractor):
    seen = []
    out = executor.extract_many([("1 thousand tonnes", None, None)] * 5, should_stop=lambda: len(seen) >= 2,
                                on_done=seen.append)
    assert len(out) == 2
