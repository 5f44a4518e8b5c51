"""Reading articles from local files: .txt (+ NAME.meta.json), .md, .html and .jsonl records.

Every problem becomes an article with ``error`` set, never an exception, so that one broken
file is recorded with its reason and the rest of the run goes on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from etl.text.decode import DecodeError, decode_bytes, decode_html

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")


@dataclass
class RawArticle:
    """An article as read from a source, before extraction."""

    location: str  # where it came from: a path, a path#line for JSONL, or a URL
    key: str  # identity in the store: canonical URL, else a file:// URI
    text: str | None = None
    title: str | None = None
    lang: str | None = None
    published: str | None = None
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    sample: bool = False
    error: str | None = None
    canonical: str | None = None  # a page's own <link rel=canonical>, kept beside the key

    @property
    def content_hash(self) -> str | None:
        if self.text is None:
            return None
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def _published(value: Any) -> str | None:
    """Keep YYYY-MM-DD or YYYY-MM from metadata; anything else is dropped."""
    if not value:
        return None
    text = str(value).strip()[:10]
    parts = text.split("-")
    if len(parts) in (2, 3) and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
        return text
    return None


def _from_meta(art: RawArticle, meta: dict[str, Any]) -> None:
    art.meta = meta
    art.title = meta.get("title") or art.title
    art.lang = meta.get("lang") or art.lang
    art.published = _published(meta.get("published")) or art.published
    art.url = meta.get("url") or art.url
    art.sample = bool(meta.get("sample", False))
    if art.url:
        art.key = canonical_url(art.url)


def canonical_url(url: str) -> str:
    """A URL reduced to what identifies the article: no fragment, no tracking parameters."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith(("utm_", "fbclid", "gclid"))]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, urlencode(query), ""))


def _read_text(path: Path, html: bool = False) -> tuple[str | None, str | None]:
    """The file's text, or the reason it has none (a saved page's <meta charset> is honoured)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, f"unreadable: {exc.strerror or exc}"
    try:
        text, _enc = decode_html(data) if html else decode_bytes(data)
    except DecodeError as exc:
        return None, str(exc)
    return text, None


def read_file(path: Path, lang: str | None = None) -> list[RawArticle]:
    """The articles in one file (one, or one per JSONL line)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return list(_read_jsonl(path, lang))
    art = RawArticle(location=str(path), key=path.resolve().as_uri(), lang=lang)
    text, error = _read_text(path, html=suffix in (".html", ".htm"))
    if error:
        art.error = error
        return [art]
    if suffix in (".html", ".htm"):
        from etl.sources.html import main_text

        page = main_text(text or "", url=None)
        if not page.text:
            art.error = "no main text found in the HTML page"
            return [art]
        art.text, art.title, art.published = page.text, page.title, page.published
        art.lang = art.lang or page.lang
    else:
        art.text = text
        if suffix == ".md":
            first = next((ln for ln in (text or "").splitlines() if ln.strip()), "")
            art.title = first.lstrip("# ").strip() or None
    sidecar = path.with_name(path.stem + ".meta.json")
    if sidecar.exists():
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
            if not isinstance(meta, dict):
                raise ValueError("not a JSON object")
        except (OSError, ValueError) as exc:
            art.error = f"malformed metadata {sidecar.name}: {exc}"
            return [art]
        _from_meta(art, meta)
    if not (art.text or "").strip():
        art.error = "empty article"
    return [art]


def _read_jsonl(path: Path, lang: str | None) -> Iterator[RawArticle]:
    text, error = _read_text(path)
    if error:
        yield RawArticle(location=str(path), key=path.resolve().as_uri(), error=error)
        return
    for n, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip():
            continue
        location = f"{path}#{n}"
        art = RawArticle(location=location, key=f"{path.resolve().as_uri()}#{n}", lang=lang)
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            art.error = f"malformed JSONL record: {exc}"
            yield art
            continue
        art.text = record.get("text")
        _from_meta(art, {k: v for k, v in record.items() if k != "text"})
        if not isinstance(art.text, str) or not art.text.strip():
            art.text = None
            art.error = "JSONL record without text"
        yield art


def is_article_file(path: Path) -> bool:
    """Whether a file found in a folder is an article: not gold facts, a folder's README or a
    hidden file, which sit beside articles in corpus folders."""
    name = path.name
    return (
        path.suffix.lower() in ARTICLE_SUFFIXES
        and not name.endswith(".gold.jsonl")
        and not name.startswith(".")
        and not name.upper().startswith("README")
    )


def iter_paths(paths: list[Path]) -> Iterator[Path]:
    """Article files under the given files and folders, in a stable order (a file named
    explicitly is always read)."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and is_article_file(child):
                    yield child
        else:
            yield path
