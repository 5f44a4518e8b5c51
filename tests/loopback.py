"""The one loopback web server of the tests: feeds, pages and bank rates on 127.0.0.1.

Why one: the source, pipeline and rate-refresh tests all need a local web that answers like
the real one and fails like it, and two servers drifted apart in what they could do.
Routes are registered per test (``server.route("/feed.xml", body=..., etag="v1")``, or
``server.routes[path] = Route(...)``); a route's path may carry a query, else it matches any
query. The server counts requests per path, keeps the headers it received and the paths
requested with their query, so a test can check that a second refresh cost exactly one
conditional request, or which date went into a bank's URL. Faults: any status, a delay before
the answer (a timeout), a body that trickles, a redirect, a body streamed without
Content-Length. It binds 127.0.0.1 only; every sleep and wait is bounded, and the handler
threads are daemons, so a test never hangs on it.

The ``server`` and ``fast`` fixtures are defined here once; a folder's conftest.py offers them
to its tests by importing them.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

import pytest

from etl.sources.fetch import FetchSettings

MAX_SLEEP = 5.0  # seconds: the longest a delay or a trickle lasts
MAX_GATE = 30.0  # seconds: the longest an answer waits for its gate

#: Fetch limits (``FetchSettings`` keywords) for fault tests: short, yet well apart from the
#: faults the tests set up (a 4 s stall, a body trickling a byte every 0.1 s), so that a loaded
#: machine neither passes nor fails them by luck.
FAULT_FETCH = {"timeout": 1.5, "total_timeout": 3.0, "max_bytes": 100_000, "max_redirects": 3, "host_delay": 0.0}


@dataclass
class Route:
    """What the server answers on one path, and how it misbehaves doing so."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0  # seconds before the status line: a timeout
    trickle: float = 0.0  # seconds between two bytes of the body
    redirect: str | None = None  # Location of a 302
    chunked: bool = False  # no Content-Length: the size is known only by reading
    gate: threading.Event | None = None  # hold the answer until the test opens the gate
    headers: dict[str, str] = field(default_factory=dict)


class LoopbackServer:
    """ThreadingHTTPServer in a thread; ``url(path)`` gives the address of a route.

    Use it as a context manager (``with LoopbackServer() as srv:``): it is stopped on exit.
    """

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()  # per path, without the query
        self.received: list[tuple[str, dict[str, str]]] = []  # (path, lower-cased headers)
        self.requested: list[str] = []  # the paths as requested, with their query
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms ACK stalls

            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                path = self.path.split("?")[0]
                with server._lock:
                    server.hits[path] += 1
                    server.received.append((path, {k.lower(): v for k, v in self.headers.items()}))
                    server.requested.append(self.path)
                route = server.routes.get(self.path) or server.routes.get(path)
                if route is None:
                    self._answer(404, b"not here", "text/plain")
                    return
                if route.delay:
                    time.sleep(min(route.delay, MAX_SLEEP))
                if route.gate is not None:
                    route.gate.wait(MAX_GATE)
                if route.redirect:
                    self.send_response(302)
                    self.send_header("Location", route.redirect)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.send_header("ETag", route.etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if (route.last_modified and not route.etag
                        and self.headers.get("If-Modified-Since") == route.last_modified):
                    self.send_response(304)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self._answer(route.status, route.body, route.content_type, route)

            def _answer(self, status: int, body: bytes, ctype: str, route: Route | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                if route is not None:
                    if route.etag:
                        self.send_header("ETag", route.etag)
                    if route.last_modified:
                        self.send_header("Last-Modified", route.last_modified)
                    for k, v in route.headers.items():
                        self.send_header(k, v)
                chunked = route is not None and route.chunked
                if chunked:
                    self.send_header("Connection", "close")
                else:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    if route is not None and route.trickle:
                        deadline = time.monotonic() + MAX_SLEEP
                        for i in range(len(body)):
                            if time.monotonic() > deadline:
                                break
                            self.wfile.write(body[i:i + 1])
                            self.wfile.flush()
                            time.sleep(route.trickle)
                    else:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                if chunked:
                    self.close_connection = True

        class QuietServer(ThreadingHTTPServer):
            def handle_error(self, request: object, client_address: object) -> None:
                pass  # a client that hung up on purpose (timeouts, size limits) is no test failure

        self.httpd = QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, body: str | bytes = b"", **kwargs: object) -> Route:
        data = body.encode("utf-8") if isinstance(body, str) else body
        route = Route(body=data, **kwargs)  # type: ignore[arg-type]
        self.routes[path] = route
        return route

    def reset_counts(self) -> None:
        with self._lock:
            self.hits.clear()
            self.received.clear()
            self.requested.clear()

    def start(self) -> LoopbackServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    """A web server on 127.0.0.1 for one test; stopped afterwards."""
    with LoopbackServer() as srv:
        yield srv


@pytest.fixture
def fast() -> FetchSettings:
    """Limits short enough for quick fault tests, yet far from the faults (see FAULT_FETCH)."""
    return FetchSettings(**FAULT_FETCH)


# --------------------------------------------------------------------------- content


def page_html(title: str, paragraphs: list[str], lang: str = "en", charset: str | None = "utf-8",
              published: str | None = "2024-03-05") -> str:
    """An article page with the usual clutter around it (menu, footer), written for the tests."""
    meta = f'<meta charset="{charset}">' if charset else ""
    date = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head>{meta}<title>{escape(title)}</title>{date}</head><body>'
        '<nav><a href="/">Home</a> <a href="/economy">Economy</a></nav>'
        f"<article><h1>{escape(title)}</h1>{body}</article>"
        "<footer>All rights reserved.</footer></body></html>"
    )


def english_paragraphs(n: int) -> list[str]:
    """Sentences made up for the tests (no real article), different for every ``n``."""
    return [
        f"Officials in Astana said on Tuesday that trade with partner number {n} grew steadily last year.",
        f"The ministry reported that shipments under contract {n} reached {n + 10} thousand tonnes of wheat.",
        "Analysts expect the new rail corridor to shorten delivery times across the steppe considerably.",
    ]


def rss(items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed of (title, link, pubDate) items."""
    body = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link><pubDate>{d}</pubDate></item>"
        for t, link, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test wire</title>'
        f"<link>http://127.0.0.1/</link><description>Test feed</description>{body}</channel></rss>"
    )

