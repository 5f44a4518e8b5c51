"""Language knowledge as data: one package per language (ar, en, fr, ru).

Each ``<lang>/numbers.py`` lists the words of numbers, scales, currencies, units, hedges and
ordinals with their values; each ``<lang>/facts.py`` the words of the fact rules. The engines in
``etl.extract`` build their patterns from these lists, so a new language is a new folder.
"""

LANGUAGES = ("ar", "en", "fr", "ru")
