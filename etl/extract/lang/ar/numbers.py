"""Arabic number words, scales, currencies, units and hedges, with their values.

Keys are written in full; the engine folds them and the text the same way (alef forms to
ا, ة to ه, ى to ي), so "اربعه", "أربعة" and "أربعه" are one key. Attached prefixes (و، ب، ل، ال)
are stripped by the engine when a word is not found as it stands. Units come before tens
("خمسة وعشرون" is 25), and a definite cardinal in a sequence is an ordinal ("الواحد والثلاثون").
"""

NAME_SUFFIX = "ا"  # currency names in the accusative: "50 ديناراً كويتياً" (tanween dropped by cleaning)
DECIMAL_COMMA = False
DOT_THOUSANDS = False
UNITS_BEFORE_TENS = True
VIGESIMAL = False

_CARDINAL_FORMS = {
    0: "صفر", 1: "واحد واحدة احد إحدى", 2: "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي اثنى اثنتى",
    3: "ثلاث ثلاثة", 4: "أربع أربعة", 5: "خمس خمسة", 6: "ست ستة", 7: "سبع سبعة",
    8: "ثمان ثماني ثمانية ثمانى", 9: "تسع تسعة", 10: "عشر عشرة",
    20: "عشرون عشرين", 30: "ثلاثون ثلاثين", 40: "أربعون أربعين", 50: "خمسون خمسين",
    60: "ستون ستين", 70: "سبعون سبعين", 80: "ثمانون ثمانين", 90: "تسعون تسعين",
    200: "مائتان مائتين مئتان مئتين مائتا مئتا مائتي مئتي مئتيان",
    300: "ثلاثمائة ثلاثمئة", 400: "أربعمائة أربعمئة", 500: "خمسمائة خمسمئة", 600: "ستمائة ستمئة",
    700: "سبعمائة سبعمئة", 800: "ثمانمائة ثمانمئة ثمانيمائة", 900: "تسعمائة تسعمئة",
}
CARDINALS = {form: value for value, forms in _CARDINAL_FORMS.items() for form in forms.split()}
# "أحد" (someone, Sunday) and "إحدى" (one of) are numbers only inside a longer number.
WEAK_WORDS = {"أحد", "إحدى", "احد"}
MULTIPLIERS = {"مائة": 100, "مئة": 100, "مائه": 100, "مئات": 100}
# "مئات الآلاف", hundreds of thousands: a vague quantity. The plural never opens an amount, and a
# plural scale with the article ("الملايين") is no rank, unlike "المليون" (the millionth).
COUNTED_ONLY = {"مئات"}
PLURAL_WORDS = {"مئات", "آلاف", "ألوف", "الاف", "ملايين", "مليارات", "بلايين", "تريليونات", "ترليونات"}
_SCALE_FORMS = {
    10**3: "ألف آلاف ألوف الاف",
    10**6: "مليون ملايين",
    10**9: "مليار مليارات بليون بلايين",
    10**12: "تريليون تريليونات تريليونا ترليون ترليونات",
}
SCALES = {form: value for value, forms in _SCALE_FORMS.items() for form in forms.split()}
SCALES_GLUED = {"k": 10**3, "m": 10**6}
SCALES_SPACED_CASED = {"K": 10**3, "M": 10**6}
# The dual says "two" by itself: "ألفان" is 2000, "ملياري دولار" two billion dollars.
DUAL_SCALES = {
    "ألفان": (2, 10**3), "ألفين": (2, 10**3), "ألفا": (2, 10**3), "ألفي": (2, 10**3),
    "مليونان": (2, 10**6), "مليونين": (2, 10**6), "مليوني": (2, 10**6), "مليونا": (2, 10**6),
    "ملياران": (2, 10**9), "مليارين": (2, 10**9), "ملياري": (2, 10**9), "مليارا": (2, 10**9), "بليونا": (2, 10**9),
    "تريليونان": (2, 10**12), "تريليونين": (2, 10**12),
}

ORDINALS = {
    "أول": 1, "أولى": 1, "حادي": 1, "حادية": 1, "ثاني": 2, "ثانية": 2, "ثان": 2, "ثالث": 3,
    "ثالثة": 3, "رابع": 4, "رابعة": 4, "خامس": 5, "خامسة": 5, "سادس": 6, "سادسة": 6, "سابع": 7,
    "سابعة": 7, "ثامن": 8, "ثامنة": 8, "تاسع": 9, "تاسعة": 9, "عاشر": 10, "عاشرة": 10,
}
ORDINAL_MULTIPLIERS: dict[str, int] = {}
ORDINAL_SCALES: dict[str, int] = {}
ORDINAL_SUFFIXES: set[str] = set()
SUPERLATIVES = {"أكبر", "الأكبر", "أضخم", "الأضخم", "الرائد", "الشريك الأول"}

FRACTION_TAILS = {"ونصف": 0.5, "و نصف": 0.5, "وربع": 0.25, "و ربع": 0.25, "وثلث": 1 / 3}
FRACTION_LEADS = {"نصف": 0.5, "ربع": 0.25}
POINT_WORDS = {"فاصلة", "فاصل"}
NEGATIVE_WORDS = {"سالب", "ناقص"}
POSITIVE_WORDS = {"موجب", "زائد"}
CONNECTORS = {"و"}

PERCENT = {"%", "بالمائة", "بالمئة", "في المائة", "في المئة", "بالمية", "في المية", "المائة",
           "بالماية", "نقطة مئوية", "نقاط مئوية", "نقطة مئويه"}
# The percent word before its number: "بنسبة 10", "نسبة اثنين وعشرين", "بالمائة 10".
PERCENT_PREFIXES = {"نسبة", "بالمائة", "بالمئة", "في المائة", "في المئة"}
FRACTION_SHARES = {
    "ثلث": 100 / 3, "ثلثي": 200 / 3, "ثلثا": 200 / 3, "ربع": 25.0, "نصف": 50.0,
    "ثلاثة أرباع": 75.0,
}
SHARE_FOLLOWERS: set[str] | None = None
# With their vowels, fractions differ from numbers: "خُمس" is a fifth, "خَمس" five.
VOCALIZED_SHARES = {"خُمس": 20.0, "خُمُس": 20.0, "عُشر": 10.0, "عُشُر": 10.0, "سُدس": 100 / 6}

_CUR = {  # single words; names of two words are in the table below
    "USD": "دولار دولارات دولارا دولاراً الدولار بالدولار",
    "EUR": "يورو اليورو باليورو اورو أورو",
    "RUB": "روبل روبلات روبلا الروبل",
    "KZT": "تنغي تينغ تنغ تنغه تينغي التنغي تنج تينج",
    "UZS": "سوم سوما",
    "TJS": "سوموني",
    "TMT": "مانات",
    "CNY": "يوان اليوان رنمينبي يوانات",
    "TRY": "ليرة ليرات",
    "JPY": "ين الين",
    "KRW": "وون",
    "INR": "روبية روبيات",
    "GBP": "إسترليني استرليني جنيه جنيهات",
    "ILS": "شيقل شواقل شيكل شيكلات",
    "SAR": "ريال ريالات",
    "AED": "درهم دراهم",
    "IRR": "تومان",
}
CURRENCIES: dict[str, str] = {}
for _code, _forms in _CUR.items():
    for _f in _forms.split():
        CURRENCIES.setdefault(_f, _code)
CURRENCIES.update({
    "دولار أمريكي": "USD", "دولار أميركي": "USD", "دولار امريكي": "USD", "جنيه إسترليني": "GBP",
    "جنيه استرليني": "GBP", "جنيهات إسترلينية": "GBP", "جنيه مصري": "EGP", "جنيهات مصرية": "EGP",
    "ريال إيراني": "IRR", "ريالات إيرانية": "IRR", "ليرة تركية": "TRY", "ليرات تركية": "TRY",
    "سوم أوزبكي": "UZS", "سوم قيرغيزي": "KGS", "سوم قرغيزي": "KGS", "تنغي كازاخستاني": "KZT",
    "درهم إماراتي": "AED", "دراهم إماراتية": "AED", "فرنك سويسري": "CHF", "فرنكات سويسرية": "CHF",
    "ريال قطري": "QAR", "ريالات قطرية": "QAR", "ريال سعودي": "SAR", "ريالات سعودية": "SAR",
    "دولارات أمريكية": "USD", "دولار أمريكى": "USD", "الجنيه الإسترليني": "GBP",
    "دينار كويتي": "KWD", "دنانير كويتية": "KWD", "ليرة لبنانية": "LBP", "ليرات لبنانية": "LBP",
    "ج.م": "EGP", "دينار أردني": "JOD", "دنانير أردنية": "JOD", "جنيهات استرلينية": "GBP",
})
ASSUMED = {"$", "دولار", "دولارات", "دولارا", "دولاراً", "الدولار", "بالدولار", "£", "جنيه",
           "جنيهات", "ريال", "ريالات", "ليرة", "ليرات", "درهم", "دراهم"}
CENTS = {"سنت", "سنتات", "سنتا", "سينت", "سينتات", "c", "كوبيك", "قرش", "قروش", "بنس"}
MONEY_CONNECTORS = {"من"}

UNITS = {
    "طن": "t", "أطنان": "t", "طنا": "t", "طناً": "t", "الطن": "t", "اطنان": "t",
    "طن من اليورانيوم": "t", "طن يورانيوم": "t", "t": "t", "tU": "tU",
    "متر مكعب": "m3", "أمتار مكعبة": "m3", "مترا مكعبا": "m3", "م3": "m3", "م³": "m3", "m3": "m3",
    "برميل يوميا": "bbl/d", "برميل يومياً": "bbl/d", "برميل في اليوم": "bbl/d", "برميل يوميًا": "bbl/d",
    "برميلا يوميا": "bbl/d", "برميل": "bbl", "براميل": "bbl", "برميلا": "bbl",
    "ميغاواط": "MW", "ميجاوات": "MW", "ميغاوات": "MW", "ميجاواط": "MW", "MW": "MW",
    "غيغاواط": "GW", "جيجاوات": "GW", "جيغاواط": "GW", "غيغاوات": "GW", "GW": "GW",
    "تيراواط ساعة": "TWh", "تيراوات ساعة": "TWh", "كيلوواط ساعة": "kWh", "كيلووات ساعة": "kWh",
    "غيغاواط ساعة": "GWh", "جيجاوات ساعة": "GWh",
}
UNIT_CONNECTORS: set[str] = set()

HEDGES = {
    "حوالي": "approx", "حوالى": "approx", "نحو": "approx", "قرابة": "approx", "ما يقارب": "approx",
    "ما يقرب من": "approx", "زهاء": "approx", "تقريبا": "approx", "قرابة الـ": "approx",
    "ما يناهز": "approx", "يناهز": "approx", "يقارب": "approx", "ما يقدر ب": "approx",
    "أكثر من": "over", "اكثر من": "over", "ما يزيد على": "over", "ما يزيد عن": "over",
    "يزيد على": "over", "يزيد عن": "over", "تجاوز": "over", "تجاوزت": "over", "يتجاوز": "over",
    "تتجاوز": "over", "فاق": "over", "فاقت": "over", "يفوق": "over", "تخطى": "over", "تخطت": "over",
    "أزيد من": "over", "أقل من": "under", "اقل من": "under", "ما دون": "under", "دون": "under",
    "حتى": "up_to", "ما يصل إلى": "up_to", "يصل إلى": "up_to", "تصل إلى": "up_to",
    "لا يتجاوز": "up_to", "لا تتجاوز": "up_to", "لم يتجاوز": "up_to", "لم تتجاوز": "up_to",
    "على الأقل": "at_least", "لا يقل عن": "at_least", "لا تقل عن": "at_least",
}
# Words before "من X إلى Y" that make it a change, two figures, not a range ("ارتفع من 3 إلى 5").
CHANGE_WORDS = {"ارتفع", "ارتفعت", "ارتفاع", "ارتفاعا", "زاد", "زادت", "زيادة", "انخفض", "انخفضت", "انخفاض",
                "تراجع", "تراجعت", "قفز", "قفزت", "نما", "نمت", "نمو", "صعد", "صعدت", "هبط", "هبطت", "تضاعف",
                "تضاعفت", "ازداد", "ازدادت", "تقلص", "تقلصت"}
RANGE_OPENERS = {"من", "بين"}
RANGE_JOINERS = {"-", "–", "—", "إلى", "الى", "و"}
ABBREVIATIONS: set[str] = set()
FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"}
# Tried longest first when a word is not found as it stands; "و" also joins number words.
# Words that look like a prefix and a currency or unit but are words of their own:
# "بين" (between) is not ب + ين (yen), "وطن" (homeland) not و + طن (tonne).
WHOLE_WORDS = {"بين", "وين", "لين", "فين", "وطن", "بطن", "وطنا", "وسوم"}
PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف")
DEFINITE = "ال"
PERCENT_BEFORE = True  # "%40" as Arabic presses often set it
