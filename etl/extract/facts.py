"""PLACEHOLDER until the fact rules land: finds nothing."""

from __future__ import annotations

from etl.model import Fact


def extract_facts(text: str, lang: str | None = None, published: str | None = None) -> list[Fact]:
    return []
