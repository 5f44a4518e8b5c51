"""Cleaning folds digits and marks but every cleaned span maps back to the same characters."""

from hypothesis import given
from hypothesis import strategies as st

from etl.text.clean import normalize


def test_eastern_arabic_and_persian_digits_become_ascii():
    n = normalize("بلغ ١٢٣٫٥ مليار و۴۵٬۰۰۰ طن")
    assert "123.5" in n.text and "45,000" in n.text


def test_tatweel_and_diacritics_are_dropped_and_offsets_survive():
    original = "بلغت مليـــار دولارٍ 5"
    n = normalize(original)
    assert "مليار" in n.text and "ـ" not in n.text
    i = n.text.index("5")
    s, e = n.span(i, i + 1)
    assert original[s:e] == "5"
    w = n.text.index("مليار")
    s, e = n.span(w, w + 5)
    assert original[s:e] == "مليـــار"


def test_old_press_decimal_reads_integer_after_the_mark():
    n = normalize("إنتاج 452ر3 ألف طن")
    assert "3.452 ألف" in n.text
    assert len(n.text) == len(n.original)


def test_spaces_and_minus_inside_numbers():
    n = normalize("1\u202f234\u00a0567,5 and \u22123")
    assert n.text == "1 234 567,5 and -3"


def test_fancy_quotes_are_kept():
    assert normalize("“hello” «bonjour»").text == "“hello” «bonjour»"


_ALPHABET = st.sampled_from(list("ab 1٢۳٫٬ـًٌ\u200f\u00a0ر.,-\u2212\n") + ["م", "x"])


@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_every_kept_character_maps_back_to_a_source_character(text):
    n = normalize(text)
    for i, ch in enumerate(n.text):
        s, e = n.span(i, i + 1)
        assert 0 <= s < e <= len(text)
        if ch.isalpha() and ch != "ر":
            assert text[s:e] == ch
    assert n.span(0, len(n.text))[1] <= len(text)
    assert n.to_original(len(n.text)) == len(text)
