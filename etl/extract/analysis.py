"""One sentence, read into pieces: tokens, countries, triggers, periods, values and ranks.

The fact rules (etl/extract/rules.py) never look at characters: they look at these pieces,
which all carry token positions in the sentence and character spans in the article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from etl.extract.countries import CountryHit, find_countries
from etl.extract.lexicon import Match, Token, fold, list_matcher, tokenize, trigger_matcher, words
from etl.extract.mentions import Mention
from etl.extract.periods import PeriodHit, find_periods

_ORDINAL_DIGITS = re.compile(r"^(\d{1,2})(st|nd|rd|th|e|er|eme|ieme)?$")
_AFTER_WORDS = {"after", "behind", "apres", "derriere", "после", "вслед", "بعد", "خلف"}
_ECONOMY_WORDS = {"economy", "economie", "экономику", "экономики", "экономике", "اقتصاد", "الاقتصاد"}
_RU_ORDINAL_ENDINGS = {"е", "й", "я", "го", "м", "ое", "ом", "ая", "ей"}


@dataclass
class Country:
    hit: CountryHit
    marker: str | None  # to | from | with | in | of | poss | None

    @property
    def code(self) -> str:
        return self.hit.code

    @property
    def adj(self) -> bool:
        return self.hit.form == "adj"


@dataclass
class Value:
    """A number mention of the sentence, or a rank stated in words."""

    type: str  # money | percent | quantity | rank | number
    value: float
    unit: str | None
    start: int  # offsets in the sentence
    end: int
    first: int  # token range
    last: int
    mention: Mention | None = None
    paren: tuple[int, int] | None = None  # the parentheses that enclose it, if any


@dataclass
class Sentence:
    """A sentence of the article with everything the rules need, all positions sentence-local."""

    text: str
    offset: int  # where the sentence starts in the article
    lang: str
    tokens: list[Token]
    countries: list[Country]
    triggers: list[Match]
    periods: list[PeriodHit]
    values: list[Value]
    parens: list[tuple[int, int]]
    cues: dict[str, list[Match]] = field(default_factory=dict)

    def token_at(self, char: int) -> int:
        """Index of the first token that starts at or after ``char``."""
        for i, tok in enumerate(self.tokens):
            if tok.start >= char:
                return i
        return len(self.tokens)

    def cue_in(self, name: str, lo: int, hi: int) -> list[Match]:
        """Matches of one word list inside the character range [lo, hi)."""
        return [m for m in self.cues.get(name, []) if m.start >= lo and m.end <= hi]

    def enclosing_paren(self, start: int, end: int) -> tuple[int, int] | None:
        inner = [p for p in self.parens if p[0] < start and end <= p[1]]
        return min(inner, key=lambda p: p[1] - p[0]) if inner else None


_CUE_LISTS = ("TARGET_WORDS", "FORECAST_WORDS", "GROWTH_WORDS", "CHANGE_WORDS", "COMMODITIES",
              "COMMODITY_BLOCKERS", "RANK_SCOPE_WORDS", "AMONG_WORDS", "RANK_PLACE_WORDS", "ONE_OF_WORDS",
              "SELF_WORDS", "RESPECTIVELY", "LOSS_WORDS", "REGION_WORDS", "SINCE_WORDS", "EQUIVALENT_WORDS",
              "EXCEED_WORDS", "REACH_WORDS", "EACH_WORDS", "PRONOUN_WORDS", "WORLD_WORDS", "APPROX_WORDS",
              "PER_WORDS", "OPENING_WORDS")


def _parens(text: str) -> list[tuple[int, int]]:
    out, stack = [], []
    for i, ch in enumerate(text):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            out.append((stack.pop(), i))
    return out


def _marker(sent_text: str, tokens: list[Token], hit: CountryHit, lang: str, prev: Country | None) -> str | None:
    if hit.form == "adj":
        # an adjective qualifies its noun; only in Arabic, where it follows a noun that takes the
        # preposition ("إلى السوق الروسية", "للسوق الصينية"), does it carry the noun's direction
        if lang == "ar" and hit.first >= 1:
            noun = tokens[hit.first - 1]
            if noun.norm.startswith(("لل", "ول", "ل")) and len(noun.norm) > 4:
                return "to"
            if hit.first >= 2 and tokens[hit.first - 2].norm in {fold(w) for w in ("الى", "إلى", "نحو")}:
                return "to"
        return None
    tail = sent_text[hit.end:hit.end + 2]
    if tail in ("'s", "’s") or (tail[:1] in "'’" and sent_text[hit.end - 1:hit.end] == "s"):
        return "poss"
    if lang == "ar":
        raw = tokens[hit.first].norm
        stem = raw
        for p in ("و", "ف"):
            if stem.startswith(p) and len(stem) > 4:
                stem = stem[1:]
        if stem.startswith("ل") and not fold(sent_text[hit.start:hit.end]).lstrip("وف").startswith("ل" * 2 + "ل"):
            name_form = stem[1:]
            if len(name_form) >= 3:
                return "to"
    if hit.first == 0:
        return None
    k = hit.first - 1
    if k >= 0 and tokens[k].norm in _AFTER_WORDS or k >= 1 and tokens[k].norm in ("la", "le", "les", "l", "the") \
            and tokens[k - 1].norm in _AFTER_WORDS:
        return "after"  # "after Russia", "после Китая", "بعد الصين": a comparison, not a party
    regions = {fold(w) for w in words(lang, "REGION_WORDS", [])}
    if k > 0 and (tokens[k].norm in regions or any(tokens[k].norm.startswith(r.rstrip("*")) for r in regions if r.endswith("*"))):
        k -= 1  # "из стран ЕС", "from EU countries" reads as "from EU"
    if k > 0 and tokens[k].norm in ("la", "le", "les", "l", "the"):
        k -= 1  # "de la Chine", "of the EU"
    if k > 0 and tokens[k].norm in _ECONOMY_WORDS:
        k -= 1  # "в экономику Казахстана", "into the economy of" reads as "in Kazakhstan"
        if k > 0 and tokens[k].norm in ("of", "de", "l", "the"):
            k -= 1
    prev_tok = tokens[k].norm
    prev2 = tokens[k - 1].norm + " " + prev_tok if k >= 1 else prev_tok
    if lang == "ar" and prev2 in ("كل من", "كلا من", "وكل من"):
        return None  # "كل من كازاخستان وأوزبكستان": "each of", not "from"
    for name, marker in (("TO_WORDS", "to"), ("BETWEEN_WORDS", "with"), ("IN_WORDS", "in"),
                         ("FROM_WORDS", "from"), ("OF_WORDS", "of")):
        lst = {fold(w) for w in words(lang, name, [])}
        if prev_tok in lst or prev2 in lst:
            return marker
    if prev is not None and prev.marker == "with" and prev_tok in ("and", "et", "и", "و"):
        return "with"
    if prev is not None and prev.marker == "after" and prev_tok in ("and", "et", "и", "و", "ou", "or", "или") \
            and hit.first - prev.hit.last <= 3:
        return "after"  # "derrière les Pays-Bas et les États-Unis": both are the comparison
    if lang == "ar" and prev is not None and prev.marker == "after" and tokens[hit.first].norm.startswith("و") \
            and hit.first - prev.hit.last <= 1:
        return "after"
    if lang == "ar" and prev is not None and prev.marker == "with" and tokens[hit.first].norm.startswith("و"):
        return "with"
    return None


def find_ranks(tokens: list[Token], lang: str, blocked: set[int]) -> list[tuple[int, int, int]]:
    """Ranks stated as ordinals or rank words: (token first, token last, rank)."""
    out: list[tuple[int, int, int]] = []
    for m in list_matcher(lang, "RANK_WORDS").find(tokens):
        if out and out[-1][1] == m.first and out[-1][2] != 1 and int(m.value) == 1:
            continue  # "fifth largest", "خامس أكبر": the ordinal carries the rank
        if out and out[-1][1] == m.first and out[-1][2] == 1 and int(m.value) != 1:
            out.pop()
        out.append((m.first, m.last, int(m.value)))
    taken = {i for a, b, _ in out for i in range(a, b)}
    for i, tok in enumerate(tokens):
        if i in taken or i in blocked:
            continue
        m = _ORDINAL_DIGITS.match(tok.norm)
        if m and m.group(2):
            out.append((i, i + 1, int(m.group(1))))
        elif (tok.norm.isdigit() and len(tok.norm) <= 2 and i + 1 < len(tokens)
              and tokens[i + 1].start == tok.end + 1 and tokens[i + 1].norm in _RU_ORDINAL_ENDINGS):
            out.append((i, i + 2, int(tok.norm)))
    out.sort()
    return out


def analyse(text: str, offset: int, lang: str, mentions: list[Mention]) -> Sentence:
    """Read one sentence (``text`` starting at article offset ``offset``) into pieces."""
    tokens = tokenize(text)
    money_spans = [(m.start - offset, m.end - offset) for m in mentions if m.type == "money"]
    raw = [h for h in find_countries(tokens, lang, text)
           if not any(a <= h.start and h.end <= b for a, b in money_spans)]  # "долларов США", "livres turques"
    countries: list[Country] = []
    for hit in raw:
        countries.append(Country(hit, _marker(text, tokens, hit, lang, countries[-1] if countries else None)))
    parens = _parens(text)
    values: list[Value] = []
    blocked: set[int] = set()
    ends = [t.end for t in tokens]
    starts = [t.start for t in tokens]
    for m in mentions:
        s, e = m.start - offset, m.end - offset
        first = bisect.bisect_right(ends, s)
        last = bisect.bisect_left(starts, e)
        if m.type in ("money", "percent", "quantity"):
            blocked.update(range(first, last))
            v = Value(m.type, m.value, m.unit, s, e, first, last, m)
            v.paren = None
            values.append(v)
    periods = [p for p in find_periods(tokens, lang, blocked)]
    for a, b, n in find_ranks(tokens, lang, blocked):
        if any(i in blocked for i in range(a, b)):
            continue
        values.append(Value("rank", float(n), "rank", tokens[a].start, tokens[b - 1].end, a, b))
    values.sort(key=lambda v: v.start)
    # measure words and cues matter only where there is a figure to read: skip them elsewhere
    triggers = trigger_matcher(lang).find(tokens) if values else []
    sent = Sentence(text, offset, lang, tokens, countries, triggers, periods, values, parens)
    for v in values:
        v.paren = sent.enclosing_paren(v.start, v.end)
    if values:
        for name in _CUE_LISTS:
            sent.cues[name] = list_matcher(lang, name).find(tokens)
    return sent
