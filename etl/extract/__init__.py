"""Extraction: number mentions, then facts. Pure functions of (text, metadata), no I/O."""

from etl.extract.mentions import Mention

EXTRACTOR_VERSION = "0.1.0"


def find_mentions(text: str, lang: str | None = None) -> list[Mention]:
    """Number, ordinal, percent, money and quantity expressions in ``text``."""
    from etl.extract.numbers import find_mentions as _find

    return _find(text, lang)


def extract_facts(text: str, lang: str | None = None, published: str | None = None):
    """The facts of spec/facts.md stated in ``text`` (a list of ``etl.model.Fact``)."""
    from etl.extract.facts import extract_facts as _extract

    return _extract(text, lang=lang, published=published)


__all__ = ["EXTRACTOR_VERSION", "Mention", "extract_facts", "find_mentions"]
