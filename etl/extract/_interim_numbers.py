"""INTERIM number finder, used only while etl.extract.numbers (the number layer) is not importable.

Delete once the number layer has landed: facts.py prefers ``etl.extract.find_mentions``.
Covers just the forms the fact rules need to be developed: digits with separators, scale
words, currencies, percents, fractions, tonnes, cubic metres, barrels a day, kWh, hedges.
"""

from __future__ import annotations

import re

from etl.extract.mentions import Mention

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")
_SCALES = [
    (r"trillion|трлн|триллион\w*|تريليون|trillions?", 1e12),
    (r"billions?|bn|milliards?|mds?|md|млрд\.?|миллиард\w*|مليار\w*|ملياري|بليون", 1e9),
    (r"millions?|mln|mn|m|млн\.?|миллион\w*|مليون|ملايين", 1e6),
    (r"thousand|тыс\.?|тысяч\w*|ألف|الف|آلاف|mille", 1e3),
]
_CURRENCIES = [
    (r"\$|us\$|dollars?|usd|долл\w*|\$|دولار\w*", "USD"), (r"€|euros?|eur|евро|يورو", "EUR"),
    (r"yuan|cny|юан\w*|يوان", "CNY"), (r"won|krw", "KRW"), (r"dirhams?|aed", "AED"),
    (r"roubles?|rubles?|rub|руб\w*", "RUB"), (r"lira|livres turques|try", "TRY"),
    (r"soms?|сом\w*|kgs", "KGS"), (r"tmt|manats?|манат\w*", "TMT"), (r"tenges?|тенге|kzt|₸", "KZT"),
]
_UNITS = [
    (r"(?:milliards? de |billion |млрд |مليار )?(?:cubic met(?:er|re)s|m3|mètres? cubes?|кубическ\w* метр\w*|кубометр\w*|متر مكعب)", "m3"),
    (r"barrels per day|barrels a day|bpd", "bbl/d"),
    (r"kwh|квт·?ч", "kWh"), (r"twh", "TWh"),
    (r"tu\b", "tU"), (r"tonnes?|tons?|тонн\w*|т\.|طن|أطنان", "t"),
]
_PERCENT = r"%|percent|per cent|pour cent|процент\w*|بالمائة|بالمئة|في المئة|في المائة"
_NUM = r"\d+ر\d+|\d+(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d+)?"
_SCALE_RE = "|".join(f"(?:{p})" for p, _ in _SCALES)
_CUR_RE = "|".join(f"(?:{p})" for p, _ in _CURRENCIES)
_UNIT_RE = "|".join(f"(?:{p})" for p, _ in _UNITS)
_PATTERN = re.compile(
    rf"(?P<pre>(?:{_CUR_RE})\s?)?(?P<num>{_NUM})(?:\s?-\s?(?P<num2>{_NUM}))?"
    rf"(?:\s?(?P<scale>{_SCALE_RE})(?![\w]))?\.?"
    rf"(?:\s?(?:de |d'|of )?(?P<post>(?:{_CUR_RE})(?![\w]))|\s?(?P<pct>{_PERCENT})|\s?(?:de |d')?(?P<unit>{_UNIT_RE}))?",
    re.IGNORECASE,
)
_FRACTIONS = re.compile(
    r"(?P<f>a third|one third|two thirds|a quarter|half|le tiers|un tiers|deux tiers|du quart|le quart|"
    r"треть|четверт\w*|половин\w*|ثلث|ربع|نصف)", re.IGNORECASE)
_FRACTION_VALUES = {"third": 100 / 3, "tiers": 100 / 3, "треть": 100 / 3, "ثلث": 100 / 3, "quart": 25.0,
                    "четверт": 25.0, "ربع": 25.0, "half": 50.0, "половин": 50.0, "نصف": 50.0}
_HEDGES = [
    (r"(?:more than|over|exceed\w*|topped|above|plus de|plus d'|dépass\w*|свыше|более|превыси\w*|превышает|"
     r"أكثر من|تجاوزت|يفوق)\s*$", "over"),
    (r"(?:less than|under|below|moins de|менее|меньше|أقل من)\s*$", "under"),
    (r"(?:up to|jusqu'à|до)\s*$", "up_to"),
    (r"(?:at least|au moins|не менее|по меньшей мере|على الأقل)\s*$", "at_least"),
]
_APPROX = re.compile(r"(?:about|around|nearly|some|roughly|approximately|almost|environ|près de|près d'|"
                     r"quelque|около|почти|порядка|примерно|حوالي|نحو|قرابة|زهاء)\s*$", re.IGNORECASE)


def _value(num: str, scaled: bool = False) -> float:
    num = num.strip()
    if scaled and re.fullmatch(r"\d{1,3}[.,]\d{3}", num):
        return float(num.replace(",", "."))
    if "ر" in num:
        a, b = num.split("ر")
        return float(f"{b}.{a}")
    num = re.sub(r"[ \u00a0\u202f]", "", num)
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", num):
        return float(re.sub(r"[.,]", "", num))
    if "," in num and "." in num:
        num = num.replace(",", "") if num.rfind(".") > num.rfind(",") else num.replace(".", "").replace(",", ".")
    return float(num.replace(",", "."))


def find_mentions(text: str, lang: str | None = None) -> list[Mention]:
    work = text.translate(_DIGITS)
    out: list[Mention] = []
    for m in _PATTERN.finditer(work):
        try:
            value = _value(m.group("num"), bool(m.group("scale")))
            high = _value(m.group("num2"), bool(m.group("scale"))) if m.group("num2") else None
        except ValueError:
            continue
        scale = 1.0
        if m.group("scale"):
            s = m.group("scale").lower()
            for p, mult in _SCALES:
                if re.fullmatch(p, s, re.IGNORECASE):
                    scale = mult
                    break
        kind, unit = "number", None
        cur = m.group("pre") or m.group("post")
        if cur:
            for p, code in _CURRENCIES:
                if re.fullmatch(p, cur.strip(), re.IGNORECASE):
                    kind, unit = "money", code
                    break
        elif m.group("pct"):
            kind, unit = "percent", "%"
        elif m.group("unit"):
            u = m.group("unit").lower()
            for p, code in _UNITS:
                if re.fullmatch(p, u, re.IGNORECASE):
                    kind, unit = "quantity", code
                    break
            if unit == "m3" and scale == 1e9 or unit == "m3" and re.match(r"(milliard|billion|млрд|مليار)", u):
                unit, scale = "bcm", 1.0
            elif unit == "t" and scale in (1e3, 1e6):
                unit, scale = ("kt" if scale == 1e3 else "Mt"), 1.0
        elif m.group("scale") and scale >= 1e6:
            kind = "number"
        value *= scale
        high = high * scale if high is not None else None
        before = work[max(0, m.start() - 25):m.start()]
        qualifier = None
        for p, q in _HEDGES:
            if re.search(p, before, re.IGNORECASE):
                qualifier = q
        approx = bool(_APPROX.search(before)) and qualifier is None
        out.append(Mention(kind, value, m.start(), m.end(), unit, high, approx, qualifier, text[m.start():m.end()]))
    for m in _FRACTIONS.finditer(text):
        word = m.group("f").lower()
        val = next(v for k, v in _FRACTION_VALUES.items() if k in word)
        if word.startswith(("two", "deux")):
            val *= 2
        before = text[max(0, m.start() - 25):m.start()]
        qualifier = None
        for p, q in _HEDGES:
            if re.search(p + "|" + p.replace(r"\s*$", r"\s*(?:d'un|d'une|des|du)?\s*$"), before, re.IGNORECASE):
                qualifier = q
        approx = bool(re.search(r"(?:près|nearly|about|почти|около|حوالي)\s*(?:du|de|d')?\s*$", before, re.IGNORECASE))
        out.append(Mention("percent", val, m.start(), m.end(), "%", None, approx and not qualifier, qualifier, m.group()))
    out.sort(key=lambda x: x.start)
    return out
