"""The one engine: number expressions from tokens, driven by a language's lexicon.

Bottom-up, as Duckling composes rules: an *amount* (digits with separators, number words,
scale words, "and a half", "point five", a sign) is read first; then what follows or precedes
it decides the type: a percent word, a currency (symbol, ISO code, CLDR name, local name) with
optional cents, a unit, an ordinal ending. Some forms put the type first: "$ 150 million",
"percent of 10", "بنسبة ١٠", "a dollar". Hedges and bounds are read from the words just
before, ranges from two amounts joined by "-", "to", "до", "إلى". Fraction words used as shares
("a third of") and superlatives ("largest", rank 1) are read where no amount stands.

Every step moves forward over tokens and looks at a bounded window, so the time is linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from etl.extract.numbers.amounts import HYPHENS, Amount, Scanner
from etl.extract.numbers.lexicon import Lexicon, opens_expression
from etl.extract.numbers.tokens import Token

# Scale word plus base unit reads as the scaled unit: "тыс. тонн" is kt, "млрд кубометров" bcm.
SCALED_UNITS = {
    (10**3, "t"): "kt", (10**6, "t"): "Mt", (10**9, "m3"): "bcm", (10**6, "m3"): "mcm",
    (10**9, "kWh"): "TWh", (10**6, "kWh"): "GWh", (10**3, "kWh"): "MWh", (10**3, "tU"): "ktU",
}
_SCALED_UNIT_NAMES = frozenset(SCALED_UNITS.values())
_THOUSANDS_COMMA = re.compile(r"[1-9]\d{0,2},\d{3}")
_THOUSANDS_DOT = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_YEAR = re.compile(r"(?:18|19|20)\d\d")


@dataclass
class Found:
    """A typed expression over tokens [start, end) (the layer's working form of a Mention)."""

    type: str
    value: Decimal
    start: int
    end: int
    unit: str | None = None
    assumed: bool = False
    scale: int = 1
    value_high: Decimal | None = None
    approx: bool = False
    qualifier: str | None = None
    bare: bool = True  # a plain amount with no scale word (for ranges)
    trim: int = 0


def scan(lex: Lexicon, tokens: list[Token], text: str = "") -> list[Found]:
    """Every number expression of the token list, in order, none overlapping."""
    sc = Scanner(lex, tokens, text)
    n = len(tokens)
    interesting = [opens_expression(lex, t) for t in tokens]
    out: list[Found] = []
    i = 0
    while i < n:
        tok = tokens[i]
        if not interesting[i]:
            i += 1
            continue
        f = None
        if tok.kind == "w" or tok.kind == "s":
            f = (_share(sc, i) or _prefixed_money(sc, i) or _percent_before(sc, i) or _percent_prefix(sc, i)
                 or _article_money(sc, i))
        if f is None:
            amt = sc.amount(i) if (tok.kind != "s" or tok.text in HYPHENS) else None
            if amt is not None:
                f = _classify(sc, amt)
        if f is None and tok.kind == "w":
            f = _superlative(sc, i, out)
        if f is None:
            i += 1
            continue
        _hedge(sc, f)
        if f.type == "number" and not f.bare:
            _inherit(sc, f, out)
        out.append(f)
        i = max(f.end, i + 1)
    return _ranges(sc, out)


SENTENCE_END = frozenset({".", "!", "?", "؟", ";"})
INHERIT_WINDOW = 16  # tokens


def _inherit(sc: Scanner, f: Found, before: list[Found]) -> None:
    """'3,1 milliards de dollars en 2023 (3,6 milliards en 2022)': the second amount, scaled but
    with no currency or unit of its own, takes those of the amount just before it in the sentence."""
    for p in reversed(before):
        if f.start - p.end > INHERIT_WINDOW:
            return  # checked first: the look-back stays a bounded window
        if p.type not in ("money", "quantity"):
            continue
        if any(t.text in SENTENCE_END for t in sc.toks[p.end : f.start]):
            return
        if "\n" in sc.text[sc.toks[p.end - 1].end : sc.toks[f.start].start]:
            return
        f.type, f.unit, f.assumed = p.type, p.unit, True
        if p.type == "quantity":
            base = {v: k[1] for k, v in SCALED_UNITS.items()}.get(p.unit or "")
            scaled = SCALED_UNITS.get((f.scale, base or p.unit or ""))
            if scaled:
                f.value = f.value / f.scale
                f.unit = scaled
            elif base:
                f.type, f.unit, f.assumed = "number", None, False  # '5 Mt ... 3 billion': unclear
        return


def _classify(sc: Scanner, amt: Amount) -> Found:
    """What follows the amount decides its type: percent word, currency (with cents), unit."""
    lex, toks, n = sc.lex, sc.toks, sc.n
    base = Found("ordinal" if amt.ordinal else "number", amt.value, amt.start, amt.end,
                 scale=amt.scale, bare=amt.scale == 1, trim=amt.trim)
    if amt.ordinal:
        return base
    j = amt.end
    if j >= n:
        return base
    pct = sc.match(j, lex.percent, strip_prefix=bool(lex.prefixes))
    if pct is not None:
        return Found("percent", amt.value, amt.start, pct[1], "%", scale=amt.scale, bare=amt.scale == 1, trim=amt.trim)
    j = _past_repeat(sc, amt, j)
    if (toks[j].text in HYPHENS and not toks[j].spaced and j + 1 < n and not toks[j + 1].spaced
            and toks[j + 1].kind == "w" and sc.currency_at(j + 1)):
        j += 1  # "one-yen bid", "20-dollar bill"
    k = j
    if toks[j].kind == "w" and (toks[j].key in lex.money_connectors or toks[j].key in lex.unit_connectors):
        k = j + 1
        while k < n and toks[k].text in ("'", "’"):
            k += 1
    cur = sc.currency_at(j) or (sc.currency_at(k) if k != j and k < n else None)
    if cur is None and lex.prefixes and j < n and toks[j].kind == "w":
        cur = sc.match(j, lex.currencies, strip_prefix=True)
    if cur is not None and cur[1] - j == 1 and toks[j].key in lex.word_currencies and _year_shaped(sc, amt):
        cur = None  # "in 2019 won the tender", "в 2020 вон": a year before a verb, not 2019 won
    if cur is not None:
        (code, assumed, cscale), end, _ = cur
        value = _money_groups(sc, amt) * cscale
        f = Found("money", value, amt.start, end, code, assumed, scale=amt.scale,
                  bare=amt.scale == 1 and cscale == 1, trim=amt.trim)
        _cents(sc, f)
        return f
    unit = sc.match(j, lex.units, strip_prefix=bool(lex.prefixes))
    if unit is None and k != j and k < n:
        unit = sc.match(k, lex.units)
    if unit is None:
        unit = _case_unit(sc, j)
    if unit is not None:
        u, end = unit[0], unit[1]
        value = amt.value
        scaled = SCALED_UNITS.get((amt.scale, u))
        if scaled and amt.scale > 1:
            value = value / amt.scale
            u = scaled
        elif amt.scale == 1 and lex.decimal_comma and _THOUSANDS_COMMA.fullmatch(toks[amt.start].text):
            value = value * 1000  # "17,803 тонны": tonnage to the thousandth is a thousands comma
        return Found("quantity", value, amt.start, end, u, scale=amt.scale, bare=amt.scale == 1, trim=amt.trim)
    return base


def _year_shaped(sc: Scanner, amt: Amount) -> bool:
    """A lone four-digit run that reads as a year (1800-2099), no scale word."""
    return amt.end - amt.start == 1 and amt.scale == 1 and bool(_YEAR.fullmatch(sc.toks[amt.start].text))


def _money_groups(sc: Scanner, amt: Amount) -> Decimal:
    """'20,000 руб', '20.000 руб.', '$10,000' where the comma is the decimal mark: a sum of money
    has no thousandths, so one mark before three digits groups thousands (as "17,803 тонны" does
    for tonnes). Plain numbers keep the locale's reading ("1,001" is 1.001)."""
    if not sc.lex.group3_thousands or amt.scale != 1 or amt.end - amt.start != 1:
        return amt.value
    text = sc.toks[amt.start].text
    if _THOUSANDS_COMMA.fullmatch(text) or _THOUSANDS_DOT.fullmatch(text):
        return Decimal(text.replace(",", "").replace(".", "")) * (1 if amt.value >= 0 else -1)
    return amt.value


def _past_repeat(sc: Scanner, amt: Amount, j: int) -> int:
    """'881 913 (Восемьсот восемьдесят одна тысяча девятьсот тринадцать) руб.': an amount repeated
    in words between brackets before its currency is stepped over (contracts and invoices)."""
    toks = sc.toks
    if toks[j].text != "(" or j + 1 >= sc.n:
        return j
    again = sc.amount(j + 1)
    if again is None or again.end >= sc.n or toks[again.end].text != ")" or again.value != amt.value:
        return j
    after = again.end + 1
    return after if after < sc.n and sc.currency_at(after) else j


_CASE_UNITS = {"Mt": "Mt", "kt": "kt", "tU": "tU", "MW": "MW", "GW": "GW", "TWh": "TWh", "GWh": "GWh",
               "kWh": "kWh", "MWh": "MWh", "bcm": "bcm", "Bcm": "bcm", "BCM": "bcm"}


def _case_unit(sc: Scanner, j: int):
    """Unit symbols whose case matters ("Mt" million tonnes), written the same in every language."""
    tok = sc.toks[j]
    if tok.kind == "w" and tok.text in _CASE_UNITS:
        return _CASE_UNITS[tok.text], j + 1, ""
    return None


def _cents(sc: Scanner, f: Found) -> None:
    """'20 dollars and 43 cents', '$20 и 43ц', '3 GBP 1 pence', '20 دولار و43 سنت'."""
    lex, toks, n = sc.lex, sc.toks, sc.n
    j = f.end
    if j < n and toks[j].kind == "w" and len(toks[j].text) >= 3 and sc.toks[f.start].kind != "s":
        sub = sc.match(j, lex.cents)
        if sub is not None:  # "15 euro cents": the sub-unit of the currency named before it
            f.value = f.value / 100
            f.end = sub[1]
            return
    if (j < n and toks[j].kind == "n" and not toks[j].spaced and len(toks[j].text) == 2
            and toks[j].text.isdigit() and toks[j - 1].kind == "s"):
        f.value = f.value + Decimal(toks[j].text) / 100  # "20€43"
        f.end = j + 1
        return
    if j < n and (toks[j].key in lex.connectors or toks[j].key in ("and", "et", "и", "و", ",")):
        j += 1
    if j >= n:
        return
    amt = sc.amount(j)
    if amt is not None and amt.end - 1 > j and sc.match(amt.end - 1, lex.cents):
        amt = sc.amount(j, limit=amt.end - 1)  # "vingt cinq cents": the cents, not hundreds
    if amt is None or amt.ordinal or amt.value < 0 or amt.value >= 100 or amt.end >= n:
        return
    c = sc.match(amt.end, lex.cents)
    if c is None:
        return
    f.value = f.value + amt.value / 100
    f.end = c[1]


def _prefixed_money(sc: Scanner, i: int) -> Found | None:
    """'$ 150 million', 'US$ 3.14', 'EUR 125', 'RM42', 'ringgit 42', 'Евро 20', 'usd$ 15'."""
    cur = sc.currency_at(i)
    if cur is None:
        return None
    (code, assumed, cscale), j, _ = cur
    tok = sc.toks[i]
    if (tok.kind == "w" and len(tok.text) < 4 and tok.text.islower() and (j - i) == 1 and tok.text not in sc.lex.first_raw
            and tok.key not in sc.lex.code_like and (j >= sc.n or sc.toks[j].spaced)):
        return None  # short lower-case names ("sum", "som", "won") only follow an amount; codes ("rmb 10") lead
    if j - i == 1 and tok.kind == "w" and tok.key in sc.lex.follow_only:
        return None  # "Livres 3 et 4": books; the pound leads only as "livres sterling"
    if j + 1 < sc.n and sc.toks[j].text == "." and not sc.toks[j].spaced and tok.kind == "w" and sc.toks[j + 1].kind == "n":
        j += 1  # "Rs. 20": the abbreviation's full stop
    if j >= sc.n:
        return None
    amt = sc.amount(j)
    if amt is None or amt.ordinal:
        return None
    value = _money_groups(sc, amt) * cscale
    end = amt.end
    # "$ 16.4 million" keeps a trailing currency letter group like "$ 5 c" out; "c $" is a prefix
    f = Found("money", value, i, end, code, assumed, scale=amt.scale, bare=amt.scale == 1 and cscale == 1)
    # '16,4 millions de $ c' and '$ 5 US' are read by the suffix path; here only cents
    _cents(sc, f)
    return f


def _percent_prefix(sc: Scanner, i: int) -> Found | None:
    """'percent of 10', 'pourcentage de vingt', 'نسبة ٢١٠', 'بالمائة 10': the percent word first.
    When a percent sign or word also follows the amount ("بنسبة 5%"), the amount path reads it."""
    lex = sc.lex
    if not lex.percent_prefixes.table:
        return None
    m = sc.match(i, lex.percent_prefixes, strip_prefix=bool(lex.prefixes))
    if m is None or m[1] >= sc.n:
        return None
    amt = sc.amount(m[1])
    if amt is None or amt.ordinal:
        return None
    if amt.end < sc.n and (sc.match(amt.end, lex.percent, strip_prefix=bool(lex.prefixes)) or sc.currency_at(amt.end)):
        return None
    if amt.end - amt.start == 1 and _YEAR.fullmatch(sc.toks[amt.start].text):
        return None  # "a larger percent of 2023 exports": a year, not a share
    return Found("percent", amt.value, i, amt.end, "%", scale=amt.scale, bare=False, trim=len(m[2]))


def _article_money(sc: Scanner, i: int) -> Found | None:
    """'a dollar', 'above a dollar and 42 cents': the article counts one before a currency name.
    Only where the name ends the phrase ("a dollar shortage" is no amount)."""
    lex, toks = sc.lex, sc.toks
    if toks[i].key not in lex.articles_one or i + 1 >= sc.n:
        return None
    cur = sc.match(i + 1, lex.currencies)
    if cur is None:
        return None
    (code, assumed, cscale), j, _ = cur
    f = Found("money", Decimal(cscale), i, j, code, assumed, bare=cscale == 1)
    _cents(sc, f)
    if f.end == j and j < sc.n and (toks[j].kind != "s" or toks[j].text in HYPHENS):
        return None
    return f


def _percent_before(sc: Scanner, i: int) -> Found | None:
    """'%40': the sign set before the number, as some Arabic presses do."""
    if not sc.lex.percent_before or sc.toks[i].text != "%" or i + 1 >= sc.n:
        return None
    if i > 0 and sc.toks[i - 1].kind == "n" and not sc.toks[i].spaced:
        return None  # "40%" is read from the number
    nxt = sc.toks[i + 1]
    if nxt.kind != "n" or nxt.spaced:
        return None
    amt = sc.amount(i + 1)
    if amt is None or amt.end != i + 2:
        return None
    return Found("percent", amt.value, i, amt.end, "%")


def _share(sc: Scanner, i: int) -> Found | None:
    """'a third of', 'le tiers des', 'четверть', 'ثلث': a share, as a percent."""
    lex = sc.lex
    m = sc.match(i, lex.shares, strip_prefix=bool(lex.prefixes))
    if m is None:
        return None
    value, j, prefix = m
    if prefix and prefix not in ("و", "ب", "ل"):
        return None
    if prefix and i > 0 and (sc.toks[i - 1].kind == "n" or sc.currency_at(i - 1) or sc.numword(i - 1, True)):
        return None  # "مليار دولار ونصف": a half of the amount before, not a share
    if lex.share_followers is not None:
        if j >= sc.n or sc.toks[j].key not in lex.share_followers:
            return None
    # "first half", "первая половина": a period, not a share
    for k in (i - 1, j):
        if 0 <= k < sc.n and sc.toks[k].kind == "w":
            w = sc.numword(k, True)
            if w is not None and w[0][2]:
                return None
    if j < sc.n and (sc.toks[j].kind == "n" or sc.numword(j, True) is not None):
        return None  # "نصف مليون", "half a million": a number, not a share
    return Found("percent", Decimal(str(value)), i, j, "%", bare=False, trim=len(prefix))


def _superlative(sc: Scanner, i: int, out: list[Found]) -> Found | None:
    """'largest', 'leading', 'крупнейший', 'أكبر' alone: rank 1; beside an ordinal it adds nothing."""
    m = sc.match(i, sc.lex.superlatives)
    if m is None:
        return None
    j = m[1]
    if out and out[-1].type == "ordinal" and i - out[-1].end <= 2:
        return None
    if j < sc.n:
        nxt = sc.toks[j]
        if nxt.kind == "n" or sc.numword(j, True) is not None:
            return None
    if i > 0 and sc.toks[i - 1].kind == "n":
        return None
    return Found("ordinal", Decimal(1), i, j, bare=False)


def _hedge(sc: Scanner, f: Found) -> None:
    """Hedge or bound from the words just before: 'about', 'more than', 'не менее', 'أكثر من'."""
    toks = sc.toks
    keys: list[str] = []
    k = f.start - 1
    while k >= 0 and len(keys) < 4:
        if toks[k].text in ("'", "’", "-"):
            k -= 1
            continue
        keys.insert(0, toks[k].key)
        k -= 1
    table = sc.lex.hedges
    for length in range(min(len(keys), table.maxlen), 0, -1):
        cand = tuple(keys[-length:])
        val = table.table.get(cand)
        if val is None and sc.lex.prefixes:
            for p in sc.lex.prefixes:
                if cand[0].startswith(p) and len(cand[0]) - len(p) >= 2:
                    val = table.table.get((cand[0][len(p):],) + cand[1:])
                    if val is not None:
                        break
        if val is not None:
            if val == "approx":
                f.approx = True
            else:
                f.qualifier = str(val)
            return


# Scaled units in their base unit: "900,000 tonnes to 1 Mt" compares in one unit.
_BASE_UNITS = {scaled: (base, scale) for (scale, base), scaled in SCALED_UNITS.items()}
# A lower bound read without the upper bound's scale word must be within this factor of it:
# "900,000 and 1 million" is a range; "from 800 to 1.2 billion" is two figures, not 800..1.2e9.
_UNSCALED_SPAN = 100


def _in_unit(value: Decimal, unit: str | None, target: str | None) -> Decimal | None:
    """``value`` in ``unit`` expressed in ``target`` (t, kt, Mt...), or None when they differ in kind."""
    if unit == target:
        return value
    base, scale = _BASE_UNITS.get(unit or "", (unit, 1))
    tbase, tscale = _BASE_UNITS.get(target or "", (target, 1))
    if base is None or base != tbase:
        return None
    return value * scale / tscale


def _lower_bound(a: Found, b: Found) -> Decimal | None:
    """The lower bound of a range a..b in b's terms, or None when a and b make no range.

    A lower bound with no scale word of its own shares the upper bound's scale and unit ("3 to
    5 billion" is 3e9..5e9, "3-5 тыс. тонн" 3..5 kt), unless that makes it exceed the upper
    bound: then it was written out in full ("between 900,000 and 1 million tonnes" is
    0.9..1 Mt), which is read only within a factor of _UNSCALED_SPAN of the upper bound."""
    scaled_unit = b.type == "quantity" and b.unit in _SCALED_UNIT_NAMES
    if a.type != "number" and a.unit != b.unit:
        if a.type != "quantity":
            return None  # "$3 to €5": two currencies are no range
        low = _in_unit(a.value, a.unit, b.unit)  # "900,000 tonnes to 1 Mt"
        return low if low is not None and low <= b.value else None
    # the lower bound written out in full, in b's unit ("900,000" tonnes is 0.9 Mt)
    full = _in_unit(a.value, _BASE_UNITS[b.unit][0], b.unit) if scaled_unit and a.type == "number" else a.value
    if not a.bare:
        return full if full is not None and full <= b.value else None
    shared = a.value if scaled_unit or b.bare or b.scale == 1 else a.value * b.scale
    if shared <= b.value:
        return shared
    if full is not None and full <= b.value and full * _UNSCALED_SPAN >= b.value:
        return full
    return None


_AND = frozenset({"and", "et", "и", "و"})


def _ranges(sc: Scanner, found: list[Found]) -> list[Found]:
    """'22.75-22.8 kt', 'from 3 to 5 billion', 'от 3 до 5 млрд', 'من 3 إلى 5 مليارات'."""
    if len(found) < 2:
        return found
    lex, toks = sc.lex, sc.toks
    out: list[Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and a.type in ("number", b.type) and b.type != "ordinal" and a.type != "ordinal":
            between = [t.key for t in toks[a.end : b.start]]
            if not between and b.trim:  # "900 ألف ومليون طن": the joiner glued to the upper bound
                between = [lex.fold(toks[b.start].text[: b.trim])]
            joined = len(between) == 1 and (between[0] in lex.range_joiners)
            opener = a.start > 0 and toks[a.start - 1].key in lex.range_openers
            # "rose from $0.8 to $1.2 billion": the old and the new figure, no range
            # ("increased by between 10 and 12 %" stays a range: "between ... and" never states a change)
            change = (opener and not (between and between[0] in _AND)
                      and any(t.key in lex.change_words for t in toks[max(0, a.start - 3) : a.start - 1]))
            dash = joined and between[0] in HYPHENS
            ok = joined and (opener or dash or between[0] not in ("and", "et", "و"))
            if between and between[0] in ("and", "et", "و", "и") and not opener:
                ok = False
            if change:
                ok = False
                if b.qualifier == "up_to" and len(between) == 1 and between[0] in lex.range_joiners:
                    b.qualifier = a.qualifier if a.qualifier != "up_to" else None  # "вырос с X до Y": reached Y
            if ok and a.type == "number" and b.type == "number" and b.bare and (dash and "." not in toks[a.start].text):
                ok = False  # "2022-2023", "1-2": left as numbers
            low = _lower_bound(a, b) if ok else None
            if low is not None:
                merged = Found(b.type, low, a.start - (1 if opener else 0), b.end, b.unit, b.assumed,
                               b.scale, b.value, a.approx or b.approx, a.qualifier, b.bare)
                if b.qualifier == "up_to" and opener:
                    merged.qualifier = a.qualifier
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    return out
