"""Language of a text, restricted to SilkStat's four languages: ar, en, fr, ru.

Script decides most cases for free: Arabic letters mean Arabic, Cyrillic means Russian. Only
Latin-script text (English or French) needs a statistical model; lingua's detector is built
once, lazily, on those two languages plus the others as a fallback, and runs offline.
"""

from __future__ import annotations

import re
from functools import lru_cache

LANGUAGES = ("ar", "en", "fr", "ru")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-zÀ-ÿœŒ]")
_SAMPLE = 4000  # characters looked at: plenty for a language, cheap for a megabyte


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.ARABIC, Language.ENGLISH, Language.FRENCH, Language.RUSSIAN
    ).build()


def script_language(text: str) -> str | None:
    """ar or ru when one script clearly dominates the letters, else None (Latin or nothing)."""
    sample = text[:_SAMPLE]
    ar = len(_ARABIC.findall(sample))
    cy = len(_CYRILLIC.findall(sample))
    la = len(_LATIN.findall(sample))
    total = ar + cy + la
    if not total:
        return None
    if ar / total > 0.5:
        return "ar"
    if cy / total > 0.5:
        return "ru"
    return None


def detect_language(text: str, default: str = "en") -> str:
    """One of ar, en, fr, ru; ``default`` when the text has no letters to judge by."""
    quick = script_language(text)
    if quick:
        return quick
    sample = text[:_SAMPLE]
    if not _LATIN.search(sample):
        return default
    try:
        found = _detector().detect_language_of(sample)
    except Exception:  # a detector failure must never stop extraction
        return default
    if found is None:
        return default
    code = found.iso_code_639_1.name.lower()
    return code if code in LANGUAGES else default
