"""The fact rules: named, declarative records over recognized pieces, and their role strategies.

A rule reads like Duckling's: a name, the kind it produces, the value types it reads (money,
percent, quantity, rank), the trigger classes that must govern the value (words of the
language files: trade, export, import, investment, deal, production, partner, investor, or
the share nouns of a percent), extra conditions, and a role strategy that finds subject and
counterpart among the sentence's countries. The engine (etl/extract/facts.py) finds, for
each value, the governing trigger; the first rule that accepts the pieces produces the fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from etl.extract.analysis import Country, Sentence, Value
from etl.extract.lexicon import Match
from etl.model import CENTRAL_ASIA


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    values: frozenset[str]
    triggers: frozenset[str]
    roles: str  # pair | flow | invest | share | rank | producer
    needs: tuple[str, ...] = ()  # "commodity"
    direction: str | None = None  # export | import, for flow rules


def _r(name: str, kind: str, values: set[str], triggers: set[str], roles: str, **kw) -> Rule:
    return Rule(name, kind, frozenset(values), frozenset(triggers), roles, **kw)


RULES: tuple[Rule, ...] = (
    _r("deal value: <deal> ... <money>", "deal_value", {"money"}, {"deal"}, "pair"),
    _r("trade volume: <trade> ... <country> and <country> ... <money>", "trade_volume", {"money"},
       {"trade"}, "pair"),
    _r("exports in money: <exporter> <export> <money> to <importer>", "exports", {"money"},
       {"export", "supply"}, "flow", direction="export"),
    _r("imports in money: <importer> <import> <money> from <exporter>", "imports", {"money"},
       {"import"}, "flow", direction="import"),
    _r("exports of a commodity: <export> <quantity> <commodity>", "exports", {"quantity"},
       {"export", "supply"}, "flow", needs=("commodity",), direction="export"),
    _r("imports of a commodity: <import> <quantity> <commodity>", "imports", {"quantity"},
       {"import"}, "flow", needs=("commodity",), direction="import"),
    _r("investment: <investor> <investment> <money> in <host>", "investment", {"money"},
       {"investment"}, "invest"),
    _r("production: <country> <production> <quantity> <commodity>", "production", {"quantity"},
       {"production"}, "producer", needs=("commodity",)),
    _r("supply share: <supplier> <percent> of <consumer>'s <commodity> needs", "supply_share",
       {"percent"}, {"needs"}, "share", needs=("commodity",)),
    _r("import share: <partner> <percent> of <reporter>'s imports", "import_share", {"percent"},
       {"import"}, "share"),
    _r("export share: <partner> <percent> of <reporter>'s exports", "export_share", {"percent"},
       {"export"}, "share"),
    _r("trade share: <partner> <percent> of <reporter>'s trade", "trade_share", {"percent"},
       {"trade"}, "share"),
    _r("investor rank: <country> <rank> investor in <host>", "investor_rank", {"rank"},
       {"investor"}, "rank"),
    _r("partner rank: <country> <rank> partner of <reporter>", "partner_rank", {"rank"},
       {"partner"}, "rank"),
)


@dataclass
class Context:
    """What the article as a whole says: its countries by weight, main period, last year."""

    ranking: list[str]
    pub: tuple[int, int] | None
    weights: dict[str, int] = field(default_factory=dict)
    main_period: str | None = None
    last_year: int | None = None
    last_commodity: str | None = None
    #: The party the previous sentence was about, for "Its share ..." / "Его доля ..." / "حصتها".
    prev_subject: str | None = None

    @property
    def home(self) -> str | None:
        """The article's Central Asian country: the most mentioned one."""
        return next((c for c in self.ranking if c in CENTRAL_ASIA), None)

    def other(self, code: str | None) -> str | None:
        """The article's partner for ``code``: a non-Central-Asian one for a Central Asian code."""
        rest = [c for c in self.ranking if c != code]
        if not rest:
            return None
        top = self.weights.get(rest[0], 1)
        if code in CENTRAL_ASIA:
            foreign = [c for c in rest if c not in CENTRAL_ASIA and self.weights.get(c, 1) * 2 >= top]
            return foreign[0] if foreign else rest[0]
        ca = [c for c in rest if c in CENTRAL_ASIA]
        return ca[0] if ca else rest[0]

    def pair(self) -> tuple[str, str] | None:
        home = self.home
        if home is None:
            return None
        other = self.other(home)
        return (home, other) if other else None


@dataclass
class Window:
    """The stretch of the sentence that belongs to one value: [lo, hi) in sentence characters."""

    lo: int
    hi: int
    trigger: Match | None
    trigger_class: str | None


def countries_in(sent: Sentence, lo: int, hi: int, value: Value) -> list[Country]:
    """Countries in [lo, hi), leaving out those inside parentheses that do not hold the value."""
    out = []
    for c in sent.countries:
        if c.hit.start < lo or c.hit.end > hi:
            continue
        paren = sent.enclosing_paren(c.hit.start, c.hit.end)
        if paren is not None and paren != value.paren:
            continue
        out.append(c)
    return out


def _distinct(cs: list[Country]) -> list[Country]:
    seen, out = set(), []
    for c in cs:
        if c.code not in seen:
            seen.add(c.code)
            out.append(c)
    return out


def _has(sent: Sentence, name: str, lo: int, hi: int) -> bool:
    found = sent.cue_in(name, lo, hi)
    if name == "REGION_WORDS":
        # "EU countries" names a party; "со странами Южной Азии" a region
        named = {c.hit.last for c in sent.countries}
        found = [m for m in found if m.first not in named]
        # "товарооборота страны" is the country's own trade, "стран Центральной Азии" a region
        own = {(m.start, m.end) for m in sent.cue_in("SELF_WORDS", lo, hi)}
        found = [m for m in found if (m.start, m.end) not in own]
    return bool(found)


def _trigger_has(sent: Sentence, cls: str, lo: int, hi: int) -> bool:
    return any(cls in m.value for m in sent.triggers if m.start >= lo and m.end <= hi)


# --------------------------------------------------------------------------- role strategies


def roles_pair(sent: Sentence, v: Value, w: Window, ctx: Context, rule: Rule) -> tuple[str, str] | None:
    """Both parties of a trade volume or a deal (an unordered pair)."""
    bilateral = _trigger_has(sent, "bilateral", 0, len(sent.text))
    near = _distinct(countries_in(sent, w.lo, w.hi, v))
    if not near and _trigger_has(sent, "bilateral", w.lo, v.start) and ctx.pair():
        return ctx.pair()
    if not near and rule.kind == "deal_value":
        near = _distinct(countries_in(sent, 0, len(sent.text), v))
    foreign = _total_trade(sent, w)
    if len(near) < 2:
        whole = _distinct(countries_in(sent, 0, len(sent.text), v))
        if foreign:
            # "Le commerce extérieur de l'Ouzbékistan a atteint 62,6 milliards, dont 13 milliards avec
            # la Chine": a total; only a partner named before the figure makes it bilateral
            whole = [c for c in whole if c.marker != "with" or c.hit.start < v.start]
        if len(whole) >= 2 and (len(near) == 0 or rule.kind == "deal_value"
                                or any(c.marker == "with" for c in whole)):
            near = whole
    elif foreign and not any(c.marker == "with" and (c.hit.start < v.start or not re.search(
            r"[,،;]", sent.text[v.end:c.hit.start])) for c in near):
        return None  # "foreign trade totaled $139.8 billion, with China accounting for 22 %"
    if len(near) >= 2:
        withs = [c for c in near if c.marker == "with"]
        if len(withs) >= 2:
            return withs[0].code, withs[1].code
        return near[0].code, near[1].code
    total = _trigger_has(sent, "total", w.lo, w.hi) or _has(sent, "REGION_WORDS", w.lo, w.hi)
    if total and not bilateral and rule.kind != "deal_value":
        return None
    self_ref = _has(sent, "SELF_WORDS", w.lo, w.hi)
    if len(near) == 1:
        c = near[0]
        t = w.trigger
        aside = t is not None and c.marker != "poss" and min(abs(c.hit.first - t.last), abs(t.first - c.hit.last)) > 2
        if rule.kind == "deal_value" or bilateral or c.marker == "with" or self_ref or (aside and not total):
            other = ctx.other(c.code)
            return (c.code, other) if other else None
        return None
    if not sent.countries and (bilateral or rule.kind in ("deal_value", "trade_volume")):
        return ctx.pair()
    if bilateral:
        return ctx.pair()
    return None


def _total_trade(sent: Sentence, w: Window) -> bool:
    """"foreign trade", "внешнеторговый оборот", "التجارة الخارجية": a total word next to the trade word."""
    t = w.trigger
    if t is None or w.trigger_class != "trade":
        return False
    if "total" in t.value:
        return True
    return any("total" in m.value and m is not t and (0 <= t.first - m.last <= 1 or 0 <= m.first - t.last <= 1)
               for m in sent.triggers)


def _side(c: Country, w: Window, lang: str, direction: str, sent: Sentence | None = None,
          home: str | None = None, origin_named: bool = False) -> str:
    t = w.trigger
    if c.adj and sent is not None and any(
            abs(c.hit.first - m.last) <= 0 or abs(m.first - c.hit.last) <= 0 for m in sent.cues.get("COMMODITIES", [])):
        return "origin"  # "gaz turkmène", "Turkmen gas": where the goods come from
    if (c.adj and direction == "import" and c.code != home and not origin_named and t is not None
            and 0 <= c.hit.first - t.last <= 1):
        return "origin"  # "importations russes" in a Tajik account: imports of Russian goods
    if c.adj and c.marker in ("to", "in") and t is not None and c.hit.start > t.start:
        return "dest"  # "إلى السوق الروسية", "to the Chinese market"
    if c.adj and t is not None and (abs(c.hit.first - t.last) <= 2 or abs(t.first - c.hit.last) <= 2):
        return "reporter"
    if lang == "ar" and t is not None and c.marker is None and not c.adj:
        # Arabic puts the subject after its verb: "استوردت طاجيكستان من روسيا"
        return "subject" if 0 <= c.hit.first - t.last <= 1 else "plain"
    if c.marker == "poss" and (t is None or c.hit.start < t.start):
        return "reporter"
    if c.marker == "from":
        return "origin"
    if c.marker in ("to", "in"):
        if lang == "fr" and direction == "import":
            return "origin"  # acheter au Turkménistan
        return "dest"
    if c.marker == "with":
        return "partner"
    if t is not None and c.hit.start < t.start:
        return "subject"
    return "plain"


def _supplies_with(sent: Sentence, v: Value, w: Window) -> list[Country]:
    """"تزوّد أفغانستان بـ40 %": in Arabic the country right after a supply verb whose figure takes
    بـ ("with") is the one supplied, not the supplier."""
    t = w.trigger
    if sent.lang != "ar" or t is None or "زود" not in sent.tokens[t.first].norm or t.start > v.start:
        return []
    objects = [c for c in sent.countries if 0 <= c.hit.first - t.last <= 1 and not c.adj]
    if not objects or objects[0].hit.end > v.start:
        return []
    # the figure comes with بـ: "بـ40 %", "بنحو 40 %", "بأكثر من نصف"
    if not sent.text[objects[0].hit.end:v.start].strip().startswith("ب"):
        return []
    return objects


def roles_flow(sent: Sentence, v: Value, w: Window, ctx: Context, rule: Rule) -> tuple[str, str] | None:
    """Exporter and importer; returns (subject, counterpart) in the rule's kind."""
    direction = rule.direction or "export"
    supplied = _supplies_with(sent, v, w)
    if supplied and direction == "export":
        dst = supplied[0].code
        before = [c.code for c in sent.countries if c.hit.end <= (w.trigger.start if w.trigger else 0)]
        src = before[-1] if before else ctx.other(dst)
        return (src, dst) if src and src != dst else None
    lo = w.lo
    earlier = [o for o in sent.values if o.end <= v.start and o.type in ("money", "quantity") and o.paren is None]
    if earlier and w.trigger is not None and w.lo <= w.trigger.start < v.start:
        lo = w.trigger.start  # "... to Turkmenistan and bought $66.1 million from it": a new clause
    # "$12 billion to China and $9 billion to Italy": "to China" completes the previous figure
    complements = set()
    for o in earlier:
        after_o = [c for c in sent.countries if c.hit.start >= o.end and c.hit.end <= v.start]
        if after_o and after_o[0].marker in ("to", "from") and after_o[0].hit.first - o.last <= 4 \
                and not re.search(r"[,،;—–-]", sent.text[o.end:after_o[0].hit.start]):
            complements.add(id(after_o[0]))
    near = [c for c in countries_in(sent, lo, w.hi, v) if id(c) not in complements]
    sides: dict[str, str] = {}
    origin_named = any(c.marker == "from" for c in near)
    for c in near:
        s = _side(c, w, sent.lang, direction, sent, ctx.home, origin_named)
        if s == "subject" and sent.lang != "ar":
            sides[s] = c.code  # the nearest country before the verb is its subject
        else:
            sides.setdefault(s, c.code)
    if direction == "export":
        src = sides.get("reporter") or sides.get("origin") or sides.get("subject")
        dst = sides.get("dest") or sides.get("partner") or sides.get("plain")
        partner_side_known = "dest" in sides or "partner" in sides
    else:
        dst = sides.get("reporter") or sides.get("subject") or sides.get("dest")
        src = sides.get("origin") or sides.get("partner") or sides.get("plain")
        partner_side_known = "origin" in sides or "partner" in sides
    if src == dst:
        dst = None if direction == "export" else dst
        src = src if direction == "export" else None
    whole_cs = _distinct(countries_in(sent, 0, len(sent.text), v))
    whole = [c.code for c in whole_cs]
    if src is None and dst is None and len(whole) >= 2:
        first, second = whole[0], whole[1]
        marked = [c.marker in ("to", "from", "with", "in") for c in whole_cs[:2]]
        if marked == [True, False]:
            first, second = second, first  # the unmarked one is the sentence's subject
        elif marked == [False, False] and ctx.home == second:
            first, second = second, first  # no marker: the article's own country reports the flow
        if direction == "export":
            src, dst = first, second
        else:
            dst, src = first, second
    elif src is None or dst is None:
        known = src or dst
        clause = [c.code for c in _distinct([c for c in countries_in(sent, w.lo, w.hi, v) if id(c) not in complements])]
        rest = [c for c in clause if c != known] or [c for c in whole if c != known]
        if rest:
            if src is None:
                src = rest[0]
            else:
                dst = rest[0]
        elif known is not None and (partner_side_known or rule.values == frozenset({"quantity"})
                                    or _has(sent, "SELF_WORDS", w.lo, w.hi)
                                    or _trigger_has(sent, "bilateral", 0, len(sent.text))):
            if _has(sent, "REGION_WORDS", w.lo, w.hi) or _trigger_has(sent, "total", w.lo, w.hi):
                return None
            if src is None and _trigger_has(sent, "company", 0, w.hi):
                return None  # "Kazatomprom has delivered ...": a company, not its country
            other = ctx.other(known)
            if src is None:
                src = other
            else:
                dst = other
        elif known is None and _has(sent, "SELF_WORDS", w.lo, w.hi):
            return None
    if not src or not dst or src == dst:
        return None
    return (src, dst) if direction == "export" else (dst, src)


def roles_invest(sent: Sentence, v: Value, w: Window, ctx: Context, rule: Rule) -> tuple[str, str] | None:
    """Investor and host: "from X" or an adjective by the noun, else the nearest country before it."""
    near = countries_in(sent, w.lo, w.hi, v)
    t = w.trigger
    strong_inv, plain_inv, strong_host, plain_host = [], [], [], []
    investor_nouns = [m for m in sent.triggers if "investor" in m.value]
    adj_hi = 1 if sent.lang == "ar" else 5
    for c in near:
        if c.marker == "after":
            continue  # "troisième investisseur derrière les Pays-Bas": a comparison, not a party
        after = t is not None and c.hit.start > t.start
        if c.marker == "poss" and any(0 <= m.first - c.hit.last <= 4 for m in investor_nouns):
            strong_host.append(c.code)  # "Kazakhstan's fifth largest investor, having put ..."
        elif c.marker == "from" or (c.adj and t is not None and -3 <= c.hit.first - t.last <= adj_hi):
            strong_inv.append(c.code)
        elif c.marker in ("in", "to") or (c.marker in ("poss", "of") and after):
            strong_host.append(c.code)
        elif not after:
            plain_inv.append(c.code)
        else:
            plain_host.append(c.code)
    investor = (strong_inv or plain_inv[-1:] or [None])[0]
    host = next((c for c in strong_host + plain_host if c != investor), None)
    if host is None and _has(sent, "SELF_WORDS", w.lo, len(sent.text)):
        host = ctx.home if ctx.home != investor else None
    whole = [c.code for c in _distinct(countries_in(sent, 0, len(sent.text), v))]
    if not whole and investor is None and host is None and ctx.home:
        # "Plus de 3,85 milliards de dollars y ont été engagés": the article's investor and host
        investor, host = ctx.other(ctx.home), ctx.home
    if investor is None:
        rest = [c for c in whole if c != host]
        investor = rest[0] if rest else None
    if host is None:
        rest = [c for c in whole if c != investor]
        host = rest[0] if rest else (ctx.other(investor) if investor else None)
    if not investor or not host or investor == host:
        return None
    return investor, host


def roles_share(sent: Sentence, v: Value, w: Window, ctx: Context, rule: Rule) -> tuple[str, str] | None:
    """Partner (subject) and reporting country (counterpart) of a share."""
    supply = next((m for m in sent.triggers if "supply" in m.value and m.end <= v.start), None)
    if supply is not None and sent.lang == "ar":
        each = sent.cue_in("EACH_WORDS", supply.end, v.start)
        if each:
            # "تزود روسيا كلا من قيرغيزستان وطاجيكستان بنحو 90 %": verb, supplier, "each of", the supplied
            by = [c for c in sent.countries if c.hit.first >= supply.last and c.hit.end <= each[0].start]
            to = [c for c in sent.countries if c.hit.start >= each[0].end and c.hit.end <= v.start]
            if by and to and by[0].code != to[0].code:
                return by[0].code, to[0].code
    if supply is not None:
        supplied = _supplies_with(sent, v, Window(w.lo, w.hi, supply, "supply"))
        if supplied:
            before = [c.code for c in sent.countries if c.hit.end <= supply.start]
            subject = before[-1] if before else ctx.other(supplied[0].code)
            return (subject, supplied[0].code) if subject and subject != supplied[0].code else None
    if rule.kind == "supply_share" and supply is None:
        imported = _imported_share(sent, v, w)
        if imported is not None:
            return imported
    t = w.trigger
    host = None
    if t is not None:
        # "of Kyrgyzstan's total foreign trade", "des importations du Kazakhstan", "потребностей Европы"
        lo_tok, hi_tok = t.first - 4, t.last + (3 if t.start > v.end else 2)
        if t.start > v.end:
            lo_tok = max(lo_tok, v.last)
        around = [c for c in sent.countries if c.hit.last > lo_tok
                  and (c.hit.first <= hi_tok or c.marker in ("of", "from") and c.hit.first <= hi_tok + 3)
                  and not (c.hit.start > t.end and re.search(r"[,،;:]", sent.text[t.end:c.hit.start]))
                  and not (c.hit.start < v.end and c.hit.end > v.start)]
        around = [c for c in around if not (t.start > v.end and c.hit.end <= v.start)]
        if around:
            if any(c.marker == "with" and c.hit.start > t.start for c in around):
                return None  # a share of bilateral trade "with Afghanistan" is no total share
            after_noun = [c for c in around if c.hit.start >= t.end and (
                c.hit.first - t.last <= 2 or c.marker in ("of", "from") and c.hit.first - t.last <= 4)]
            owner = [c for c in around if c.hit.end <= t.start and (c.marker == "poss" or c.adj)]
            host = (after_noun or owner[-1:] or around)[0].code
        elif sent.cue_in("SELF_WORDS", sent.tokens[max(0, t.first - 3)].start,
                         sent.tokens[min(len(sent.tokens) - 1, t.last + 2)].end):
            host = ctx.home
    if host is None:
        host = ctx.home
    if _has(sent, "REGION_WORDS", w.lo, min(len(sent.text), v.end + 30)):
        return None  # "within trade with Central Asia, Uzbekistan's share ...": a regional sub-share
    subject = None
    left = [c for c in countries_in(sent, w.lo, v.start, v) if c.code != host and c.marker != "after"]
    pronoun = [m for m in sent.cue_in("PRONOUN_WORDS", 0, v.start)
               if t is None or m.end <= t.start or m.start <= t.start and "share" in t.value]
    if not left and pronoun and ctx.prev_subject and ctx.prev_subject != host and not any(
            c.hit.start < pronoun[0].start and c.code != host for c in sent.countries):
        # "China remained Kyrgyzstan's main partner. Its share of the country's trade reached 34 %."
        return ctx.prev_subject, host
    if left:
        subject = left[-1].code
    else:
        after = [c for c in countries_in(sent, v.end, min(w.hi, v.end + 25), v) if c.code != host]
        if after and after[0].hit.first - v.last <= 2:
            subject = after[0].code
        else:
            whole = [c for c in sent.countries if c.code != host and c.marker != "after"]
            if whole:
                subject = whole[0].code
            elif _trigger_has(sent, "bilateral", 0, len(sent.text)):
                subject = ctx.other(host)
    if not subject or not host or subject == host:
        return None
    return subject, host


def _imported_share(sent: Sentence, v: Value, w: Window) -> tuple[str, str] | None:
    """"Germany imports 8 % of its oil from Kazakhstan", "تستورد ألمانيا 8 % من نفطها من كازاخستان":
    the origin supplies, the importer consumes."""
    imp = [m for m in sent.triggers if "import" in m.value and w.lo <= m.start and m.end <= v.start]
    if not imp:
        return None
    near = countries_in(sent, w.lo, w.hi, v)
    origin = [c for c in near if c.marker == "from"]
    importer = [c for c in near if c.marker in (None, "poss") and not c.adj and c not in origin]
    if not origin or not importer or origin[0].code == importer[0].code:
        return None
    return origin[0].code, importer[0].code


def roles_rank(sent: Sentence, v: Value, w: Window, ctx: Context, rule: Rule) -> tuple[str, str] | None:
    t = w.trigger
    host = None
    before = [c for c in sent.countries if c.marker == "poss" and 0 <= v.first - c.hit.last <= 3]
    owner = [c for c in sent.countries if c.marker == "poss" and t is not None and c.hit.end <= t.start
             and 0 <= t.first - c.hit.last <= 2 and not re.search(r"[,،;:]", sent.text[c.hit.end:t.start])]
    if before:
        host = before[0].code  # "Kazakhstan's largest trading partner"
    elif owner:
        host = owner[-1].code  # "the first place among Kazakhstan's trading partners belongs to Russia"
    elif t is not None:
        after = [c for c in sent.countries if 0 <= c.hit.first - t.last <= 2 and not c.adj and c.marker != "after"
                 and not re.search(r"[,،;:]", sent.text[t.end:c.hit.start])]
        near_self = sent.cue_in("SELF_WORDS", t.end, len(sent.text))
        own = [m for m in sent.cue_in("SELF_WORDS", 0, v.start) if 0 <= v.first - m.last <= 1]
        if near_self and near_self[0].first - t.last <= 1:
            host = ctx.home
        elif after:
            host = after[0].code
        elif own:
            # "..., the EU being its second largest trading partner": "its" is the sentence's owner
            owners = [c.code for c in sent.countries if c.marker == "poss"]
            host = owners[0] if owners else ctx.home
    parties = [c for c in sent.countries if c.code != host and c.marker != "after"]
    cut = max((m.end() for m in re.finditer(r"[,،;]", sent.text[:v.start])), default=0)
    clause = [c for c in parties if c.hit.start >= cut and c.hit.end <= v.start]
    later = [c for c in parties if c.hit.start >= v.end and not re.search(r"[,،;]", sent.text[v.end:c.hit.start])]
    if cut and not clause and later:
        clause = later  # "Parmi les partenaires de l'Ouzbékistan, la première place revient à la Chine"
    subject = (clause[0] if clause else parties[0]).code if parties else None
    if host is None:
        ca = [c.code for c in sent.countries if c.code in CENTRAL_ASIA and c.code != subject]
        host = ca[0] if ca else (ctx.home if ctx.home != subject else None)
    if not subject or not host or subject == host:
        return None
    return subject, host


def roles_producer(sent: Sentence, v: Value, w: Window, ctx: Context, rule: Rule) -> tuple[str, None] | None:
    """The producing country; without one named, the article's country, unless a company is the
    subject ("Kazatomprom produced", "TALCO, the state smelter, produced", "«Зиджин» добыл")."""
    near = [c for c in countries_in(sent, w.lo, w.hi, v) if not c.adj or c.hit.start < v.start]
    lead = _company_lead(sent, w)
    if lead is None and near and (all(c.marker == "in" for c in near) and _named_subject(sent, w)
                                  or all(c.marker in ("in", "to") and c.hit.start >= v.end for c in near)
                                  and _named_first(sent, w)):
        # "Orano a produit 1 500 tonnes d'uranium en Ouzbékistan": a named producer, a place ("en",
        # "в" also mark a destination, which a production figure does not have)
        lead = 0
    if lead is not None:
        # "Kazatomprom, Kazakhstan's national company, produced ...", "La société Orano a extrait ...
        # au Kazakhstan": the company produced; only a country named before it owns the figure
        near = [c for c in near if c.hit.start < lead and not c.adj]
        return (near[0].code, None) if near else None
    if near:
        return near[0].code, None
    if sent.countries:
        return sent.countries[0].code, None
    company = _trigger_has(sent, "company", 0, len(sent.text)) or _named_subject(sent, w)
    if company or ctx.home is None:
        return None
    return ctx.home, None


def _company_lead(sent: Sentence, w: Window) -> int | None:
    """Where a company word or a quoted name before the production verb starts, if there is one."""
    t = w.trigger
    if t is None:
        return None
    starts = [m.start for m in sent.triggers if "company" in m.value and m.end <= t.start]
    quoted = re.search(r"[«\"“][^»\"”]{2,40}[»\"”]", sent.text[:t.start])
    if quoted:
        starts.append(quoted.start())
    return min(starts) if starts else None


def _named_first(sent: Sentence, w: Window) -> bool:
    """A sentence that opens with an unknown capitalized name right before the verb ("Orano a
    produit ... en Ouzbékistan"): the first word's capital says nothing, so it counts only when
    no word list knows it (not a country, a measure word or a pronoun) and the verb follows."""
    t = w.trigger
    if t is None or not sent.tokens or t.first > 3 or t.first == 0:
        return False
    tok = sent.tokens[0]
    raw = sent.text[tok.start:tok.end]
    if not raw[:1].isupper() or len(raw) < 3:
        return False
    known = [c.hit for c in sent.countries] + list(sent.triggers)
    known += [m for ms in sent.cues.values() for m in ms]
    return not any(m.start <= tok.start < m.end for m in known)


def _named_subject(sent: Sentence, w: Window) -> bool:
    """A capitalized name or a quoted name before the measure word: a company or a mine."""
    t = w.trigger
    if t is None:
        return False
    head = sent.text[:t.start]
    if re.search(r"[«\"“][^»\"”]{2,40}[»\"”]", head):
        return True
    for i, tok in enumerate(sent.tokens[: t.first]):
        raw = sent.text[tok.start:tok.end]
        if i > 0 and raw[:1].isupper() and len(raw) > 1 and not raw.isupper() or i > 0 and raw.isupper() and len(raw) > 2:
            return True
    return False


ROLE_STRATEGIES = {
    "pair": roles_pair,
    "flow": roles_flow,
    "invest": roles_invest,
    "share": roles_share,
    "rank": roles_rank,
    "producer": roles_producer,
}
