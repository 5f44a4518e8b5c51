"""Fixtures of the pipeline tests: loopback server, sources files, a predictable extractor."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from etl.model import Fact
from tests.loopback import fast, server  # noqa: F401  (fixtures, offered to this folder's tests)

#: Limits for tests where nothing should fail: generous, so a loaded machine does not fail them.
GENEROUS_FETCH = {"timeout": 10.0, "total_timeout": 20.0, "max_bytes": 100_000, "max_redirects": 3, "host_delay": 0.0}

_TONNES = re.compile(r"(\d+) thousand tonnes")


def fake_extract_facts(text: str, lang: str | None = None, published: str | None = None) -> list[Fact]:
    """One export fact per "N thousand tonnes" in the text: facts follow the text, so a changed
    text gives changed facts, and the tests do not depend on the real extractor's accuracy."""
    if "EXPLODE" in text:
        raise RuntimeError("the extractor broke on this text")
    return [
        Fact(kind="exports", subject="KZ", counterpart="CN", value=int(m.group(1)) * 1000.0, unit="t",
             commodity="wheat", span=(m.start(), m.end()), evidence=m.group(0))
        for m in _TONNES.finditer(text)
    ]


@pytest.fixture
def fake_extractor(monkeypatch):
    """Replace etl.extract.extract_facts (worker processes are forked, so they see it too)."""
    import etl.extract

    monkeypatch.setattr(etl.extract, "extract_facts", fake_extract_facts)
    return fake_extract_facts


def write_sources(path: Path, sources: list[dict], fetch: dict | None = None) -> Path:
    """A sources file (TOML) with the given [[sources]] and [fetch] limits (generous by default)."""
    lines = ["[fetch]"]
    for k, v in (fetch or GENEROUS_FETCH).items():
        lines.append(f"{k} = {v!r}")
    for src in sources:
        lines.append("[[sources]]")
        for k, v in src.items():
            lines.append(f'{k} = "{v}"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
