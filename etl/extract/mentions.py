"""A number expression found in text: the currency of the number layer.

``find_mentions`` returns these; the fact rules read them. Spans index the text that was
passed in (the original, uncleaned text), so a span highlights the right characters.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Mention:
    type: str  # number | ordinal | percent | money | quantity
    value: float
    start: int
    end: int
    unit: str | None = None  # ISO 4217 for money, "%" for percent, a pint unit for a quantity
    value_high: float | None = None  # upper bound of a range
    approx: bool = False  # "about", "около", "حوالي"
    qualifier: str | None = None  # over | under | up_to | at_least
    text: str = ""  # the matched text, for debugging and display
    unit_assumed: bool = False  # "$" read as USD by news convention
