"""Fixtures of the source tests: the loopback web server and short fetch limits."""

from __future__ import annotations

from tests.loopback import fast, server  # noqa: F401  (fixtures, offered to this folder's tests)
