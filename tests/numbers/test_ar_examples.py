"""What etl/extract/lang/ar/numbers.py recognizes, as examples (sentences written for SilkStat)."""

import pytest

from tests.numbers.examples import check, one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بلغ حجم التجارة 5.3 مليار يورو (5.6 مليار دولار)", [("money", 5.3e9, "EUR"), ("money", 5.6e9, "USD")]),
        ("خمسة مليارات", [("number", 5e9, None)]),
        ("ملياري دولار", [("money", 2e9, "USD")]),
        ("ثلاثين ألفا", [("number", 30000, None)]),
        ("١٢٣٫٥ مليون دولار", [("money", 123.5e6, "USD")]),
        ("15 مليار تنغي", [("money", 1.5e10, "KZT")]),
        ("3 تريليونات سوم", [("money", 3e12, "UZS")]),
        ("500 مليون يورو", [("money", 5e8, "EUR")]),
        ("خمسة وعشرين بالمائة", [("percent", 25, "%")]),
        ("40 في المئة", [("percent", 40, "%")]),
        ("%40", [("percent", 40, "%")]),
        ("تعد ألمانيا سادس أكبر مستثمر", [("ordinal", 6, None)]),
        ("الشريك التجاري الأكبر", [("ordinal", 1, None)]),
        ("السادس والثلاثين", [("ordinal", 36, None)]),
        ("452ر3 ألف طن", [("quantity", 3.452, "kt")]),
        ("2.5 مليون طن", [("quantity", 2.5, "Mt")]),
        ("10 مليارات متر مكعب", [("quantity", 10, "bcm")]),
        ("2 مليون برميل يوميا", [("quantity", 2e6, "bbl/d")]),
        ("500 ميغاواط", [("quantity", 500, "MW")]),
        ("في عام 2022", [("number", 2022, None)]),
    ],
)
def test_arabic_examples(text, expected):
    check(text, "ar", expected)


def test_hedges_bounds_shares_ranges():
    assert one("حوالي 40 بالمائة", "ar").approx
    assert one("بنحو 5 مليارات دولار", "ar").approx
    assert one("أكثر من 20 ألف طن", "ar").qualifier == "over"
    assert one("أقل من 5 مليارات دولار", "ar").qualifier == "under"
    share = one("ثلث واردات قيرغيزستان", "ar")
    assert share.type == "percent" and abs(share.value - 100 / 3) < 1e-9
    r = one("بين 3 و5 مليارات دولار", "ar")
    assert (r.value, r.value_high, r.unit) == (3e9, 5e9, "USD")


def test_span_points_at_the_original_characters():
    text = "صادرات بقيمة ١٢٣٫٥ مليـــون دولار"
    m = one(text, "ar")
    assert text[m.start : m.end] == "١٢٣٫٥ مليـــون دولار"
    assert m.text == text[m.start : m.end]


def test_compound_scales_and_accusative_names():
    m = one("مليار و200 مليون دولار", "ar")
    assert (m.type, m.value, m.unit) == ("money", 1.2e9, "USD")
    k = one("50 ديناراً كويتياً", "ar")
    assert (k.value, k.unit) == (50, "KWD")
    assert one("نصف مليون", "ar").value == 500000


def test_vowels_tell_a_fifth_from_five():
    share = one("قرابة خُمس واردات الصين", "ar")
    assert (share.type, share.value, share.approx) == ("percent", 20, True)
    assert one("خمس سنوات", "ar").type == "number"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Arabic comma groups thousands before three digits, and separates other runs
        ("بلغ عدد الزوار ٣،٤٥٦،٧٨٩ زائر", [("number", 3456789, None)]),
        ("بلغت القيمة 45،210,75", [("number", 45210.75, None)]),
        ("في عامي 2020،2021", [("number", 2020, None), ("number", 2021, None)]),
        ("ارتفع بنسبة ١٥", [("percent", 15, "%")]),
        ("ارتفع بنسبة 15%", [("percent", 15, "%")]),
        ("بالمائة 35", [("percent", 35, "%")]),
        ("خمسة ترليون", [("number", 5e12, None)]),
        ("٦ آلاف ٢ مائة و ٤٥", [("number", 6245, None)]),
        ("المئتيان", [("ordinal", 200, None)]),
        ("الكتاب المليون", [("ordinal", 1e6, None)]),
        ("30 اورو", [("money", 30, "EUR")]),
        ("15 جنيه", [("money", 15, "GBP")]),
        ("15 جنيه مصري", [("money", 15, "EGP")]),
        ("75 ج.م", [("money", 75, "EGP")]),
        ("8 دنانير أردنية", [("money", 8, "JOD")]),
        ("عشرة شواقل", [("money", 10, "ILS")]),
        ("خمسة دولار و25 سينت", [("money", 5.25, "USD")]),
        ("40 يوانات", [("money", 40, "CNY")]),
        ("ثلاثة فاصلة سبعة بالمئة", [("percent", 3.7, "%")]),
        ("ثلاثمائة و صفر", [("number", 300, None), ("number", 0, None)]),
        # plural scales are vague counts, never ranks; the singular with the article is a rank
        ("بمئات الملايين", [("number", 1e6, None)]),
        ("الملايين", [("number", 1e6, None)]),
        ("الزائر المليون", [("ordinal", 1e6, None)]),
    ],
)
def test_arabic_forms_from_other_recognizers(text, expected):
    check(text, "ar", expected)
