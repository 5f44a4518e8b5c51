"""Main text of an HTML page with trafilatura (comments off), plus its title, date, language.

The stored text is trafilatura's main text, so fact spans index into what the dashboard shows,
not into the page's markup. Comments are off: reader comments would otherwise be mined for
"facts" that no journalist stated.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

_HTML_LANG = re.compile(r"""<html[^>]*\blang\s*=\s*["']?([A-Za-z]{2,3})""", re.IGNORECASE)
_LANGS = {"ar", "en", "fr", "ru"}


@dataclass
class Page:
    """What SilkStat keeps of a web page."""

    text: str | None
    title: str | None = None
    published: str | None = None
    lang: str | None = None
    canonical_url: str | None = None


def declared_lang(html: str) -> str | None:
    """The ``<html lang>`` of a page when it is one of SilkStat's languages (ar, en, fr, ru)."""
    match = _HTML_LANG.search(html[:4096])
    if not match:
        return None
    code = match.group(1).lower()
    return code if code in _LANGS else None


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
    lang = data.get("language")
    return Page(
        text=data.get("text") or data.get("raw_text"),
        title=data.get("title"),
        published=date[:10] if date else None,
        lang=lang if lang in _LANGS else declared_lang(html),
        canonical_url=data.get("source") if str(data.get("source") or "").startswith("http") else None,
    )
