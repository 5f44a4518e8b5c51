"""English words of the fact layer, as data: the engine in etl/extract/facts.py reads them.

Every list is lower-case; multiword entries are matched as phrases on word boundaries.
"""

#: Country names CLDR does not give, short forms, and seats used for governments.
COUNTRY_ALIASES: dict[str, str] = {
    "us": "US", "u.s.": "US", "usa": "US", "america": "US", "washington": "US", "white house": "US",
    "uk": "GB", "britain": "GB", "great britain": "GB", "london": "GB",
    "uae": "AE", "emirates": "AE", "abu dhabi": "AE", "ksa": "SA", "riyadh": "SA", "saudi arabia": "SA",
    "eu": "EU", "european union": "EU", "europe": "EU", "brussels": "EU", "the bloc": "EU",
    "turkey": "TR", "türkiye": "TR", "turkiye": "TR", "ankara": "TR",
    "kyrgyzstan": "KG", "kyrgyz republic": "KG", "kirghizia": "KG", "bishkek": "KG",
    "astana": "KZ", "nur-sultan": "KZ", "akorda": "KZ", "tashkent": "UZ", "dushanbe": "TJ",
    "ashgabat": "TM", "ashkhabad": "TM", "moscow": "RU", "kremlin": "RU", "russian federation": "RU",
    "beijing": "CN", "prc": "CN", "paris": "FR", "elysee": "FR", "élysée": "FR", "berlin": "DE",
    "tehran": "IR", "islamic republic of iran": "IR", "minsk": "BY", "baku": "AZ", "tbilisi": "GE",
    "seoul": "KR", "republic of korea": "KR", "korea": "KR", "kabul": "AF", "new delhi": "IN", "delhi": "IN",
    "tokyo": "JP", "rome": "IT", "islamabad": "PK", "kiev": "UA", "kyiv": "UA", "ottawa": "CA",
    "canberra": "AU", "windhoek": "NA", "cairo": "EG", "doha": "QA", "the netherlands": "NL",
    "holland": "NL",
}

#: Adjectives and demonyms (whole words).
DEMONYMS: dict[str, str] = {
    "kazakh": "KZ", "kazakhstani": "KZ", "uzbek": "UZ", "uzbekistani": "UZ", "kyrgyz": "KG",
    "kirghiz": "KG", "tajik": "TJ", "tajikistani": "TJ", "turkmen": "TM", "chinese": "CN",
    "russian": "RU", "german": "DE", "french": "FR", "turkish": "TR", "iranian": "IR",
    "indian": "IN", "belarusian": "BY", "belarussian": "BY", "emirati": "AE", "saudi": "SA",
    "south korean": "KR", "korean": "KR", "american": "US", "afghan": "AF", "italian": "IT",
    "british": "GB", "japanese": "JP", "pakistani": "PK", "azerbaijani": "AZ", "georgian": "GE",
    "european": "EU", "canadian": "CA", "franco": "FR", "sino": "CN", "russo": "RU", "italo": "IT",
    "indo": "IN", "turco": "TR", "germano": "DE", "australian": "AU", "egyptian": "EG", "ukrainian": "UA",
    "dutch": "NL", "qatari": "QA", "spanish": "ES", "swiss": "CH", "mongolian": "MN",
    "hungarian": "HU", "polish": "PL", "czech": "CZ", "austrian": "AT", "belgian": "BE", "swedish": "SE",
    "finnish": "FI", "norwegian": "NO", "danish": "DK", "greek": "GR", "romanian": "RO", "bulgarian": "BG",
    "serbian": "RS", "latvian": "LV", "lithuanian": "LT", "estonian": "EE", "armenian": "AM", "israeli": "IL",
    "iraqi": "IQ", "kuwaiti": "KW", "omani": "OM", "malaysian": "MY", "indonesian": "ID", "singaporean": "SG",
    "vietnamese": "VN", "thai": "TH", "brazilian": "BR", "mexican": "MX", "portuguese": "PT", "moroccan": "MA",
    "algerian": "DZ", "tunisian": "TN", "bangladeshi": "BD", "slovak": "SK", "croatian": "HR",
}

#: Trigger words by class (a prefix ending in "*" matches any word that starts with it).
TRIGGERS: dict[str, list[str]] = {
    "trade": ["trade*", "turnover", "commerce", "two-way trade", "bilateral trade", "trading"],
    "bilateral_trade": [],
    "export": ["export*", "piped", "shipped", "shipments", "shipped goods", "sold", "sending", "sales to", "sales of",
               "deliveries", "delivered"],
    "import": ["import*", "bought", "purchases", "buys", "purchased"],
    "investment": ["invest*", "put", "fdi"],
    "investor": ["investor", "investors", "in terms of investment", "by investment", "by investments"],
    "partner": ["partner", "partners", "trading partner", "trade partner"],
    "deal": ["agreements", "agreement", "deals", "deal", "contracts", "contract", "documents",
             "memoranda", "credit line", "line of credit", "loan", "loans", "package", "accords"],
    "production": ["produc*", "output", "mined", "extract*", "mining"],
    "supply": ["supplies", "supplied", "supply", "provides", "provided", "covers", "covered", "meets",
               "met", "accounted for", "accounts for", "accounting for", "makes up", "made up", "making up", "takes", "took"],
    "needs": ["needs", "need", "needed", "consumption", "requirements", "demand", "used by", "imports"],
    "share": ["share", "accounted for", "accounts for", "accounting for", "made up", "makes up", "making up", "of"],
    "total": ["total", "overall", "foreign", "external", "all", "everything"],
    "bilateral": ["bilateral", "two-way", "two-way trade", "bilateral trade", "the two countries",
                  "the two leaders", "the two presidents", "the two governments", "both countries", "the two sides",
                  "the two", "mutual", "between the countries", "between them", "their"],
    "growth": ["by", "up", "down", "rise of", "increase of", "growth of", "higher", "lower"],
    "company": ["company", "companies", "firm", "group", "corporation", "kazatomprom", "gazprom",
                "smelter", "joint venture", "venture", "plant", "mine", "mines"],
    "since": ["since"],
    # names of bodies that contain a measure word but measure nothing ("the International Trade Centre said")
    "institution": ["international trade centre", "international trade center", "world trade organization",
                    "trade ministry", "ministry of trade", "chamber of commerce", "trade representative",
                    "trade mission", "trade office", "investment fund", "investment forum", "export credit agency"],
}

#: Ranks stated in words ("largest" is rank 1); ordinals as words and digits are added by the engine.
RANK_WORDS: dict[str, int] = {
    "largest": 1, "biggest": 1, "top": 1, "leading": 1, "main": 1, "first": 1, "principal": 1,
    "number one": 1, "second": 2, "second-largest": 2, "second largest": 2, "third": 3, "fourth": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
}
#: Words that narrow a rank's scope ("in Central Asia", "in the EU", "Arab"): such a rank is skipped.
RANK_SCOPE_WORDS: list[str] = ["in central asia", "in the region", "in the eu", "within the eu", "arab",
                               "among eu", "gas supplier", "in the world", "world", "global", "worldwide"]

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
#: Relative years, as an offset from the publication year.
RELATIVE_YEARS: dict[str, int] = {
    "last year": -1, "previous year": -1, "the year before": -1, "a year earlier": -1,
    "a year before": -1, "this year": 0, "the current year": 0, "current year": 0,
    "next year": 1, "the year before last": -2,
}
HALVES: dict[str, int] = {"first half": 1, "h1": 1, "second half": 2, "h2": 2}
QUARTERS: dict[str, int] = {"first quarter": 1, "q1": 1, "second quarter": 2, "q2": 2,
                            "third quarter": 3, "q3": 3, "fourth quarter": 4, "q4": 4}
#: Words that make a period a cumulative span ("since 2005"): the fact's period is null.
SINCE_WORDS: list[str] = ["since", "over the past", "in the past", "over the last"]
SAME_PERIOD_WORDS: list[str] = ["same period", "corresponding period", "same months", "same period of",
                                "reporting period", "over the period", "in the period", "during the period",
                                "over the same period"]

TARGET_WORDS: list[str] = [
    "goal", "eye", "eyes", "eyeing", "target", "targets", "targeted", "targeting", "aim", "aims", "aiming", "intend*", "plan",
    "plans", "planned", "planning", "seek*", "hope*", "ambition", "objective",
    "bring trade to", "to bring", "to raise", "to lift", "lifting", "to increase", "to boost",
    "to reach", "work toward", "agreed to", "set themselves", "set a goal", "intends",
]
FORECAST_WORDS: list[str] = [
    "expected", "expects", "expect", "forecast*", "projected", "likely", "could reach", "would reach",
    "will reach", "estimated to", "set to", "on track",
]
#: Words that mark a figure as a change, not a level ("rose by $2 billion").
GROWTH_WORDS: list[str] = ["by", "increase of", "rise of", "growth of"]

COMMODITIES: dict[str, str] = {
    "uranium": "uranium", "natural uranium": "uranium", "nuclear fuel": "uranium",
    "crude oil": "oil", "oil": "oil", "crude": "oil", "condensate": "oil",
    "natural gas": "gas", "gas": "gas", "lng": "gas", "coal": "coal", "electricity": "electricity",
    "power": "electricity", "oil products": "oil_products", "petroleum products": "oil_products",
    "fuel": "oil_products", "wheat": "wheat", "grain": "grain", "flour": "flour", "cotton": "cotton",
    "gold": "gold", "copper": "copper", "aluminium": "aluminium", "aluminum": "aluminium",
    "zinc": "zinc", "steel": "steel", "fertilizers": "fertilizers", "fertiliser*": "fertilizers",
    "fertilizer*": "fertilizers", "vehicles": "vehicles", "cars": "vehicles", "tractors": "vehicles",
    "trucks": "vehicles", "gasoline": "oil_products", "petrol": "oil_products", "diesel": "oil_products",
}
#: Prepositions that mark the destination ("to France") and the origin ("from France").
TO_WORDS: list[str] = ["to", "into", "for", "toward", "towards"]
FROM_WORDS: list[str] = ["from", "out of"]
BETWEEN_WORDS: list[str] = ["between", "with"]

AMONG_WORDS: list[str] = ["among", "list"]
RANK_PLACE_WORDS: list[str] = ["place", "position", "rank", "ranks"]
THAT_YEAR_WORDS: list[str] = ["that year", "the same year"]
#: "the first 4 months", "nine months": month counts from January.
MONTH_COUNT_WORD: list[str] = ["months", "month"]
COMMODITY_BLOCKERS: list[str] = ["mostly", "mainly", "led by", "including", "primarily", "chiefly"]
IN_WORDS: list[str] = ["in", "into"]
OF_WORDS: list[str] = ["of"]
RESPECTIVELY: list[str] = ["respectively"]
LOSS_WORDS: list[str] = ["lost", "cost", "losses", "loss"]
REGION_WORDS: list[str] = ["countries", "region", "states", "member states", "province", "oblast",
                           "regions", "central asia", "central asian"]
APPROX_WORDS: list[str] = ["about", "around", "nearly", "some", "roughly", "approximately", "almost"]
#: Relative years counted from the figure's own year, not the publication ("a year earlier").
ANCHORED_RELATIVE: list[str] = ["a year earlier", "a year before", "previous year", "the year before",
                                "the previous year", "year-on-year"]
#: Target years: "by 2025".
BY_WORDS: list[str] = ["by"]
SMALL_NUMBERS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
#: "from January to June", "between January and August", "January-April".
RANGE_JOINERS: list[str] = ["to", "and", "through", "till", "until"]
#: Verbs and nouns of change: a percent next to them is a growth rate, not a share.
CHANGE_WORDS: list[str] = ["rose", "rise", "grew", "grow*", "increase*", "jump*", "climb*", "fell",
                           "fall*", "declin*", "drop*", "up", "down", "decrease*", "higher", "lower",
                           "expand*", "surge*", "slow*", "year-on-year", "more than doubled", "growth"]
ONE_OF_WORDS: list[str] = ["one of", "among the", "among"]
#: Words for the article's own country ("the country", "its").
SELF_WORDS: list[str] = ["the country", "the country's", "its", "the republic", "domestic"]
#: Words before a period that make it the baseline of a comparison, not the figure's own period.
BASELINE_WORDS: list[str] = ["from", "on", "compared with", "compared to", "over", "than", "versus"]
EQUIVALENT_WORDS: list[str] = ["equivalent to", "the equivalent of", "or about", "or around", "or some", "or"]

#: Verbs of passing a mark: the figure is a lower bound ("investment exceeds $3 billion").
EXCEED_WORDS: list[str] = ["exceed*", "surpass*", "topped", "tops"]
#: Verbs of bringing a figure to a level: their "to" is no "up to".
REACH_WORDS: list[str] = ["bring", "raise", "lift", "reach*", "boost", "increase", "rose", "grew", "fell"]
#: "X and Y each": the figure holds for every one of the joined parties.
EACH_WORDS: list[str] = ["each", "each of"]
#: Pronouns that point to the previous sentence's party ("Its share ...").
PRONOUN_WORDS: list[str] = ["its", "their"]
#: Words of a world total: a percent of world output is no country's share.
WORLD_WORDS: list[str] = ["global", "world", "world's", "worldwide"]
#: Words after a sum that make it a unit price ("$350 per tonne"), not a flow.
PER_WORDS: list[str] = ["per tonne", "per ton", "per barrel", "per ounce", "per cubic metre", "per cubic meter",
                         "per thousand", "per kilogram", "per kg", "a barrel", "a tonne", "a ton", "an ounce"]
#: Words that can open a sentence before its verb without naming a company (subject pronouns,
#: articles, adjectives of a total): a capitalized first word that is none of these and no
#: other known word is a name.
OPENING_WORDS: list[str] = ["it", "they", "he", "she", "we", "this", "that", "these", "those", "there", "the", "last", "output", "production", "annual", "total", "overall", "gross", "domestic", "national", "official", "yearly", "current"]
