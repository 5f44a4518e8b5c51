"""Article text stays text, links stay http(s), and the URL's selections are read defensively."""

from __future__ import annotations

import pandas as pd

from dashboard.chartdata import split_by_period
from dashboard.charts import format_value
from dashboard.params import ParamReader
from dashboard.periods import add_period_columns
from dashboard.safety import evidence_html, locate_span, safe_url


def test_only_http_links_are_links():
    assert safe_url("https://example.org/a?b=1#c") == "https://example.org/a?b=1#c"
    assert safe_url("http://example.org") == "http://example.org"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>", "//example.org",
                "file:///etc/passwd", "https://exa mple.org", "https://example.org/\"onmouseover=x", None, 3):
        assert safe_url(bad) is None, bad


def test_evidence_is_escaped_before_the_number_is_marked():
    sentence = "<script>alert(1)</script> trade reached $2 bn"
    out = evidence_html(sentence, (len(sentence) - 5, len(sentence)), "en")
    assert "<script>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert out.count("<mark>") == 1 and "<mark>$2 bn</mark>" in out
    assert 'dir="ltr"' in out


def test_arabic_evidence_reads_right_to_left():
    sentence = "بلغت التجارة 3 مليارات دولار"
    mark = (sentence.index("3"), sentence.index("3") + len("3 مليارات"))
    out = evidence_html(sentence, mark, "ar")
    assert 'dir="rtl"' in out and "<mark>3 مليارات</mark>" in out


def test_the_span_in_the_article_is_found_in_the_sentence():
    text = "Title\n\nFirst sentence. Trade was $4 bn in 2021. Last one."
    sentence = "Trade was $4 bn in 2021."
    start = text.index("$4 bn")
    a, b = locate_span(text, sentence, (start, start + 5))
    assert sentence[a:b] == "$4 bn"
    assert locate_span(None, sentence, (start, start + 5)) is None
    assert locate_span(text, sentence, (None, None)) is None


def test_unknown_values_in_the_url_are_ignored_with_a_notice():
    r = ParamReader({"country": "zz", "kind": "trade_volume,smuggling, ,exports", "from": "abc", "cur": "eur"})
    assert r.choice("country", ["KZ", "UZ"], "KZ", what="country") == "KZ"
    assert r.many("kind", ["trade_volume", "exports"], what="kind") == ["trade_volume", "exports"]
    assert r.integer("from", 2000, 2030, None) is None
    assert r.choice("cur", ["USD", "EUR"], "USD") == "EUR"  # case does not matter
    assert r.many("absent", ["a"]) is None
    assert len(r.notices) == 3
    assert any("'zz'" in n for n in r.notices) and any("'smuggling'" in n for n in r.notices)


def test_annual_sub_annual_and_undated_periods_are_told_apart():
    rows = pd.DataFrame({
        "period": ["2022", "2023-01/2023-06", "2023-04", None],
        "period_granularity": [None, None, None, None],
        "period_start": [None] * 4, "period_end": [None] * 4,
        "article_published": ["2023-02-01", "2023-08-01", "2023-05-20", "2023-11-01"],
    })
    out = add_period_columns(rows)
    assert list(out["period_class"]) == ["annual", "sub-annual", "sub-annual", "undated"]
    assert list(out["year"]) == [2022, 2023, 2023, 2023]
    assert list(out["dated_by"]) == ["period", "period", "period", "publication"]
    year_axis, date_axis = split_by_period(out)
    assert list(year_axis["period"].fillna("none")) == ["2022", "none"]
    assert len(date_axis) == 2


def test_values_read_like_a_newspaper():
    assert format_value(5.58e9, "USD") == "5.58 bn USD"
    assert format_value(40.0, "%") == "40 %"
    assert format_value(5, "rank") == "#5"


def test_a_markdown_link_in_the_url_cannot_become_a_link_in_the_notice():
    r = ParamReader({"country": "[click](javascript:alert(1))", "kind": "<img src=x onerror=alert(1)>"})
    r.choice("country", ["KZ"], "KZ", what="country")
    r.many("kind", ["trade_volume"], what="kind")
    for notice in r.notices:
        assert not any(ch in notice for ch in "[]<>") and "](" not in notice and "(1)" not in notice, notice
