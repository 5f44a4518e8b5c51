"""Sentence splitting for Arabic, English, French and Russian, in original offsets.

Economic news is full of full stops that end nothing: "5.3", "млрд. 100 млн.", "в 2023 г.",
"M. Macron", "Mr.", "bn.", "т.е.". A boundary is a terminal mark (. ! ? ؟ …) followed by
a space and a plausible sentence start, unless the word before the stop is a known
abbreviation. A line break ends a sentence (headlines carry no stop), except inside a hard-wrapped
paragraph, whose lines are read as one (this is the one place that joins them). The Arabic comma
"،" never ends one; Arabic presses often glue the next sentence to the stop ("اليورانيوم.وبحسب"),
so a stop followed directly by an Arabic letter is a boundary too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a stop never ends a sentence: titles and initials come before a name.
TITLES = frozenset(
    """mr mrs ms dr prof st mt gen col lt sen rep gov pres jr sr messrs no nos vs etc approx fig
    e.g i.e u.s u.k u.n u.s.a a.m p.m inc ltd co corp dept est jan feb mar apr jun jul aug sep sept oct nov dec
    m mm mme mmes mlle mlles me dr pr av bd cf éd env apr av. j.-c p ex
    г-н г-жа им ул пр просп д кв т.е т.к т.д т.п т.н др пр см ср ок рис табл гос обл р-н проф акад
    н.э ген им.""".split()
)
# Abbreviations of scales, units and currencies: a stop after them ends a sentence only when a
# capitalised word follows ("... 5 млрд. Кроме того"), never before a number or lower case.
UNIT_ABBREVIATIONS = frozenset(
    """тыс млн млрд трлн руб долл коп тенг сом шт км га г гг вв в кг т ед чел мин сек ч
    bn mn mln bln m k thous tn cu ft sq km kg lb oz mt bbl yr yrs approx
    md mds mrd mio mds. env""".split()
)
_TERMINAL = re.compile(r"(?:\.{3}|…|[.!?؟]+)[\"'»”’)\]]*")
_WORD_BEFORE = re.compile(r"([\w.\-]+)$")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")


@dataclass
class Sentence:
    """A sentence: ``start``/``end`` index the original text, ``text`` is that slice."""

    start: int
    end: int
    text: str


def _is_boundary(text: str, mark_start: int, mark_end: int) -> bool:
    """Whether the terminal mark text[mark_start:mark_end] ends a sentence."""
    mark = text[mark_start:mark_end]
    nxt = text[mark_end : mark_end + 1]
    if nxt and _ARABIC_LETTER.match(nxt) and mark.startswith("."):
        return True  # Arabic glued sentences
    if nxt and not nxt.isspace():
        return False  # "5.3", "U.S.", "т.е."
    # first visible character after the spaces
    j = mark_end
    n = len(text)
    while j < n and text[j] in " \t":
        j += 1
    if j >= n or text[j] in "\r\n":
        return True
    follower = text[j]
    if mark.startswith(("…", "...")):
        # an elision "(…)" or "word… word" inside a quote; a new sentence starts with a capital
        if text[mark_start - 1 : mark_start] in "([" and mark_start > 0:
            return False
        return follower.isupper()
    if not mark.startswith("."):
        return True  # ! ? ؟ end a sentence before anything
    m = _WORD_BEFORE.search(text, max(0, mark_start - 40), mark_start)
    word = m.group(1).lower().rstrip(".") if m else ""
    if word in TITLES or (len(word) == 1 and word.isalpha()):
        return False  # "M. Macron", "V. Putin", "Mr. Smith"
    upper_next = follower.isupper() or follower in "\"«“'(" or bool(_ARABIC_LETTER.match(follower))
    if word in UNIT_ABBREVIATIONS:
        if word in ("г", "гг", "в", "вв") and m and not re.search(r"\d\s*$", text[max(0, m.start() - 6) : m.start()]):
            return False  # "г. Астана" (город), not "2023 г."
        return upper_next
    if follower.isdigit() or follower.islower():
        return follower.isdigit() and not word.isdigit()
    return True


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of text[start:end], stripped, in the offsets of ``text``."""
    if end is None:
        end = len(text)
    out: list[Sentence] = []
    for base, line_end in _segments(text, start, end):
        pos = base
        for m in _TERMINAL.finditer(text, base, line_end):
            if _is_boundary(text, m.start(), m.end()):
                _emit(text, pos, m.end(), out)
                pos = m.end()
        _emit(text, pos, line_end, out)
    return out


_LINE = re.compile(r"[^\n\r]+")
_WRAP_MIN = 45  # a hard-wrapped paragraph has most lines at least this long
_ENDS_SENTENCE = tuple(".!?؟…:»\"”")


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of text to split: each line, except that the lines of a hard-wrapped paragraph
    ("Trade between\nUzbekistan and the EU ...") are one run, so a sentence may cross them."""
    lines = [(start + m.start(), start + m.end()) for m in _LINE.finditer(text[start:end])]
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        s, e = lines[k]
        j = k
        while j + 1 < len(lines) and _wrapped(text, lines, j):
            j += 1
        out.append((s, lines[j][1]))
        k = j + 1
    return out


def _wrapped(text: str, lines: list[tuple[int, int]], j: int) -> bool:
    """Whether line j continues on line j + 1 (same paragraph, no blank line between)."""
    s, e = lines[j]
    ns, ne = lines[j + 1]
    if text[e:ns].count("\n") > 1 or not text[s:e].strip():
        return False
    prev = text[s:e].rstrip()
    nxt = text[ns:ne].lstrip()
    if not nxt or prev.endswith(_ENDS_SENTENCE):
        return False
    if not text[:s].strip() and _headline(prev, nxt) and (_ARABIC_LETTER.search(prev) or not _fills_width(text, lines, j)):
        return False
    if nxt[0].islower() or nxt[0] in "(«\"“":
        return len(prev) >= 20
    if len(prev) < _WRAP_MIN or prev.isupper():
        return False
    # a short next line is a dateline or byline, unless it closes the paragraph's sentence
    # ("... between France and\nKazakhstan.")
    return len(nxt) >= 20 or (nxt.endswith(_CLOSES) and _last_of_paragraph(text, lines, j + 1))


_CLOSES = tuple(".!?؟…")


def _fills_width(text: str, lines: list[tuple[int, int]], j: int) -> bool:
    """Whether line j was broken only because the next word did not fit: with the next line's
    first word it would be longer than any line of its paragraph. A headline is broken on
    purpose, whatever room was left ("Uzbekistan and Korea eye $10 billion trade")."""
    s, e = lines[j]
    width = e - s
    k = j + 1
    while k < len(lines) and k <= j + 6 and text[lines[k - 1][1] : lines[k][0]].count("\n") <= 1:
        width = max(width, lines[k][1] - lines[k][0])
        k += 1
    first_word = text[lines[j + 1][0] : lines[j + 1][1]].split(maxsplit=1)[0]
    return len(text[s:e].rstrip()) + 1 + len(first_word) > width


def _headline(first: str, nxt: str) -> bool:
    """Whether the text's first line is a headline without a stop ("Uzbekistan and Korea eye $10
    billion trade") before a body sentence: its verb, parties and period are not the body's. The
    next line opens a sentence (a capital, a digit, a quote); Arabic has no capitals, so there a
    headline is a first line of at most 14 words."""
    if len(first) > 160 or first.endswith((";", ",", "،")):
        return False
    if _ARABIC_LETTER.search(first):
        return len(first.split()) <= 14
    return nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "«\"“"


def _last_of_paragraph(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """Whether line k ends its paragraph (a blank line or the end of the text follows)."""
    return k + 1 >= len(lines) or text[lines[k][1] : lines[k + 1][0]].count("\n") > 1


def _emit(text: str, s: int, e: int, out: list[Sentence]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and any(ch.isalnum() for ch in text[s:e]):
        out.append(Sentence(s, e, text[s:e]))
