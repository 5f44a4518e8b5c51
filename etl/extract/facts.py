"""The fact engine: from an article's text to the facts of spec/facts.md.

Pure: a string and metadata in, a list of ``etl.model.Fact`` out, no I/O. The steps:
sentences (etl.text), number mentions (etl.extract.find_mentions), the pieces of each
sentence (etl/extract/analysis.py), then for each value the governing trigger, the first rule
of etl/extract/rules.py that accepts it, its roles, period, basis and commodity. A number in
parentheses right after another is a stated conversion (other currency: ``equivalents``) or a
comparison (same unit: a fact of its own, with its own period). Each fact is kept once.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from etl.extract.analysis import Sentence, Value, analyse
from etl.extract.lexicon import LANGS, Match, fold, words
from etl.extract.mentions import Mention
from etl.extract.periods import PeriodHit, resolve
from etl.extract.rules import ROLE_STRATEGIES, RULES, Context, Rule, Window
from etl.model import Fact

_MONEY_CLASSES = ("deal", "trade", "export", "import", "investment", "supply")
_QUANTITY_CLASSES = ("production", "export", "import", "supply")
_SHARE_NOUNS = ("import", "export", "trade", "needs", "investment")
_UNIT_COMMODITY = {"bcm": "gas", "mcm": "gas", "tU": "uranium", "ktU": "uranium", "TWh": "electricity",
                   "GWh": "electricity", "kWh": "electricity", "MWh": "electricity", "bbl/d": "oil"}
#: Words that introduce a level after a change ("rose to $3.9 billion"): the value is no change.
_LEVEL_WORDS = {"to", "at", "a", "à", "до", "الى", "إلى", "ليبلغ", "لتصل", "ليصل", "reaching", "of", "de", "d", "totalling",
                "totaled", "totalled", "stood", "was"}
_LEVEL_WORDS |= {fold(w) for w in _LEVEL_WORDS}  # tokens are folded: "إلى" reads "الي"
#: Kinds that take the article's main period when their sentence gives none ("over the period").
_INHERITING = {"trade_volume", "exports", "imports", "production", "trade_share", "import_share", "export_share"}
_JOINERS = {"and", "et", "и", "و", ",", "،", "or", "ou", "или"}
_STRONG_GROWTH = {"بمقدار"}
_ARTICLES = {"the", "le", "la", "les", "l", "l'"}
#: Units of a "per" amount in a price ("les 1 000 m3", "per tonne"): no scale prefix.
_BASE_UNITS = {"t", "m3", "bbl", "kg", "oz", "tU", "kWh", "MWh"}
_RATIO = {"بنسبة", "نسبة"}  # "by a ratio of": a change's percent, not a share word
_SHARES = {"trade_share", "import_share", "export_share", "supply_share"}
_SUBORDINATORS = {"after", "because", "since", "بعد", "بسبب", "после", "из-за", "apres", "car", "puisque"}
_CLAUSE_OPENERS = {"بينما", "فيما", "في حين", "whereas", "while", "tandis", "alors", "тогда", "а"}
_CONJUNCTIONS = {"and", "while", "whereas", "but", "et", "alors", "tandis", "mais", "и", "а", "но", "тогда"}
_SEPARATORS = re.compile(r"[;؛]")
_MAX_TEXT = 2_000_000
_MAX_SENTENCE = 3000  # characters; a real sentence is far shorter
_MAX_VALUES = 60  # number mentions read per sentence


@dataclass
class _Sent:
    start: int
    end: int


# --------------------------------------------------------------------------- inputs


def _sentences(text: str, lang: str) -> list[_Sent]:
    """Sentences in original offsets: etl.text.prepare when it is there, else a plain splitter.
    The text layer keeps the lines of a hard-wrapped paragraph together and a headline apart; nothing
    here re-joins or re-splits them."""
    try:
        from etl.text import prepare  # type: ignore[attr-defined]

        doc = prepare(text, lang)
        return [_Sent(s.start, s.end) for s in doc.sentences]
    except Exception:  # the text layer is missing or failed: split on stops and line breaks
        return _plain_sentences(text)


def _bounded(sents: list[_Sent], text: str) -> list[_Sent]:
    """No sentence longer than _MAX_SENTENCE characters: keeps the rules linear on hostile text."""
    out: list[_Sent] = []
    for s in sents:
        start = s.start
        while s.end - start > _MAX_SENTENCE:
            cut = text.rfind(" ", start + _MAX_SENTENCE // 2, start + _MAX_SENTENCE)
            cut = cut if cut > start else start + _MAX_SENTENCE
            out.append(_Sent(start, cut))
            start = cut
        out.append(_Sent(start, s.end))
    return out


def _plain_sentences(text: str) -> list[_Sent]:
    """Stops and line breaks end sentences: a last resort when the text layer fails."""
    out, pos = [], 0
    for m in re.finditer(r"(?<=[.!?؟])\s+(?=\S)|\n+", text):
        if m.start() > pos:
            out.append(_Sent(pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append(_Sent(pos, len(text)))
    return out


def _mentions(text: str, lang: str) -> list[Mention]:
    """The number layer's mentions; none at all if it fails, so that extraction still returns."""
    from etl.extract import find_mentions

    try:
        return list(find_mentions(text, lang))
    except Exception:
        return []


def _detect_lang(text: str) -> str:
    sample = text[:4000]
    arabic = sum(1 for ch in sample if "\u0600" <= ch <= "\u06ff")
    cyrillic = sum(1 for ch in sample if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    if arabic > max(cyrillic, latin) * 0.5:
        return "ar"
    if cyrillic > latin * 0.5:
        return "ru"
    fr_hits = len(re.findall(r"\b(?:le|la|les|des|du|et|en|une|est)\b", sample.lower()))
    en_hits = len(re.findall(r"\b(?:the|and|of|in|is|was|to)\b", sample.lower()))
    return "fr" if fr_hits > en_hits else "en"


def _published(published: str | None, text: str, lang: str) -> tuple[int, int] | None:
    if published:
        m = re.match(r"(\d{4})(?:-(\d{2}))?", published)
        if m:
            return int(m.group(1)), int(m.group(2) or 6)
    head = text[:600]
    try:
        import dateparser.search

        found = dateparser.search.search_dates(head, languages=[lang], settings={"STRICT_PARSING": True})
    except Exception:
        found = None
    for _, when in found or []:
        if 1990 <= when.year <= 2100:
            return when.year, when.month
    return None


# --------------------------------------------------------------------------- windows and triggers


def _window(sent: Sentence, v: Value) -> tuple[int, int]:
    """The characters that belong to ``v``: back to the previous value that bounds it, on to the next."""
    lo, hi = 0, len(sent.text)
    if v.paren is not None:
        lo, hi = v.paren[0] + 1, v.paren[1]
    bounding = ("money", "quantity") if v.type in ("money", "quantity") else ("money", "quantity", "percent", "rank")
    for o in sent.values:
        if o is v or (o.paren is not None and o.paren != v.paren):
            continue
        if o.end <= v.start and o.type in bounding:
            lo = max(lo, o.end)
        if o.start >= v.end and (o.type in ("money", "quantity", "percent") or o.type == v.type):
            hi = min(hi, o.start)  # "$1.4 billion in the first four months": a rank word bounds no amount
    for m in _SEPARATORS.finditer(sent.text, lo, v.start):
        lo = max(lo, m.end())
    for m in _SEPARATORS.finditer(sent.text, v.end, hi):
        hi = min(hi, m.start())
        break
    for m in re.finditer(r"[,،]\s*(\S+)(?:\s+(\S+))?", sent.text[lo:v.start]):
        word = fold(m.group(1))
        pair = f"{word} {fold(m.group(2) or '')}"
        if (word in _CLAUSE_OPENERS or pair in _CLAUSE_OPENERS) and lo > 0:
            lo = lo + m.start() + 1  # "..., while Uzbekistan supplied 300 mcm": this clause only
    for t in sent.triggers:
        # "909,9 млн долларов, экспорт в РФ – 58,6 млн": a clause that opens with a new measure word
        if v.type in ("money", "quantity") and v.end <= t.start < hi and set(t.value) & set(_MONEY_CLASSES):
            comma = sent.text.rfind(",", v.end, t.start)
            if comma >= 0 and not sent.text[comma + 1:t.start].strip():
                hi = comma
                break
    for m in re.finditer(r"[,،]\s*(\S+)(?:\s+(\S+))?", sent.text[v.end:hi]):
        word = fold(m.group(1))
        pair = f"{word} {fold(m.group(2) or '')}"
        if word in _CONJUNCTIONS or word in _CLAUSE_OPENERS or pair in _CLAUSE_OPENERS:
            hi = v.end + m.start()  # ", while ...", "، بينما ...": the next clause is another figure's
            break
    return lo, hi


def _nearest_trigger(sent: Sentence, lo: int, hi: int, classes: tuple[str, ...], before: int | None,
                     after: int | None) -> tuple[Match, str] | None:
    """The trigger of one of ``classes`` nearest to the value: leftwards first, then rightwards."""
    cands = [m for m in sent.triggers if m.start >= lo and m.end <= hi]
    if before is not None:
        left = sorted((m for m in cands if m.end <= before), key=lambda m: -m.end)
        for m in left:
            for cls in classes:
                if cls in m.value:
                    return m, cls
    if after is not None:
        right = sorted((m for m in cands if m.start >= after), key=lambda m: m.start)
        for m in right:
            for cls in classes:
                if cls in m.value:
                    return m, cls
    return None


def _commodity(sent: Sentence, lo: int, hi: int, v: Value, strict: bool, trigger: Match | None) -> str | None:
    found = sent.cue_in("COMMODITIES", lo, hi)
    blockers = sent.cue_in("COMMODITY_BLOCKERS", lo, hi)
    if strict:
        # money: only a commodity right after the value ("1,1 milliard de dollars d'or") or the trigger
        for m in found:
            if 0 <= m.first - v.last <= 2 or trigger is not None and 0 <= m.first - trigger.last <= 2:
                if not any(b.end <= m.start and m.first - b.last <= 2 for b in blockers):
                    return m.value
        return None
    right = [m for m in found if m.start >= v.start]
    left = [m for m in found if m.start < v.start]
    if right and left and right[0].first - v.last > 3 and v.first - left[-1].last < right[0].first - v.last:
        # "gas output will reach 90 bcm this year, according to the Ministry of Oil and Gas": a
        # commodity named far after the figure (an attribution) loses to the nearer one before it
        return left[-1].value
    if right:
        return right[0].value
    if left:
        return left[-1].value
    return None


def _flow_trigger(sent: Sentence, v: Value, lo: int, hi: int, classes: tuple[str, ...],
                  continued: bool, used: set[int] | None = None) -> tuple[Match, str] | None:
    """The measure word of a money or quantity value.

    The nearest one before it, unless one follows it at once ("$42 million of exports") and the
    one before is farther; a word after it counts only when no earlier value of the sentence
    already set the measure (a list goes on: "in 2007 to $76 m ..., in 2008 to $250 m").
    """
    left = _nearest_trigger(sent, lo, hi, classes, v.start, None)
    if left is not None and continued and any(
            0 <= left[0].first - b.last <= 1 for b in sent.cue_in("COMMODITY_BLOCKERS", lo, left[0].start)):
        left = None  # "(mostly) wheat shipments" describes the goods of the previous figure
    if left is not None and left[1] == "supply":
        specific = _nearest_trigger(sent, lo, left[0].start, tuple(c for c in classes if c != "supply"),
                                    left[0].start, None)
        if specific is not None and left[0].first - specific[0].last <= 12:
            left = specific  # "на поставки корейских товаров ... пришлось $741,2 млн"
    right = _nearest_trigger(sent, lo, hi, classes, None, v.end)
    if right is not None and right[1] == "supply":
        specific = _nearest_trigger(sent, right[0].end, hi, tuple(c for c in classes if c != "supply"),
                                    None, right[0].end)
        if specific is not None and specific[0].first - right[0].last <= 3:
            right = specific  # "$234 млн пришлось на экспорт"
    blockers = sent.cue_in("COMMODITY_BLOCKERS", v.end, hi)
    if right is not None:
        gap = right[0].first - v.last
        weak_left = left is not None and (left[1] == "supply" or (used and left[0].start in used))
        if any(b.end <= right[0].start for b in blockers):
            right = None
        elif gap <= 1 and (left is None or v.first - left[0].last > 1 and not re.search(
                r"[,،;؛]", sent.text[v.end:right[0].start])):
            return right  # but "на экспорт пришлось 19 млрд, на импорт - 22 млрд": the comma closes it
        elif gap <= 3 and weak_left and right[1] != "supply":
            return right  # "$234 млн пришлось на экспорт и $0,6 млн — на импорт"
        elif continued and left is None and any(
                fold(t.norm) in _SUBORDINATORS for t in sent.tokens[v.last:right[0].first]):
            right = None  # a list goes on; "... بعد توقف صفقات القمح" only says why
        elif gap > 3 and continued:
            right = None
    return left or right


def _governing(sent: Sentence, v: Value, lo: int, hi: int, continued: bool = False,
               used: set[int] | None = None) -> tuple[Match | None, str | None]:
    """The trigger that says what ``v`` measures, and its class."""
    if v.type == "money":
        hit = _flow_trigger(sent, v, lo, hi, _MONEY_CLASSES, continued, used)
    elif v.type == "quantity":
        hit = _flow_trigger(sent, v, lo, hi, _QUANTITY_CLASSES, continued, used)
    elif v.type == "percent":
        hit = _share_noun(sent, v, lo, hi)
    elif v.type == "rank":
        hit = _rank_trigger(sent, v)
    else:
        hit = None
    return (hit[0], hit[1]) if hit else (None, None)


def _share_noun(sent: Sentence, v: Value, lo: int, hi: int) -> tuple[Match, str] | None:
    """What a percent is a share of: the nearest share noun after it, or a share word before it."""
    if any(m.end <= v.start and v.first - m.last <= 0 and not any(
            t.start <= m.start and m.end <= t.end for t in sent.triggers if set(t.value) & {"share", "supply"})
           for m in sent.cue_in("CHANGE_WORDS", lo, v.start)):
        return None  # "..., up 12 % from a year earlier": a short change word right before the percent
    changes = [m for m in sent.cue_in("CHANGE_WORDS", lo, min(hi, v.end + 30)) if m.end - m.start >= 4]
    growth = [m for m in changes if m.end <= v.start and v.first - m.last <= 3 or m.start >= v.end and m.first - v.last <= 1]
    # "وارتفع التبادل التجاري بين البلدين بنسبة 18 %": a change verb governs the clause's percent
    growth += [m for m in changes if m.end <= v.start and v.first - m.last <= 8
               and not any(o.end <= v.start and o.start >= m.end for o in sent.values)
               and not any("share" in t.value and m.end <= t.start and t.end <= v.start and fold(t.key) not in _RATIO
                           for t in sent.triggers)]
    if growth:
        return None
    right_hi = min(hi, sent.tokens[min(v.last + 10, len(sent.tokens) - 1)].end if sent.tokens else hi)
    world = sent.cue_in("WORLD_WORDS", v.end, right_hi)
    if world and world[0].first - v.last <= 3:
        return None  # "43 % of global uranium output", "43 % мировой добычи": a world share
    right = sorted((m for m in sent.triggers if m.start >= v.end and m.end <= right_hi), key=lambda m: m.start)
    for m in right:
        for cls in _SHARE_NOUNS:
            if cls in m.value:
                after_noun = sent.tokens[min(m.last + 3, len(sent.tokens) - 1)].end
                stop = re.search(r"[,،;؛.]", sent.text[m.end:after_noun])
                if stop:
                    after_noun = m.end + stop.start()
                if cls == "import" and (sent.cue_in("COMMODITIES", v.end, m.start)
                                        or sent.cue_in("COMMODITIES", m.end, after_noun)):
                    return m, "needs"  # "40 % of the electricity Afghanistan imports"
                return m, cls
    needs_commodity = sent.cue_in("COMMODITIES", v.end, right_hi)
    if needs_commodity and (_supply_verb(sent, lo, v.start) or _import_verb(sent, lo, v.start)):
        return needs_commodity[0], "needs"  # also "Germany imports 8 % of its oil from Kazakhstan"
    left = sorted((m for m in sent.triggers if m.start >= lo and m.end <= v.start), key=lambda m: -m.end)
    if any("share" in m.value for m in left):
        # "..., with China accounting for 22 %": the share verb's measure may stand before the window
        earlier = sorted((m for m in sent.triggers if m.end <= lo), key=lambda m: -m.end)
        for m in left + earlier:
            for cls in ("import", "export", "trade"):
                if cls in m.value:
                    return m, cls
    # a list: "..., Russia with 19.1 %, then Kazakhstan with 7.4 %" takes the kind of the first percent
    return None


def _import_verb(sent: Sentence, lo: int, hi: int) -> bool:
    """An import verb before a percent of a commodity, with an origin named: a supply share."""
    return any("import" in m.value for m in sent.triggers if m.start >= lo and m.end <= hi) and any(
        c.marker == "from" for c in sent.countries)


def _supply_verb(sent: Sentence, lo: int, hi: int) -> bool:
    return any("supply" in m.value or "share" in m.value for m in sent.triggers if m.start >= lo and m.end <= hi)


def _rank_trigger(sent: Sentence, v: Value) -> tuple[Match, str] | None:
    """A rank governs a partner or investor noun right after it, or one after "among"."""
    toks = sent.tokens
    if v.first >= 2:
        before = fold(sent.text[toks[max(0, v.first - 3)].start:toks[v.first - 1].end])
        if any(fold(w) in before for w in _one_of(sent.lang)):
            return None
    cands = sorted((m for m in sent.triggers if m.first >= v.last and m.first - v.last <= 8), key=lambda m: m.first)
    # "الشريك التجاري الأول", "partenaire numéro un": the rank follows its noun
    cands += [m for m in sent.triggers if m.last <= v.first and v.first - m.last <= 1]
    among = {m.first for m in sent.cue_in("AMONG_WORDS", 0, len(sent.text))}
    # "Parmi les partenaires du Kazakhstan, la première place ...": the scope opens the sentence
    opens = {a for a in among if not sent.text[:sent.tokens[a].start].strip(" \t\"«—-")}
    leading = [m for m in sent.triggers if m.last <= v.first and m not in cands
               and any(0 < m.first - a <= 3 for a in opens) and re.search(r"[,،]", sent.text[m.end:v.start])]
    cands += leading
    place = sent.cue_in("RANK_PLACE_WORDS", 0, len(sent.text))
    for m in cands:
        cls = "investor" if "investor" in m.value else "partner" if "partner" in m.value else None
        if cls is None:
            continue
        gap = m.first - v.last
        plural = sent.tokens[m.first].norm.endswith(("s", "ов", "ей", "ами", "ائها", "اء", "ائه"))
        if m in leading:
            ok = v.first - m.last <= 8
        elif gap <= 3 and not plural:
            ok = True
        else:
            ok = any(v.last <= a < m.first for a in among) or any(0 <= p.first - v.last <= 1 for p in place)
            ok = ok and gap <= 8
        if not ok:
            continue
        scope_hi = sent.tokens[min(m.last + 6, len(sent.tokens) - 1)].end
        scope_lo = sent.tokens[max(0, v.first - 8)].start
        before = [c for c in sent.cue_in("RANK_SCOPE_WORDS", scope_lo, v.start)
                  if not re.search(r"[,،;]", sent.text[c.end:v.start])]
        if sent.cue_in("RANK_SCOPE_WORDS", m.start, scope_hi) or before:
            return None
        return m, cls
    return None


def _one_of(lang: str) -> list[str]:
    return words(lang, "ONE_OF_WORDS", [])


# --------------------------------------------------------------------------- periods and basis


def _period(sent: Sentence, v: Value, lo: int, hi: int, ctx: Context) -> tuple[str | None, bool]:
    """(period, explicit) of a value: the nearest usable period expression of its stretch."""
    def usable(h: PeriodHit) -> bool:
        paren = sent.enclosing_paren(h.start, h.end)
        return paren is None or paren == v.paren

    cands = [h for h in sent.periods if usable(h) and h.kind != "date" and not _belongs_to_previous(sent, v, h)
             and not _taken_by_other(sent, h, v)]
    inside = [h for h in cands if lo <= h.start and h.end <= hi]
    plain = [h for h in inside if not _baseline(sent, h)]
    inside = plain or inside
    cands = [h for h in cands if not _baseline(sent, h)] or cands
    pool = inside
    if not pool and v.paren is not None:
        # "a 16.4 % increase on January-April 2022 ($366.5 million)": the period just before the paren
        before = [h for h in sent.periods if h.end <= v.paren[0] and v.paren[0] - h.end <= 3]
        pool = before
    if not pool:
        # "..., contre 17,2 % et 40,5 % sur la même période de 2013": the list's period follows it
        stop = _group_end(sent, v)
        pool = [h for h in cands if v.end <= h.start < stop and v.type in ("percent",)]
        pool = pool or [h for h in cands if h.end <= v.start] or cands
    if not pool:
        return None, False

    def distance(h: PeriodHit) -> float:
        bonus = -1.5 if h.kind.startswith(("range", "month")) else 0.0  # the more precise, the likelier
        if h.end <= v.start:
            return float(v.first - h.last) + bonus
        gap = h.first - v.last
        return gap * 1.2 + (10 if gap > 3 else 0) + bonus

    best = min(pool, key=distance)
    anchor = _anchor(sent, best, ctx)
    ranges = [h for h in sent.periods if h.kind.startswith("range") and h.end <= best.start]
    main = ctx.main_period
    if ranges and best.kind.startswith("same"):
        ok_r, val_r = resolve(ranges[-1], ctx.pub, None, None)
        main = val_r if ok_r and val_r else main
    ok, value = resolve(best, ctx.pub, anchor, main)
    if ok and value and best.kind == "anchored" and ranges:
        # "sur les sept premiers mois de l'année, contre ... un an plus tôt": the same months, a year back
        ok_r, val_r = resolve(ranges[-1], ctx.pub, anchor, None)
        if ok_r and val_r and "-" in val_r:
            a, _, b = val_r.partition("/")
            shift = best.offset
            a = f"{int(a[:4]) + shift:04d}{a[4:]}"
            value = a + (f"/{int(b[:4]) + shift:04d}{b[4:]}" if b else "")
    if not ok:
        return None, False
    return value, best.kind not in ("same",)


def _taken_by_other(sent: Sentence, h: PeriodHit, v: Value) -> bool:
    """A period right after another value is that value's ("$1.5 billion in January-April against
    $1.4 billion in the first four months of 2022"), and its list's ("17,2 % et 40,5 % sur la même
    période de 2013"), unless that value is a change ("rose by $2.5 million in April 2020")."""
    kinds = ("money", "quantity") if v.type in ("money", "quantity") else ("percent",)
    for o in sent.values:
        if o is v or o.type not in kinds or (o.paren is not None and o.paren != v.paren):
            continue
        if h.start < o.end or h.first - o.last > 2 or re.search(r"[,،;؛]", sent.text[o.end:h.start]):
            continue
        if v.paren is not None and o.paren is None and v.paren[0] < h.start and h.end <= v.paren[1]:
            continue  # "2.53 bn euros (January-July 2022: 1.88 bn euros)": the parentheses date their own figure
        if _is_change(sent, o):
            continue
        return v not in _group(sent, o)
    return False


def _group(sent: Sentence, o: Value) -> list[Value]:
    """``o`` and the values joined to it by "and", "et", "и", "و" or a comma."""
    ordered = sorted(sent.values, key=lambda x: x.start)
    i = ordered.index(o)
    group = [o]
    j = i
    while j > 0 and fold(sent.text[ordered[j - 1].end:ordered[j].start].strip()) in _JOINERS:
        j -= 1
        group.append(ordered[j])
    j = i
    while j + 1 < len(ordered) and fold(sent.text[ordered[j].end:ordered[j + 1].start].strip()) in _JOINERS:
        j += 1
        group.append(ordered[j])
    return group


def _group_end(sent: Sentence, v: Value) -> int:
    """Where the list that ``v`` opens or continues ends ("17,2 % et 40,5 % sur la même période")."""
    end = v.end
    for o in sorted((o for o in sent.values if o.start >= v.end), key=lambda o: o.start):
        if fold(sent.text[end:o.start].strip()) in _JOINERS:
            end = o.end
            continue
        return o.start
    return len(sent.text)


def _belongs_to_previous(sent: Sentence, v: Value, h: PeriodHit) -> bool:
    """"... 5.3 bn euros in 2022, and Kazakhstan supplies 40 %": the year closes the previous clause;
    "4,2 млрд долларов, а в нынешнем году ...": the year opens the next one."""
    if h.start >= v.end:
        m = re.search(r"[,،;؛]\s*(\S+)", sent.text[v.end:h.start])
        return bool(m) and (fold(m.group(1)) in _CONJUNCTIONS or sent.text[v.end:h.start].lstrip()[:1] in ";؛"
                            or (sent.lang == "ar" and fold(m.group(1)).startswith("و")))
    if h.start >= v.start:
        return False
    kinds = ("money", "quantity") if v.type in ("money", "quantity") else ("money", "quantity", "percent")
    prev = [o for o in sent.values if o.end <= h.start and o.type in kinds and (o.paren is None or o.paren == v.paren)]
    if not prev:
        return False
    m = re.search(r"[,،;؛]\s*(\S+)", sent.text[h.end:v.start])
    if not m:
        return False
    word = fold(m.group(1))
    return sent.text[h.end:v.start].lstrip()[:1] in ";؛" or word in _CONJUNCTIONS or (
        sent.lang == "ar" and word.startswith("و"))


def _baseline(sent: Sentence, h: PeriodHit) -> bool:
    """"from a year earlier", "on January-April 2022", "par rapport à 2021": the period of a comparison."""
    if not h.kind.startswith(("year", "month", "relative", "anchored", "same")) or h.first == 0:
        return False
    before = " ".join(t.norm for t in sent.tokens[max(0, h.first - 3):h.first])
    before = " " + before
    return any(before.endswith(" " + fold(w)) for w in words(sent.lang, "BASELINE_WORDS", []))


def _anchor(sent: Sentence, hit: PeriodHit, ctx: Context) -> int | None:
    """The year a relative expression counts from: an explicit year before it in the sentence."""
    if hit.kind == "that":
        return ctx.last_year
    years = [h.year for h in sent.periods if h.explicit and h.end <= hit.start and h.year]
    if years:
        return years[-1]
    if hit.kind.endswith("noyear"):
        return None  # "in January-June" with no year: the publication's year
    if ctx.main_period:
        return int(ctx.main_period[:4])
    return ctx.last_year


def _basis(sent: Sentence, v: Value, lo: int) -> str:
    """target ("aim to raise to", "планируют довести до", "objectif") or forecast ("is expected to",
    "ожидается") by the nearest cue of the value's clause; a target year ("by 2025") is a target."""
    if v.paren is not None:
        return "actual"
    left_lo = lo
    right_hi = sent.tokens[min(v.last + 3, len(sent.tokens) - 1)].end if v.last < len(sent.tokens) else len(sent.text)
    best: tuple[int, str] | None = None
    for name, basis in (("TARGET_WORDS", "target"), ("FORECAST_WORDS", "forecast")):
        for m in sent.cue_in(name, left_lo, right_hi):
            dist = v.start - m.end if m.end <= v.start else m.start - v.end + 40
            if best is None or dist < best[0]:
                best = (dist, basis)
    if best and best[1] == "target":
        # "qui devrait permettre de porter ... à 65 milliards": a forecast that a target is reached
        targets = [m.start for m in sent.cue_in("TARGET_WORDS", left_lo, v.start)]
        forecasts = [m.start for m in sent.cue_in("FORECAST_WORDS", left_lo, v.start)]
        if targets and forecasts and min(forecasts) < min(targets):
            return "forecast"
    if best:
        return best[1]
    if any(h.kind == "by" and lo <= h.start and not re.search(r"[,،]", sent.text[h.end:max(h.end, v.start)])
           for h in sent.periods):
        return "target"
    return "actual"


# --------------------------------------------------------------------------- the engine


def _rule_for(kind_class: str | None, v: Value, commodity: str | None) -> Rule | None:
    if kind_class is None:
        return None
    for rule in RULES:
        if v.type not in rule.values or kind_class not in rule.triggers:
            continue
        if "commodity" in rule.needs and commodity is None:
            continue
        return rule
    return None


def _fact_key(f: Fact) -> tuple:
    pair = (f.subject, f.counterpart)
    if f.kind in ("trade_volume", "deal_value"):
        pair = tuple(sorted(pair, key=lambda c: c or ""))
    flow = f.kind
    if f.kind == "imports":
        flow, pair = "exports", (f.counterpart, f.subject)
    return (flow, pair, f.commodity, f.basis, f.unit, round(f.value, 6))


def extract_facts(text: str, lang: str | None = None, published: str | None = None) -> list[Fact]:
    """The facts of spec/facts.md stated in ``text``; never raises on bad input."""
    try:
        return _extract(text, lang, published)
    except Exception:  # hostile input must give a list, never an exception
        return []


def _extract(text: str, lang: str | None, published: str | None) -> list[Fact]:
    if not isinstance(text, str) or not text.strip():
        return []
    text = text[:_MAX_TEXT]
    lang = lang if lang in LANGS else _detect_lang(text)
    mentions = _mentions(text, lang)
    spans = _bounded(_sentences(text, lang), text)
    sents: list[Sentence] = []
    mentions.sort(key=lambda m: m.start)
    for sp in spans:
        inside = [m for m in mentions if m.start >= sp.start and m.end <= sp.end]
        inside = _implied_money(inside, text)[:_MAX_VALUES]
        sents.append(analyse(text[sp.start:sp.end], sp.start, lang, inside))
    weights: Counter[str] = Counter()
    for i, s in enumerate(sents):
        if len(s.tokens) < 4:
            continue  # a dateline ("BAKU.") names a place, not a party
        for c in s.countries:
            weights[c.code] += 2 if i == 0 else 1
    ctx = Context(ranking=[c for c, _ in weights.most_common()], pub=_published(published, text, lang),
                  weights=dict(weights))
    ctx.main_period = _first_period(sents, ctx)
    facts: list[Fact] = []
    prev_sentence_facts: list[Fact] = []
    for s in sents:
        made = _sentence_facts(s, ctx, prev_sentence_facts)
        facts.extend(made)
        if made:
            prev_sentence_facts = made
        elif s.countries:
            topic = _topic(s, ctx)
            if topic is not None:
                prev_sentence_facts = [topic]
        for h in s.periods:
            if h.explicit:
                ctx.last_year = h.year
        ctx.prev_subject = _about(s, made)
    return _dedupe(facts)


def _about(s: Sentence, made: list[Fact]) -> str | None:
    """The party a sentence is about: its facts' subject, else its first unmarked country."""
    if made:
        return made[-1].subject
    plain = [c for c in s.countries if c.marker is None and not c.adj]
    return plain[0].code if plain else None


def _topic(s: Sentence, ctx: Context) -> Fact | None:
    """A sentence that names a flow without a figure ("Uzbek exports to the EU fell."): the next
    sentence's bare figures ("They came to EUR 423 million") are that flow's."""
    from etl.extract.lexicon import trigger_matcher

    if not s.triggers:
        s.triggers = trigger_matcher(s.lang).find(s.tokens)
    flows = [m for m in s.triggers if set(m.value) & {"export", "import", "trade", "investment"}]
    if not flows:
        return None
    t = flows[-1]
    cls = next(c for c in ("export", "import", "trade", "investment") if c in t.value)
    end = len(s.text)
    v = Value("money", 0.0, None, end, end, len(s.tokens), len(s.tokens))
    rule = _rule_for(cls, v, None)
    if rule is None:
        return None
    roles = ROLE_STRATEGIES[rule.roles](s, v, Window(0, end, t, cls), ctx, rule)
    if roles is None:
        return None
    f = Fact(kind=rule.kind, subject=roles[0], counterpart=roles[1], value=0.0, unit="")
    f._topic = True  # type: ignore[attr-defined]  # a measure without a figure: never reported
    return f


def _implied_money(mentions: list[Mention], text: str = "") -> list[Mention]:
    """"2.5 مليار" next to "1.7 مليار دولار", "548,7 millions" after "636,8 millions de dollars", "12 млрд и
    5 млрд долларов": a bare amount of millions in a sentence about money is money in the sentence's
    currency (``text`` is the article the offsets index)."""
    money = [m for m in mentions if m.type == "money" and m.unit]
    if not money:
        return mentions
    out = []
    for m in mentions:
        if m.type == "number" and m.value >= 1e6 and not m.text.strip().isdigit():
            near = min(money, key=lambda o: abs(o.start - m.start))
            joined = m.end <= near.start and fold(text[m.end:near.start].strip()) in _JOINERS
            if 0 < near.start - m.end <= 12 and not joined:
                out.append(m)  # "13,3 трлн вон ($9,6 млрд)": the bracket converts an unknown currency
                continue
            m = Mention("money", m.value, m.start, m.end, near.unit, m.value_high, m.approx, m.qualifier,
                        m.text, True)
        out.append(m)
    return out


def _first_period(sents: list[Sentence], ctx: Context) -> str | None:
    """The article's main period: the first sentence's stated period that has one (a figure "over
    the period" refers to it); within that sentence a month range before a bare year
    ("at the start of 2023, ... in January-April" is 2023-01/2023-04)."""
    title: str | None = None
    for s in sents:
        found: list[tuple[int, str]] = []
        years = [h.year for h in s.periods if h.kind == "year" and h.year]
        for h in s.periods:
            if h.kind in ("date", "since", "by", "same", "that", "anchored") or h.kind.startswith("same"):
                continue
            anchor = years[0] if years and h.kind.endswith("noyear") else None
            ok, value = resolve(h, ctx.pub, anchor, None)
            if ok and value:
                found.append((0 if "-" in value else 1, value))
        if found:
            best = min(found, key=lambda rv: rv[0])[1]
            if title is not None:
                # "Charbon : le Kazakhstan extrait moins en 2020" then "de janvier à novembre 2020":
                # the body's months refine the headline's year
                return best if best[:4] == title else title
            if s is sents[0] and "-" not in best and not any(v.type != "number" for v in s.values) \
                    and len(sents) > 1:
                title = best  # a headline's bare year: the next dated sentence may refine it
                continue
            return best
    return title


def _sentence_facts(s: Sentence, ctx: Context, previous: list[Fact]) -> list[Fact]:
    out: list[Fact] = []
    by_value: dict[int, Fact] = {}
    last_kind: dict[str, tuple[str, Match | None]] = {}
    last_roles: dict[str, tuple[str, str | None]] = {}
    used: set[int] = set()
    last_commodity: dict[str, str | None] = {}
    last_period: dict[str, str | None] = {}
    for v in s.values:
        if v.type == "number":
            continue
        outer = _outer_value(s, v) or _stated_equivalent(s, v)
        if outer is not None and id(outer) in by_value:
            base = by_value[id(outer)]
            if v.type == "money" and outer.type == "money" and v.unit != outer.unit:
                base.equivalents.append({"value": v.value, "unit": v.unit})
                continue
            if v.unit == outer.unit:
                period, _ = _period(s, v, *_window(s, v), ctx)
                if period is not None and period != base.period:
                    out.append(_copy(base, v, s, period))
                continue
        lo, hi = _window(s, v)
        outside = False  # the measure of a parenthesized figure stands outside its parentheses
        trigger, cls = _governing(s, v, lo, hi, continued=v.type in last_kind, used=used)
        if cls is None and v.type == "percent":
            trigger, cls = _coordinated(s, v, used)
        if cls is None and v.paren is not None and v.type in ("money", "quantity"):
            # "(2.35 billion euros), turnover between ...": the measure is outside the parentheses
            trigger, cls = _governing(s, v, 0, len(s.text), used=used)
            outside = cls is not None
        if trigger is not None:
            used.add(trigger.start)
        continued = False
        if cls is None and v.type in last_kind and v.type != "rank":
            cls, trigger = last_kind[v.type]
            continued = True
        elif cls is None and v.type == "quantity" and last_kind.get("money", ("",))[0] in ("export", "import", "supply"):
            cls, trigger = last_kind["money"]  # "exports ... $650 million, including 185,000 tonnes of fertilizers"
            continued = True
        if cls is not None:
            last_kind[v.type] = (cls, trigger)
        if cls is None and v.type == "percent" and previous and previous[-1].kind in _SHARES:
            # "... China 29.7 %, Russia 19.1 %." then "The rest: Turkey with 4.1 %, Korea with 3.9 %"
            item = _share_list_item(s, v, previous[-1])
            if item is not None:
                out.append(item)
                continue
        if cls is None and previous and not _measure_words(s) and not _is_change(s, v):
            # "... on the $1.04 billion recorded in the same months of 2022", "That share ... (8.2 %
            # in 2022)", "the goal of lifting it to $10 billion": the previous sentence's measure
            f = _continue(previous[-1], v, s, ctx, lo, hi)
            if f is not None:
                out.append(f)
            continue
        if cls is None:
            continue
        if v.type in ("money", "quantity") and _is_change(s, v):
            continue
        if v.type == "money" and _is_price(s, v):
            continue
        if s.cue_in("LOSS_WORDS", lo, hi):
            continue
        if v.type == "quantity":
            commodity = _commodity(s, lo, hi, v, False, trigger) or _UNIT_COMMODITY.get(v.unit or "")
            if commodity is None and cls == "production":
                commodity = ctx.last_commodity
        elif v.type == "money":
            commodity = _commodity(s, lo, hi, v, True, trigger)
            if commodity is None and continued:
                # "..., в том числе тракторов ... на 96 млн долларов": the part names its goods
                commodity = _commodity(s, lo, v.start, v, False, trigger)
        elif v.type == "percent":
            commodity = _commodity(s, v.end, hi, v, False, trigger) if cls == "needs" else None
            if cls == "needs" and commodity is None:
                commodity = _commodity(s, lo, hi, v, False, trigger)
        else:
            commodity = None
        if commodity is None and continued and v.type in last_commodity:
            commodity = last_commodity[v.type]  # "... and Kazakhstan another 22 percent"
        rule = _rule_for(cls, v, commodity)
        if rule is None:
            continue
        w = Window(lo, hi, trigger, cls)
        roles = ROLE_STRATEGIES[rule.roles](s, v, w, ctx, rule)
        if continued and rule.roles == "share" and v.type in last_roles:
            roles = _list_item(s, v, lo, last_roles[v.type]) or roles
        elif continued and v.type in last_roles and rule.roles in ("flow", "pair", "invest") and not [
                c for c in s.countries if lo <= c.hit.start and c.hit.end <= hi]:
            roles = last_roles[v.type]  # "..., then to $1.16 billion in 2023": the same parties
        if v.type == "percent" and s.cue_in("RESPECTIVELY", 0, len(s.text)):
            roles = _respectively(s, v, roles, previous, ctx)
        elif roles is not None and v.type in ("money", "quantity") and s.cue_in("RESPECTIVELY", 0, len(s.text)):
            roles = _respective_parties(s, v, roles, rule.kind)
        if roles is None and outside and v.type in last_roles and rule.roles in ("flow", "pair", "invest") and not [
                c for c in s.countries if lo <= c.hit.start and c.hit.end <= hi]:
            roles = last_roles[v.type]  # "reaching 2.5 bn euros (January-July 2022: 1.9 bn euros)"
        if roles is None:
            continue
        subject, counterpart = roles
        period, explicit = _period(s, v, lo, hi, ctx)
        if period is None and continued and last_period.get(v.type):
            period = last_period[v.type]  # a list shares its period: "..., Uzbekistan for 8 percent"
        since = any(h.kind == "since" for h in s.periods if lo <= h.start < hi)
        basis = _basis(s, v, lo)
        inherited = False
        if period is None and not since and rule.kind in _INHERITING and basis == "actual":
            # "... accounted for $2.5 billion of that total": the previous sentence's figures first
            earlier = [f.period for f in previous if f.period and not getattr(f, "_inherited", False)]
            if not any(h.kind != "date" for h in s.periods) and earlier:
                period, inherited = earlier[0], True
            elif ctx.main_period:
                period, inherited = ctx.main_period, True
        if v.type == "money" and rule.kind not in ("exports", "imports"):
            commodity = None  # a commodity qualifies flows of goods, not trade totals or deals
        f = _make(rule.kind, subject, counterpart, v, s, commodity, period, basis)
        f._inherited = inherited  # type: ignore[attr-defined]  # read by _dedupe only
        if rule.kind in ("supply_share",) and commodity is None:
            continue
        out.append(f)
        out.extend(_each(s, f))
        by_value[id(v)] = f
        last_roles[v.type] = (subject, counterpart)
        last_commodity[v.type] = commodity
        last_period[v.type] = period
        if commodity and rule.kind == "production":
            ctx.last_commodity = commodity
    return out


def _joined_countries(s: Sentence) -> list[str]:
    """The longest list of countries joined by "and", "et", "и", "و" or commas ("China and Russia")."""
    best: list[str] = []
    run: list[str] = []
    prev = None
    for c in s.countries:
        gap = s.text[prev.hit.end:c.hit.start].strip() if prev is not None else None
        if gap is not None:
            gap = " ".join(w for w in fold(gap).split() if w not in _ARTICLES)  # "la Russie et le Kazakhstan"
        joined = gap is not None and (gap in _JOINERS or gap == "" and s.lang == "ar"
                                      and s.tokens[c.hit.first].norm.startswith("و"))
        run = run + [c.code] if joined else [c.code]
        if len(run) > len(best):
            best = list(run)
        prev = c
    return list(dict.fromkeys(best)) if len(best) >= 2 else []


def _respective_parties(s: Sentence, v: Value, roles: tuple[str, str | None],
                        kind: str) -> tuple[str, str | None]:
    """"imports from China and Russia amounted to $11.4 billion and $7.6 billion, respectively":
    the n-th figure goes to the n-th country of the list; the other party stays."""
    listed = _joined_countries(s)
    figures = [o for o in s.values if o.type == v.type and o.paren is None]
    if len(listed) != len(figures) or v not in figures:
        return roles
    mine = listed[figures.index(v)]
    head = next(c for c in s.countries if c.code == listed[0])
    partner_slot = head.marker in ("to", "with", "in") or (head.marker == "from" and kind != "exports")
    fixed = [r for r in roles if r not in listed] or [c.code for c in s.countries if c.code not in listed]
    if not fixed or fixed[0] == mine:
        return roles
    return (fixed[0], mine) if partner_slot else (mine, fixed[0])


def _each(s: Sentence, f: Fact) -> list[Fact]:
    """"Russia and Kazakhstan each supply 20 % of Kyrgyzstan's fuel", "كل من كازاخستان وأوزبكستان":
    the figure holds for every joined party, one fact each."""
    if not s.cue_in("EACH_WORDS", 0, len(s.text)) or f.kind in ("trade_volume", "deal_value"):
        return []
    listed = _joined_countries(s)
    out = []
    for slot in ("subject", "counterpart"):
        if getattr(f, slot) in listed:
            for code in listed:
                other = f.counterpart if slot == "subject" else f.subject
                if code != getattr(f, slot) and code != other:
                    g = Fact(**{k: getattr(f, k) for k in f.__dataclass_fields__})
                    setattr(g, slot, code)
                    g.equivalents = list(f.equivalents)
                    out.append(g)
            break
    return out


def _coordinated(s: Sentence, v: Value, used: set[int]) -> tuple[Match | None, str | None]:
    """"14,6 % et 45,7 % du commerce extérieur": the first of two joined percents shares the noun."""
    later = [o for o in s.values if o.start >= v.end and o.type == "percent"]
    if not later:
        return None, None
    nxt = later[0]
    if fold(s.text[v.end:nxt.start].strip()) not in _JOINERS:
        return None, None
    lo, hi = _window(s, nxt)
    return _governing(s, nxt, lo, hi, used=used)


def _list_item(s: Sentence, v: Value, lo: int, previous: tuple[str, str | None]) -> tuple[str, str | None] | None:
    """The next item of a list of shares: its own partner, the reporting country of the first."""
    host = previous[1]
    lo_paren = v.paren[0] if v.paren else lo
    left = [c for c in s.countries if lo <= c.hit.start and c.hit.end <= v.start and c.code != host
            and (v.paren is None or c.hit.start > v.paren[0])]
    if not left and v.paren is not None:
        left = [c for c in s.countries if c.hit.end <= lo_paren and lo_paren - c.hit.end <= 3 and c.code != host]
    if not left:
        after = [c for c in s.countries if c.hit.first >= v.last and c.hit.first - v.last <= 2 and c.code != host]
        left = after
    if not left:
        return previous  # "20 % of the EU's uranium needs and 9 % of its oil": the same pair
    return left[-1].code if left[-1].hit.end <= v.start else left[0].code, host


def _outer_value(s: Sentence, v: Value) -> Value | None:
    """The value right before the parentheses that hold ``v`` ("5.3 bn euros (5.6 bn dollars)")."""
    if v.paren is None:
        return None
    if any(v.paren[0] < t.start and t.end <= v.paren[1] and set(t.value) & set(_MONEY_CLASSES)
           for t in s.triggers):
        return None  # "(of which 2.5 bn of imports ...)": a part with its own measure
    between = s.text[v.paren[0] + 1:v.start]
    if len(between.strip()) > 12 or re.search(r"\d", between):
        return None
    head = s.text[:v.paren[0]].rstrip()
    for o in s.values:
        if o is not v and o.paren is None and o.end <= v.paren[0] and len(head) - o.end <= 2:
            return o
    return None


def _stated_equivalent(s: Sentence, v: Value) -> Value | None:
    """"964 millions de dollars, l'équivalent d'environ 904 millions d'euros": a stated conversion."""
    if v.type != "money":
        return None
    cues = [m for m in s.cue_in("EQUIVALENT_WORDS", 0, v.start) if v.first - m.last <= 3]
    if not cues:
        return None
    cue = cues[-1]
    prev = [o for o in s.values if o.type == "money" and o.end <= cue.start and cue.first - o.last <= 2]
    if prev and prev[-1].unit != v.unit:
        return prev[-1]
    return None


def _is_price(s: Sentence, v: Value) -> bool:
    """"$350 per tonne", "250 dollars les 1 000 m3", "за тонну": a sum right before a per-word or a
    quantity is a unit price, not a flow."""
    if any(0 <= m.first - v.last <= 0 for m in s.cue_in("PER_WORDS", v.end, len(s.text))):
        return True
    return any(o.type == "quantity" and o.start >= v.end and o.first - v.last <= 1 and o.paren == v.paren
               and o.value <= 1000 and o.unit in _BASE_UNITS and "(" not in s.text[v.end:o.start] for o in s.values)


def _is_change(s: Sentence, v: Value) -> bool:
    """"rose by $2 billion", "growth ... exceeding $28.2 million": the value is a change, not a level."""
    if v.paren is not None and any(h.end <= v.paren[0] and v.paren[0] - h.end <= 3 or v.paren[0] < h.start
                                   and h.end <= v.start for h in s.periods):
        return False  # "a 16 % increase on January-April 2022 ($366.5 million)": that period's level
    for m in s.cue_in("GROWTH_WORDS", 0, v.start):
        if 0 <= v.first - m.last <= 1:
            # "rose by $2 billion", "увеличился на 5 млрд" (but "товаров на 227 млн" is a level)
            lo = s.tokens[max(0, m.first - 5)].start
            if s.cue_in("CHANGE_WORDS", lo, m.start) or m.key in _STRONG_GROWTH:
                return True
    k = v.first - 1
    hedges = {fold(w) for w in words(s.lang, "APPROX_WORDS", [])}
    while k > 0 and s.tokens[k].norm in hedges:
        k -= 1
    if k >= 0 and s.tokens[k].norm in _LEVEL_WORDS:
        return False
    for m in s.cue_in("CHANGE_WORDS", 0, v.start):
        if v.first - m.last > 10 or m.end - m.start < 4:
            continue  # "making up $2.1 billion" is a level
        between = [o for o in s.values if m.end <= o.start and o.end <= v.start]
        measures = [t for t in s.triggers if m.end <= t.start and t.end <= v.start
                    and set(t.value) & set(_MONEY_CLASSES)]
        if not between and not measures:
            return True
    return False


def _respectively(s: Sentence, v: Value, roles, previous: list[Fact], ctx: Context):
    """"China and the EU ... 14.6 % and 45.7 % respectively": the n-th percent goes to the n-th country."""
    host = roles[1] if roles else ctx.home
    subjects = [c.code for c in s.countries if c.code != host]
    if not subjects and previous:
        subjects = []
    if not subjects:
        return roles
    order: list[str] = []
    for code in subjects:
        if code not in order:
            order.append(code)
    pcts = [o for o in s.values if o.type == "percent"]
    idx = pcts.index(v)
    return order[idx % len(order)], host


def _share_list_item(s: Sentence, v: Value, prev: Fact) -> Fact | None:
    """A percent right after a country name, continuing the previous sentence's list of shares."""
    before = [c for c in s.countries if c.hit.end <= v.start and v.first - c.hit.last <= 2
              and c.code != prev.counterpart]
    if not before or _is_change(s, v) or _measure_words(s) or any(
            set(t.value) & {"share", "total"} for t in s.triggers):
        return None
    f = _copy(prev, v, s, prev.period)
    f.subject = before[-1].code
    return f


def _measure_words(s: Sentence) -> bool:
    return any(set(m.value) & {"deal", "trade", "export", "import", "investment", "production", "partner",
                               "investor"} for m in s.triggers)


def _continue(prev: Fact, v: Value, s: Sentence, ctx: Context, lo: int, hi: int) -> Fact | None:
    kinds = ("trade_volume", "exports", "imports", "investment", "trade_share", "import_share", "export_share")
    topic = getattr(prev, "_topic", False)
    if prev.kind not in kinds or (prev.unit != v.unit and not (topic and v.type == "money")):
        return None
    codes = list(dict.fromkeys(c.code for c in s.countries))
    if codes and not (prev.kind == "trade_volume" and len(codes) == 2 and set(codes) == {prev.subject, prev.counterpart}):
        return None
    period, _ = _period(s, v, lo, hi, ctx)
    basis = _basis(s, v, lo)
    if not topic and basis == prev.basis and (period is None or period == prev.period):
        return None
    if topic and period is None:
        period = ctx.main_period
    f = _copy(prev, v, s, period)
    f.basis = basis
    return f


#: Bare prepositions that the number layer may read as "up to" but that follow a verb of reaching.
_BARE_TO = {"до", "الى", "إلى", "to", "a", "à"}


def _approx(s: Sentence, v: Value, m: Mention | None) -> bool:
    """A hedge of the number layer, or one the fact layer's words see right before the figure
    ("près d'un quart": the elided article hides the hedge from the number)."""
    if m is not None and (m.approx or m.qualifier):
        return bool(m.approx)
    if v.first <= 0 or not s.tokens:
        return False
    lo = s.tokens[max(0, v.first - 3)].start
    gap = {"d", "de", "d'", "of", "a"}
    for c in s.cue_in("APPROX_WORDS", lo, v.start):
        between = [t.norm for t in s.tokens[c.last:v.first]]
        if all(w in gap for w in between) and len(between) <= 1:
            return True
    return False


def _qualifier(s: Sentence, v: Value, q: str | None, approx: bool) -> str | None:
    """The bound a verb puts on the figure: "exceeds", "превысили", "تجاوزت" make it ``over`` even
    when the verb stands far before it ("تجاوزت الاستثمارات الصينية في طاجيكستان 3 مليارات"); a verb
    of reaching makes its "до"/"إلى" a plain "to", not "up to" ("довести товарооборот до 5 млрд")."""
    if not s.tokens or v.first <= 0:
        return q
    lo = s.tokens[max(0, v.first - 8)].start
    for o in s.values:
        if o.end <= v.start and o is not v and o.type in ("money", "quantity", "percent"):
            lo = max(lo, o.end)
    stop = [m.end() for m in re.finditer(r"[,،;؛:]", s.text[lo:v.start])]
    if stop:
        lo += stop[-1]
    prev = s.tokens[v.first - 1]
    if q == "up_to" and fold(s.text[prev.start:prev.end]) in {fold(w) for w in _BARE_TO}:
        if s.cue_in("REACH_WORDS", lo, prev.start):
            return None
    if q is None and not approx and s.cue_in("EXCEED_WORDS", lo, v.start):
        return "over"
    return q


def _copy(base: Fact, v: Value, s: Sentence, period: str | None) -> Fact:
    m = v.mention
    return Fact(kind=base.kind, subject=base.subject, counterpart=base.counterpart, value=v.value,
                unit=v.unit or base.unit, commodity=base.commodity, period=period, basis="actual",
                value_high=m.value_high if m else None, approx=_approx(s, v, m),
                qualifier=_qualifier(s, v, m.qualifier if m else None, bool(m and m.approx)),
                span=(s.offset + v.start, s.offset + v.end), evidence=s.text.strip())


def _make(kind: str, subject: str, counterpart: str | None, v: Value, s: Sentence, commodity: str | None,
          period: str | None, basis: str) -> Fact:
    m = v.mention
    unit = v.unit or ""
    if kind in ("investor_rank", "partner_rank"):
        unit = "rank"
    return Fact(kind=kind, subject=subject, counterpart=counterpart, value=v.value, unit=unit,
                commodity=commodity, period=period, basis=basis,
                value_high=m.value_high if m else None, approx=_approx(s, v, m),
                qualifier=_qualifier(s, v, m.qualifier if m else None, bool(m and m.approx)),
                span=(s.offset + v.start, s.offset + v.end), evidence=s.text.strip())


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """Each fact once: the same measure, parties and value is one fact (title and body)."""
    kept: list[Fact] = []
    index: dict[tuple, list[Fact]] = {}
    for f in facts:
        key = _fact_key(f)
        same = index.setdefault(key, [])
        merged = False
        for g in same:
            g_open = g.period is None or getattr(g, "_inherited", False)
            f_open = f.period is None or getattr(f, "_inherited", False)
            if g.period == f.period or g_open or f_open:
                if g_open and f.period is not None and not f_open:
                    g.period = f.period
                    g._inherited = False  # type: ignore[attr-defined]
                if not g.equivalents and f.equivalents:
                    g.equivalents = f.equivalents
                merged = True
                break
        if not merged:
            same.append(f)
            kept.append(f)
    return kept
