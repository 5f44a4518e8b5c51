"""Fixtures of the source tests: the loopback web server and short fetch limits."""

from __future__ import annotations

import pytest

from etl.sources.fetch import FetchSettings
from tests.loopback import FAULT_FETCH, LoopbackServer


@pytest.fixture
def server():
    """A web server on 127.0.0.1 for one test; stopped afterwards."""
    with LoopbackServer() as srv:
        yield srv


@pytest.fixture
def fast() -> FetchSettings:
    """Limits short enough for quick fault tests, yet far from the faults (see FAULT_FETCH)."""
    return FetchSettings(**FAULT_FETCH)
