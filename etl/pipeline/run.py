"""One run's article engine: classify each article against the store, extract, load.

For every article read from a source:

- unreadable (``error`` set)       -> recorded failed with its reason (a good stored copy is kept);
- same key, same content hash      -> unchanged: only ``last_seen`` moves;
- new key, text already stored     -> the same story from another feed: stored once;
- new, changed, or failed before   -> extracted, normalized, and written with its facts in ONE
  transaction (a changed article's old facts go in the same transaction).

Extraction runs in batches on ``executor.extract_many`` (serial or a process pool). Writes
are one transaction per article, so an interruption between two articles leaves whole articles
only, and the run row is always finished (by the caller) whatever happens.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, delete

from etl.pipeline.executor import extract_many
from etl.pipeline.progress import Reporter
from etl.pipeline.result import RunResult
from etl.sources.files import RawArticle
from etl.store import repo
from etl.store.schema import articles


class Interrupted(Exception):
    """A stop was requested (SIGTERM, Ctrl-C): the run ends between two articles."""


def guess_lang(text: str) -> str | None:
    """The article's language when neither the source nor its metadata says (etl.text.language)."""
    from etl.text.language import detect_language

    return detect_language(text) if text.strip() else None


def normalized(fact: dict[str, Any], published: str | None) -> dict[str, Any]:
    """The normalized columns of a fact, when the normalization layer offers them."""
    import etl.normalize

    fn = getattr(etl.normalize, "normalized_columns", None)
    if fn is None:
        return {}
    try:
        return dict(fn(fact, published) or {})
    except Exception as exc:  # noqa: BLE001 - a fact without a rate is still a fact
        return {"fx_error": f"normalization error: {exc.__class__.__name__}: {exc}"[:500]}


@dataclass
class _Pending:
    raw: RawArticle
    content_hash: str
    existing_id: int | None
    change: str  # new | changed
    source_id: int | None
    lang: str | None


class Run:
    """Articles in, store rows and counts out."""

    def __init__(self, engine: Engine, result: RunResult, reporter: Reporter, stop: threading.Event,
                 extractor_version: str) -> None:
        self.engine = engine
        self.result = result
        self.reporter = reporter
        self.stop = stop
        self.version = extractor_version
        self._keys: set[str] = set()
        self._written: set[int] = set()  # articles (re)extracted by this run

    def check_stop(self) -> None:
        if self.stop.is_set():
            raise Interrupted("interrupted: stop requested (SIGTERM or Ctrl-C)")

    # -- failures and unchanged articles --------------------------------------------------

    def source_failed(self, location: str, reason: str, source: str | None) -> None:
        """A failure that is not one article's (a feed that does not parse, a missing folder)."""
        self.result.fail(location, reason, source)
        self.reporter.event("source_failed", location=location, reason=reason, source=source)

    def article_failed(self, raw: RawArticle, reason: str, source_id: int | None, source: str | None) -> None:
        with self.engine.begin() as conn:
            repo.record_failure(conn, key=raw.key, reason=reason, source_id=source_id, location=raw.location,
                                url=raw.url, lang=raw.lang)
        self.result.add("articles_failed")
        self.result.fail(raw.location, reason, source)
        self.reporter.event("article_failed", location=raw.location, reason=reason, source=source)

    def unchanged(self, article_id: int, alias: str | None = None,
                  meta_updates: dict[str, Any] | None = None) -> None:
        with self.engine.begin() as conn:
            repo.touch_article(conn, article_id, alias=alias, meta_updates=meta_updates)
        self.result.add("articles_unchanged")

    def seen(self, key: str) -> bool:
        """True when this run already handled ``key`` (two feeds listing one URL)."""
        if key in self._keys:
            return True
        self._keys.add(key)
        return False

    # -- the main path ----------------------------------------------------------------

    def process(self, raws: list[RawArticle], source_id: int | None, source: str | None,
                lang_hint: str | None = None) -> None:
        """Classify, extract and load a batch of articles from one source."""
        pending: list[_Pending] = []
        batch_hashes: dict[str, str] = {}
        for raw in raws:
            self.check_stop()
            if self.seen(raw.key):
                continue
            self.result.add("articles_seen")
            if raw.error:
                self.article_failed(raw, raw.error, source_id, source)
                continue
            digest = raw.content_hash or ""
            with self.engine.connect() as conn:
                existing = repo.find_article(conn, raw.key)
                if existing is not None and existing["status"] == "ok":
                    if existing["content_hash"] == digest:
                        # an edited feed item with the same text: remember its date, fetch it no more
                        feed_date = {k: v for k, v in raw.meta.items() if k == "feed_updated"}
                        self.unchanged(existing["id"], meta_updates=feed_date or None)
                        continue
                    change = "changed"
                else:
                    twin = repo.find_ok_by_hash(conn, digest, exclude_key=raw.key)
                    if twin is not None or digest in batch_hashes:
                        self._duplicate(raw, existing, twin["id"] if twin else None)
                        continue
                    change = "new"
            batch_hashes[digest] = raw.key
            lang = raw.lang or lang_hint or guess_lang(raw.text or "")
            pending.append(_Pending(raw, digest, existing["id"] if existing else None, change, source_id, lang))
        self._extract_and_load(pending, source)

    def _duplicate(self, raw: RawArticle, failed_row: Any, twin_id: int | None) -> None:
        """The same text under a second URL: keep one article, remember the other URL."""
        self.result.duplicates += 1
        with self.engine.begin() as conn:
            if failed_row is not None:  # an earlier failed attempt under this key holds nothing
                conn.execute(delete(articles).where(articles.c.id == failed_row["id"]))
            if twin_id is not None:
                repo.touch_article(conn, twin_id, alias=raw.url or raw.key)
        self.result.add("articles_unchanged")

    def _extract_and_load(self, pending: list[_Pending], source: str | None) -> None:
        if not pending:
            return
        self.reporter.task("extract", f"extracting {source or ''}".strip(), len(pending))
        items = [(p.raw.text or "", p.lang, p.raw.published) for p in pending]
        outcomes = extract_many(items, should_stop=self.stop.is_set,
                                on_done=lambda n: self.reporter.advance("extract", n))
        for p, (found, error) in zip(pending, outcomes, strict=False):
            self.check_stop()
            if error is not None:
                self.article_failed(p.raw, error, p.source_id, source)
                continue
            self._load(p, found or [], source)
        self.check_stop()  # outcomes shorter than pending: stopped during extraction

    def _load(self, p: _Pending, found: list[dict[str, Any]], source: str | None) -> None:
        raw = p.raw
        rows = [repo.fact_row(f, normalized(f, raw.published)) for f in found]
        values = {
            "source_id": p.source_id, "key": raw.key, "url": raw.url,
            "canonical_url": raw.canonical or (raw.key if raw.key.startswith("http") else None),
            "content_hash": p.content_hash, "title": raw.title, "lang": p.lang, "published": raw.published,
            "text": raw.text, "meta": raw.meta or {}, "sample": bool(raw.sample),
        }
        with self.engine.begin() as conn:  # the article and its facts: all or nothing
            article_id, removed, added = repo.save_article(
                conn, existing_id=p.existing_id, values=values, fact_rows=rows, extractor_version=self.version)
        self._written.add(article_id)
        self.result.add("articles_new" if p.change == "new" else "articles_changed")
        self.result.add("facts_added", added)
        self.result.add("facts_removed", removed)
        self.reporter.event("article_" + p.change, location=raw.location, key=raw.key, facts=added, source=source)

    # -- backfill ----------------------------------------------------------------------

    def reprocess_all(self) -> None:
        """Re-extract every good article not already extracted by this run (``--reprocess``)."""
        with self.engine.connect() as conn:
            rows = [r for r in repo.iter_ok_articles(conn) if r["id"] not in self._written]
        if not rows:
            return
        self.reporter.task("reprocess", "re-extracting stored articles", len(rows))
        items = [(r["text"] or "", r["lang"], r["published"]) for r in rows]
        outcomes = extract_many(items, should_stop=self.stop.is_set,
                                on_done=lambda n: self.reporter.advance("reprocess", n))
        for row, (found, error) in zip(rows, outcomes, strict=False):
            self.check_stop()
            if error is not None:  # keep the old facts: a failed re-extraction must not lose data
                self.result.fail(row["key"], error, None)
                self.reporter.event("reprocess_failed", location=row["key"], reason=error)
                continue
            fact_rows = [repo.fact_row(f, normalized(f, row["published"])) for f in found or []]
            with self.engine.begin() as conn:
                removed, added = repo.replace_facts(conn, row["id"], fact_rows, self.version)
            self.result.reextracted += 1
            self.result.add("facts_added", added)
            self.result.add("facts_removed", removed)
        self.check_stop()
