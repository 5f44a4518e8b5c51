"""PLACEHOLDER until the number layer lands: finds nothing."""

from __future__ import annotations

from etl.extract.mentions import Mention


def find_mentions(text: str, lang: str | None = None) -> list[Mention]:
    return []
