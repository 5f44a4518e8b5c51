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
_LEGACY = ("windows-1256", "windows-1251", "koi8-r", "windows-1252", "latin-1")
_WORD = re.compile(r"[^\W\d_]+")
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a\u066e-\u06d3\u064b-\u0652]+$")
_CYRILLIC_WORD = re.compile(r"^[а-яёА-ЯЁ]+$")
_CYR_UPPER = re.compile(r"[А-ЯЁ]")
_LATIN_WORD = re.compile(r"^[A-Za-zàâçéèêëîïôùûüÿœæÀÂÇÉÈÊËÎÏÔÙÛÜŸŒÆ]+$")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{2,}")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters: an image, an archive, a PDF, not an article."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.05


def _score(text: str) -> float:
    """How plausible a legacy decoding is, judged on its non-ASCII characters only.

    ASCII bytes decode alike in every candidate (and HTML markup is all ASCII), so only the
    high bytes tell code pages apart. They score when they form words of one script: Arabic
    words for windows-1256; Cyrillic words, mostly lower case, for windows-1251/KOI8-R (the
    wrong one of the two flips the case); Latin words with isolated accents for windows-1252
    (a mis-decoded Arabic or Russian page gives runs of accented capitals instead).
    """
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    if not non_ascii:
        return 1.0
    arabic = cyr = latin = 0.0
    for word in _WORD.findall(text):
        high = sum(1 for ch in word if ord(ch) > 127)
        if not high:
            continue
        if _ARABIC_WORD.match(word):
            arabic += high
        elif _CYRILLIC_WORD.match(word):
            upper = len(_CYR_UPPER.findall(word))
            cyr += high - upper * 0.8 if len(word) > 1 else high * 0.5
        elif _LATIN_WORD.match(word) and not _NON_ASCII_RUN.search(word):
            latin += high * 0.9
    return max(arabic, cyr, latin) / non_ascii


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
        if best is None or score > best[0] + 1e-9:
            best = (score, text, enc)
    if best is None or best[0] < 0.5:
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
