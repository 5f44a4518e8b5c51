"""What etl/extract/lang/ru/numbers.py recognizes, as examples (sentences written for SilkStat)."""

import pytest

from tests.numbers.examples import check, one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Товарооборот составил 6 млрд. 100 млн. долларов США.", [("money", 6.1e9, "USD")]),
        ("рост на 5,3%", [("percent", 5.3, "%")]),
        ("пяти миллиардов рублей", [("money", 5e9, "RUB")]),
        ("15 млрд тенге и 2 трлн сумов", [("money", 1.5e10, "KZT"), ("money", 2e12, "UZS")]),
        ("1,5 млрд сомов", [("money", 1.5e9, "KGS")]),
        ("50 млн сомони", [("money", 5e7, "TJS")]),
        ("3 млрд манатов", [("money", 3e9, "TMT")]),
        ("порядка 10 млрд юаней", [("money", 1e10, "CNY")]),
        ("сорок два процента", [("percent", 42, "%")]),
        ("тридцать два миллиона сорок пять", [("number", 32000045, None)]),
        ("тридцати трёх", [("number", 33, None)]),
        ("полтора миллиона", [("number", 1.5e6, None)]),
        ("Франция — пятый крупнейший инвестор", [("ordinal", 5, None)]),
        ("Казахстан — крупнейший партнёр", [("ordinal", 1, None)]),
        ("17-й", [("ordinal", 17, None)]),
        ("450 тыс. т", [("quantity", 450, "kt")]),
        ("2,5 млн т нефти", [("quantity", 2.5, "Mt")]),
        ("свыше 5 млрд кубометров газа", [("quantity", 5, "bcm")]),
        ("10 млрд кВт·ч", [("quantity", 10, "TWh")]),
        ("300 тыс. баррелей в сутки", [("quantity", 300000, "bbl/d")]),
        ("в 2023 году", [("number", 2023, None)]),
    ],
)
def test_russian_examples(text, expected):
    check(text, "ru", expected)


def test_shares_hedges_ranges():
    m = one("четверть импорта", "ru")
    assert m.type == "percent" and m.value == 25
    assert one("около 20 тыс. тонн урана", "ru").approx
    assert one("не менее 100 МВт", "ru").qualifier == "at_least"
    assert one("не более 7 евро", "ru").qualifier == "up_to"
    assert one("свыше 5 млрд долларов", "ru").qualifier == "over"
    r = one("от 3 до 5 млрд долларов", "ru")
    assert (r.value, r.value_high, r.unit, r.qualifier) == (3e9, 5e9, "USD", None)


def test_counted_decimals_and_kopecks():
    assert one("три целых пять десятых", "ru").value == 3.5
    assert one("ноль целых двадцать пять сотых", "ru").value == 0.25
    m = one("1 руб. 50 коп.", "ru")
    assert (m.type, m.value, m.unit) == ("money", 1.5, "RUB")
    assert one("35 т. р.", "ru").value == 35000


def test_three_decimals_of_tonnes_are_thousands():
    assert one("добыча достигла 21,317 тонны", "ru").value == 21317
    assert one("5,3 тонны", "ru").value == 5.3
    assert one("19,450 тыс. тонн", "ru").unit == "kt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sum of money has no thousandths: one mark before three digits groups thousands
        ("штраф 45,000 руб", [("money", 45000, "RUB")]),
        ("цена 12.500 руб.", [("money", 12500, "RUB")]),
        ("$25,000", [("money", 25000, "USD")]),
        ("3,250 млрд рублей", [("money", 3.25e9, "RUB")]),
        ("коэффициент 1,025", [("number", 1.025, None)]),
        ("Rs 75", [("money", 75, "INR")]),
        ("RM 18", [("money", 18, "MYR")]),
        # an amount repeated in words between brackets before its currency
        ("15 300 (пятнадцать тысяч триста) руб. 40 коп.", [("money", 15300.4, "RUB")]),
        # word groups after the decimal word, a bare smaller scale after a larger one
        ("две целых триста сорок один", [("number", 2.341, None)]),
        ("точка двадцать пять", [("number", 0.25, None)]),
        ("миллиард тысяча", [("number", 1000001000, None)]),
        ("емкость 50Г", [("number", 5e10, None)]),
        ("в 2023г.", [("number", 2023, None)]),
        # the noun for a hundred counts only after a number
        ("три сотни вагонов и восемь сотен рублей", [("number", 300, None), ("money", 800, "RUB")]),
        ("сотни компаний", []),
    ],
)
def test_russian_forms_from_other_recognizers(text, expected):
    check(text, "ru", expected)
