"""A number formatted by Babel (CLDR) in a language's locale reads back as the same number."""

from decimal import Decimal

from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract import find_mentions

LOCALES = {"en": "en", "fr": "fr", "ru": "ru", "ar": "ar"}
SCALES = {
    "en": [("million", 10**6), ("billion", 10**9), ("bn", 10**9), ("thousand", 10**3)],
    "fr": [("millions", 10**6), ("milliards", 10**9), ("mille", 10**3), ("Mds", 10**9)],
    "ru": [("млн", 10**6), ("млрд", 10**9), ("тыс.", 10**3), ("миллиардов", 10**9)],
    "ar": [("مليون", 10**6), ("مليار", 10**9), ("ألف", 10**3), ("مليارات", 10**9)],
}
amounts = st.decimals(min_value=0, max_value=10**12, places=3, allow_nan=False, allow_infinity=False)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b)) or a == b


@settings(max_examples=150, deadline=None)
@given(amounts, st.sampled_from(sorted(LOCALES)), st.booleans())
def test_formatted_number_reads_back(value: Decimal, lang: str, eastern: bool):
    kwargs = {"numbering_system": "arab"} if (lang == "ar" and eastern) else {}
    text = format_decimal(value, locale=LOCALES[lang], **kwargs)
    ms = find_mentions(f"{text} ", lang)
    assert len(ms) == 1, (text, ms)
    assert ms[0].type == "number"
    assert _close(ms[0].value, float(value)), (text, ms[0].value)


@settings(max_examples=150, deadline=None)
@given(st.decimals(min_value=Decimal("0.001"), max_value=999, places=3), st.sampled_from(sorted(LOCALES)), st.data())
def test_formatted_number_with_scale_word_reads_back(value: Decimal, lang: str, data):
    word, scale = data.draw(st.sampled_from(SCALES[lang]))
    text = f"{format_decimal(value, locale=LOCALES[lang])} {word}"
    ms = find_mentions(text, lang)
    assert len(ms) == 1, (text, ms)
    assert _close(ms[0].value, float(value * scale)), (text, ms[0].value)
    assert text[ms[0].start : ms[0].end] == text.strip()
