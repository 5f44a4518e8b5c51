"""Word lists as matchers: one tokenizer and one phrase matcher shared by all languages.

Language files give words with values (``{"exports*": "export"}``); this module turns them
into a matcher over tokens, so no language needs its own regular expressions. Tokens keep
their offsets in the sentence, so every match carries a span of the original text.

Normalization folds case, accents (French), ё, Arabic alef forms and diacritics, and the
matcher strips Arabic attached prefixes (و ف ب ل ك ال) generically. A word ending in "*" is a
stem: it matches any token that starts with it.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType
from typing import Any

LANGS = ("ar", "en", "fr", "ru")
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u0640\u0300-\u036f"
_TOKEN = re.compile(rf"(?:[^\W_][{_MARKS}]*)+(?:[-‐](?:[^\W_][{_MARKS}]*)+)*", re.UNICODE)
_AR_DIACRITICS = re.compile("[\u064b-\u0652\u0640\u0670]")
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ـ": ""})


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    norm: str


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """The matching form of a word: lower case, no accents, Arabic alef forms folded."""
    word = word.lower().replace("ё", "е").replace("’", "'")
    if any("\u0600" <= ch <= "\u06ff" for ch in word):
        return _AR_DIACRITICS.sub("", word).translate(_AR_FOLD)
    if any("\u00c0" <= ch <= "\u024f" for ch in word):
        decomposed = unicodedata.normalize("NFD", word)
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return word


def tokenize(text: str) -> list[Token]:
    """Word tokens with offsets; hyphenated words give the whole word and each part."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        if "-" in word or "‐" in word:
            pos = m.start()
            for part in re.split("[-‐]", word):
                if part:
                    out.append(Token(pos, pos + len(part), fold(part)))
                pos += len(part) + 1
        else:
            out.append(Token(m.start(), m.end(), fold(word)))
    return out


_AR_P1 = ("", "و", "ف")
_AR_P2 = ("", "ب", "ل", "ك")


_AR_SUFFIXES = ("هما", "هم", "ها", "ه")


def arabic_variants(token: str) -> list[str]:
    """A token and the forms left after stripping attached prefixes (وبال -> ال..., لل -> ال)
    and an attached pronoun (صادراتها -> صادرات)."""
    out = _arabic_prefix_variants(token)
    for suffix in _AR_SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 4:
            for v in _arabic_prefix_variants(token[: -len(suffix)]):
                if v not in out:
                    out.append(v)
            break
    return out


def _arabic_prefix_variants(token: str) -> list[str]:
    out = [token]
    for p1 in _AR_P1:
        if p1 and not token.startswith(p1):
            continue
        rest1 = token[len(p1):]
        for p2 in _AR_P2:
            if p2 and not rest1.startswith(p2):
                continue
            rest2 = rest1[len(p2):]
            if p2 == "ل" and rest2.startswith("ل") and len(rest2) > 3:
                out.append("ا" + rest2)  # لل + name = ل + ال + name
            if len(rest2) >= 2 and rest2 not in out:
                out.append(rest2)
            if rest2.startswith("ال") and len(rest2) > 3 and rest2[2:] not in out:
                out.append(rest2[2:])
    return out


@lru_cache(maxsize=65536)
def _arabic_variants_cached(token: str) -> list[str]:
    return arabic_variants(token)


@dataclass(frozen=True)
class Match:
    start: int  # character offsets in the text given to ``find``
    end: int
    first: int  # token indices [first, last)
    last: int
    value: Any
    key: str


class PhraseMatcher:
    """Longest-match lookup of phrases (sequences of words or stems) over tokens."""

    def __init__(self, entries: dict[str, Any], arabic: bool = False, merge: bool = False) -> None:
        self.arabic = arabic
        self.merge = merge  # equally long matches with tuple values give the union of the tuples
        self.exact: dict[str, list[tuple[tuple[str, ...], Any, str]]] = {}
        self.stems: list[tuple[str, tuple[str, ...], Any, str]] = []
        self.stems_by_head: dict[str, list[tuple[str, tuple[str, ...], Any, str]]] = {}
        for phrase, value in entries.items():
            words = tuple(fold(w) for w in re.split(r"[\s\-'’]+", phrase.strip()) if w)
            if not words:
                continue
            first = words[0]
            if first.endswith("*"):
                entry = (first[:-1], words, value, phrase)
                if len(first) > 2:
                    self.stems_by_head.setdefault(first[:2], []).append(entry)
                else:
                    self.stems.append(entry)
            else:
                self.exact.setdefault(first, []).append((words, value, phrase))

    @staticmethod
    def _word_ok(pattern: str, token: str) -> bool:
        if pattern.endswith("*"):
            return token.startswith(pattern[:-1])
        return token == pattern

    def _variants(self, token: str) -> list[str]:
        return _arabic_variants_cached(token) if self.arabic else [token]

    def find(self, tokens: list[Token]) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        out: list[Match] = []
        i = 0
        n = len(tokens)
        exact_get, head_get, short = self.exact.get, self.stems_by_head.get, self.stems
        arabic = self.arabic
        while i < n:
            norm = tokens[i].norm
            if not arabic and not short and norm not in self.exact and norm[:2] not in self.stems_by_head:
                i += 1  # the common case: no entry starts like this token
                continue
            best: tuple[int, Any, str] | None = None
            for variant in (_arabic_variants_cached(norm) if arabic else (norm,)):
                exact = exact_get(variant)
                head = head_get(variant[:2])
                if exact is None and head is None and not short:
                    continue
                cands = list(exact or ())
                for group in (self.stems, head or ()):
                    for stem, words, value, phrase in group:
                        if variant.startswith(stem):
                            cands.append((words, value, phrase))
                for words, value, phrase in cands:
                    k = len(words)
                    if i + k > n:
                        continue
                    if all(self._word_ok(words[j], self._strip_al(tokens[i + j].norm, words[j]))
                           for j in range(1, k)):
                        if self.merge and best is not None and k == best[0]:
                            merged = best[1] + tuple(c for c in value if c not in best[1])
                            best = (k, merged, best[2] if len(best[2]) >= len(phrase) else phrase)
                        elif best is None or (k, len(phrase)) > (best[0], len(best[2])):
                            best = (k, value, phrase)
            if best is None:
                i += 1
                continue
            k, value, phrase = best
            out.append(Match(tokens[i].start, tokens[i + k - 1].end, i, i + k, value, phrase))
            i += k
        return out

    def _strip_al(self, token: str, pattern: str) -> str:
        """Inside an Arabic phrase, the article may be written or not (الجنوبية / جنوبية)."""
        if self.arabic and not pattern.startswith("ال") and token.startswith("ال") and len(token) > 3:
            return token[2:]
        return token


@cache
def lang_module(lang: str) -> ModuleType:
    """The fact words of a language (``etl/extract/lang/<lang>/facts.py``); English if unknown."""
    if lang not in LANGS:
        lang = "en"
    return importlib.import_module(f"etl.extract.lang.{lang}.facts")


def words(lang: str, name: str, default: Any = None) -> Any:
    """One word list of a language file, or ``default`` when that language does not define it."""
    return getattr(lang_module(lang), name, default if default is not None else [])


@cache
def list_matcher(lang: str, name: str) -> PhraseMatcher:
    """A matcher for one list (or dict) of a language file; values are the list's entries."""
    data = words(lang, name)
    entries = dict(data) if isinstance(data, dict) else {w: w for w in data}
    return PhraseMatcher(entries, arabic=(lang == "ar"))


@cache
def trigger_matcher(lang: str) -> PhraseMatcher:
    """One matcher for all trigger classes; a phrase in several classes gives a tuple of them."""
    entries: dict[str, tuple[str, ...]] = {}
    for cls, items in words(lang, "TRIGGERS", {}).items():
        for w in items:
            entries[w] = entries.get(w, ()) + (cls,)
    return PhraseMatcher(entries, arabic=(lang == "ar"), merge=True)
