"""The number layer: number, ordinal, percent, money and quantity mentions in any of ar/en/fr/ru.

``find_mentions(text, lang)`` cleans the text (``etl.text.normalize``: Eastern Arabic digits,
no-break spaces, tatweel...), tokenizes it, runs the one engine with the language's lexicon, and
maps every span back to the text that was passed in. It never raises: hostile input yields a
(possibly empty) list.
"""

from __future__ import annotations

import logging
import math
from decimal import Decimal

from etl.extract.mentions import Mention
from etl.extract.numbers.engine import scan
from etl.extract.numbers.lexicon import LANGS, lexicon
from etl.extract.numbers.tokens import tokenize

log = logging.getLogger(__name__)


def _language(text: str, lang: str | None) -> str:
    if lang in LANGS:
        return lang
    try:
        from etl.text.language import detect_language

        return detect_language(text)
    except Exception:
        return "en"


def _finite(value) -> bool:
    """A value a float can hold (a hostile chain of scale words can exceed it)."""
    try:
        return math.isfinite(float(value))
    except (OverflowError, ValueError):
        return False


def _number(value) -> float:
    f = float(value)
    if f == int(f) and abs(f) < 2**53:
        return float(int(f))
    return f


def find_mentions(text: str, lang: str | None = None) -> list[Mention]:
    """Number, ordinal, percent, money and quantity expressions, spans in ``text``'s offsets."""
    try:
        return _find(text, lang)
    except Exception:  # the contract: never raise; a bug shows in the log, not as a crash
        log.exception("number layer failed on a text of %d characters", len(text or ""))
        return []


def _vocalized_shares(text: str, lex) -> dict[int, Decimal]:
    """Original offsets of fractions told apart from numbers only by their vowels ("خُمس", a fifth,
    is "خمس", five, once cleaning drops the damma)."""
    if not lex.vocalized_shares:
        return {}
    found: dict[int, Decimal] = {}
    for m in lex.vocalized_shares_re.finditer(text):
        found[m.start(1)] = Decimal(str(lex.vocalized_shares[m.group(1)]))
    return found


def _find(text: str, lang: str | None) -> list[Mention]:
    from etl.text.clean import normalize

    if not isinstance(text, str) or not text:
        return []
    lang = _language(text, lang)
    lex = lexicon(lang)
    norm = normalize(text)
    tokens = tokenize(norm.text, lex.fold)
    out: list[Mention] = []
    vocalized = _vocalized_shares(text, lex)
    for f in scan(lex, tokens, norm.text):
        if not _finite(f.value) or (f.value_high is not None and not _finite(f.value_high)):
            continue
        s, e = norm.span(tokens[f.start].start + f.trim, tokens[f.end - 1].end)
        if vocalized and f.type == "number" and f.end - f.start == 1 and s in vocalized:
            f.type, f.value, f.unit = "percent", vocalized[s], "%"
        out.append(
            Mention(
                type=f.type,
                value=_number(f.value),
                start=s,
                end=e,
                unit=f.unit if f.type != "number" and f.type != "ordinal" else None,
                value_high=_number(f.value_high) if f.value_high is not None else None,
                approx=f.approx,
                qualifier=f.qualifier,
                text=text[s:e],
                unit_assumed=f.assumed,
            )
        )
    return out


__all__ = ["find_mentions"]
