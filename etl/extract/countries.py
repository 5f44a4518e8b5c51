"""The country gazetteer: CLDR territory names (Babel) plus each language's aliases and demonyms.

``find_countries(tokens, lang)`` gives every country mention of a sentence with its ISO code
and its form: a ``name`` ("Kazakhstan", "Казахстана", "لفرنسا") or an ``adj`` (demonym or
adjective: "French", "казахстанский", "الفرنسية"). Russian case forms are matched by stem,
Arabic attached prefixes are stripped by the shared matcher; longest match wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from etl.extract.lexicon import PhraseMatcher, Token, fold, words

#: CLDR codes that are not countries (continents, groupings) or that news never means.
_SKIP_CODES = {"ZZ", "QO", "EZ", "UN", "XA", "XB"}
_RU_ENDINGS = ("", "а", "у", "ом", "е", "ой", "ы", "ию", "ии", "ия", "ей", "ю", "и", "ем", "я", "ов", "ью")

#: Words that look like a country but are not one in running text.
_NOT_COUNTRIES: dict[str, dict[str, None]] = {
    "en": {"union": None, "customs union": None, "eurasian economic union": None,
           "soviet union": None, "central asia": None, "the union": None, "chad": None,
           "jordan": None, "georgia on": None, "turkey meat": None},
    "fr": {"union douaniere": None, "union economique eurasiatique": None, "union sovietique": None,
           "asie centrale": None},
    "ru": {"таможенн* союз*": None, "евразийск* экономическ* союз*": None, "советск* союз*": None,
           "центральн* ази*": None, "южн* ази*": None, "того": None, "чад": None},
    "ar": {"الاتحاد السوفيتي": None, "الاتحاد السوفياتي": None, "اسيا الوسطى": None,
           "الاتحاد الجمركي": None},
}


@dataclass(frozen=True)
class CountryHit:
    start: int
    end: int
    code: str
    form: str  # "name" | "adj"
    first: int  # token index range
    last: int


def _ru_stem(name: str) -> str:
    """A Russian name as a stem that takes case endings: Франция -> франци*, Казахстан -> казахстан*."""
    word = fold(name)
    if word[-1:] in "аяйоеьи" and len(word) > 4:
        return word[:-1] + "*"
    return word + "*"


@cache
def country_matcher(lang: str) -> PhraseMatcher:
    """Names, aliases and demonyms of one language in one longest-match matcher."""
    from babel import Locale

    entries: dict[str, object] = {}
    try:
        territories = Locale.parse(lang).territories
    except Exception:  # an unknown locale: aliases only
        territories = {}
    not_countries = {fold(w) for w in _NOT_COUNTRIES.get(lang, {})}
    for code, name in territories.items():
        if len(code) != 2 or not code.isalpha() or code in _SKIP_CODES or fold(name) in not_countries:
            continue
        if lang == "ru" and len(name) >= 4:  # Иран, Ирак, Оман decline too: "из Ирана"
            entries[" ".join(_ru_stem(w) if len(w) > 3 else fold(w) for w in name.split())] = ("name", code)
        entries[name] = ("name", code)
        if lang == "ar" and name.startswith("ال") and " " not in name:
            entries[name[2:]] = ("name", code)
    entries["EU" if lang != "ru" else "ес"] = ("name", "EU")
    for alias, code in words(lang, "COUNTRY_ALIASES", {}).items():
        entries[alias] = ("name", code)
    for demonym, code in words(lang, "DEMONYMS", {}).items():
        if lang == "ar":
            for suffix in ("ي", "ية", "يه", "يين", "يون", "يان"):
                entries[demonym + suffix] = ("adj", code)
            if demonym.endswith("ي"):
                entries[demonym] = ("adj", code)
        else:
            entries[demonym] = ("adj", code)
    entries.update(_NOT_COUNTRIES.get(lang, {}))
    return PhraseMatcher(entries, arabic=(lang == "ar"))


def find_countries(tokens: list[Token], lang: str, text: str = "") -> list[CountryHit]:
    """Country mentions among ``tokens`` (offsets as in the tokens), longest match first.

    ``text`` (the string the tokens index) lets short upper-case forms such as "US" be told
    from ordinary words ("told us").
    """
    out: list[CountryHit] = []
    for m in country_matcher(lang).find(tokens):
        if m.value is None:
            continue
        if text and m.end - m.start <= 3 and not text[m.start:m.end].isupper():
            continue
        form, code = m.value
        if lang == "ru" and form == "name" and m.key.endswith("*") and " " not in m.key:
            suffix = tokens[m.first].norm[len(m.key) - 1:]
            if suffix not in _RU_ENDINGS:
                continue
        out.append(CountryHit(m.start, m.end, code, form, m.first, m.last))
    return out


def names_of(code: str, lang: str = "en") -> str:
    """A readable name of a code, for reports."""
    from babel import Locale

    if code == "EU":
        return "European Union"
    return Locale.parse(lang).territories.get(code, code)
