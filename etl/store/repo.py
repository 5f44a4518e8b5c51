"""Every write to the store: sources, articles, facts and runs.

The ETL is the only writer and this module is its only door, so the rules that keep stored
data whole live in one place:

- an article is identified by ``key`` (canonical URL, else a file:// URI); its facts are
  replaced together with its text in the caller's transaction, never one without the other;
- a failure never overwrites a good article: a page that 404s today keeps yesterday's text and
  facts, and only articles never read successfully are stored with status ``failed``;
- a run row is written when the run starts and finished exactly once; a run found "running"
  by the next lock holder belonged to a process that died and is closed as failed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, or_, select, update

from etl.store.schema import articles, facts, runs, sources

#: Columns of ``facts`` that a normalizer may fill (anything else it returns is ignored).
NORMALIZED_COLUMNS = (
    "period_start", "period_end", "period_granularity", "value_usd", "value_eur", "fx_rate",
    "fx_rate_eur", "fx_period", "fx_source", "fx_error", "equivalents_deviation",
    "value_canonical", "unit_canonical",
)
FACT_COLUMNS = (
    "kind", "subject", "counterpart", "commodity", "period", "basis", "value", "value_high", "unit",
    "approx", "qualifier", "equivalents", "detail", "evidence",
)


def now() -> datetime:
    return datetime.now(UTC)


# --------------------------------------------------------------------------- sources


def upsert_source(conn: Connection, name: str, type_: str, location: str, lang: str | None) -> int:
    """The id of the source called ``name``, created or brought up to date with the file.

    When a source's location changes, its stored validators belong to another URL and are
    dropped, so the first request to the new location is unconditional.
    """
    row = conn.execute(select(sources).where(sources.c.name == name)).mappings().first()
    if row is None:
        return conn.execute(insert(sources).values(
            name=name, type=type_, location=location, lang=lang, created_at=now())).inserted_primary_key[0]
    values: dict[str, Any] = {"type": type_, "location": location, "lang": lang}
    if row["location"] != location or row["type"] != type_:
        values.update(etag=None, last_modified=None)
    conn.execute(update(sources).where(sources.c.id == row["id"]).values(**values))
    return row["id"]


def get_source(conn: Connection, source_id: int) -> Mapping[str, Any]:
    return conn.execute(select(sources).where(sources.c.id == source_id)).mappings().one()


def mark_source(conn: Connection, source_id: int, status: str, etag: str | None = None,
                last_modified: str | None = None, keep_validators: bool = True) -> None:
    """Record the outcome of checking a source; validators are replaced only after a success."""
    values: dict[str, Any] = {"last_checked": now(), "last_status": status[:500]}
    if not keep_validators:
        values.update(etag=etag, last_modified=last_modified)
    conn.execute(update(sources).where(sources.c.id == source_id).values(**values))


# --------------------------------------------------------------------------- articles


def find_article(conn: Connection, key: str) -> Mapping[str, Any] | None:
    """The stored article with this key, if any (``key`` is unique and indexed)."""
    return conn.execute(select(articles).where(articles.c.key == key)).mappings().first()


def find_ok_by_hash(conn: Connection, content_hash: str, exclude_key: str) -> Mapping[str, Any] | None:
    """A good article with the same text stored under another key (the same story, another feed)."""
    return conn.execute(
        select(articles.c.id, articles.c.key, articles.c.meta)
        .where(articles.c.content_hash == content_hash, articles.c.status == "ok", articles.c.key != exclude_key)
        .order_by(articles.c.id)
    ).mappings().first()


def failed_urls(conn: Connection, source_id: int) -> list[str]:
    """URLs of a source's articles never read successfully: retried even when its feed is a 304."""
    rows = conn.execute(
        select(articles.c.url).where(articles.c.source_id == source_id, articles.c.status == "failed",
                                     articles.c.url.is_not(None)).order_by(articles.c.id))
    return [r[0] for r in rows]


def stale_article_count(conn: Connection, extractor_version: str) -> int:
    """Good articles extracted by another extractor version (``--reprocess`` brings them up to date)."""
    return conn.execute(
        select(func.count()).select_from(articles).where(
            articles.c.status == "ok",
            or_(articles.c.extractor_version.is_(None), articles.c.extractor_version != extractor_version))
    ).scalar_one()


def iter_ok_articles(conn: Connection) -> list[Mapping[str, Any]]:
    """Every good article with its text, for a backfill."""
    return conn.execute(
        select(articles.c.id, articles.c.key, articles.c.text, articles.c.lang, articles.c.published)
        .where(articles.c.status == "ok").order_by(articles.c.id)).mappings().all()


def touch_article(conn: Connection, article_id: int, alias: str | None = None,
                  meta_updates: dict[str, Any] | None = None) -> None:
    """Seen again, unchanged. ``alias``: another URL under which the same text was found;
    ``meta_updates``: bookkeeping that changed while the text did not (a feed item's date)."""
    values: dict[str, Any] = {"last_seen": now(), "error": None}
    if alias or meta_updates:
        meta = conn.execute(select(articles.c.meta).where(articles.c.id == article_id)).scalar_one() or {}
        new = {**meta, **(meta_updates or {})}
        aliases = list(meta.get("aliases", []))
        if alias and alias not in aliases:
            new["aliases"] = [*aliases, alias][-20:]
        if new != meta:
            values["meta"] = new
    conn.execute(update(articles).where(articles.c.id == article_id).values(**values))


def record_failure(conn: Connection, *, key: str, reason: str, source_id: int | None, location: str,
                   url: str | None = None, lang: str | None = None) -> str:
    """Store a failed read, never over a good article. Returns what happened: failed | kept."""
    ts = now()
    existing = find_article(conn, key)
    if existing is not None and existing["status"] == "ok":
        conn.execute(update(articles).where(articles.c.id == existing["id"]).values(
            error=f"last read failed: {reason}"[:2000]))
        return "kept"
    values = {"error": reason[:2000], "last_seen": ts, "status": "failed"}
    if existing is None:
        conn.execute(insert(articles).values(
            key=key, url=url, source_id=source_id, lang=lang, first_seen=ts, meta={"location": location},
            sample=False, n_facts=0, **values))
    else:
        conn.execute(update(articles).where(articles.c.id == existing["id"]).values(**values))
    return "failed"


def save_article(conn: Connection, *, existing_id: int | None, values: dict[str, Any],
                 fact_rows: Iterable[dict[str, Any]], extractor_version: str) -> tuple[int, int, int]:
    """Write an article and replace its facts, in the caller's transaction.

    Returns (article id, facts removed, facts added).
    """
    ts = now()
    rows = list(fact_rows)
    values = {**values, "status": "ok", "error": None, "extractor_version": extractor_version,
              "n_facts": len(rows), "last_seen": ts}
    removed = 0
    if existing_id is None:
        article_id = conn.execute(insert(articles).values(first_seen=ts, last_changed=ts, **values)).inserted_primary_key[0]
    else:
        article_id = existing_id
        removed = conn.execute(delete(facts).where(facts.c.article_id == article_id)).rowcount or 0
        conn.execute(update(articles).where(articles.c.id == article_id).values(last_changed=ts, **values))
    if rows:
        conn.execute(insert(facts), [{**row, "article_id": article_id, "extractor_version": extractor_version,
                                      "created_at": ts} for row in rows])
    return article_id, removed, len(rows)


def replace_facts(conn: Connection, article_id: int, fact_rows: Iterable[dict[str, Any]],
                  extractor_version: str) -> tuple[int, int]:
    """Re-extraction of an unchanged text (a backfill): new facts, same article."""
    ts = now()
    rows = list(fact_rows)
    removed = conn.execute(delete(facts).where(facts.c.article_id == article_id)).rowcount or 0
    if rows:
        conn.execute(insert(facts), [{**row, "article_id": article_id, "extractor_version": extractor_version,
                                      "created_at": ts} for row in rows])
    conn.execute(update(articles).where(articles.c.id == article_id).values(
        extractor_version=extractor_version, n_facts=len(rows), last_seen=ts))
    return removed, len(rows)


def fact_row(fact: dict[str, Any], normalized: dict[str, Any]) -> dict[str, Any]:
    """A row of ``facts`` from a fact of the contract and its normalized columns."""
    row = {name: fact.get(name) for name in FACT_COLUMNS}
    row["basis"] = row["basis"] or "actual"
    row["approx"] = bool(row["approx"])
    row["evidence"] = row["evidence"] or ""
    row["equivalents"] = row["equivalents"] or []
    span = fact.get("span")
    row["span_start"], row["span_end"] = (span[0], span[1]) if span else (None, None)
    row.update({k: v for k, v in normalized.items() if k in NORMALIZED_COLUMNS})
    return row


# --------------------------------------------------------------------------- runs


def start_run(engine: Engine, command: str, extractor_version: str) -> int:
    """A run row, committed at once so that ``silkstat runs`` shows a refresh in progress."""
    with engine.begin() as conn:
        return conn.execute(insert(runs).values(
            command=command, started_at=now(), status="running", extractor_version=extractor_version,
            failures=[])).inserted_primary_key[0]


def finish_run(engine: Engine, run_id: int, *, status: str, counts: dict[str, int],
               failures: list[dict[str, Any]], error: str | None) -> None:
    with engine.begin() as conn:
        conn.execute(update(runs).where(runs.c.id == run_id).values(
            finished_at=now(), status=status, failures=failures, error=error, **counts))


def close_abandoned_runs(engine: Engine) -> int:
    """Runs still "running" while we hold the lock: their process died. Close them as failed."""
    with engine.begin() as conn:
        return conn.execute(update(runs).where(runs.c.status == "running").values(
            status="failed", finished_at=now(),
            error="abandoned: the process ended without finishing the run (killed?)")).rowcount or 0


def recent_runs(conn: Connection, limit: int = 20) -> list[Mapping[str, Any]]:
    return conn.execute(select(runs).order_by(runs.c.id.desc()).limit(limit)).mappings().all()


def running_run(conn: Connection) -> Mapping[str, Any] | None:
    return conn.execute(select(runs).where(runs.c.status == "running").order_by(runs.c.id.desc())).mappings().first()
