"""RSS/Atom feeds and single web pages, read into ``RawArticle``s.

Feeds are fetched with a conditional GET (ETag, Last-Modified) so an unchanged feed costs one
304, and parsed by feedparser from the bytes and the response headers (never fetched by
feedparser itself: its urllib has no size or total-time bound). Each entry's page is fetched
and its main text kept (etl/sources/html.py). Nothing here touches the store: the pipeline
passes the stored validators in and saves the new ones.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from etl.sources.fetch import Fetcher, FetchResult
from etl.sources.files import RawArticle, canonical_url
from etl.text.decode import DecodeError, decode_html

#: Content types that hold an article; anything else (PDF, images, JSON) is refused by name.
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass
class FeedEntry:
    """One item of a feed: where its article is, and the dates the feed gives."""

    link: str
    title: str | None = None
    published: str | None = None
    updated: str | None = None  # changes when the publisher edits the item


@dataclass
class FeedResult:
    """A feed read: entries (when it changed), the validators to store, or the reason it failed."""

    url: str
    entries: list[FeedEntry] = field(default_factory=list)
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None


def _iso(struct: Any) -> str | None:
    if not struct:
        return None
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", struct)
    except (TypeError, ValueError):
        return None


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """The validators of the previous response, as request headers."""
    headers: dict[str, str] = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def read_feed(fetcher: Fetcher, url: str, etag: str | None = None, last_modified: str | None = None) -> FeedResult:
    """Fetch and parse a feed; a 304 gives ``not_modified`` and no entries."""
    import feedparser

    resp = fetcher.get(url, headers=conditional_headers(etag, last_modified))
    if resp.error:
        return FeedResult(url=url, error=f"feed: {resp.error}")
    if resp.not_modified:
        return FeedResult(url=url, not_modified=True, etag=etag, last_modified=last_modified)
    parsed = feedparser.parse(resp.content, response_headers=resp.headers)
    entries = []
    for item in parsed.entries:
        link = item.get("link")
        if not link:
            continue
        entries.append(FeedEntry(
            link=link,
            title=item.get("title"),
            published=_iso(item.get("published_parsed")),
            updated=_iso(item.get("updated_parsed")) or _iso(item.get("published_parsed")),
        ))
    if parsed.bozo and not entries:  # a feed that is broken AND yields nothing usable
        reason = getattr(parsed, "bozo_exception", None)
        return FeedResult(url=url, error=f"feed: invalid XML: {reason}".strip())
    if not entries and not parsed.get("version"):
        return FeedResult(url=url, error="feed: not an RSS or Atom feed")
    return FeedResult(url=url, entries=entries, etag=resp.headers.get("etag"),
                      last_modified=resp.headers.get("last-modified"))


def _failed(url: str, reason: str, lang: str | None) -> RawArticle:
    return RawArticle(location=url, key=canonical_url(url), url=url, lang=lang, error=reason)


def page_article(resp: FetchResult, url: str, lang: str | None = None, entry: FeedEntry | None = None) -> RawArticle:
    """A fetched page as an article: decoded (HTTP charset, then ``<meta>``), main text, metadata."""
    from etl.sources.html import main_text

    if resp.error:
        return _failed(url, resp.error, lang)
    media = resp.content_type.split(";")[0].strip().lower()
    if media and media not in PAGE_TYPES:
        return _failed(url, f"unsupported content type: {media}", lang)
    try:
        text, encoding = decode_html(resp.content, resp.content_type)
    except DecodeError as exc:
        return _failed(url, str(exc), lang)
    meta: dict[str, Any] = {"encoding": encoding}
    if resp.url != url:
        meta["final_url"] = resp.url
    if entry is not None:
        meta["feed_updated"] = entry.updated
    if media == "text/plain":
        body, title, published, page_lang, canonical = text, None, None, None, None
    else:
        page = main_text(text, url=resp.url)
        if not page.text:
            return _failed(url, "no main text found in the page", lang)
        body, title, published, page_lang, canonical = (
            page.text, page.title, page.published, page.lang, page.canonical_url)
    if entry is not None:
        title = title or entry.title
        published = published or (entry.published or "")[:10] or None
    return RawArticle(
        location=url,
        key=canonical_url(url),  # the link as listed: the next refresh finds it by this key alone
        canonical=canonical_url(canonical) if canonical else None,
        text=body,
        title=title,
        lang=lang or page_lang,
        published=published,
        url=url,
        meta=meta,
    )


def read_page(fetcher: Fetcher, url: str, lang: str | None = None, entry: FeedEntry | None = None) -> RawArticle:
    """Fetch one page and read it as an article (failures come back in ``error``)."""
    return page_article(fetcher.get(url), url, lang=lang, entry=entry)
