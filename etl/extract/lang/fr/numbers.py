"""French number words, scales, currencies, units and hedges, with their values.

"4,800" is 4.8 and "100.000" is one hundred thousand in French; "billion" is 10^12.
"""

NAME_SUFFIX = "s"  # for currency names: "dinars koweïtiens"
DECIMAL_COMMA = True
DOT_THOUSANDS = True
UNITS_BEFORE_TENS = False
VIGESIMAL = True  # soixante-treize, quatre-vingt-dix-neuf

CARDINALS = {
    "zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80,
    "octante": 80, "nonante": 90, "quatre vingt": 80, "quatre vingts": 80, "une douzaine": 12,
}
# Articles that are numbers only inside a longer number ("un million", "vingt et un").
WEAK_WORDS = {"un", "une"}
MULTIPLIERS = {"cent": 100, "cents": 100}
SCALES = {
    "mille": 10**3, "milles": 10**3, "mil": 10**3, "millier": 10**3, "milliers": 10**3,
    "million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9,
    "billion": 10**12, "billions": 10**12, "trillion": 10**18, "trillions": 10**18,
    "md": 10**9, "mds": 10**9, "mrd": 10**9, "mrds": 10**9, "mio": 10**6, "mios": 10**6,
    "mln": 10**6, "mlns": 10**6,
}
SCALES_GLUED = {"k": 10**3, "m": 10**6, "md": 10**9, "mds": 10**9, "mm": 10**6}
SCALES_SPACED_CASED = {"K": 10**3, "M": 10**6, "k": 10**3, "Md": 10**9, "Mds": 10**9}
DUAL_SCALES: dict[str, tuple[int, int]] = {}

ORDINALS = {
    "premier": 1, "première": 1, "premiere": 1, "premiers": 1, "premières": 1, "premieres": 1,
    "unième": 1, "unieme": 1, "second": 2, "seconde": 2, "seconds": 2, "secondes": 2,
    "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7,
    "huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11, "douzième": 12, "treizième": 13,
    "quatorzième": 14, "quinzième": 15, "seizième": 16, "vingtième": 20, "trentième": 30,
    "quarantième": 40, "cinquantième": 50, "soixantième": 60, "septantième": 70,
    "huitantième": 80, "octantième": 80, "nonantième": 90, "quatre vingtième": 80,
    "tierce": 3, "dizième": 10,
}
ORDINAL_MULTIPLIERS = {"centième": 100}
ORDINAL_SCALES = {"millième": 10**3, "millionième": 10**6, "milliardième": 10**9, "billionième": 10**12}
ORDINAL_SUFFIXES = {"er", "re", "ère", "ere", "e", "è", "ème", "eme", "ième", "ieme", "me", "nd", "nde"}
SUPERLATIVES = {"plus grand", "plus important", "principal", "numéro un", "numéro 1"}

FRACTION_TAILS = {"et demi": 0.5, "et demie": 0.5, "et quart": 0.25, "et un quart": 0.25,
                  "et trois quarts": 0.75, "et un tiers": 1 / 3, "et un demi": 0.5, "et une demie": 0.5}
FRACTION_LEADS = {"demi": 0.5, "un demi": 0.5}
POINT_WORDS = {"virgule", "point"}
NEGATIVE_WORDS = {"moins", "négatif", "négative", "negatif", "negative"}
POSITIVE_WORDS = {"plus"}
CONNECTORS = {"et"}

PERCENT = {"%", "pour cent", "pourcent", "pourcents", "pour cents", "pourcentage", "pourcentages",
           "points de pourcentage", "point de pourcentage", "pc"}
# The percent word before its number: "pourcentage de vingt".
PERCENT_PREFIXES = {"pourcentage de", "pourcentage des", "pourcent de", "pourcent des", "pour cent de"}
FRACTION_SHARES = {
    "un tiers": 100 / 3, "le tiers": 100 / 3, "tiers": 100 / 3, "deux tiers": 200 / 3,
    "les deux tiers": 200 / 3, "un quart": 25.0, "le quart": 25.0, "quart": 25.0,
    "trois quarts": 75.0, "les trois quarts": 75.0, "la moitié": 50.0, "moitié": 50.0,
    "un cinquième": 20.0, "le cinquième": 20.0, "un dixième": 10.0,
}
SHARE_FOLLOWERS = {"de", "du", "des", "d"}

CURRENCIES = {
    "dollar": "USD", "dollars": "USD", "dollar américain": "USD", "dollars américains": "USD",
    "euro": "EUR", "euros": "EUR", "livres": "GBP", "livre sterling": "GBP",
    "livres sterling": "GBP", "sterling": "GBP", "yen": "JPY", "yens": "JPY", "yuan": "CNY",
    "yuans": "CNY", "renminbi": "CNY", "tenge": "KZT", "tenges": "KZT", "soum": "UZS",
    "soums": "UZS", "sum": "UZS", "som": "KGS", "soms": "KGS", "somoni": "TJS", "somonis": "TJS",
    "manat": "TMT", "manats": "TMT", "rouble": "RUB", "roubles": "RUB", "rublе": "RUB",
    "lire turque": "TRY", "livre turque": "TRY", "livres turques": "TRY", "lires turques": "TRY",
    "roupie": "INR", "roupies": "INR", "franc suisse": "CHF", "francs suisses": "CHF",
    "$ c": "CAD", "$ ca": "CAD", "$ can": "CAD", "$ us": "USD", "$ é u": "USD", "$us": "USD",
    "$can": "CAD", "$ca": "CAD", "dollars canadiens": "CAD", "dollar canadien": "CAD",
    "won": "KRW", "wons": "KRW", "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR",
    "pound": "GBP", "pounds": "GBP", "shekel": "ILS", "shekels": "ILS", "$ hk": "HKD", "$ au": "AUD",
    "$ nz": "NZD", "$ sg": "SGD",
}
ASSUMED = {"$", "dollar", "dollars", "£", "livres", "riyal", "riyals", "dirham",
           "dirhams", "roupie", "roupies", "som", "soms", "manat", "manats", "won", "wons", "pound", "pounds"}
# "livre" alone is a book ("un livre", "Livre 2"): the pound is "livre(s) sterling", or "livres"
# after an amount ("4 livres"), never before one.
NOT_CURRENCIES = {"livre"}
FOLLOW_ONLY = {"livres"}
CENTS = {"centime", "centimes", "cent", "cents", "c", "penny", "pence", "kopeck", "kopecks"}
ARTICLES_ONE = {"un", "une"}
MONEY_CONNECTORS = {"de", "d"}

UNITS = {
    "t": "t", "tonne": "t", "tonnes": "t", "tonnes métriques": "t", "tU": "tU", "tu": "tU",
    "tonnes d uranium": "t", "kt": "kt", "kilotonnes": "kt", "mt": "Mt",
    "mètres cubes": "m3", "mètre cube": "m3", "mètre cubes": "m3", "mètres cube": "m3", "metres cubes": "m3", "m3": "m3", "m³": "m3",
    "bcm": "bcm", "barils par jour": "bbl/d", "barils jour": "bbl/d", "b j": "bbl/d", "bpj": "bbl/d",
    "barils": "bbl", "baril": "bbl", "mw": "MW", "mégawatts": "MW", "megawatts": "MW",
    "gw": "GW", "gigawatts": "GW", "twh": "TWh", "térawattheures": "TWh", "kwh": "kWh", "gwh": "GWh",
    "mwh": "MWh",
}
UNIT_CONNECTORS = {"de", "d"}

HEDGES = {
    "environ": "approx", "près de": "approx", "pres de": "approx", "quelque": "approx",
    # contracted with the article of a fraction: "près du tiers", "plus du quart"
    "près du": "approx", "pres du": "approx", "autour du": "approx", "aux alentours du": "approx",
    "plus du": "over", "moins du": "under",
    "quelques": "approx", "approximativement": "approx", "à peu près": "approx", "autour de": "approx",
    "presque": "approx", "quasiment": "approx", "pratiquement": "approx", "de l ordre de": "approx",
    "aux alentours de": "approx", "estimé à": "approx", "estimée à": "approx", "quelque chose comme": "approx",
    "plus de": "over", "plus que": "over", "au delà de": "over", "au dessus de": "over",
    "dépassé": "over", "dépasse": "over", "dépassant": "over", "supérieur à": "over",
    "supérieure à": "over", "excédant": "over",
    "moins de": "under", "moins que": "under", "en dessous de": "under", "au dessous de": "under",
    "inférieur à": "under", "inférieure à": "under",
    "pas dépassé": "up_to", "ne dépasse pas": "up_to", "ne dépassant pas": "up_to",
    "jusqu à": "up_to", "jusqu'à": "up_to", "pas plus de": "up_to", "au plus": "up_to",
    "au maximum": "up_to", "tout au plus": "up_to",
    "au moins": "at_least", "pas moins de": "at_least", "au minimum": "at_least",
}
# Words before "de X à Y" that make it a change, two figures, not a range ("est passé de 2 à 3
# milliards"). Not "hausse"/"augmenté": there "de" says by how much ("une hausse de 10 à 12 %").
CHANGE_WORDS = {"passé", "passée", "passés", "passées", "passant", "passer", "passe", "passent", "évolué",
                "porté", "portée", "portés", "ramené", "ramenée", "ramenés"}
RANGE_OPENERS = {"de", "entre"}
RANGE_JOINERS = {"-", "–", "—", "à", "et", "a"}
ABBREVIATIONS = {"md", "mds", "mrd", "mrds", "mio", "mln", "env"}
# A mark the word lists do not spell makes another word: "livré" (delivered) is not "livre" (pound).
DISTINCT_MARKS = "éèêëàâçîïôûù"
FOLD = {"é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a", "â": "a", "ç": "c", "î": "i", "ï": "i", "ô": "o", "û": "u", "ù": "u"}
PREFIXES: tuple[str, ...] = ()
