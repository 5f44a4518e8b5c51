"""Main text of an HTML page with trafilatura (comments off), plus its title, date, language."""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass
class Page:
    text: str | None
    title: str | None = None
    published: str | None = None
    lang: str | None = None


def main_text(html: str, url: str | None = None) -> Page:
    """The article inside a page; an empty Page when trafilatura finds none."""
    import trafilatura

    raw = trafilatura.extract(
        html, url=url, include_comments=False, with_metadata=True, output_format="json", fast=True
    )
    if not raw:
        return Page(text=None)
    data = json.loads(raw)
    date = data.get("date")
    return Page(
        text=data.get("text") or data.get("raw_text"),
        title=data.get("title"),
        published=date[:10] if date else None,
        lang=data.get("language"),
    )
