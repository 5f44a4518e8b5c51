"""Per-language lexicons built once from the word lists in ``etl.extract.lang.<l>.numbers``.

Every list becomes a phrase table: a key is a tuple of folded tokens (the same tokenizer and
fold as the text), matched longest-first. Currency names and symbols come from Babel's CLDR data
for the language and for English (every count form, so Russian "долларов", French "euros"),
overlaid by the language's own list of the forms news uses (тенге, сом, دولار...).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import lru_cache

from etl.extract.numbers.tokens import tokenize

SKIP = frozenset({"-", "'", "’", "·", "‐", "—", "–", ".", "ـ"})
LANGS = ("ar", "en", "fr", "ru")
# Symbols news uses that CLDR gives under other locales, or gives ambiguously.
EXTRA_SYMBOLS = {
    "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "元": "CNY", "CN¥": "CNY",
    "₸": "KZT", "₽": "RUB", "₾": "GEL", "₹": "INR", "₺": "TRY", "₩": "KRW", "₴": "UAH", "₪": "ILS",
    "₼": "AZN", "฿": "THB", "₫": "VND", "₦": "NGN", "₱": "PHP", "﷼": "SAR", "руб": "RUB",
    "S$": "SGD", "zł": "PLN", "Kč": "CZK", "TL": "TRY", "Ft": "HUF", "Rs": "INR", "RM": "MYR",
    "Mex$": "MXN", "₡": "CRC", "₭": "LAK", "₮": "MNT", "৳": "BDT", "₲": "PYG", "₵": "GHS", "ரூ": "LKR", "රු": "LKR",
}
# Lower-case abbreviations that may stand before the amount ("rmb 10", "usd 20") besides ISO codes;
# other short lower-case names ("som", "won", "sum") are words and only follow an amount.
PREFIX_ABBREVIATIONS = frozenset({"rmb", "rs", "rm", "us"})
# Giga glued to digits ("10G", ".0012G", "1,2Г"); a single digit before it is a mobile generation
# ("5G") and four digits a year ("2023Г"), so only other counts of digits take it.
GIGA = {"G": 10**9, "Г": 10**9}
DOLLAR_WORDS = frozenset({"dollar", "dollars"})
# ISO codes are read in lower case too ("15 hkd", "usd 100"), except those that are common words.
LOWER_CODE_STOP = frozenset({"all", "top", "try", "cup", "mop", "bob", "sos", "mad", "gel", "bam", "pen",
                             "ron", "nad", "lak", "mur", "kes", "bif", "gip", "cop", "fok", "sek"})
ASSUMED_CODES_FOR_SYMBOLS = {"$", "£", "¥"}


class PhraseTable:
    """Phrases (tuples of keys) to values, with the prefixes needed to stop early."""

    def __init__(self) -> None:
        self.table: dict[tuple[str, ...], object] = {}
        self.prefixes: set[tuple[str, ...]] = set()
        self.maxlen = 0

    def add(self, key: tuple[str, ...], value: object, override: bool = True) -> None:
        if not key:
            return
        if not override and key in self.table:
            return
        self.table[key] = value
        self.maxlen = max(self.maxlen, len(key))
        for i in range(1, len(key)):
            self.prefixes.add(key[:i])

    def __contains__(self, key: tuple[str, ...]) -> bool:
        return key in self.table


@dataclass
class Lexicon:
    lang: str
    fold_table: dict[int, str]
    prefixes: tuple[str, ...]
    decimal_comma: bool
    dot_thousands: bool
    units_before_tens: bool
    vigesimal: bool
    numwords: PhraseTable = field(default_factory=PhraseTable)  # -> (kind, value, ordinal)
    scales_glued: dict[str, int] = field(default_factory=dict)
    scales_spaced_cased: dict[str, int] = field(default_factory=dict)
    ordinal_suffixes: frozenset = frozenset()
    superlatives: PhraseTable = field(default_factory=PhraseTable)
    fraction_tails: PhraseTable = field(default_factory=PhraseTable)
    fraction_leads: PhraseTable = field(default_factory=PhraseTable)
    point_words: frozenset = frozenset()
    negative_words: frozenset = frozenset()
    positive_words: frozenset = frozenset()
    connectors: frozenset = frozenset()
    percent: PhraseTable = field(default_factory=PhraseTable)
    percent_prefixes: PhraseTable = field(default_factory=PhraseTable)
    articles_one: frozenset = frozenset()
    fraction_zero_words: frozenset = frozenset()
    group3_thousands: bool = False
    code_like: frozenset = frozenset()
    counted_only: frozenset = frozenset()  # number words that need a count before them
    plural_words: frozenset = frozenset()  # plural scale words: "the thousands" is no rank
    shares: PhraseTable = field(default_factory=PhraseTable)
    share_followers: frozenset | None = None
    currencies: PhraseTable = field(default_factory=PhraseTable)  # folded -> (code, assumed, scale)
    currencies_raw: PhraseTable = field(default_factory=PhraseTable)  # case-kept codes and symbols
    cents: PhraseTable = field(default_factory=PhraseTable)
    money_connectors: frozenset = frozenset()
    units: PhraseTable = field(default_factory=PhraseTable)
    unit_connectors: frozenset = frozenset()
    hedges: PhraseTable = field(default_factory=PhraseTable)
    range_openers: frozenset = frozenset()
    range_joiners: frozenset = frozenset()
    change_words: frozenset = frozenset()  # "rose from X to Y" is a change, not a range
    abbreviations: frozenset = frozenset()
    definite: str = ""
    percent_before: bool = False
    weak_words: frozenset = frozenset()
    denominators: dict = field(default_factory=dict)
    vocalized_shares: dict = field(default_factory=dict)
    vocalized_shares_re: object = None
    first_keys: frozenset = frozenset()  # a token that can open an expression (fast skip of the rest)
    first_raw: frozenset = frozenset()
    follow_only: frozenset = frozenset()  # currency names that follow an amount, never lead one
    word_currencies: frozenset = frozenset()  # currency names that are common words too ("won")
    whole_words: frozenset = frozenset()  # words never read as prefix + word ("بين" is not ب + ين)
    distinct_marks: frozenset = frozenset()  # marks that make another word ("livré" is not "livre")
    spellings: dict | None = None  # folded word -> its lower-case spellings in the word lists
    _spelled: dict = field(default_factory=dict, repr=False)
    _fold_cache: dict = field(default_factory=dict, repr=False)

    def fold(self, word: str) -> str:
        """Lookup key of a word: lower case, letter variants folded (memoized, bounded).

        A mark of ``distinct_marks`` that no spelling of the folded word in the lists carries
        makes the word another one ("livré", delivered, is not "livre", pound): it keeps its
        marks, so it matches nothing. A mark left out is only sloppy typing ("etats" is "états").
        """
        key = self._fold_cache.get(word)
        if key is None:
            low = word.lower()
            key = low.translate(self.fold_table)
            if self.spellings is None:  # while the word lists are read: note how each word is spelled
                self._spelled.setdefault(key, set()).add(low)
            elif key != low and not self._marks_agree(low, key):
                key = low
            if len(self._fold_cache) > 100_000:
                self._fold_cache.clear()
            self._fold_cache[word] = key
        return key

    def _marks_agree(self, low: str, key: str) -> bool:
        marks = self.distinct_marks
        if not marks or not any(ch in marks for ch in low):
            return True
        for spelled in self.spellings.get(key, ()):
            if len(spelled) == len(low) and all(a == b or a not in marks for a, b in zip(low, spelled, strict=True)):
                return True
        return False

    def phrase_key(self, phrase: str, raw: bool = False) -> tuple[str, ...]:
        toks = tokenize(phrase, (lambda w: w) if raw else self.fold)
        return tuple(t.key if not raw else t.text for t in toks if t.text not in SKIP)


def _table(lex: Lexicon, words, value_of, raw: bool = False, override: bool = True) -> PhraseTable:
    t = PhraseTable()
    for w in words:
        t.add(lex.phrase_key(w, raw), value_of(w), override)
    return t


@lru_cache(maxsize=8)
def lexicon(lang: str) -> Lexicon:
    """The lexicon of ``lang`` (one of ar, en, fr, ru; anything else reads as English)."""
    if lang not in LANGS:
        lang = "en"
    d = importlib.import_module(f"etl.extract.lang.{lang}.numbers")
    fold_table = str.maketrans(getattr(d, "FOLD", {}) or {})
    lex = Lexicon(
        lang=lang,
        fold_table=fold_table,
        prefixes=tuple(getattr(d, "PREFIXES", ()) or ()),
        decimal_comma=d.DECIMAL_COMMA,
        dot_thousands=d.DOT_THOUSANDS,
        units_before_tens=d.UNITS_BEFORE_TENS,
        vigesimal=d.VIGESIMAL,
        definite=getattr(d, "DEFINITE", ""),
        percent_before=getattr(d, "PERCENT_BEFORE", False),
    )
    lex.prefixes = tuple(lex.fold(p) for p in lex.prefixes)
    lex.weak_words = frozenset(lex.fold(w) for w in getattr(d, "WEAK_WORDS", ()))
    lex.denominators = {lex.fold(w): v for w, v in getattr(d, "DECIMAL_DENOMINATORS", {}).items()}
    lex.vocalized_shares = dict(getattr(d, "VOCALIZED_SHARES", {}))
    if lex.vocalized_shares:
        import re

        words = "|".join(sorted(map(re.escape, lex.vocalized_shares), key=len, reverse=True))
        lex.vocalized_shares_re = re.compile(rf"(?:^|(?<=[\s(]))[وب]?({words})(?=[\s.,،)]|$)")
    nw = lex.numwords
    for table, kind, ordinal in (
        (d.CARDINALS, "unit", False),
        (d.MULTIPLIERS, "mult", False),
        (d.SCALES, "scale", False),
        (d.ORDINALS, "unit", True),
        (d.ORDINAL_MULTIPLIERS, "mult", True),
        (d.ORDINAL_SCALES, "scale", True),
    ):
        for word, value in table.items():
            nw.add(lex.phrase_key(word), (kind, value, ordinal), override=False)
    for word, (count, scale) in d.DUAL_SCALES.items():
        nw.add(lex.phrase_key(word), ("dual", (count, scale), False), override=False)
    # glued tens and units ("fortysecond", "twentyone"): forms some writers use
    tens = {w: v for w, v in d.CARDINALS.items() if isinstance(v, int) and 20 <= v < 100 and v % 10 == 0 and " " not in w}
    for tw, tv in tens.items():
        for table, ordinal in ((d.CARDINALS, False), (d.ORDINALS, True)):
            for uw, uv in table.items():
                if isinstance(uv, int) and 1 <= uv <= 9 and " " not in uw:
                    nw.add((lex.fold(tw + uw),), ("unit", tv + uv, ordinal), override=False)
    lex.scales_glued = {k.lower(): v for k, v in d.SCALES_GLUED.items()}
    lex.scales_spaced_cased = dict(d.SCALES_SPACED_CASED)
    lex.ordinal_suffixes = frozenset(lex.fold(s) for s in d.ORDINAL_SUFFIXES)
    lex.superlatives = _table(lex, d.SUPERLATIVES, lambda w: 1)
    lex.fraction_tails = _table(lex, d.FRACTION_TAILS, d.FRACTION_TAILS.get)
    lex.fraction_leads = _table(lex, d.FRACTION_LEADS, d.FRACTION_LEADS.get)
    lex.point_words = frozenset(lex.fold(w) for w in d.POINT_WORDS)
    lex.negative_words = frozenset(lex.fold(w) for w in d.NEGATIVE_WORDS)
    lex.positive_words = frozenset(lex.fold(w) for w in d.POSITIVE_WORDS)
    lex.connectors = frozenset(lex.fold(w) for w in d.CONNECTORS)
    lex.percent = _table(lex, d.PERCENT, lambda w: "%")
    lex.percent_prefixes = _table(lex, getattr(d, "PERCENT_PREFIXES", ()), lambda w: "%")
    lex.articles_one = frozenset(lex.fold(w) for w in getattr(d, "ARTICLES_ONE", ()))
    lex.fraction_zero_words = frozenset(lex.fold(w) for w in getattr(d, "FRACTION_ZERO_WORDS", ()))
    lex.group3_thousands = getattr(d, "GROUP3_THOUSANDS", False)
    lex.counted_only = frozenset(lex.fold(w) for w in getattr(d, "COUNTED_ONLY", ()))
    lex.plural_words = frozenset(lex.fold(w) for w in getattr(d, "PLURAL_WORDS", ()))
    lex.shares = _table(lex, d.FRACTION_SHARES, d.FRACTION_SHARES.get)
    lex.share_followers = None if d.SHARE_FOLLOWERS is None else frozenset(lex.fold(w) for w in d.SHARE_FOLLOWERS)
    lex.cents = _table(lex, d.CENTS, lambda w: 1)
    lex.money_connectors = frozenset(lex.fold(w) for w in d.MONEY_CONNECTORS)
    lex.units = _table(lex, d.UNITS, d.UNITS.get)
    # case-kept unit symbols ("Mt" is not "mt" in every language, "tU")
    lex.unit_connectors = frozenset(lex.fold(w) for w in d.UNIT_CONNECTORS)
    lex.hedges = _table(lex, d.HEDGES, d.HEDGES.get)
    lex.range_openers = frozenset(lex.fold(w) for w in d.RANGE_OPENERS)
    lex.range_joiners = frozenset(lex.fold(w) for w in d.RANGE_JOINERS)
    lex.change_words = frozenset(lex.fold(w) for w in getattr(d, "CHANGE_WORDS", ()))
    lex.abbreviations = frozenset(lex.fold(w) for w in d.ABBREVIATIONS)
    _currencies(lex, d)
    firsts: set[str] = set(lex.negative_words | lex.positive_words | lex.point_words)
    firsts |= lex.articles_one
    for t in (lex.numwords, lex.superlatives, lex.fraction_leads, lex.shares, lex.currencies, lex.percent_prefixes):
        firsts.update(k[0] for k in t.table)
    lex.first_keys = frozenset(firsts)
    lex.first_raw = frozenset({k[0] for k in lex.currencies_raw.table} | {"%", "-"})
    lex.word_currencies = frozenset(lex.fold(w) for w in getattr(d, "WORD_CURRENCIES", ()))
    lex.whole_words = frozenset(lex.fold(w) for w in getattr(d, "WHOLE_WORDS", ())) | lex.range_openers
    lex.distinct_marks = frozenset(getattr(d, "DISTINCT_MARKS", ""))
    lex.spellings = {k: frozenset(v) for k, v in lex._spelled.items()}  # from now on, fold is strict
    lex._spelled = {}
    lex._fold_cache.clear()
    return lex


def opens_expression(lex: Lexicon, tok) -> bool:
    """Whether a word or symbol can start a number expression; most words cannot."""
    if tok.kind == "n" or tok.key in lex.first_keys or tok.text in lex.first_raw:
        return True
    if lex.prefixes and tok.kind == "w":
        k = tok.key
        for p in lex.prefixes:
            if k.startswith(p) and k[len(p):] in lex.first_keys:
                return True
    return False


def _suffixed(name: str, suffix: str) -> str:
    """Every word of a name with the language's inflection suffix: plural -s, Arabic accusative -ا."""
    return " ".join(w if w.endswith(tuple("sxzاةى")) or not w.isalpha() else w + suffix for w in name.split())


@lru_cache(maxsize=1)
def _active_codes() -> frozenset:
    """ISO 4217 codes in legal tender somewhere today, from CLDR's territory data."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    codes: set[str] = set()
    for territory in Locale("en").territories:
        try:
            codes.update(get_territory_currencies(territory))
        except Exception:  # territories without currency data
            continue
    return frozenset(c for c in codes if len(c) == 3 and c.isalpha() and c.isupper())


def _currencies(lex: Lexicon, d) -> None:
    from babel.numbers import get_currency_name, get_currency_symbol, list_currencies

    codes = _active_codes()
    assumed_words = {lex.phrase_key(w) for w in d.ASSUMED}
    folded: dict[tuple[str, ...], set[str]] = {}
    for locale in dict.fromkeys((lex.lang, "en")):
        for code in sorted(set(list_currencies()) | codes):
            names = set()
            for count in (1, 2, 5, 21):
                try:
                    names.add(get_currency_name(code, count=count, locale=locale))
                except Exception:
                    continue
            suffix = getattr(d, "NAME_SUFFIX", "") if locale == lex.lang else "s"
            for name in names:
                if "(" in name or any(ch.isdigit() for ch in name):
                    continue
                folded.setdefault(lex.phrase_key(name), set()).add(code)
                if suffix:  # CLDR's "dinar koweïtiens": news writes every word in the plural
                    folded.setdefault(lex.phrase_key(_suffixed(name, suffix)), set()).add(code)
                    head, _, last = name.rpartition(" ")  # "Turkish liras": only the noun
                    if head:
                        folded.setdefault(lex.phrase_key(f"{head} {_suffixed(last, suffix)}"), set()).add(code)
    for key in list(folded):  # "$ australiens", "$ canadiens": the sign stands for the word
        if any(k in DOLLAR_WORDS for k in key):
            folded.setdefault(tuple("$" if k in DOLLAR_WORDS else k for k in key), set()).update(folded[key])
    for key in list(folded):  # "egyptianpound", "saudiriyal": two-word names written as one
        if len(key) > 1 and all(k.isalpha() for k in key):
            folded.setdefault(("".join(key),), set()).update(folded[key])
    for key, found in folded.items():
        active = found & codes
        if len(found) == 1 or len(active) == 1:  # a former currency yields to today's
            lex.currencies.add(key, (next(iter(active or found)), False, 1))
    suffix = getattr(d, "NAME_SUFFIX", "")
    lex.code_like = frozenset({c.lower() for c in codes} - LOWER_CODE_STOP) | PREFIX_ABBREVIATIONS
    for code in codes:
        low = code.lower()
        if low not in LOWER_CODE_STOP:
            lex.currencies.add((low,), (code, False, 1), override=False)
    for word, code in d.CURRENCIES.items():
        key = lex.phrase_key(word)
        value = (code, key in assumed_words, getattr(d, "CURRENCY_SCALES", {}).get(word, 1))
        lex.currencies.add(key, value)
        if suffix and len(word) > 2:
            lex.currencies.add(lex.phrase_key(_suffixed(word, suffix)), value, override=False)
    for word in getattr(d, "NOT_CURRENCIES", ()):  # a CLDR name that is mostly another word ("livre", a book)
        lex.currencies.table.pop(lex.phrase_key(word), None)
    lex.follow_only = frozenset(lex.fold(w) for w in getattr(d, "FOLLOW_ONLY", ()))
    raw = lex.currencies_raw
    for code in sorted(set(list_currencies()) | codes):
        raw.add((code,), (code, False, 1))
        raw.add((code, "$"), (code, False, 1))
        raw.add((code.lower(), "$"), (code, False, 1))
        raw.add(("$", code), (code, False, 1))
        raw.add(("M" + code,), (code, False, 10**6), override=False)
        if code not in codes:
            continue  # a former currency's sign ("р." of RUR) would shadow today's
        for locale in dict.fromkeys((lex.lang, "en")):
            try:
                sym = get_currency_symbol(code, locale=locale)
            except Exception:
                continue
            if sym and sym != code and not sym.isalpha():
                raw.add(lex.phrase_key(sym, raw=True), (code, False, 1), override=False)
    for sym, code in EXTRA_SYMBOLS.items():
        raw.add(lex.phrase_key(sym, raw=True), (code, sym in ASSUMED_CODES_FOR_SYMBOLS, 1))
    # "MUSD" must not shadow a real code that starts with M (MXN, MYR, MAD...)
    for code in codes:
        raw.add((code,), (code, False, 1))
