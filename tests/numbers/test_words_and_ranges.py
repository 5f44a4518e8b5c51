"""Requests of the fact layer (issue 3), as examples written for SilkStat.

A currency or unit word is a whole word with its own marks: the French verb "livré"
(delivered) is not the currency "livre", the Arabic "بين" (between) is not ب + "ين" (yen).
A range said with words ("between 900,000 and 1 million tonnes", "от 3 до 5 млрд долларов")
is one mention: the lower bound in ``value``, the upper in ``value_high``, the upper bound's
scale and unit reaching a lower bound that has none, unless the lower bound is written in full.
"""

import pytest

from etl.extract import find_mentions
from tests.numbers.examples import check, one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Astana a livré 1,2 million de tonnes de blé.", [("quantity", 1.2, "Mt")]),
        ("Le pays a livré 800 tonnes de coton.", [("quantity", 800, "t")]),
        ("La cargaison livrée 40 jours plus tard.", [("number", 40, None)]),
        ("Les wagons livrés 12 mois après la commande.", [("number", 12, None)]),
        ("Les turbines livrées 3 ans plus tôt.", [("number", 3, None)]),
        # the currency itself is still read, with or without its accents
        ("un chèque de 20 livres sterling", [("money", 20, "GBP")]),
        ("1 milliard de dollars américains", [("money", 1e9, "USD")]),
        ("2 milliards de dollars americains", [("money", 2e9, "USD")]),
        ("3 mètres cubes et 4 metres cubes", [("quantity", 3, "m3"), ("quantity", 4, "m3")]),
        ("la deuxième place", [("ordinal", 2, None)]),
    ],
)
def test_french_words_keep_their_marks(text, expected):
    check(text, "fr", expected)


def test_no_currency_hides_inside_an_arabic_word():
    # "بين" (between) after a number is not "in yen", "وطن" (homeland) not "and tonne"
    check("ارتفع عدد المشاريع إلى 30 بين البلدين", "ar", [("number", 30, None)])
    check("وزار الوفد 12 وطنا", "ar", [("number", 12, None)])
    # the prefixed currency itself stays a currency
    check("قرض بقيمة 500 مليون بالين", "ar", [("money", 5e8, "JPY")])


@pytest.mark.parametrize(
    ("text", "lang", "low", "high", "unit"),
    [
        ("Exports could reach between 900,000 and 1 million tonnes of grain.", "en", 0.9, 1, "Mt"),
        ("a project worth from 3 to 5 billion dollars", "en", 3e9, 5e9, "USD"),
        ("between $2 and $4 billion", "en", 2e9, 4e9, "USD"),
        ("between 500,000 tonnes and 2 million tonnes", "en", 0.5, 2, "Mt"),
        ("un marché de 2 à 3 milliards d'euros", "fr", 2e9, 3e9, "EUR"),
        ("des échanges estimés entre 2 et 3 milliards d'euros", "fr", 2e9, 3e9, "EUR"),
        ("une hausse de 10 à 12 %", "fr", 10, 12, "%"),
        ("entre 900 000 et 1 million de tonnes", "fr", 0.9, 1, "Mt"),
        ("инвестиции составят от 3 до 5 млрд долларов", "ru", 3e9, 5e9, "USD"),
        ("доля составит от 20 до 25%", "ru", 20, 25, "%"),
        ("от 900 тыс. до 1 млн тонн", "ru", 0.9, 1, "Mt"),
        ("استثمارات بين 3 و5 مليارات دولار", "ar", 3e9, 5e9, "USD"),
        ("زيادة ما بين 10 و12 بالمائة", "ar", 10, 12, "%"),
        ("بين 900 ألف ومليون طن", "ar", 0.9, 1, "Mt"),
    ],
)
def test_a_range_in_words_is_one_mention(text, lang, low, high, unit):
    m = one(text, lang)
    assert m.unit == unit, m
    assert m.value == pytest.approx(low), m
    assert m.value_high == pytest.approx(high), m


def test_a_dash_range_keeps_working():
    m = one("22.75-22.8 kt", "en")
    assert (m.value, m.value_high, m.unit) == (22.75, 22.8, "kt")
    m = one("3-5 тыс. тонн", "ru")
    assert (m.value, m.value_high, m.unit) == (3, 5, "kt")


def test_what_is_no_range():
    # a lower bound far below the upper one lacks its scale word: two figures, not 800..1.2e9
    check("sales rose from 800 to 1.2 billion dollars", "en", [("number", 800, None), ("money", 1.2e9, "USD")])
    # two currencies
    assert len(find_mentions("between $3 and €5 billion", "en")) == 2
    # "and" with no opener joins two figures
    check("5 million tonnes and 7 million tonnes", "en", [("quantity", 5, "Mt"), ("quantity", 7, "Mt")])


def test_and_before_a_larger_scale_starts_another_amount():
    # "900 thousand and a million" is not 900 thousand million
    check("900 ألف ومليون", "ar", [("number", 9e5, None), ("number", 1e6, None)])
    check("ثلاثة ملايين وخمسمائة ألف طن", "ar", [("quantity", 3500, "kt")])


def test_a_currency_that_is_a_word_does_not_follow_a_year():
    check("The consortium that in 2019 won the tender", "en", [("number", 2019, None)])
    check("In 2020 real output grew.", "en", [("number", 2020, None)])
    check("a fee of 5000 won", "en", [("money", 5000, "KRW")])
    check("В 2020 вон из проекта вышли партнёры.", "ru", [("number", 2020, None)])
    check("долг в 13,3 трлн вон", "ru", [("money", 13.3e12, "KRW")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a écrit un livre.", []),
        ("Le livre 2 de la série", [("number", 2, None)]),
        ("Les livres 3 et 4 sont parus.", [("number", 3, None), ("number", 4, None)]),
        ("une amende de 4 livres", [("money", 4, "GBP")]),
        ("1,2 milliard de livres sterling", [("money", 1.2e9, "GBP")]),
        ("livres sterling 5", [("money", 5, "GBP")]),
        ("7 livres turques", [("money", 7, "TRY")]),
    ],
)
def test_the_french_pound_is_plural_or_sterling(text, expected):
    check(text, "fr", expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Exports rose from $800 million to $1.2 billion.", "en",
         [("money", 8e8, "USD"), ("money", 1.2e9, "USD")]),
        ("Le commerce est passé de 2 milliards à 3 milliards d'euros.", "fr",
         [("number", 2e9, None), ("money", 3e9, "EUR")]),
        ("Товарооборот вырос с 800 млн до 1,2 млрд долларов.", "ru",
         [("number", 8e8, None), ("money", 1.2e9, "USD")]),
        ("ارتفع التبادل من 3 مليارات إلى 5 مليارات دولار", "ar",
         [("number", 3e9, None), ("money", 5e9, "USD")]),
    ],
)
def test_a_change_from_one_figure_to_another_is_no_range(text, lang, expected):
    check(text, lang, expected)
    # the new level is reached, not an upper limit ("до" / "to" joins the two figures)
    assert find_mentions(text, lang)[-1].qualifier is None
