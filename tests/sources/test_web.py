"""Feeds and pages read into articles: entries, invalid feeds, content types, encodings."""

from __future__ import annotations

from etl.sources.fetch import Fetcher, FetchResult
from etl.sources.web import page_article, read_feed, read_page
from tests.loopback import english_paragraphs, page_html, rss

ARABIC_PARAS = [
    "قال مسؤولون في أستانا يوم الثلاثاء إن التبادل التجاري مع الشركاء نما بثبات خلال العام الماضي.",
    "وأضافت الوزارة أن الشحنات بلغت عشرين ألف طن من القمح وفق العقود الموقعة بين الطرفين.",
    "ويتوقع المحللون أن يختصر الممر الجديد للسكك الحديدية مدة التسليم عبر السهوب بشكل كبير.",
]


def test_a_feed_gives_its_entries_and_validators(server, fast):
    server.route("/rss", rss([("One", server.url("/a/1"), "Tue, 05 Mar 2024 10:00:00 +0500"),
                              ("Two", server.url("/a/2"), "Wed, 06 Mar 2024 10:00:00 +0000")]),
                 content_type="application/rss+xml", etag='"e1"', last_modified="Wed, 06 Mar 2024 10:00:00 GMT")
    with Fetcher(fast) as f:
        feed = read_feed(f, server.url("/rss"))
        again = read_feed(f, server.url("/rss"), feed.etag, feed.last_modified)
    assert feed.error is None and [e.title for e in feed.entries] == ["One", "Two"]
    assert feed.entries[0].published == "2024-03-05T05:00:00Z"
    assert feed.etag == '"e1"' and feed.last_modified.startswith("Wed")
    assert again.not_modified and again.entries == []


def test_invalid_xml_is_a_failed_feed(server, fast):
    server.route("/bad", "<rss><channel><item><title>broken", content_type="application/rss+xml")
    server.route("/html", page_html("Not a feed", ["Just a page."]))
    with Fetcher(fast) as f:
        bad = read_feed(f, server.url("/bad"))
        html = read_feed(f, server.url("/html"))
    assert bad.error.startswith("feed: invalid XML")
    assert html.error  # an HTML page is no feed


def test_a_page_becomes_an_article_with_main_text_and_metadata(server, fast):
    server.route("/a/1", page_html("Rail corridor", english_paragraphs(1)))
    with Fetcher(fast) as f:
        art = read_page(f, server.url("/a/1"), lang=None)
    assert art.error is None
    assert "11 thousand tonnes" in art.text and "All rights reserved" not in art.text
    assert art.title == "Rail corridor" and art.published == "2024-03-05" and art.lang == "en"
    assert art.key == server.url("/a/1")


def test_a_windows_1256_page_is_decoded(server, fast):
    html = page_html("التجارة", ARABIC_PARAS, lang="ar", charset=None)
    server.route("/ar", html.encode("cp1256"), content_type="text/html")
    with Fetcher(fast) as f:
        art = read_page(f, server.url("/ar"))
    assert art.error is None and art.meta["encoding"] == "windows-1256"
    assert "عشرين ألف طن" in art.text and art.lang == "ar"


def test_a_non_html_content_type_is_refused_by_name():
    resp = FetchResult(url="http://x/report.pdf", status=200, headers={"content-type": "application/pdf"},
                       content=b"%PDF-1.7")
    art = page_article(resp, "http://x/report.pdf")
    assert art.error == "unsupported content type: application/pdf" and art.text is None


def test_a_fetch_failure_is_an_article_with_its_reason():
    art = page_article(FetchResult(url="http://x/a", error="HTTP 404 Not Found"), "http://x/a?utm_source=rss")
    assert art.error == "HTTP 404 Not Found" and art.key == "http://x/a" and art.url == "http://x/a?utm_source=rss"


def test_the_key_is_the_listed_link_and_the_page_canonical_is_kept_beside_it():
    html = page_html("Moved", english_paragraphs(5)).replace(
        "<title>", '<link rel="canonical" href="https://news.example.org/story/5"><title>')
    resp = FetchResult(url="http://wire.example.org/s?id=5", status=200,
                       headers={"content-type": "text/html; charset=utf-8"}, content=html.encode())
    art = page_article(resp, "http://wire.example.org/s?id=5&utm_medium=feed")
    assert art.key == "http://wire.example.org/s?id=5"
    assert art.canonical == "https://news.example.org/story/5"


def test_a_saved_page_in_windows_1256_is_read_from_a_file(tmp_path):
    from etl.sources.files import read_file

    html = page_html("الألمنيوم", ARABIC_PARAS, lang="ar", charset="windows-1256")
    path = tmp_path / "saved.html"
    path.write_bytes(html.encode("cp1256"))
    [art] = read_file(path)
    assert art.error is None and "عشرين ألف طن" in art.text and art.lang == "ar"
