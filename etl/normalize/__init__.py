"""PLACEHOLDER until normalization lands: adds nothing."""

from __future__ import annotations

from typing import Any


def normalize_fact(fact: dict[str, Any], published: str | None = None) -> dict[str, Any]:
    return {}
