"""Refreshing feeds served on 127.0.0.1: incremental, conditional, and tolerant of the web's faults."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from etl.pipeline import refresh
from etl.pipeline.progress import Reporter
from etl.store.schema import articles, facts, sources
from tests.loopback import FAULT_FETCH, english_paragraphs, page_html, rss
from tests.pipeline.conftest import write_sources

QUIET = Reporter("quiet")
ARABIC_PARAS = [
    "قال مسؤولون في دوشانبي يوم الأحد إن الصادرات إلى الشركاء في آسيا الوسطى ارتفعت بشكل ملحوظ.",
    "وأوضحت الوزارة أن الكميات المصدرة من الألمنيوم تضاعفت تقريبا مقارنة بالفترة نفسها.",
    "ويرى خبراء أن تحسين الطرق بين البلدين سيخفض تكاليف النقل على المصدرين بشكل كبير.",
]


def _count(engine, table, *where):
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()


def _serve_feed(server, n, path="/feed.xml", etag='"feed-v1"'):
    items = []
    for i in range(n):
        server.route(f"/news/{i}.html", page_html(f"Wire story {i}", english_paragraphs(i)))
        items.append((f"Wire story {i}", server.url(f"/news/{i}.html"), "Tue, 05 Mar 2024 10:00:00 +0000"))
    server.route(path, rss(items), content_type="application/rss+xml", etag=etag)


def test_fifty_entries_then_one_conditional_request(engine, server, tmp_path, fake_extractor):
    _serve_feed(server, 50)
    cfg = write_sources(tmp_path / "sources.toml", [{"name": "wire", "type": "feed", "location": server.url("/feed.xml")}])
    first = refresh(engine, cfg, reporter=QUIET)
    assert first.status == "ok", first.failures
    assert first.counts["articles_new"] == 50 and first.counts["facts_added"] == 50
    assert _count(engine, articles, articles.c.status == "ok") == 50
    with engine.connect() as conn:
        src = conn.execute(select(sources).where(sources.c.name == "wire")).mappings().one()
    assert src["etag"] == '"feed-v1"'

    server.reset_counts()
    second = refresh(engine, cfg, reporter=QUIET)
    assert sum(server.hits.values()) == 1  # exactly one request: the feed, answered 304
    assert server.received[0][1]["if-none-match"] == '"feed-v1"'
    assert second.status == "ok"
    assert second.counts["articles_new"] == second.counts["facts_added"] == 0
    assert _count(engine, articles) == 50 and _count(engine, facts) == 50


def test_a_changed_feed_fetches_only_its_new_entries(engine, server, tmp_path, fake_extractor):
    _serve_feed(server, 3)
    cfg = write_sources(tmp_path / "sources.toml", [{"name": "wire", "type": "feed", "location": server.url("/feed.xml")}])
    refresh(engine, cfg, reporter=QUIET)
    _serve_feed(server, 4, etag='"feed-v2"')
    server.reset_counts()
    result = refresh(engine, cfg, reporter=QUIET)
    assert result.counts["articles_new"] == 1 and result.counts["articles_unchanged"] == 3
    assert dict(server.hits) == {"/feed.xml": 1, "/news/3.html": 1}


def test_the_same_story_in_two_feeds_is_stored_once(engine, server, tmp_path, fake_extractor):
    server.route("/a.html", page_html("Shared", english_paragraphs(7)))
    server.route("/b.html", page_html("Shared", english_paragraphs(7)))
    server.route("/one.xml", rss([("s", server.url("/a.html"), "")]), content_type="application/rss+xml")
    server.route("/two.xml", rss([("s", server.url("/b.html"), ""), ("s", server.url("/a.html"), "")]),
                 content_type="application/rss+xml")
    cfg = write_sources(tmp_path / "sources.toml", [
        {"name": "one", "type": "feed", "location": server.url("/one.xml")},
        {"name": "two", "type": "feed", "location": server.url("/two.xml")},
    ])
    result = refresh(engine, cfg, reporter=QUIET)
    assert result.status == "ok" and result.counts["articles_new"] == 1 and result.duplicates == 1
    assert _count(engine, articles) == 1 and _count(engine, facts) == 1


@pytest.fixture
def faulty(server, tmp_path):
    """A feed whose entries hit every fault, plus good pages, plus two broken feeds."""
    faults = {
        "/p/404.html": {"status": 404},
        "/p/500.html": {"status": 500},
        "/p/slow.html": {"delay": 4.0},
        "/p/trickle.html": {"trickle": 0.1},
        "/p/huge.html": {"chunked": True},
        "/p/loop.html": {"redirect": "/p/loop2.html"},
        "/p/loop2.html": {"redirect": "/p/loop.html"},
        "/p/report.pdf": {"content_type": "application/pdf"},
    }
    for n, (path, kw) in enumerate(faults.items()):
        body = b"x" * 150_000 if path == "/p/huge.html" else page_html("Fault", english_paragraphs(100 + n)).encode()
        server.route(path, body, **kw)
    server.route("/p/good1.html", page_html("Good one", english_paragraphs(1)))
    server.route("/p/good2.html", page_html("Good two", english_paragraphs(2)))
    arabic = page_html("الألمنيوم", ARABIC_PARAS, lang="ar", charset=None).encode("cp1256")
    server.route("/p/arabic.html", arabic, content_type="text/html")
    links = ["/p/good1.html", "/p/404.html", "/p/500.html", "/p/slow.html", "/p/trickle.html", "/p/huge.html",
             "/p/loop.html", "/p/report.pdf", "/p/arabic.html", "/p/good2.html"]
    server.route("/feed.xml", rss([(p, server.url(p), "") for p in links]), content_type="application/rss+xml",
                 etag='"f1"')
    server.route("/broken.xml", "<rss><channel><item><title>cut off", content_type="application/rss+xml")
    return write_sources(tmp_path / "sources.toml", [
        {"name": "wire", "type": "feed", "location": server.url("/feed.xml")},
        {"name": "broken", "type": "feed", "location": server.url("/broken.xml")},
        {"name": "gone", "type": "feed", "location": server.url("/gone.xml")},
    ], fetch=FAULT_FETCH)


EXPECTED_REASONS = {
    "/p/404.html": "HTTP 404",
    "/p/500.html": "HTTP 500",
    "/p/slow.html": "timeout",
    "/p/trickle.html": "too slow",
    "/p/huge.html": "body too large",
    "/p/loop.html": "too many redirects",
    "/p/report.pdf": "unsupported content type: application/pdf",
    "/broken.xml": "feed: invalid XML",
    "/gone.xml": "feed: HTTP 404",
}


def test_every_fault_is_recorded_and_the_good_articles_are_stored(engine, server, faulty, fake_extractor):
    result = refresh(engine, faulty, reporter=QUIET)
    assert result.status == "partial"
    reasons = {f["location"].replace(server.base, ""): f["reason"] for f in result.failures}
    for path, reason in EXPECTED_REASONS.items():
        assert reason in reasons[path], (path, reasons.get(path))
    assert len(result.failures) == len(EXPECTED_REASONS)
    assert result.counts["articles_new"] == 3 and result.counts["articles_failed"] == 7
    with engine.connect() as conn:
        arabic = conn.execute(select(articles).where(articles.c.url == server.url("/p/arabic.html"))).mappings().one()
    assert "الألمنيوم تضاعفت" in arabic["text"] and arabic["lang"] == "ar"
    assert arabic["meta"]["encoding"] == "windows-1256"
    assert _count(engine, articles, articles.c.status == "failed") == 7

    # the feed is unchanged (304), yet what failed is fetched again; fixed pages are stored now
    server.routes["/p/404.html"].status = 200
    server.routes["/p/slow.html"].delay = 0
    server.routes["/p/trickle.html"].trickle = 0
    server.reset_counts()
    second = refresh(engine, faulty, reporter=QUIET)
    assert server.hits["/feed.xml"] == 1 and server.hits["/p/good1.html"] == 0
    assert server.hits["/p/404.html"] == 1 and server.hits["/p/500.html"] == 1
    assert second.counts["articles_new"] == 3 and second.counts["articles_failed"] == 4
    assert _count(engine, articles, articles.c.status == "ok") == 6
    assert _count(engine, articles) == 10  # nothing duplicated by the retry


def test_a_single_page_source_uses_a_conditional_get(engine, server, tmp_path, fake_extractor):
    server.route("/brief.html", page_html("Brief", english_paragraphs(3)), etag='"p1"')
    cfg = write_sources(tmp_path / "s.toml", [{"name": "brief", "type": "url", "location": server.url("/brief.html")}])
    assert refresh(engine, cfg, reporter=QUIET).counts["articles_new"] == 1
    server.reset_counts()
    again = refresh(engine, cfg, reporter=QUIET)
    assert again.counts["articles_unchanged"] == 1 and server.hits["/brief.html"] == 1
    assert server.received[0][1]["if-none-match"] == '"p1"'
    server.route("/brief.html", page_html("Brief", english_paragraphs(4)), etag='"p2"')
    changed = refresh(engine, cfg, reporter=QUIET)
    assert changed.counts["articles_changed"] == 1
    assert (changed.counts["facts_removed"], changed.counts["facts_added"]) == (1, 1)


def test_an_item_redated_with_the_same_text_is_fetched_once_then_left_alone(engine, server, tmp_path, fake_extractor):
    server.route("/a.html", page_html("A", english_paragraphs(1)))
    server.route("/b.html", page_html("B", english_paragraphs(2)))
    feed = [("A", server.url("/a.html"), "Tue, 05 Mar 2024 10:00:00 +0000")]
    server.route("/feed.xml", rss(feed), content_type="application/rss+xml")
    cfg = write_sources(tmp_path / "s.toml", [{"name": "wire", "type": "feed", "location": server.url("/feed.xml")}])
    refresh(engine, cfg, reporter=QUIET)
    feed = [("A", server.url("/a.html"), "Wed, 06 Mar 2024 10:00:00 +0000")]  # re-dated, same page
    server.route("/feed.xml", rss(feed), content_type="application/rss+xml")
    assert refresh(engine, cfg, reporter=QUIET).counts["articles_unchanged"] == 1
    server.route("/feed.xml", rss([*feed, ("B", server.url("/b.html"), "")]), content_type="application/rss+xml")
    server.reset_counts()
    third = refresh(engine, cfg, reporter=QUIET)
    assert third.counts["articles_new"] == 1 and server.hits["/a.html"] == 0
