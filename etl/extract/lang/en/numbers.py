"""English number words, scales, currencies, units and hedges, with their values.

The engine in ``etl.extract.numbers`` builds its matchers from these tables. Keys are lower
case; a key with spaces is a phrase matched token by token (hyphens between tokens are skipped).
"""

NAME_SUFFIX = "s"  # for currency names: "qatari riyals"
DECIMAL_COMMA = False  # "1,234" is one thousand two hundred thirty-four
DOT_THOUSANDS = False  # "1.234" is a decimal
UNITS_BEFORE_TENS = False
VIGESIMAL = False

CARDINALS = {
    "zero": 0, "nil": 0, "naught": 0, "nought": 0, "zilch": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "a dozen": 12, "dozen": 12,
}
MULTIPLIERS = {"hundred": 100, "hundreds": 100}
SCALES = {
    "thousand": 10**3, "thousands": 10**3, "lakh": 10**5, "lakhs": 10**5, "lac": 10**5,
    "million": 10**6, "millions": 10**6, "crore": 10**7, "crores": 10**7,
    "billion": 10**9, "billions": 10**9, "trillion": 10**12, "trillions": 10**12,
    "bn": 10**9, "bln": 10**9, "mln": 10**6, "mn": 10**6, "tn": 10**12, "trln": 10**12,
    "thous": 10**3, "lkh": 10**5, "lkhs": 10**5, "lacs": 10**5, "cr": 10**7, "crs": 10**7,
    "koti": 10**7, "krore": 10**7, "krores": 10**7,
}
# Only right after digits ("100k", "$5m", "10M", "2.33 k").
SCALES_GLUED = {"k": 10**3, "m": 10**6, "b": 10**9, "mm": 10**6, "mil": 10**6, "bil": 10**9}
SCALES_SPACED_CASED = {"K": 10**3, "M": 10**6, "k": 10**3}  # after a space, case-sensitive
DUAL_SCALES: dict[str, tuple[int, int]] = {}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}
ORDINAL_MULTIPLIERS = {"hundredth": 100}
ORDINAL_SCALES = {"thousandth": 10**3, "millionth": 10**6, "billionth": 10**9, "trillionth": 10**12}
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
# "largest", "leading", "top": rank 1 when no ordinal number stands beside them.
SUPERLATIVES = {"largest", "biggest", "leading", "top", "number one", "no. 1"}

FRACTION_TAILS = {"and a half": 0.5, "and one half": 0.5, "and a quarter": 0.25,
                  "and three quarters": 0.75, "and a third": 1 / 3, "and a fourth": 0.25,
                  "and one fourth": 0.25}
FRACTION_LEADS = {"half": 0.5, "half a": 0.5, "a half": 0.5, "quarter": 0.25, "a quarter": 0.25,
                  "three quarters": 0.75, "three quarters of a": 0.75}
# Zero as a digit after the point only: "one hundred twenty point o five" (120.05).
FRACTION_ZERO_WORDS = {"o", "oh"}
POINT_WORDS = {"point", "dot"}
NEGATIVE_WORDS = {"minus", "negative"}
POSITIVE_WORDS = {"plus"}
CONNECTORS = {"and"}

PERCENT = {"%", "percent", "percents", "per cent", "pct", "percentage points", "percentage point", "per-cent",
           "percentage"}
# The percent word before its number: "percent of 10", "per cent of twenty-two".
PERCENT_PREFIXES = {"percent of", "percents of", "per cent of", "percentage of"}
# Shares as words: "a third of" is 33.333... percent; only before "of".
FRACTION_SHARES = {
    "a third": 100 / 3, "one third": 100 / 3, "one-third": 100 / 3, "third": 100 / 3,
    "two thirds": 200 / 3, "two-thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0,
    "quarter": 25.0, "three quarters": 75.0, "half": 50.0, "a half": 50.0, "one half": 50.0,
    "a fifth": 20.0, "one fifth": 20.0, "two fifths": 40.0, "a tenth": 10.0, "one tenth": 10.0,
}
SHARE_FOLLOWERS = {"of"}

CURRENCIES = {
    "dollar": "USD", "dollars": "USD", "buck": "USD", "bucks": "USD", "usd": "USD",
    "us dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "pound sterling": "GBP",
    "sterling": "GBP", "quid": "GBP", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "chinese yuan": "CNY",
    "tenge": "KZT", "tenges": "KZT", "kazakh tenge": "KZT", "kzt": "KZT",
    "sum": "UZS", "soum": "UZS", "soums": "UZS", "uzbek som": "UZS", "uzbek sum": "UZS",
    "uzbek soum": "UZS", "som uzbek": "UZS", "uzs": "UZS",
    "som": "KGS", "soms": "KGS", "kyrgyz som": "KGS", "kgs": "KGS",
    "somoni": "TJS", "somonis": "TJS", "tajik somoni": "TJS", "tjs": "TJS",
    "manat": "TMT", "manats": "TMT", "turkmen manat": "TMT", "tmt": "TMT",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "rub": "RUB",
    "lira": "TRY", "liras": "TRY", "lire": "TRY", "turkish lira": "TRY",
    "rupee": "INR", "rupees": "INR", "rs": "INR", "shekel": "ILS", "shekels": "ILS", "nis": "ILS",
    "leva": "BGN", "dong": "VND", "rupiah": "IDR", "rupiahs": "IDR", "rp": "IDR",
    "korean won": "KRW", "south korean won": "KRW", "brazilian reais": "BRL", "reais": "BRL",
    "rand": "ZAR", "naira": "NGN", "baht": "THB", "hryvnias": "UAH", "lari": "GEL",
    "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "forint": "HUF", "forints": "HUF",
    "ringgit": "MYR", "ringgits": "MYR", "malaysia ringgit": "MYR", "malaysia ringgits": "MYR",
    "c $": "CAD", "ca $": "CAD", "can $": "CAD", "au $": "AUD", "nz $": "NZD",
    "hk $": "HKD", "us $": "USD", "u.s. $": "USD", "rm": "MYR", "won": "KRW", "dirham": "AED",
    "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "rial": "IRR", "rials": "IRR",
    "gbp": "GBP", "cny": "CNY", "jpy": "JPY", "chf": "CHF", "aud": "AUD", "cad": "CAD",
    "inr": "INR", "aed": "AED", "sar": "SAR", "qar": "QAR", "myr": "MYR", "mxn": "MXN", "nzd": "NZD",
    "swiss francs": "CHF", "swiss franc": "CHF", "francs": "CHF", "franc": "CHF",
    "hryvnia": "UAH", "afghani": "AFN", "afghanis": "AFN",
    # local names CLDR gives only after the country's adjective
    "tugrik": "MNT", "tugriks": "MNT", "tughrik": "MNT", "tughriks": "MNT", "dram": "AMD", "drams": "AMD",
    "kip": "LAK", "riel": "KHR", "riels": "KHR", "kyat": "MMK", "kyats": "MMK", "taka": "BDT",
    "cedi": "GHS", "cedis": "GHS", "birr": "ETB", "lev": "BGN", "levs": "BGN", "koruna": "CZK",
    "korunas": "CZK", "shekalim": "ILS", "sheqel": "ILS", "sheqels": "ILS",
    "lempira": "HNL", "quetzal": "GTQ", "quetzales": "GTQ", "guarani": "PYG", "colon": "CRC",
    "colones": "CRC", "ouguiya": "MRU", "pula": "BWP", "rufiyaa": "MVR", "ngultrum": "BTN",
}
# Names shared by several countries' currencies: the code is the news convention.
ASSUMED = {"$", "dollar", "dollars", "buck", "bucks", "£", "pound", "pounds", "franc", "francs",
           "riyal", "riyals", "rial", "rials", "dirham", "dirhams", "lira", "liras", "lire",
           "rupee", "rupees", "won", "som", "soms", "manat", "manats"}
CENTS = {"cent", "cents", "c", "pence", "penny", "p", "kopiykas", "kopiyka", "kopecks", "kopeks",
         "tiyn", "tiyin", "sen", "sens"}
# The article that counts one before a currency name: "a dollar", "above a dollar and 42 cents".
ARTICLES_ONE = {"a", "an"}
MONEY_CONNECTORS = {"of"}

UNITS = {
    "t": "t", "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "metric tons": "t",
    "metric tonnes": "t", "tU": "tU", "tu": "tU", "tonnes of uranium": "t", "tons of uranium": "t",
    "kt": "kt", "kilotonnes": "kt", "kilotons": "kt", "mt": "Mt", "mmt": "Mt",
    "cubic meters": "m3", "cubic metres": "m3", "cubic meter": "m3", "cubic metre": "m3",
    "m3": "m3", "m³": "m3", "cu m": "m3", "bcm": "bcm", "mcm": "mcm",
    "barrels per day": "bbl/d", "barrels a day": "bbl/d", "barrels of oil per day": "bbl/d",
    "bpd": "bbl/d", "b/d": "bbl/d", "bbl/d": "bbl/d", "barrels": "bbl", "barrel": "bbl", "bbl": "bbl",
    "mw": "MW", "megawatts": "MW", "megawatt": "MW", "gw": "GW", "gigawatts": "GW", "gigawatt": "GW",
    "twh": "TWh", "terawatt hours": "TWh", "terawatt-hours": "TWh", "gwh": "GWh",
    "kwh": "kWh", "kilowatt hours": "kWh", "kilowatt-hours": "kWh", "mwh": "MWh",
}
UNIT_CONNECTORS = {"of"}

HEDGES = {
    "about": "approx", "around": "approx", "nearly": "approx", "almost": "approx", "some": "approx",
    "roughly": "approx", "approximately": "approx", "approx": "approx", "close to": "approx",
    "an estimated": "approx", "estimated at": "approx", "circa": "approx", "some of": "approx",
    "just under": "under", "just over": "over", "nearly reaching": "approx", "well over": "over",
    "more than": "over", "over": "over", "exceeded": "over", "exceeding": "over", "exceeds": "over",
    "above": "over", "in excess of": "over", "upwards of": "over", "slightly more than": "over",
    "greater than": "over", "more then": "over", "topped": "over",
    "less than": "under", "under": "under", "below": "under", "fewer than": "under",
    "up to": "up_to", "as much as": "up_to", "no more than": "up_to", "not more than": "up_to",
    "did not exceed": "up_to", "didn't exceed": "up_to", "does not exceed": "up_to",
    "doesn't exceed": "up_to", "not exceeding": "up_to", "not to exceed": "up_to", "at most": "up_to", "a maximum of": "up_to",
    "at least": "at_least", "no less than": "at_least", "not less than": "at_least",
    "a minimum of": "at_least",
}
# Words before "from X to Y" that make it a change, two figures, not a range ("rose from $0.8 to $1.2 billion").
CHANGE_WORDS = {"rose", "risen", "rising", "rises", "increased", "increasing", "increase", "grew", "grown", "growing",
                "climbed", "jumped", "surged", "soared", "expanded", "fell", "fallen", "falling", "dropped",
                "declined", "decreased", "decreasing", "shrank", "slipped", "slid", "plunged", "went", "up", "down",
                "moved", "changed", "doubled", "tripled", "rise", "growth", "fall", "decline", "drop", "jump"}
RANGE_OPENERS = {"from", "between"}
RANGE_JOINERS = {"-", "–", "—", "to", "and"}
# Currency names that are common words too: after a year they are the word ("in 2019 won").
WORD_CURRENCIES = {"won", "rand", "lev", "sum", "som", "colon", "kip", "pula", "dram", "real", "rial"}
ABBREVIATIONS = {"bn", "mln", "bln", "mn", "tn", "thous", "rs", "approx", "lkh", "lkhs", "cr", "crs"}
FOLD: dict[str, str] = {}
PREFIXES: tuple[str, ...] = ()
