"""Reading each kind of configured source into a run: folders, JSONL files, feeds, pages.

Remote sources keep their HTTP validators on the ``sources`` row. They are replaced only after
the whole source was processed, so a refresh that breaks off half-way asks again next time
instead of being told "304, nothing new" about entries it never stored.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from etl.pipeline.run import Run
from etl.sources.config import SourceSpec
from etl.sources.fetch import Fetcher
from etl.sources.files import canonical_url, iter_paths, read_file
from etl.sources.web import conditional_headers, page_article, read_feed, read_page
from etl.store import repo


def read_local(run: Run, paths: list[Path], source_id: int | None, source: str | None,
               lang: str | None = None) -> None:
    """Folders and files (``silkstat ingest``, and folder/jsonl sources)."""
    files = list(iter_paths(paths))
    run.reporter.task("read", f"reading {source or 'files'}", len(files))
    raws = []
    for path in files:
        run.check_stop()
        if not path.exists():
            run.source_failed(str(path), "not found", source)
            continue
        raws.extend(read_file(path, lang=lang))
        run.reporter.advance("read")
    run.process(raws, source_id, source, lang_hint=lang)


def read_source(run: Run, engine: Engine, spec: SourceSpec, fetcher: Fetcher) -> None:
    """One configured source, whatever its type; failures are recorded, never raised."""
    with engine.begin() as conn:
        source_id = repo.upsert_source(conn, spec.name, spec.type, spec.location, spec.lang)
    run.reporter.event("source_start", source=spec.name, type=spec.type, location=spec.location)
    if spec.type in ("folder", "jsonl"):
        path = Path(spec.location)
        if not path.exists():
            run.source_failed(spec.location, f"{spec.type} not found", spec.name)
            _mark(engine, source_id, "failed: not found")
            return
        if spec.type == "folder" and not path.is_dir():
            run.source_failed(spec.location, "not a folder", spec.name)
            _mark(engine, source_id, "failed: not a folder")
            return
        read_local(run, [path], source_id, spec.name, spec.lang)
        _mark(engine, source_id, "ok")
        return
    if spec.type == "feed":
        _read_feed(run, engine, spec, source_id, fetcher)
    else:
        _read_url(run, engine, spec, source_id, fetcher)


def _mark(engine: Engine, source_id: int, status: str, **validators: str | None) -> None:
    with engine.begin() as conn:
        repo.mark_source(conn, source_id, status, keep_validators=not validators, **validators)


def _read_feed(run: Run, engine: Engine, spec: SourceSpec, source_id: int, fetcher: Fetcher) -> None:
    with engine.connect() as conn:
        row = repo.get_source(conn, source_id)
        retry = repo.failed_urls(conn, source_id)
    feed = read_feed(fetcher, spec.location, row["etag"], row["last_modified"])
    if feed.error:
        run.source_failed(spec.location, feed.error, spec.name)
        _mark(engine, source_id, f"failed: {feed.error}")
    else:
        run.result.sources_ok += 1
    links = [e.link for e in feed.entries]
    todo = []  # (url, entry) to fetch
    with engine.connect() as conn:
        for entry in feed.entries:
            stored = repo.find_article(conn, canonical_url(entry.link))
            if (stored is not None and stored["status"] == "ok"
                    and (stored["meta"] or {}).get("feed_updated") == entry.updated):
                if not run.seen(stored["key"]):  # listed again, not edited: no page fetch
                    run.result.add("articles_seen")
                    run.unchanged(stored["id"])
                continue
            todo.append((entry.link, entry))
    todo += [(url, None) for url in retry if url not in links]
    run.reporter.task("fetch", f"fetching {spec.name}", len(todo))
    raws = []
    for url, entry in todo:
        run.check_stop()
        raws.append(read_page(fetcher, url, lang=spec.lang, entry=entry))
        run.reporter.advance("fetch")
    run.process(raws, source_id, spec.name, lang_hint=spec.lang)
    if not feed.error:
        status = "not modified" if feed.not_modified else f"ok: {len(feed.entries)} entries"
        _mark(engine, source_id, status, etag=feed.etag, last_modified=feed.last_modified)


def _read_url(run: Run, engine: Engine, spec: SourceSpec, source_id: int, fetcher: Fetcher) -> None:
    with engine.connect() as conn:
        row = repo.get_source(conn, source_id)
        stored = repo.find_article(conn, canonical_url(spec.location))
    validators = (row["etag"], row["last_modified"]) if stored is not None and stored["status"] == "ok" else (None, None)
    resp = fetcher.get(spec.location, headers=conditional_headers(*validators))
    if resp.not_modified and stored is not None:
        run.result.sources_ok += 1
        if not run.seen(stored["key"]):
            run.result.add("articles_seen")
            run.unchanged(stored["id"])
        _mark(engine, source_id, "not modified")
        return
    if resp.error:
        _mark(engine, source_id, f"failed: {resp.error}")
    else:
        run.result.sources_ok += 1
    run.process([page_article(resp, spec.location, lang=spec.lang)], source_id, spec.name, lang_hint=spec.lang)
    if not resp.error:
        _mark(engine, source_id, "ok", etag=resp.headers.get("etag"), last_modified=resp.headers.get("last-modified"))
