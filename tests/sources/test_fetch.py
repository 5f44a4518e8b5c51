"""One bounded GET: every fault of the web comes back as a reason, never as an exception."""

from __future__ import annotations

import pytest

from etl.sources.fetch import USER_AGENT, Fetcher, FetchSettings


def test_a_page_is_fetched_with_a_clear_user_agent(server, fast):
    server.route("/a.html", "<p>hello</p>")
    with Fetcher(fast) as f:
        resp = f.get(server.url("/a.html"))
    assert resp.ok and resp.content == b"<p>hello</p>"
    assert server.received[0][1]["user-agent"] == USER_AGENT
    assert USER_AGENT.startswith("SilkStat/")


def test_an_etag_turns_the_second_request_into_a_304(server, fast):
    server.route("/feed.xml", "<rss/>", etag='"v1"')
    with Fetcher(fast) as f:
        first = f.get(server.url("/feed.xml"))
        second = f.get(server.url("/feed.xml"), headers={"If-None-Match": first.headers["etag"]})
    assert first.ok and second.not_modified and second.content == b""


@pytest.mark.parametrize(("route", "reason"), [
    ({"status": 404}, "HTTP 404"),
    ({"status": 500}, "HTTP 500"),
    ({"delay": 4.0}, "timeout"),
    ({"trickle": 0.1}, "too slow"),
    ({"chunked": True}, "too large"),
    ({}, "too large"),
])
def test_faults_become_reasons(server, fast, route, reason):
    body = b"x" * 150_000 if reason == "too large" else b"<html>" + b"y" * 40 + b"</html>"
    server.route("/fault", body, **route)
    with Fetcher(fast) as f:
        resp = f.get(server.url("/fault"))
    assert not resp.ok
    assert reason in resp.error


def test_a_redirect_loop_stops_after_the_limit(server, fast):
    server.route("/a", redirect="/b")
    server.route("/b", redirect="/a")
    with Fetcher(fast) as f:
        resp = f.get(server.url("/a"))
    assert "too many redirects" in resp.error
    assert server.hits["/a"] + server.hits["/b"] == fast.max_redirects + 1


def test_a_redirect_within_the_limit_is_followed(server, fast):
    server.route("/old", redirect="/new")
    server.route("/new", "<p>moved</p>")
    with Fetcher(fast) as f:
        resp = f.get(server.url("/old"))
    assert resp.ok and resp.url.endswith("/new")


def test_a_host_that_does_not_listen_is_a_reason(fast):
    with Fetcher(fast) as f:
        resp = f.get("http://127.0.0.1:9/nothing")
    assert resp.error and "fetch error" in resp.error


def test_requests_to_one_host_are_spaced_by_the_host_delay(server, monkeypatch):
    waits: list[float] = []
    monkeypatch.setattr("etl.sources.fetch.time.sleep", waits.append)
    server.route("/p", "<p>x</p>")
    with Fetcher(FetchSettings(host_delay=30.0)) as f:
        f.get(server.url("/p"))
        f.get(server.url("/p"))
    assert len(waits) == 1 and 29.0 < waits[0] <= 30.0
