"""The sources file (TOML): which folders, feeds, pages and JSONL files a refresh reads.

    [fetch]                 # optional: limits of every HTTP request
    timeout = 20
    [[sources]]
    name = "bundled"
    type = "folder"         # folder | feed | url | jsonl
    location = "articles"   # a path (relative to this file) or a URL
    lang = "ar"             # optional hint for articles that do not say

Mistakes are reported with the source's position and name, because the person reading the
message is often looking at a cron mail, not at the file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from etl.sources.fetch import FetchSettings

SOURCE_TYPES = ("folder", "feed", "url", "jsonl")
LANGS = ("ar", "en", "fr", "ru")


class SourcesFileError(ValueError):
    """The sources file exists but says something SilkStat cannot use."""


@dataclass(frozen=True)
class SourceSpec:
    """One configured source."""

    name: str
    type: str
    location: str
    lang: str | None = None

    @property
    def is_remote(self) -> bool:
        return self.type in ("feed", "url")


@dataclass
class SourcesFile:
    path: Path
    sources: list[SourceSpec]
    fetch: FetchSettings = field(default_factory=FetchSettings)


def missing_file_message(path: Path) -> str:
    """What to do when there is no sources file yet."""
    from etl.config import BUNDLED_DATA

    example = BUNDLED_DATA / "sources.example.toml"
    return (
        f"no sources file at {path}. Create one from the example: cp {example} {path} "
        f"and edit its locations (relative paths are read from the file's own folder); "
        f"or try the bundled articles with --sources {example}"
    )


def load_sources(path: Path) -> SourcesFile:
    """Read and check a sources file; FileNotFoundError says how to create a missing one."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise FileNotFoundError(missing_file_message(path))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourcesFileError(f"{path}: not valid TOML: {exc}") from exc
    try:
        fetch = FetchSettings.from_mapping(data.get("fetch"))
    except (TypeError, ValueError) as exc:
        raise SourcesFileError(f"{path}: {exc}") from exc
    raw = data.get("sources", [])
    if not isinstance(raw, list) or not raw:
        raise SourcesFileError(f"{path}: no [[sources]] entries")
    specs: list[SourceSpec] = []
    seen: set[str] = set()
    for n, item in enumerate(raw, start=1):
        where = f"{path}: source #{n}"
        if not isinstance(item, dict):
            raise SourcesFileError(f"{where} is not a table")
        name, kind, location = item.get("name"), item.get("type"), item.get("location")
        if not name or not isinstance(name, str):
            raise SourcesFileError(f"{where} has no name")
        where = f"{where} ({name})"
        if name in seen:
            raise SourcesFileError(f"{where}: the name is used twice")
        seen.add(name)
        if kind not in SOURCE_TYPES:
            raise SourcesFileError(f"{where}: type must be one of {', '.join(SOURCE_TYPES)}, not {kind!r}")
        if not location or not isinstance(location, str):
            raise SourcesFileError(f"{where} has no location")
        lang = item.get("lang")
        if lang is not None and lang not in LANGS:
            raise SourcesFileError(f"{where}: lang must be one of {', '.join(LANGS)}, not {lang!r}")
        if kind in ("feed", "url"):
            if not location.startswith(("http://", "https://")):
                raise SourcesFileError(f"{where}: a {kind} location must be an http(s) URL")
        else:
            resolved = Path(location).expanduser()
            if not resolved.is_absolute():
                resolved = (path.parent / resolved).resolve()
            location = str(resolved)
        specs.append(SourceSpec(name=name, type=kind, location=location, lang=lang))
    return SourcesFile(path=path, sources=specs, fetch=fetch)
