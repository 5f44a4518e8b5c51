"""Bytes to text: BOMs, UTF-8, and the legacy code pages of Arabic and Russian news.

Legacy pages are told apart by how much of the decoded text falls in the expected script:
windows-1256 for Arabic, windows-1251 and KOI8-R for Russian (KOI8-R decoded as 1251, and the
reverse, give text whose capital/lower-case pattern is upside down, which the score catches).
"""

from __future__ import annotations

import codecs
import re


class DecodeError(ValueError):
    """The bytes are not text in any encoding SilkStat reads (binary, or unknown)."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LEGACY = ("windows-1256", "windows-1251", "koi8-r", "latin-1")
_CYR_LOWER = re.compile(r"[а-яё]")
_CYR_UPPER = re.compile(r"[А-ЯЁ]")
_ARABIC = re.compile(r"[\u0621-\u064a]")
_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters: an image, an archive, a PDF, not an article."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.05


def _score(text: str) -> float:
    """How plausible the text is as news: letters of one script, lower case mostly."""
    if not text:
        return 0.0
    n = len(text)
    arabic = len(_ARABIC.findall(text))
    lower = len(_CYR_LOWER.findall(text))
    upper = len(_CYR_UPPER.findall(text))
    latin = len(_LATIN.findall(text))
    cyr = lower + upper * 0.2  # real Russian is mostly lower case; a wrong page flips that
    return max(arabic, cyr, latin * 0.9) / n


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode article bytes; returns (text, encoding). Raises DecodeError for non-text."""
    if not data.strip():
        raise DecodeError("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc), enc
    if looks_binary(data):
        raise DecodeError("binary content, not text")
    if declared:
        try:
            return data.decode(declared), declared.lower()
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[float, str, str] | None = None
    for enc in _LEGACY:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _score(text)
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is None or best[0] < 0.3:
        raise DecodeError("unknown encoding: not UTF-8, windows-1256, windows-1251 or KOI8-R")
    return best[1], best[2]


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def charset_from_content_type(content_type: str | None) -> str | None:
    """The ``charset=`` of an HTTP Content-Type header, if it names a codec Python knows."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return _known_codec(match.group(1)) if match else None


def charset_from_meta(data: bytes) -> str | None:
    """The charset a page declares in ``<meta charset>`` or ``http-equiv`` (first 4 KB only)."""
    match = _META_CHARSET.search(data[:4096])
    return _known_codec(match.group(1).decode("ascii", "replace")) if match else None


def _known_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode a web page: the HTTP charset first, then ``<meta charset>``, then detection.

    Servers and pages often lie in one direction only (a windows-1256 page served as
    ``text/html`` with no charset), so a declared charset that fails to decode falls through to
    the next clue instead of producing replacement characters.
    """
    for declared in (charset_from_content_type(content_type), charset_from_meta(data)):
        if not declared or not data.strip():
            continue
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            continue
    return decode_bytes(data)
