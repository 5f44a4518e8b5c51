"""Article text is data, never markup: escaping, link checks and the highlighted evidence.

Why: titles, sentences and URLs come from the open web. A title ``<script>alert(1)</script>``
must read as those characters; a ``javascript:`` link must not become a link. Everything the
dashboard renders as HTML passes through :func:`evidence_html`, which escapes first and adds
only its own ``<mark>`` and direction attributes.
"""

from __future__ import annotations

import html
from urllib.parse import urlsplit

#: Languages written right to left.
RTL_LANGS = frozenset({"ar", "fa", "he", "ur"})


def safe_url(url: object) -> str | None:
    """The URL when it is an absolute http(s) link with a host, else None."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if any(ch in url for ch in "\x00\r\n\t \"'<>`"):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def locate_span(text: str | None, evidence: str, span: tuple[int | None, int | None]) -> tuple[int, int] | None:
    """Where the number stands inside the evidence sentence, from its span in the article text.

    The span indexes the article's stored text; the sentence is found in that text and the
    span shifted into it. When the sentence cannot be found the span's characters are looked
    for in the sentence itself; None when neither works (the sentence is shown unmarked).
    """
    start, end = span
    if start is None or end is None or not evidence or start >= end:
        return None
    if text and 0 <= start < end <= len(text):
        number = text[start:end]
        offset = text.rfind(evidence, 0, start + 1)
        if offset >= 0 and start - offset + (end - start) <= len(evidence):
            return start - offset, end - offset
        pos = evidence.find(number)
        if pos >= 0:
            return pos, pos + len(number)
        return None
    return None


def evidence_html(evidence: str, mark: tuple[int, int] | None, lang: str | None) -> str:
    """The sentence as escaped HTML with the number in ``<mark>``; right to left for Arabic."""
    evidence = evidence or ""
    if mark:
        a, b = mark
        body = (
            html.escape(evidence[:a])
            + "<mark>" + html.escape(evidence[a:b]) + "</mark>"
            + html.escape(evidence[b:])
        )
    else:
        body = html.escape(evidence)
    direction = "rtl" if (lang or "").lower() in RTL_LANGS else "ltr"
    lang_attr = html.escape(lang or "", quote=True)
    return (
        f'<blockquote dir="{direction}" lang="{lang_attr}" '
        f'style="text-align:{"right" if direction == "rtl" else "left"};font-size:1.1rem;line-height:1.7">'
        f"{body}</blockquote>"
    )
