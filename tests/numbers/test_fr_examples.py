"""What etl/extract/lang/fr/numbers.py recognizes, as examples (sentences written for SilkStat)."""

import pytest

from tests.numbers.examples import check, one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les échanges ont atteint 5,3 milliards d'euros en 2022.", [("money", 5.3e9, "EUR"), ("number", 2022, None)]),
        ("soit 5,6 Mds $", [("money", 5.6e9, "USD")]),
        ("un contrat de 3 Md€", [("money", 3e9, "EUR")]),
        ("cinq milliards", [("number", 5e9, None)]),
        ("2 billions", [("number", 2e12, None)]),
        ("quatre-vingt-dix-sept", [("number", 97, None)]),
        ("vingt-et-un", [("number", 21, None)]),
        ("7,300", [("number", 7.3, None)]),
        ("250.000", [("number", 250000, None)]),
        ("1 234,5 tonnes", [("quantity", 1234.5, "t")]),
        ("10 milliards de m3 de gaz", [("quantity", 10, "bcm")]),
        ("10 000 barils par jour", [("quantity", 10000, "bbl/d")]),
        ("plus de 40 % de l'uranium", [("percent", 40, "%")]),
        ("trente-cinq pour cent", [("percent", 35, "%")]),
        ("La France est le cinquième investisseur.", [("ordinal", 5, None)]),
        ("la 112e édition", [("ordinal", 112, None)]),
        ("20 euros et 50 centimes", [("money", 20.5, "EUR")]),
    ],
)
def test_french_examples(text, expected):
    check(text, "fr", expected)


def test_shares_and_bounds():
    m = one("le tiers des importations", "fr")
    assert m.type == "percent" and abs(m.value - 100 / 3) < 1e-9
    assert one("environ 1,5 million de tonnes", "fr").approx
    assert one("au moins 10 euros", "fr").qualifier == "at_least"
    assert one("au moins 10 euros", "fr").value == 10
    assert one("moins de 12 dollars", "fr").qualifier == "under"


def test_hedges_contracted_with_a_fraction():
    near = one("près du tiers des importations", "fr")
    assert near.approx and abs(near.value - 100 / 3) < 1e-9
    more = one("plus du quart des exportations", "fr")
    assert more.qualifier == "over" and not more.approx and more.value == 25
    assert one("jusqu'à 5 milliards", "fr").qualifier == "up_to"


def test_range_between():
    m = one("entre 3 et 5 milliards de dollars", "fr")
    assert (m.value, m.value_high, m.unit) == (3e9, 5e9, "USD")


def test_amount_without_currency_takes_the_one_just_before():
    ms = __import__("etl.extract", fromlist=["x"]).find_mentions(
        "Le commerce a atteint 3,1 milliards de dollars en 2023 (3,6 milliards en 2022).", "fr")
    assert [(m.type, m.value, m.unit) for m in ms] == [
        ("money", 3.1e9, "USD"), ("number", 2023, None), ("money", 3.6e9, "USD"), ("number", 2022, None)]


def test_cents_are_not_hundreds():
    m = one("trois dollars et vingt cinq cents", "fr")
    assert (m.value, m.unit) == (3.25, "USD")
    assert one("42 dinars koweïtiens", "fr").unit == "KWD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("quatre virgule deux cent cinq", [("number", 4.205, None)]),
        ("trente virgule quatre-vingt dix-sept", [("number", 30.97, None)]),
        ("deux et un demi", [("number", 2.5, None)]),
        ("pourcentage de quarante", [("percent", 40, "%")]),
        ("pourcent des deux cent dix", [("percent", 210, "%")]),
        ("la tierce place", [("ordinal", 3, None)]),
        ("deux billionième", [("ordinal", 2e12, None)]),
        ("sept pounds", [("money", 7, "GBP")]),
        ("quarante shekels", [("money", 40, "ILS")]),
        ("12,5 milliards de $ hk", [("money", 1.25e10, "HKD")]),
        ("une hausse de 12,345", [("number", 12.345, None)]),
        ("un stockage de 20G", [("number", 2e10, None)]),
        ("quarante 7", [("number", 47, None)]),
    ],
)
def test_french_forms_from_other_recognizers(text, expected):
    check(text, "fr", expected)
