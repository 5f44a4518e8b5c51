"""Bytes to text: the code pages of Arabic and Russian news, and what is not text at all."""

from __future__ import annotations

import pytest

from etl.text.decode import (
    DecodeError,
    charset_from_content_type,
    charset_from_meta,
    decode_bytes,
    decode_html,
)

ARABIC = "ارتفع حجم التبادل التجاري بين البلدين إلى ثلاثة مليارات دولار في العام الماضي."
RUSSIAN = "Товарооборот между двумя странами вырос до трёх миллиардов долларов в прошлом году."


@pytest.mark.parametrize(("text", "encoding"), [
    (ARABIC, "windows-1256"), (RUSSIAN, "windows-1251"), (RUSSIAN, "koi8-r"), (ARABIC, "utf-8"),
])
def test_legacy_code_pages_are_detected(text, encoding):
    decoded, found = decode_bytes(text.encode(encoding))
    assert decoded == text
    assert found.replace("cp", "windows-") == encoding


def test_the_http_charset_wins_over_detection():
    data = RUSSIAN.encode("koi8-r")
    text, enc = decode_html(data, "text/html; charset=KOI8-R")
    assert text == RUSSIAN and enc == "koi8-r"


def test_meta_charset_is_honoured_when_the_header_says_nothing():
    html = f'<html><head><meta charset="windows-1256"></head><body><p>{ARABIC}</p></body></html>'
    text, enc = decode_html(html.encode("cp1256"), "text/html")
    assert ARABIC in text and enc == "cp1256"


def test_a_wrong_declared_charset_falls_back_to_detection():
    text, _ = decode_html(ARABIC.encode("cp1256"), "text/html; charset=utf-8")
    assert text == ARABIC


def test_charset_helpers_ignore_unknown_codecs():
    assert charset_from_content_type("text/html; charset=no-such-codec") is None
    assert charset_from_content_type("text/html") is None
    assert charset_from_meta(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">') == "cp1251"


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"  \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(0x80, 0xC0)) * 20, "unknown encoding"),
])
def test_non_text_is_refused_with_a_reason(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)
