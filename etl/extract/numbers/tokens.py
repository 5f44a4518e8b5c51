"""Tokens of cleaned text, and digit strings read with each locale's separators.

One regular expression with no nested quantifiers splits the text into digit runs, letter
runs and single symbols, so the scan is linear however hostile the input. A digit run keeps
its separators ("1,234.5", "1.234,5"); runs split by single spaces into groups of three
("1 234 567") are joined afterwards. Reading the separators depends on the language:
"4,800" is 4800 in English and 4.8 in French.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# The Arabic comma "،" joins digits only before a group of exactly three ("١،٢٣٤،٥٦٧"): between
# other runs ("2020،2021") it separates two numbers.
_TOKEN = re.compile(
    r"(?P<n>(?<![\w.,])[.,]\d+(?![.,]\d)|\d+(?:[.,'’]\d+|،\d{3}(?!\d))*)|(?P<w>[^\W\d_]+)|(?P<s>[^\s\w]|_)"
)
MAX_DIGITS = 24  # a longer run is an identifier or noise, never an amount


class Token:
    """A token of the cleaned text: kind "n" (digits), "w" (word) or "s" (symbol)."""

    __slots__ = ("kind", "text", "key", "start", "end", "spaced", "value")

    def __init__(self, kind: str, text: str, key: str, start: int, end: int, spaced: bool):
        self.kind = kind
        self.text = text
        self.key = key
        self.start = start
        self.end = end
        self.spaced = spaced  # whitespace (or start of text) before it
        self.value: Decimal | None = None

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Token({self.kind}, {self.text!r})"


def tokenize(text: str, fold) -> list[Token]:
    """Tokens of ``text``; ``fold`` maps a word to its lookup key (lower case, letter variants)."""
    out: list[Token] = []
    prev_end = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "s"
        s, e = m.span()
        tok_text = m.group()
        key = fold(tok_text) if kind == "w" else tok_text
        out.append(Token(kind, tok_text, key, s, e, s == 0 or s > prev_end))
        prev_end = e
    return _join_space_groups(out, text)


_GROUP3 = re.compile(r"\d{3}(?:[.,]\d+)?")
_LEAD = re.compile(r"\d{1,3}")


def _join_space_groups(tokens: list[Token], text: str) -> list[Token]:
    """'1 234 567,5' arrives as three digit tokens; join groups of three split by one space."""
    out: list[Token] = []
    grouping = False
    for tok in tokens:
        if (
            tok.kind == "n"
            and out
            and out[-1].kind == "n"
            and tok.start == out[-1].end + 1
            and text[out[-1].end] == " "
            and _GROUP3.fullmatch(tok.text)
            and (grouping or _LEAD.fullmatch(out[-1].text))
            and len(out[-1].text) <= 2 * MAX_DIGITS  # an endless chain is no number: stay linear
        ):
            prev = out[-1]
            merged = Token("n", prev.text + " " + tok.text, prev.text + " " + tok.text, prev.start, tok.end, prev.spaced)
            out[-1] = merged
            grouping = "," not in tok.text and "." not in tok.text
            continue
        grouping = False
        out.append(tok)
    return out


def _dec(digits: str) -> Decimal | None:
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def read_digits(text: str, decimal_comma: bool, dot_thousands: bool) -> Decimal | None:
    """The value of a digit run with separators, or None when its grouping is not a number's."""
    raw = text.replace(" ", "").replace("'", "").replace("’", "")
    if len(raw) > 2 * MAX_DIGITS:
        return None  # a run of groups this long is a table or noise, and would overflow a float
    spaced = " " in text
    if "،" in raw:  # the Arabic comma groups thousands; a "," or "." after the groups is the decimal mark
        marks = [c for c in raw if c in ".,"]
        if len(marks) > 1:
            return None
        int_part, frac = raw.rsplit(marks[0], 1) if marks else (raw, "")
        if "،" in frac:
            return None
        return _grouped(int_part, "،", frac)
    if raw.startswith((".", ",")):
        if raw.startswith(",") and not decimal_comma:
            return None
        return _dec("0." + raw[1:])
    seps = [c for c in raw if c in ".,"]
    if not seps:
        return _dec(raw) if len(raw) <= MAX_DIGITS else None
    groups = re.split(r"[.,]", raw)
    if any(len(g) > MAX_DIGITS for g in groups):
        return None
    if "." in seps and "," in seps:
        dec_sep = seps[-1]
        th_sep = "," if dec_sep == "." else "."
        if seps.count(dec_sep) != 1:
            return None
        int_part, frac = raw.rsplit(dec_sep, 1)
        return _grouped(int_part, th_sep, frac)
    sep = seps[0]
    if len(seps) > 1:
        return _grouped(raw, sep, "")
    int_part, after = raw.split(sep)
    if spaced:  # "10 000,00": spaces group thousands, so the mark is the decimal
        return _dec(int_part + "." + after)
    if len(after) != 3 or int_part == "0":
        return _dec(int_part + "." + after)
    if sep == ",":
        return _dec(int_part + "." + after) if decimal_comma else _dec(int_part + after)
    return _dec(int_part + after) if dot_thousands else _dec(int_part + "." + after)


def _grouped(int_part: str, sep: str, frac: str) -> Decimal | None:
    """'1,234,567' or Indian '12,34,567': groups after the first are 3 (or 2 then 3) digits."""
    groups = int_part.split(sep)
    if not (1 <= len(groups[0]) <= 3) or len(groups[-1]) != 3:
        return None
    if not all(len(g) in (2, 3) for g in groups[1:-1]):
        return None
    digits = "".join(groups)
    return _dec(digits + ("." + frac if frac else ""))
