"""Fixtures of the source tests: the loopback web server and short fetch limits."""

from __future__ import annotations

import pytest

from etl.sources.fetch import FetchSettings
from tests.sources.loopback import LoopbackServer


@pytest.fixture
def server():
    """A web server on 127.0.0.1 for one test; stopped afterwards."""
    srv = LoopbackServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def fast() -> FetchSettings:
    """Limits short enough for quick fault tests, yet far from the faults (a 4 s stall, a 100 s trickle)."""
    return FetchSettings(timeout=1.5, total_timeout=3.0, max_bytes=100_000, max_redirects=3, host_delay=0.0)
