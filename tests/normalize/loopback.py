"""What the loopback server of the online-refresh tests answers (imported by tests and conftest)."""

from __future__ import annotations


class Route:
    """What the loopback server answers on one path: status, body, content type, delay."""

    def __init__(self, body: bytes, status: int = 200, ctype: str = "application/xml", delay: float = 0.0):
        self.body, self.status, self.ctype, self.delay = body, status, ctype, delay
