"""Periods in text: years, months, month ranges, halves, quarters, "first N months", relative years.

``find_periods`` recognizes period expressions among a sentence's tokens using the month
names and period words of the language file; ``resolve`` turns one into the spec's string
("2023", "2023-04", "2023-01/2023-04") once the context is known (publication date, the year
the sentence is about, the article's main period). dateparser is not used here: it reads
"в 2023 году" as year 3 and invents parts of year-only dates (libraries.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from etl.extract.lexicon import PhraseMatcher, Token, arabic_variants, fold, list_matcher, words


@dataclass
class PeriodHit:
    start: int
    end: int
    first: int  # token index range [first, last)
    last: int
    kind: str  # year | month | range | since | relative | anchored | same | that | date | by
    year: int | None = None
    m1: int | None = None
    m2: int | None = None
    offset: int = 0  # for relative years

    @property
    def explicit(self) -> bool:
        return self.kind in ("year", "month", "range", "by") and self.year is not None


def _year(tok: Token) -> int | None:
    if len(tok.norm) == 4 and tok.norm.isdigit():
        y = int(tok.norm)
        if 1950 <= y <= 2045:
            return y
    return None


def _month_matcher(lang: str) -> PhraseMatcher:
    return list_matcher(lang, "MONTHS")


def find_periods(tokens: list[Token], lang: str, blocked: set[int] | None = None) -> list[PeriodHit]:
    """Period expressions among ``tokens``; ``blocked`` token indices belong to number mentions."""
    blocked = blocked or set()
    months = {m.first: m for m in _month_matcher(lang).find(tokens)}
    if lang == "en":  # "may" is a month only next to a year or a day number
        for i in list(months):
            if tokens[i].norm == "may" and not _near_year_or_day(tokens, i):
                del months[i]
    used: set[int] = set()
    hits: list[PeriodHit] = []

    def add(hit: PeriodHit) -> None:
        hits.append(hit)
        used.update(range(hit.first, hit.last))

    for matcher_name, kind in (("SAME_PERIOD_WORDS", "same"), ("THAT_YEAR_WORDS", "that")):
        for m in list_matcher(lang, matcher_name).find(tokens):
            if set(range(m.first, m.last)) & used:
                continue
            y, j = _year_after(tokens, m.last, blocked)
            start, first = m.start, m.first
            if y is None and m.first > 0 and _year(tokens[m.first - 1]) and m.first - 1 not in blocked:
                y, j = _year(tokens[m.first - 1]), m.last  # "the 2022 reporting period"
                start, first = tokens[m.first - 1].start, m.first - 1
                add(PeriodHit(start, m.end, first, m.last, kind, year=y))
                continue
            add(PeriodHit(start, tokens[j - 1].end if y else m.end, first, j if y else m.last,
                          kind, year=y))
    # halves and quarters
    for name, size in (("HALVES", 6), ("QUARTERS", 3)):
        for m in list_matcher(lang, name).find(tokens):
            if set(range(m.first, m.last)) & used:
                continue
            n = int(m.value)
            y, j = _year_after(tokens, m.last, blocked)
            hit = PeriodHit(m.start, tokens[j - 1].end if y else m.end, m.first, j if y else m.last,
                            "range", year=y, m1=(n - 1) * size + 1, m2=n * size)
            if y is None:
                hit.kind = "range-noyear"
            add(hit)
    # "first 4 months of 2020", "9 месяцев", "les huit premiers mois"
    count_words = list_matcher(lang, "MONTH_COUNT_WORD")
    small = {k: v for k, v in words(lang, "SMALL_NUMBERS", {}).items()}
    for m in count_words.find(tokens):
        if m.first in used:
            continue
        n = None
        end = m.last
        for back in (1, 2):
            i = m.first - back
            if i < 0:
                break
            norm = tokens[i].norm
            if norm.isdigit() and 1 <= int(norm) <= 12:
                n = int(norm)
            elif norm in small:
                n = small[norm]
            if n:
                break
        if not n and lang == "ar" and m.last < len(tokens):
            # "الأشهر السبعة الأولى": the number follows the noun, then "first"
            for variant in arabic_variants(tokens[m.last].norm):
                if variant in small:
                    n, end = small[variant], m.last + 1
                    break
            if n and end < len(tokens) and tokens[end].norm in ("الاولى", "الاولي", "الاول"):
                end += 1
            i = m.first
            back = 0
        if not n:
            continue
        i = m.first - back
        m = type(m)(m.start, tokens[end - 1].end, m.first, end, m.value, m.key)
        y, j = _year_after(tokens, m.last, blocked)
        hit = PeriodHit(tokens[i].start, tokens[j - 1].end if y else m.end, i, j if y else m.last,
                        "range" if y else "range-noyear", year=y, m1=1, m2=n)
        add(hit)
    # month ranges and single months
    joiners = {fold(w) for w in words(lang, "RANGE_JOINERS", [])}
    order = sorted(months)
    skip: set[int] = set()
    for idx, i in enumerate(order):
        if i in skip or i in used:
            continue
        m = months[i]
        second = None
        for nxt in order[idx + 1: idx + 2]:
            gap = tokens[m.last:nxt]
            if len(gap) <= 2 and all(t.norm in joiners for t in gap):
                second = months[nxt]
        last = second.last if second else m.last
        # a day number right before or after a single month is a calendar date
        if second is None and _is_day(tokens, i - 1) or second is None and _is_day(tokens, m.last):
            y, j = _year_after(tokens, m.last + (1 if _is_day(tokens, m.last) else 0), blocked)
            start_i = i - 1 if _is_day(tokens, i - 1) else i
            end_j = j if y else m.last
            add(PeriodHit(tokens[start_i].start, tokens[end_j - 1].end, start_i, end_j, "date",
                          year=y, m1=m.value, m2=m.value))
            continue
        y, j = _year_after(tokens, last, blocked)
        if y is None:
            j = last
        hit = PeriodHit(m.start, tokens[j - 1].end, i, j, "range" if second else "month", year=y,
                        m1=m.value, m2=second.value if second else m.value)
        if y is None:
            hit.kind = "range-noyear" if second else "month-noyear"
        if second:
            skip.add(order[idx + 1])
        add(hit)
    # relative years
    anchored = set(words(lang, "ANCHORED_RELATIVE", []))
    for m in list_matcher(lang, "RELATIVE_YEARS").find(tokens):
        if set(range(m.first, m.last)) & used:
            continue
        kind = "anchored" if m.key in anchored else "relative"
        add(PeriodHit(m.start, m.end, m.first, m.last, kind, offset=int(m.value)))
    # bare years, "since 2005", "from 1992 to 2023", "by 2025"
    since = list_matcher(lang, "SINCE_WORDS")
    since_at = {m.last: m for m in since.find(tokens)}
    by_at = {m.last: m for m in list_matcher(lang, "BY_WORDS").find(tokens)}
    i = 0
    while i < len(tokens):
        if i in used or i in blocked or _year(tokens[i]) is None:
            i += 1
            continue
        y = _year(tokens[i])
        start_i = i
        # a preposition or year word may sit between the marker and the year ("since 2005", "с 2008 года")
        marker = None
        for back in (0, 1):
            k = i - back
            if k in since_at and (back == 0 or tokens[i - 1].norm in _YEAR_WORDS):
                marker = ("since", since_at[k])
            elif k in by_at and (back == 0 or tokens[i - 1].norm in _YEAR_WORDS):
                marker = ("by", by_at[k])
            if marker:
                break
        # a second year right after: "1992 to 2023", "2014-2020"
        y2 = None
        j = i + 1
        if j < len(tokens) and (tokens[j].norm in joiners or tokens[j].norm in ("to", "a", "по", "до", "الى", "الي")):
            if j + 1 < len(tokens) and _year(tokens[j + 1]) and j + 1 not in blocked:
                y2 = _year(tokens[j + 1])
                j += 1
        elif j < len(tokens) and _year(tokens[j]) and tokens[j].start - tokens[i].end == 1 and j not in blocked:
            y2 = _year(tokens[j])
        if y2 is not None and y2 > y:
            end_i = j if _year(tokens[j]) else j
            if marker and marker[0] == "since":
                add(PeriodHit(marker[1].start, tokens[end_i].end, marker[1].first, end_i + 1, "since"))
            else:
                add(PeriodHit(tokens[start_i].start, tokens[end_i].end, start_i, end_i + 1, "range",
                              year=y, m1=1, m2=12, offset=y2 - y))
            i = end_i + 1
            continue
        if marker and marker[0] == "since":
            add(PeriodHit(marker[1].start, tokens[i].end, marker[1].first, i + 1, "since", year=y))
        elif marker:
            add(PeriodHit(marker[1].start, tokens[i].end, marker[1].first, i + 1, "by", year=y))
        elif not _counts_things(tokens, i):
            add(PeriodHit(tokens[i].start, tokens[i].end, i, i + 1, "year", year=y))
        i += 1
    hits.sort(key=lambda h: h.start)
    # "в первом полугодии текущего года", "des huit premiers mois de l'annee": the year is relative
    merged: list[PeriodHit] = []
    for hit in hits:
        prev = merged[-1] if merged else None
        if (prev is not None and prev.kind == "same" and prev.year is None
                and hit.kind in ("relative", "anchored") and hit.first - prev.last <= 1):
            prev.kind = "same-" + hit.kind  # "في الفترة نفسها من العام الماضي", "same period last year"
            prev.offset = hit.offset
            prev.end, prev.last = hit.end, hit.last
            continue
        if (prev is not None and prev.kind in ("range-noyear", "month-noyear")
                and hit.kind in ("relative", "anchored") and hit.first - prev.last <= 2):
            prev.kind = prev.kind.replace("noyear", hit.kind)
            prev.offset = hit.offset
            prev.end, prev.last = hit.end, hit.last
            continue
        merged.append(hit)
    return merged


_YEAR_WORDS = {"года", "году", "год", "г", "عام", "العام", "سنة", "l'annee", "annee", "the", "year", "of",
               "de", "a", "l"}


def _counts_things(tokens: list[Token], i: int) -> bool:
    """"2000 كيلومتر", "2035 дачных построек": a number of things, not a year."""
    if i + 1 >= len(tokens) or tokens[i + 1].start - tokens[i].end > 1:
        return False
    nxt, prev = tokens[i + 1].norm, tokens[i - 1].norm if i > 0 else ""
    if nxt in _YEAR_WORDS or nxt.isdigit() or prev in _YEAR_MARKERS or prev in _YEAR_WORDS:
        return False
    return nxt.isalpha()


_YEAR_MARKERS = {"in", "of", "since", "by", "from", "to", "during", "for", "en", "de", "depuis", "des", "d",
                 "au", "a", "в", "с", "к", "по", "за", "до", "на", "في", "عام", "العام", "منذ", "حتى", "بحلول",
                 "خلال", "سنة", "year", "annee", "the", "итогам", "результатам"}


def _year_after(tokens: list[Token], j: int, blocked: set[int]) -> tuple[int | None, int]:
    """A year right after token ``j`` (allowing "of", "года", "عام" and the like between)."""
    for k in range(j, min(j + 3, len(tokens))):
        y = _year(tokens[k])
        if y is not None and k not in blocked:
            return y, k + 1
        if tokens[k].norm not in _YEAR_WORDS and tokens[k].norm not in ("من", "في", "en", "in"):
            return None, j
    return None, j


def _is_day(tokens: list[Token], i: int) -> bool:
    if 0 <= i < len(tokens):
        norm = tokens[i].norm
        return norm.isdigit() and len(norm) <= 2 and 1 <= int(norm) <= 31
    return False


def _near_year_or_day(tokens: list[Token], i: int) -> bool:
    return _is_day(tokens, i - 1) or _is_day(tokens, i + 1) or (
        i + 1 < len(tokens) and _year(tokens[i + 1]) is not None) or (
        i > 0 and tokens[i - 1].norm in ("in", "since", "from", "of"))


def _months(y: int, m1: int, y2: int, m2: int) -> str:
    if (y, m1) == (y2, m2):
        return f"{y:04d}-{m1:02d}"
    return f"{y:04d}-{m1:02d}/{y2:04d}-{m2:02d}"


def resolve(hit: PeriodHit, pub: tuple[int, int] | None, anchor: int | None,
            main: str | None = None) -> tuple[bool, str | None]:
    """The period string of ``hit`` -> (usable, value).

    ``pub`` is (year, month) of publication, ``anchor`` the year the sentence speaks of,
    ``main`` the article's main period, for "over the period" and "the same period of 2022". ``usable`` is
    False when the expression gives no period to a fact (a calendar date).
    """
    pub_year = pub[0] if pub else None
    if hit.kind == "since":
        return True, None
    if hit.kind in ("year", "by"):
        return True, f"{hit.year:04d}"
    if hit.kind == "month":
        return True, f"{hit.year:04d}-{hit.m1:02d}"
    if hit.kind == "range":
        y2 = hit.year + hit.offset if hit.offset else hit.year
        return True, _months(hit.year, hit.m1, y2, hit.m2)
    if hit.kind in ("range-noyear", "month-noyear"):
        y = anchor or pub_year
        if y is None:
            return True, None
        if hit.kind == "month-noyear" and pub and anchor is None and hit.m1 > pub[1]:
            y -= 1  # "in December", written in January: last December
        return True, _months(y, hit.m1, y, hit.m2)
    if hit.kind in ("range-relative", "month-relative", "range-anchored", "month-anchored"):
        base = (anchor or pub_year) if hit.kind.endswith("anchored") else pub_year
        if base is None:
            return True, None
        y = base + hit.offset
        return True, _months(y, hit.m1, y, hit.m2)
    if hit.kind == "relative":
        return (True, f"{pub_year + hit.offset:04d}") if pub_year else (True, None)
    if hit.kind == "anchored":
        base = anchor or pub_year
        return (True, f"{base + hit.offset:04d}") if base else (True, None)
    if hit.kind == "that":
        return (True, f"{anchor:04d}") if anchor else (False, None)
    if hit.kind in ("same-relative", "same-anchored"):
        base = pub_year if hit.kind == "same-relative" else (anchor or pub_year)
        if base is None:
            return False, None
        hit = PeriodHit(hit.start, hit.end, hit.first, hit.last, "same", year=base + hit.offset)
    if hit.kind == "same":
        if hit.year is None:
            return (True, main) if main else (False, None)
        if main and "/" in main:
            a, b = main.split("/")
            return True, f"{hit.year:04d}{a[4:]}/{hit.year:04d}{b[4:]}"
        if main and len(main) == 7:
            return True, f"{hit.year:04d}{main[4:]}"
        return True, f"{hit.year:04d}"
    return False, None
