"""Amounts: the number an expression states, read token by token, before its type is known.

Digits with any locale's separators, number words composed as Duckling composes them (units,
tens, hundreds, scales; Arabic units before tens, French vigesimal forms), "and a half", "point
five", "три целых пять десятых", signs, glued scales ("100k", "$5bn"), ordinal endings ("21st",
"1-й"). The ``Scanner`` also matches the lexicon's phrase tables at a token. Every method moves
forward over a bounded window, so reading a text is linear in its length.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from etl.extract.numbers.lexicon import GIGA, SKIP, Lexicon, PhraseTable
from etl.extract.numbers.tokens import Token, read_digits

HYPHENS = frozenset({"-", "—", "–", "‐"})
# Alone with the article, these cardinals are ordinals ("العشرون", "المئة"); "الخمسة" stays five.
_DEFINITE_ORDINALS = frozenset({20, 30, 40, 50, 60, 70, 80, 90, 100, 200, 1000, 10**6, 10**9, 10**12})


@dataclass
class Amount:
    """The value an expression states and the tokens [start, end) it spans, type not yet known."""

    value: Decimal
    start: int  # token index
    end: int  # token index, exclusive
    scale: int = 1  # the last scale word applied (for "тыс. тонн" -> kt and ranges)
    ordinal: bool = False
    digits: bool = False
    trim: int = 0  # characters of an attached conjunction or preposition ("وخمسة") left out of the span


class Scanner:
    """Reads amounts and matches phrase tables over one text's tokens, for one language."""

    def __init__(self, lex: Lexicon, tokens: list[Token], text: str = ""):
        self.text = text
        self.lex = lex
        self.toks = tokens
        self.n = len(tokens)

    # -- phrase matching -------------------------------------------------------------------
    def match(self, i: int, table: PhraseTable, raw: bool = False, strip_prefix: bool = False):
        """Longest phrase of ``table`` starting at token i: (value, end, stripped prefix)."""
        if i >= self.n or not table.table:
            return None
        first_keys = [(self.toks[i].text if raw else self.toks[i].key, "")]
        if strip_prefix and self.lex.prefixes and self.toks[i].kind == "w" and self.toks[i].key not in self.lex.whole_words:
            k = self.toks[i].key
            for p in self.lex.prefixes:
                if k.startswith(p) and len(k) - len(p) >= 2:
                    first_keys.append((k[len(p):], p))
        best = None
        for first, prefix in first_keys:
            key: tuple[str, ...] = (first,)
            j = i + 1
            if key in table.table:
                if best is None or j > best[1]:
                    best = (table.table[key], j, prefix)
            while key in table.prefixes and j < self.n and len(key) < table.maxlen:
                skipped = 0
                while j < self.n and self.toks[j].text in SKIP and j + 1 < self.n and skipped < 2:
                    j += 1
                    skipped += 1
                tok = self.toks[j]
                key = key + (tok.text if raw else tok.key,)
                j += 1
                if key in table.table and (best is None or j > best[1]):
                    best = (table.table[key], j, prefix)
            if best is not None and prefix == "":
                break
        if best is not None:
            best = (best[0], self._eat_dot(best[1]), best[2])
        return best

    def _eat_dot(self, j: int) -> int:
        """An abbreviation keeps its full stop: "млрд." "руб." "bn."."""
        if j < self.n and self.toks[j].text == "." and not self.toks[j].spaced:
            prev = self.toks[j - 1]
            if prev.key in self.lex.abbreviations:
                return j + 1
        return j

    def in_hedge(self, i: int) -> bool:
        """Whether token i ends a hedge phrase ("au moins", "не менее"): then it is no sign."""
        table = self.lex.hedges
        for length in range(2, table.maxlen + 1):
            if i - length + 1 < 0:
                break
            if tuple(t.key for t in self.toks[i - length + 1 : i + 1]) in table.table:
                return True
        return False

    def currency_at(self, i: int):
        """A currency at token i: case-kept codes and signs ("MUSD", "A$") or folded names."""
        a = self.match(i, self.lex.currencies_raw, raw=True)
        b = self.match(i, self.lex.currencies)
        if a and (not b or a[1] >= b[1]):
            return a
        return b

    # -- amounts ---------------------------------------------------------------------------
    def numword(self, i: int, first: bool):
        """A number word at i: ((kind, value, ordinal), end, prefix) or None."""
        tok = self.toks[i]
        if tok.kind != "w":
            return None
        m = self.match(i, self.lex.numwords, strip_prefix=bool(self.lex.prefixes))
        if m is None:
            return None
        prefix = m[2]
        if prefix and not first and prefix not in ("و", "وال"):
            after_and = i > 0 and self.toks[i - 1].key in self.lex.connectors
            if not (after_and and prefix == self.lex.definite):
                return None
        return m

    def _digits_value(self, tok: Token) -> Decimal | None:
        """A digit token's value, read once with the language's separators."""
        if tok.value is None:
            tok.value = read_digits(tok.text, self.lex.decimal_comma, self.lex.dot_thousands)
        return tok.value

    def amount(self, i: int, limit: int | None = None) -> Amount | None:
        """The longest amount starting at token i (and ending by token ``limit``)."""
        lex, toks, n = self.lex, self.toks, self.n
        if limit is not None:
            n = min(n, limit)
        j = i
        negative = False
        tok = toks[i]
        if tok.text == "-" and i + 1 < n and toks[i + 1].kind == "n":
            # "-5", "minus 5"; a dash set apart by spaces ("– 26,6%") is punctuation
            prev = toks[i - 1] if i > 0 else None
            glued = not toks[i + 1].spaced
            if prev is None or (glued and tok.spaced and prev.kind != "n" and prev.text not in ")%"):
                negative = True
                j += 1
        elif tok.kind == "w" and tok.key in lex.negative_words and i + 1 < n and not self.in_hedge(i):
            nxt = toks[i + 1]
            if nxt.kind == "n" or self.numword(i + 1, True):
                negative = True
                j += 1
        elif tok.kind == "w" and tok.key in lex.positive_words and i + 1 < n:
            nxt = toks[i + 1]
            if nxt.kind == "n" or self.numword(i + 1, True):
                j += 1
        total = Decimal(0)
        current: Decimal | None = None
        last_scale: int | None = None
        scale_count = 0
        any_ = False
        ordinal = False
        digits = False
        words = 0
        lead_fraction = False
        first_definite = False
        cur_digits = False
        after_tail = False
        last_mult = False
        trim = 0
        end = j
        while j < n:
            tok = toks[j]
            # a hyphen or dash between number words ("forty-two", "quatre-vingt-dix")
            if any_ and tok.text in HYPHENS and not tok.spaced and j + 1 < n and toks[j + 1].kind == "w" and not toks[j + 1].spaced:
                j += 1
                continue
            if any_ and tok.text in HYPHENS and j + 1 < n and self._unit_after_tens(current, cur_digits, j + 1):
                j += 1  # "fifty - two": a spaced hyphen inside a number, never a range (50 > 2)
                continue
            if tok.kind == "n":
                if (any_ and not digits and current is not None and last_scale is None and 20 <= current < 100
                        and current % 10 == 0 and len(tok.text) == 1 and tok.text != "0"):
                    current += int(tok.text)  # "trente 3": tens in words, the unit in digits
                    words += 1
                    j = end = j + 1
                    break
                if any_ and not (last_scale is not None and current is None and self._compound_follows(j, last_scale)):
                    break
                v = self._digits_value(tok)
                if v is None:
                    break
                current = v
                any_ = digits = cur_digits = True
                last_mult = False
                j += 1
                end = j
                if (lex.decimal_comma and " " in tok.text and "," not in tok.text and j + 1 < n
                        and toks[j].text == "," and not toks[j].spaced and toks[j + 1].kind == "n"
                        and len(toks[j + 1].text) == 2 and toks[j + 1].text.isdigit()):
                    current = v + Decimal(toks[j + 1].text) / 100  # "1 599 059, 38 Евро"
                    j = end = j + 2
                # glued or spaced scale suffix: "100k", "$5bn", "10M", "2.33 k", "1,080mln"
                if j < n and toks[j].kind == "w":
                    nt = toks[j]
                    s = None
                    if not nt.spaced:
                        s = lex.scales_glued.get(nt.key) or self._scale_word(j) or self._giga(tok, nt)
                    elif nt.text in lex.scales_spaced_cased and not self._word_follows(j):
                        s = lex.scales_spaced_cased[nt.text]
                    if s:
                        total += current * s
                        current = None
                        last_scale = s
                        scale_count += 1
                        j = self._eat_dot(j + 1)
                        end = j
                continue
            if tok.kind != "w":
                break
            # decimal point word: "two point five", "1 точка 1", "خمس فاصلة خمسة"
            if tok.key in lex.point_words and current is not None and j + 1 < n and lex.denominators:
                counted = self._counted_fraction(j + 1)
                if counted is not None:
                    current = current + counted[0]
                    j = end = counted[1]
                    break
            if tok.key in lex.point_words and current is not None and j + 1 < n:
                frac, k = self._fraction_digits(j + 1)
                if frac is None:
                    break
                current = current + frac
                j = end = k
                continue
            if tok.key in lex.point_words and not any_ and j + 1 < n and toks[j + 1].kind == "w" and j == i:
                frac, k = self._fraction_digits(j + 1)
                if frac is None:
                    break
                current = frac  # "point fifteen", "точка пятьнадцать": 0.15
                any_ = True
                words += 1
                j = end = k
                continue
            if tok.key in lex.point_words and not any_ and j + 1 < n and toks[j + 1].kind == "n":
                frac, k = self._fraction_digits(j + 1)
                if frac is None:
                    break
                current = frac
                any_ = digits = True
                j = end = k
                continue
            if any_ and tok.key in lex.connectors:
                nj = j + 1
                if nj < n and toks[nj].text in HYPHENS and not toks[nj].spaced:
                    nj += 1  # "vingt-et-un"
                nxt = self.numword(nj, False) if nj < n else None
                if (nxt is None and nj < n and toks[nj].kind == "n" and last_scale is not None
                        and current is None and self._compound_follows(nj, last_scale)):
                    j = nj  # "مليار و200 مليون", "1 billion and 200 million"
                    continue
                if nxt is None and nj < n and toks[nj].kind == "n" and last_mult and current is not None:
                    rest = self._digits_value(toks[nj])
                    if (rest is not None and current % 100 == 0 and 0 < rest < 100 and rest == int(rest)
                            and "." not in toks[nj].text and "," not in toks[nj].text
                            and (nj + 1 >= n or self.numword(nj + 1, False) is None)):
                        current += rest  # "٣ مئة و ٢١": 321
                        j = end = nj + 1
                        cur_digits = True
                        continue
                tail = self.match(j, lex.fraction_tails)
                if tail is None and (nxt is None or nxt[0][1] == 0 or not self._combinable(current, nxt[0])):
                    break
                if (tail is None and nxt[0][0] in ("scale", "dual") and last_scale is not None
                        and self._scale_of(nxt[0]) >= last_scale):
                    break  # "900 ألف ومليون": "and" before a larger scale joins two amounts (a range)
                if tail is None:
                    j = nj
                    continue
            tail = self.match(j, lex.fraction_tails) if any_ and not after_tail else None
            if tail is not None:
                frac = Decimal(str(tail[0]))
                j = end = tail[1]
                if current is None and last_scale:
                    total += frac * last_scale
                    end = j = self._repeated_scale(j, last_scale)
                    break
                if current is None:
                    break
                current += frac
                after_tail = True  # "five and a half million": only a scale may follow
                continue
            if not any_:
                lead = self.match(j, lex.fraction_leads)
                word = self.numword(j, True) if lead is not None else None
                if lead is not None and (word is None or lead[1] > word[1]):  # "three quarters billion"
                    current = Decimal(str(lead[0]))
                    any_ = lead_fraction = True
                    j = end = lead[1]
                    continue
            m = self.numword(j, not any_)
            if m is None:
                break
            (kind, value, is_ord), k, prefix = m
            if after_tail and kind != "scale":
                break
            if is_ord and digits:
                break  # "$ 280 million first preferred": the ordinal is another word
            if kind == "scale" and not any_ and (len(tok.key) < 3 or tok.key in lex.abbreviations):
                break  # "md." (Maryland) or "bn" alone is not a number
            if not any_ and lex.definite and prefix.endswith(lex.definite):
                first_definite = tok.key[len(prefix):] not in lex.plural_words  # "الآلاف": thousands, no rank
            if not any_ and prefix and not prefix.endswith(lex.definite or "\0") and j == i:
                trim = len(prefix)
            if kind == "unit":
                v = Decimal(str(value))
                if current is None:
                    if any_ and last_scale is None:
                        break
                    current = v
                elif self._combinable(current, m[0]) and not cur_digits:
                    current += v
                else:
                    break
            elif kind == "mult":
                if current is None:
                    if (any_ and last_scale is None) or tok.key[len(prefix):] in lex.counted_only:
                        break
                    current = Decimal(value)
                elif current < 100 or (digits and current < 1000 and scale_count == 0):
                    current = current * value
                else:
                    break
            elif kind == "scale":
                if current is None:
                    if any_ and last_scale is not None and value > last_scale and prefix[:1] in lex.connectors:
                        break  # "900 ألف ومليون": "and" before a larger scale joins two amounts (a range)
                    if any_ and last_scale is not None and value > last_scale and not lead_fraction:
                        total = total * value
                        last_scale = value
                    elif any_ and last_scale is not None and value < last_scale and not lead_fraction:
                        total += value  # "миллиард тысяча": a bare scale counts one
                        last_scale = value
                    elif not any_:
                        current = Decimal(1)
                        total += current * value
                        current = None
                        last_scale = value
                    else:
                        break
                else:
                    if last_scale is not None and value > last_scale and total + current < value and not digits:
                        total = (total + current) * value  # "two thousand two million": 2002 million
                        current = None
                        last_scale = value
                        scale_count += 1
                        words += 1
                        ordinal = ordinal or is_ord
                        cur_digits = last_mult = False
                        j = end = k
                        continue
                    if last_scale is not None and value >= last_scale:
                        break
                    total += current * value
                    current = None
                    last_scale = value
                scale_count += 1
                lead_fraction = False
            elif kind == "dual":
                count, scale = value
                if last_scale is not None and scale >= last_scale:
                    break
                # "ملياري دولار" is two billion; after a number ("ثلاثين ألفا") the form is a plain scale
                total += (current if current is not None else Decimal(count)) * scale
                current = None
                last_scale = scale
                scale_count += 1
            any_ = True
            cur_digits = False
            last_mult = kind == "mult"
            words += 1
            ordinal = ordinal or is_ord
            j = end = k
            if is_ord and not lex.units_before_tens:
                break
        if not any_ or lead_fraction:
            return None
        if words == 0 and not digits:
            return None
        if words == 1 and not digits and end - i == 1 and toks[i].key in lex.weak_words:
            return None
        value = total + (current if current is not None else 0)
        if negative:
            value = -value
        if first_definite and not digits and (words > 1 or value in _DEFINITE_ORDINALS):
            ordinal = True  # "الواحد والثلاثون", "العشرون", "المئة": a definite cardinal counts an order
        amt = Amount(value, i, end, last_scale or 1, ordinal, digits, trim)
        if digits and not ordinal and words == 0:
            self._ordinal_suffix(amt)
        return amt

    @staticmethod
    def _scale_of(entry) -> int:
        """The scale of a scale or dual entry of the number words ("ملياري" is 2 x 10^9: 10^9)."""
        kind, value, _ = entry
        return value[1] if kind == "dual" else value

    def _repeated_scale(self, j: int, scale: int) -> int:
        """'مليون ونصف المليون': the scale said again after the half belongs to the amount."""
        if j < self.n and self.lex.definite:
            m = self.numword(j, True)
            if m and m[0][0] == "scale" and m[0][1] == scale and m[2] == self.lex.definite:
                return m[1]
        return j

    def _unit_after_tens(self, current: Decimal | None, cur_digits: bool, k: int) -> bool:
        """'fifty - two': a unit word after tens across a spaced hyphen continues the number."""
        if current is None or cur_digits or current % 10 or current % 100 == 0:
            return False
        m = self.numword(k, False)
        return bool(m and m[0][0] == "unit" and not m[0][2] and isinstance(m[0][1], int) and 1 <= m[0][1] <= 9)

    @staticmethod
    def _giga(tok: Token, nt: Token) -> int | None:
        """'10G', '.0012G', '1,2Г': giga glued to digits, but not '5G' (a network) or '2023Г' (a year)."""
        scale = GIGA.get(nt.text)
        if scale is None:
            return None
        plain = tok.text.isdigit()
        return None if plain and len(tok.text) not in (2, 3) else scale

    def _scale_word(self, j: int) -> int | None:
        m = self.match(j, self.lex.numwords)
        if m and m[0][0] == "scale" and not m[0][2] and m[1] == j + 1:
            return m[0][1]
        return None

    def _word_follows(self, j: int) -> bool:
        """'10 M' is ten million, but not in '10 M Street' or '5 M. Dupont'."""
        return j + 1 < self.n and self.toks[j + 1].kind == "w" and not self.toks[j + 1].spaced

    def _compound_follows(self, j: int, last_scale: int) -> bool:
        """'6 млрд. 100 млн.': a digit run after a scale counts only before a smaller scale."""
        if j + 1 >= self.n:
            return False
        m = self.match(j + 1, self.lex.numwords)
        return bool(m and m[0][0] in ("scale", "mult") and m[0][1] < last_scale)

    def _combinable(self, current: Decimal | None, entry) -> bool:
        """Whether a number word extends the amount read so far: "twenty" + "one", "cent" +
        "vingt", "soixante" + "treize" (French), "خمسة" + "عشرون" (Arabic units before tens);
        not "five" + "six" or "twenty" + "thirty", which are two numbers."""
        kind, value, _ = entry
        if current is None or kind in ("mult", "scale", "dual"):
            return True
        if current != current.to_integral_value() or not isinstance(value, int) or value >= 100:
            return False
        rest = int(current) % 100  # what the next word would add to
        if rest == 0:
            return True
        if value < 10 and rest % 10 == 0:
            return True
        if self.lex.vigesimal and 10 <= value < 20 and rest in (60, 80):
            return True
        return self.lex.units_before_tens and rest < 10 and value % 10 == 0 and value >= 10

    def _counted_fraction(self, k: int) -> tuple[Decimal, int] | None:
        """'пять десятых', '25 сотых': a count of tenths or hundredths after 'целых'."""
        j = k
        value = Decimal(0)
        if j < self.n and self.toks[j].kind == "n" and self.toks[j].text.isdigit():
            value = Decimal(self.toks[j].text)
            j += 1
        else:
            got = False
            while j < self.n:
                m = self.numword(j, True)
                if m is None or m[0][0] != "unit" or m[0][2] or not isinstance(m[0][1], int):
                    break
                value += m[0][1]
                j = m[1]
                got = True
            if not got:
                return None
        if j < self.n and self.toks[j].key in self.lex.denominators:
            return value / self.lex.denominators[self.toks[j].key], j + 1
        return None

    def _fraction_digits(self, k: int) -> tuple[Decimal | None, int]:
        """Digits after a point word, read group by group: '77', 'zero three' (03), 'o five' (05),
        'seventy-one' (71), 'two hundred thirty-six' (236), 'quatre-vingt dix-neuf' (99). A scale
        word ends them: in 'two point five million' the million belongs to the whole amount."""
        toks = self.toks
        if k < self.n and toks[k].kind == "n" and toks[k].text.isdigit():
            return Decimal("0." + toks[k].text), k + 1
        digits = ""
        j = k
        while j < self.n and len(digits) < 24:
            if toks[j].kind == "w" and toks[j].key in self.lex.fraction_zero_words:
                digits += "0"
                j += 1
                continue
            group = self._word_group(j)
            if group is None:
                break
            digits += str(group[0])
            j = group[1]
        if not digits:
            return None, k
        return Decimal("0." + digits), j

    def _word_group(self, j: int) -> tuple[int, int] | None:
        """A cardinal below a thousand spelled in words from j, no scale: (value, end)."""
        toks = self.toks
        value: int | None = None
        k = j
        while k < self.n:
            if value is not None and toks[k].text in HYPHENS and k + 1 < self.n:
                if self.numword(k + 1, False) is None:
                    break
                k += 1
            m = self.numword(k, False)  # no attached preposition: "فاصلة خمسة بالمئة" ends at the percent
            if m is None or m[0][2] or m[0][0] not in ("unit", "mult") or not isinstance(m[0][1], int):
                break
            kind, v = m[0][0], m[0][1]
            if kind == "mult":
                if value is not None and value >= 10:
                    break
                value = v if value is None else value * v
            elif value is None:
                if v == 0:
                    return 0, m[1]  # "zero" is a digit of its own
                value = v
            elif self._combinable(Decimal(value), m[0]):
                value += v
            else:
                break
            k = m[1]
        return None if value is None else (value, k)

    def _ordinal_suffix(self, amt: Amount) -> None:
        """'21st', '1er', '22e', '1-й', '15-ая', '90ый': digits with an ordinal ending."""
        j = amt.end
        if j >= self.n or amt.value != amt.value.to_integral_value():
            return
        tok = self.toks[j]
        if tok.text in HYPHENS and not tok.spaced and j + 1 < self.n and not self.toks[j + 1].spaced:
            if self.lex.lang != "ru":
                return
            j += 1
            tok = self.toks[j]
        elif tok.spaced:
            return
        if tok.kind == "w" and tok.key in self.lex.ordinal_suffixes and (
            j + 1 >= self.n or self.toks[j + 1].kind != "w" or self.toks[j + 1].spaced
        ):
            amt.ordinal = True
            amt.end = j + 1
