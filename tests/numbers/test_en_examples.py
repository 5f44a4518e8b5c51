"""What etl/extract/lang/en/numbers.py recognizes, as examples (sentences written for SilkStat)."""

import pytest

from tests.numbers.examples import check, one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports rose to $1,080mln last year.", [("money", 1.08e9, "USD")]),
        ("The deal is worth EUR 5.3 bn.", [("money", 5.3e9, "EUR")]),
        ("Trade reached 450 billion tenge.", [("money", 4.5e11, "KZT")]),
        ("Uzbekistan sold 3 trillion soums of bonds.", [("money", 3e12, "UZS")]),
        ("A loan of 2 mln somoni and 100 million rubles.", [("money", 2e6, "TJS"), ("money", 1e8, "RUB")]),
        ("Imports of 2.5 bn yuan from China.", [("money", 2.5e9, "CNY")]),
        ("Twenty-one companies signed.", [("number", 21, None)]),
        ("three billion", [("number", 3e9, None)]),
        ("three hundred point forty-two", [("number", 300.42, None)]),
        ("seven and a half million", [("number", 7.5e6, None)]),
        ("It grew by 7.5 percent, or 12 per cent in value.", [("percent", 7.5, "%"), ("percent", 12, "%")]),
        ("France is the fifth largest investor.", [("ordinal", 5, None)]),
        ("China is the largest partner.", [("ordinal", 1, None)]),
        ("the 21st century", [("ordinal", 21, None)]),
        ("Production reached 21,000 tU.", [("quantity", 21000, "tU")]),
        ("Output was 2 million tonnes.", [("quantity", 2, "Mt")]),
        ("The pipeline carries 10 billion cubic meters.", [("quantity", 10, "bcm")]),
        ("The field pumps 1.6 million barrels per day.", [("quantity", 1.6e6, "bbl/d")]),
        ("A 600 MW plant making 12 TWh.", [("quantity", 600, "MW"), ("quantity", 12, "TWh")]),
        ("in 2022", [("number", 2022, None)]),
        ("The region counts 1 207 350 410 people.", [("number", 1207350410, None)]),
    ],
)
def test_english_examples(text, expected):
    check(text, "en", expected)


def test_a_third_of_is_a_share():
    m = one("Russia supplies a third of Kyrgyzstan's imports.", "en")
    assert m.type == "percent" and abs(m.value - 100 / 3) < 1e-9


def test_hedges_and_bounds():
    assert one("about $5.6bn", "en").approx
    assert one("more than $5 billion", "en").qualifier == "over"
    assert one("less than 5%", "en").qualifier == "under"
    assert one("up to 600 MW", "en").qualifier == "up_to"
    assert one("at least 2 million tonnes", "en").qualifier == "at_least"
    plain = one("$5 billion", "en")
    assert not plain.approx and plain.qualifier is None


def test_ranges_keep_both_bounds():
    m = one("from 3 to 5 billion dollars", "en")
    assert (m.type, m.value, m.value_high, m.unit) == ("money", 3e9, 5e9, "USD")
    q = one("22.75-22.8 kt", "en")
    assert (q.value, q.value_high, q.unit) == (22.75, 22.8, "kt")
    b = one("3-5 million barrels", "en")
    assert (b.value, b.value_high, b.unit) == (3e6, 5e6, "bbl")
    years = __import__("etl.extract", fromlist=["x"]).find_mentions("in 2022-2023", "en")
    assert [(m.type, m.value, m.value_high) for m in years] == [("number", 2022, None), ("number", 2023, None)]


def test_dollar_sign_is_assumed_usd():
    m = one("$12", "en")
    assert m.unit == "USD" and m.unit_assumed
    assert not one("USD 12", "en").unit_assumed
    assert one("c $ 21.7 million", "en").unit == "CAD"


def test_a_year_alone_is_no_money():
    assert [m.type for m in __import__("etl.extract", fromlist=["x"]).find_mentions("In 2023 trade grew.", "en")] == ["number"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Indian scales in their short spellings
        ("The plant cost 45 lkh rupees.", [("money", 4.5e6, "INR")]),
        ("a budget of two cr", [("number", 2e7, None)]),
        ("four hundred koti", [("number", 4e9, None)]),
        # giga glued to digits, but not a mobile generation
        ("storage of 40G", [("number", 4e10, None)]),
        ("a 5G network", [("number", 5, None)]),
        # point words followed by groups of words, and "o" for zero
        ("seven point three hundred twelve", [("number", 7.312, None)]),
        ("forty point o seven", [("number", 40.07, None)]),
        ("point thirty-five", [("number", 0.35, None)]),
        ("one point five million", [("number", 1.5e6, None)]),
        ("ninety - four", [("number", 94, None)]),
        ("five and a fourth", [("number", 5.25, None)]),
        ("four thousand three million", [("number", 4003e6, None)]),
        # the percent word first
        ("per cent of thirty-eight", [("percent", 38, "%")]),
        ("percent of 64", [("percent", 64, "%")]),
        ("a larger percent of 2023 exports", [("number", 2023, None)]),
        # ordinals of large scales
        ("the trillionth", [("ordinal", 1e12, None)]),
        ("five trillionth", [("ordinal", 5e12, None)]),
        # currencies: article, hyphen, glued names, signs, sub-units, prefix codes
        ("It sold for a dollar.", [("money", 1, "USD")]),
        ("a euro and 25 cents", [("money", 1.25, "EUR")]),
        ("a dollar shortage", []),
        ("a two-euro coin", [("money", 2, "EUR")]),
        ("paid 75 qataririyal", [("money", 75, "QAR")]),
        ("priced at 300 ₡ each", [("money", 300, "CRC")]),
        ("30 ringgit and 15 sen", [("money", 30.15, "MYR")]),
        ("rmb 40 and usd 7", [("money", 40, "CNY"), ("money", 7, "USD")]),
        ("Rs. 350 a month", [("money", 350, "INR")]),
        ("three quarters billion yen", [("money", 7.5e8, "JPY")]),
        ("250 turkish liras", [("money", 250, "TRY")]),
        ("paid 30 tugriks", [("money", 30, "MNT")]),
        ("a stamp of 45 euro cents", [("money", 0.45, "EUR")]),
        ("Mex$ 120", [("money", 120, "MXN")]),
        ("a 10 real deal", [("number", 10, None)]),
    ],
)
def test_english_forms_from_other_recognizers(text, expected):
    check(text, "en", expected)
