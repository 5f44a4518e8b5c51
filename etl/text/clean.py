"""Cleaning that keeps a map back to the original offsets.

Extraction reads the cleaned text (ASCII digits, one kind of space, one minus), but every span it
reports must highlight the right characters of the article as stored. So each change here is
either length-preserving (a digit for a digit, a space for a no-break space, the reordered old
Arabic press decimal "937ر6" -> "6.937") or a deletion (tatweel, diacritics, invisible marks)
that the offset table records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# One character for one character: folding these never changes a length.
_ONE_TO_ONE: dict[int, str] = {}
for _i in range(10):
    _ONE_TO_ONE[0x0660 + _i] = str(_i)  # Arabic-Indic digits
    _ONE_TO_ONE[0x06F0 + _i] = str(_i)  # Extended Arabic-Indic (Persian, Urdu)
    _ONE_TO_ONE[0xFF10 + _i] = str(_i)  # full-width digits
_ONE_TO_ONE.update(
    {
        0x066B: ".",  # Arabic decimal separator
        0x066C: ",",  # Arabic thousands separator
        0x066A: "%",  # Arabic percent sign
        0x060D: ",",  # Arabic date separator, used as a thousands mark by some presses
        0x2212: "-",  # minus sign
        0x2012: "-",  # figure dash
        0x2010: "-",  # hyphen
        0x2011: "-",  # non-breaking hyphen
        0xFE63: "-",
        0xFF0D: "-",
        0xFF05: "%",
        0xFE6A: "%",
    }
)
# Spaces of every width become a plain space, so "1 234,5" reads the same with any of them.
for _cp in (0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
            0x2009, 0x200A, 0x202F, 0x205F, 0x3000, 0x1680):
    _ONE_TO_ONE[_cp] = " "
# Control characters other than tab and newlines are noise; a space keeps words apart.
for _cp in list(range(0x00, 0x09)) + [0x0B, 0x0C] + list(range(0x0E, 0x20)) + [0x7F] + list(range(0x80, 0xA0)):
    _ONE_TO_ONE[_cp] = " "
_ONE_TO_ONE[0x85] = "\n"
_ONE_TO_ONE[0x2028] = "\n"
_ONE_TO_ONE[0x2029] = "\n"
_TABLE = str.maketrans(_ONE_TO_ONE)

# Dropped outright: tatweel, Arabic diacritics (harakat, Quranic marks), invisible format marks.
_DELETE = re.compile(
    "[\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
    "\u061c\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+"
)
# Old Arabic press decimal: the integer part is written after the mark, "937ر6" is 6.937.
_RA_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,4})ر(\d{1,4})(?![\d\u0621-\u064a])")


@dataclass
class Normalized:
    """Cleaned text with the way back: ``to_original(i)`` for any 0 <= i <= len(text)."""

    text: str
    original: str
    _starts: list[int] | None = field(default=None, repr=False)

    def to_original(self, i: int) -> int:
        """Original offset of the cleaned character at ``i`` (``len(text)`` maps to the end)."""
        if self._starts is None:
            return i
        i = max(0, min(i, len(self.text)))
        return self._starts[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the cleaned span [start, end): deleted marks after it stay outside."""
        if self._starts is None:
            return start, end
        s = self.to_original(start)
        if end <= start:
            return s, s
        return s, self.to_original(end - 1) + 1


def normalize(text: str) -> Normalized:
    """Fold digits, separators, spaces and minus; drop tatweel, diacritics and invisible marks."""
    if not isinstance(text, str):
        text = str(text or "")
    folded = text.translate(_TABLE)
    if "ر" in folded:
        folded = _RA_DECIMAL.sub(lambda m: m.group(2) + "." + m.group(1), folded)
    if not _DELETE.search(folded):
        return Normalized(folded, text)
    pieces: list[str] = []
    starts: list[int] = []
    pos = 0
    for m in _DELETE.finditer(folded):
        if m.start() > pos:
            pieces.append(folded[pos : m.start()])
            starts.extend(range(pos, m.start()))
        pos = m.end()
    pieces.append(folded[pos:])
    starts.extend(range(pos, len(folded)))
    starts.append(len(text))
    return Normalized("".join(pieces), text, starts)
