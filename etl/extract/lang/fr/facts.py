"""French words of the fact layer, as data (accents are folded before matching)."""

COUNTRY_ALIASES: dict[str, str] = {
    "usa": "US", "etats-unis": "US", "europe": "EU", "washington": "US", "amerique": "US",
    "ue": "EU", "union europeenne": "EU", "union": "EU", "bruxelles": "EU",
    "turquie": "TR", "ankara": "TR", "kirghizstan": "KG", "kirghizistan": "KG", "bichkek": "KG",
    "astana": "KZ", "noursoultan": "KZ", "tachkent": "UZ", "douchanbe": "TJ", "achgabat": "TM",
    "achkhabad": "TM", "moscou": "RU", "kremlin": "RU", "pekin": "CN", "paris": "FR", "elysee": "FR",
    "berlin": "DE", "teheran": "IR", "minsk": "BY", "bakou": "AZ", "seoul": "KR", "coree": "KR",
    "kaboul": "AF", "new delhi": "IN", "tokyo": "JP", "rome": "IT", "riyad": "SA", "abou dhabi": "AE",
    "emirats": "AE", "royaume-uni": "GB", "londres": "GB", "pays-bas": "NL", "le caire": "EG",
}
DEMONYMS: dict[str, str] = {
    "kazakh*": "KZ", "ouzbek*": "UZ", "kirghiz*": "KG", "tadjik*": "TJ", "turkmen*": "TM",
    "chinois*": "CN", "sino": "CN", "russe": "RU", "russes": "RU", "russo": "RU", "allemand*": "DE",
    "germano": "DE", "francais": "FR", "francaise": "FR", "francaises": "FR", "franco": "FR",
    "turc": "TR", "turque": "TR", "turcs": "TR", "turques": "TR", "turco": "TR", "iranien*": "IR",
    "irano": "IR", "indien": "IN", "indienne": "IN", "indiens": "IN", "indiennes": "IN",
    "bielorusse*": "BY", "emirati*": "AE", "saoudien*": "SA", "saoudo": "SA", "sud-coreen*": "KR",
    "coreen*": "KR", "americain*": "US", "afghan*": "AF", "italien*": "IT", "italo": "IT",
    "britannique*": "GB", "japonais*": "JP", "europeen*": "EU", "azerbaidjanais*": "AZ",
    "georgien*": "GE", "pakistanais*": "PK", "egyptien*": "EG", "ukrainien*": "UA",
    "canadien*": "CA", "australien*": "AU", "neerlandais*": "NL", "qatari*": "QA",
    "hongrois*": "HU", "polonais*": "PL", "tcheque*": "CZ", "autrichien*": "AT", "belge*": "BE",
    "suedois*": "SE", "finlandais*": "FI", "norvegien*": "NO", "danois*": "DK", "grec": "GR", "grecs": "GR",
    "grecque*": "GR", "roumain*": "RO", "bulgare*": "BG", "serbe*": "RS", "letton*": "LV", "lituanien*": "LT",
    "estonien*": "EE", "armenien*": "AM", "israelien*": "IL", "irakien*": "IQ", "koweitien*": "KW",
    "omanais*": "OM", "malaisien*": "MY", "indonesien*": "ID", "singapourien*": "SG", "vietnamien*": "VN",
    "thailandais*": "TH", "bresilien*": "BR", "mexicain*": "MX", "portugais*": "PT", "espagnol*": "ES",
    "suisse*": "CH", "hollandais*": "NL", "mongol*": "MN", "marocain*": "MA", "algerien*": "DZ",
    "tunisien*": "TN", "qatarien*": "QA",
}
TRIGGERS: dict[str, list[str]] = {
    "trade": ["echanges", "echange", "commerce", "commerce exterieur", "chiffre des echanges",
              "relations commerciales", "commerciaux", "commercial", "commerciale", "commerciales"],
    "export": ["export*", "ventes", "livraison*", "livre", "livrees", "a livre", "vend*", "achemine*"],
    "import": ["import*", "achat*", "achete*", "achats"],
    "investment": ["invest*", "ide", "engages", "injecte*", "stock", "stock d'ide"],
    "investor": ["investisseur", "investisseurs"],
    "partner": ["partenaire", "partenaire commercial", "partenaire economique", "partenaires"],
    "deal": ["accord*", "contrat*", "ligne de credit", "ligne*", "credit*", "pret*", "partenariats",
             "conventions", "protocoles", "documents"],
    "production": ["produi*", "production", "extrait", "extraction", "extrai*", "a produit"],
    "supply": ["fourni*", "couvre*", "assure*", "represente*", "absorbe*", "pese*", "livre"],
    "needs": ["besoins", "consommation", "importee", "importees", "importations", "demande"],
    "share": ["part", "poids", "represente*", "pese"],
    "total": ["total", "totales", "totaux", "global", "globale", "exterieur", "exterieures", "commerce exterieur",
              "exterieurs", "ensemble"],
    "bilateral": ["bilateral", "bilateraux", "bilaterale", "bilaterales", "les deux pays",
                  "les deux presidents", "les deux dirigeants", "les deux gouvernements",
                  "deux parties", "les deux parties", "entre eux", "leur", "leurs", "mutuels",
                  "italo", "sino", "russo", "saoudo", "germano", "franco", "turco"],
    "company": ["entreprise", "societe", "groupe", "compagnie", "firme", "kazatomprom", "gazprom", "coentreprise",
                "filiale", "combinat",
                "mine", "gisement", "usine"],
    # organismes dont le nom contient un mot de mesure ("le Centre du commerce international")
    "institution": ["organisation mondiale du commerce", "ministere du commerce", "chambre de commerce",
                    "centre du commerce international", "forum d'investissement", "fonds d'investissement"],
}
RANK_WORDS: dict[str, int] = {
    "premier": 1, "premiere": 1, "plus important": 1, "plus grand": 1, "principal": 1,
    "numero un": 1, "en tete": 1, "deuxieme": 2, "second": 2, "seconde": 2, "troisieme": 3, "quatrieme": 4,
    "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8, "neuvieme": 9, "dixieme": 10,
    "onzieme": 11, "douzieme": 12, "treizieme": 13, "quatorzieme": 14, "quinzieme": 15,
}
RANK_SCOPE_WORDS: list[str] = ["au sein de", "en asie centrale", "dans la region", "arabe", "mondial",
                               "du monde", "europeen dans", "dans l'ue"]
AMONG_WORDS: list[str] = ["parmi", "des", "entre", "liste"]
RANK_PLACE_WORDS: list[str] = ["rang", "place", "position"]
MONTHS: dict[str, int] = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}
RELATIVE_YEARS: dict[str, int] = {
    "l'an dernier": -1, "an dernier": -1, "l'an passe": -1, "an passe": -1, "l'annee derniere": -1,
    "annee derniere": -1, "annee precedente": -1, "l'annee precedente": -1, "cette annee": 0,
    "l'annee en cours": 0, "de l'annee": 0, "l'an prochain": 1, "un an plus tot": -1,
}
THAT_YEAR_WORDS: list[str] = ["cette annee-la", "la meme annee"]
HALVES: dict[str, int] = {"premier semestre": 1, "second semestre": 2, "deuxieme semestre": 2,
                          "s1": 1, "s2": 2}
QUARTERS: dict[str, int] = {"premier trimestre": 1, "deuxieme trimestre": 2, "troisieme trimestre": 3,
                            "quatrieme trimestre": 4, "t1": 1, "t2": 2, "t3": 3, "t4": 4}
MONTH_COUNT_WORD: list[str] = ["mois"]
SINCE_WORDS: list[str] = ["depuis"]
SAME_PERIOD_WORDS: list[str] = ["meme periode", "memes mois", "periode", "ces huit mois",
                                "sur la periode", "periode correspondante"]
TARGET_WORDS: list[str] = [
    "objectif", "porter", "ambitionne*", "entend", "vise*", "prevoit", "souhaite",
    "fixe", "portera", "table sur", "d'ici",
]
FORECAST_WORDS: list[str] = ["devrai*", "devrait", "s'attend*", "prevision*", "attendu*", "pourrai*",
                             "rapporterait"]
GROWTH_WORDS: list[str] = ["hausse de", "baisse de", "augmente de", "augmentation de", "croissance de"]
COMMODITIES: dict[str, str] = {
    "uranium": "uranium", "combustible nucleaire": "uranium", "petrole brut": "oil", "petrole": "oil", "brut": "oil", "gaz": "gas",
    "gaz naturel": "gas", "gnl": "gas", "charbon": "coal", "electricite": "electricity",
    "produits petroliers": "oil_products", "ble": "wheat", "cereales": "grain", "farine": "flour",
    "coton": "cotton", "or": "gold", "cuivre": "copper", "aluminium": "aluminium", "zinc": "zinc",
    "acier": "steel", "engrais": "fertilizers", "vehicules": "vehicles", "voitures": "vehicles",
    "tracteurs": "vehicles", "camions": "vehicles", "hydrocarbures": "oil",
    "carburant": "oil_products", "carburants": "oil_products", "gazole": "oil_products", "diesel": "oil_products",
}
COMMODITY_BLOCKERS: list[str] = ["essentiellement", "notamment", "surtout", "principalement",
                                 "dont"]
TO_WORDS: list[str] = ["vers", "a", "au", "aux", "en", "pour", "chez"]
FROM_WORDS: list[str] = ["de", "du", "des", "d", "depuis", "en provenance de", "auprès"]
BETWEEN_WORDS: list[str] = ["entre", "avec"]
IN_WORDS: list[str] = ["en", "au", "aux", "dans"]
OF_WORDS: list[str] = ["de", "du", "des", "d"]
RESPECTIVELY: list[str] = ["respectivement"]
LOSS_WORDS: list[str] = ["perdu", "pertes", "perte", "coute"]
REGION_WORDS: list[str] = ["pays de", "pays d", "pays tiers", "region", "etats membres", "asie centrale"]
APPROX_WORDS: list[str] = ["environ", "pres de", "pres d", "autour d", "quelque", "autour de", "avoisinait", "avoisine"]
ANCHORED_RELATIVE: list[str] = ["un an plus tot", "annee precedente", "l'annee precedente"]
BY_WORDS: list[str] = ["d'ici", "d'ici a", "ici a", "ici", "horizon", "a l'horizon"]
SMALL_NUMBERS: dict[str, int] = {
    "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
}
RANGE_JOINERS: list[str] = ["a", "au", "et", "jusqu'a"]
CHANGE_WORDS: list[str] = ["hausse", "baisse", "progression", "recul", "augment*", "croissance",
                           "bondi", "chute", "perdu", "diminu*", "sur un an", "taux", "+"]
ONE_OF_WORDS: list[str] = ["l'un des", "un des", "l'une des", "une des", "parmi les"]
SELF_WORDS: list[str] = ["le pays", "du pays", "dans le pays", "ses", "sa", "son", "la republique",
                         "national*"]
BASELINE_WORDS: list[str] = ["par rapport a", "par rapport a l", "sur", "comparees a celles de",
                             "comparee a", "rapport a"]
EQUIVALENT_WORDS: list[str] = ["l'equivalent de", "l'equivalent d", "equivalent", "soit environ", "soit"]

#: Verbes de dépassement: le chiffre est un minimum ("les investissements dépassent 3 milliards").
EXCEED_WORDS: list[str] = ["depass*", "excede*", "franchi*", "surpass*"]
#: Verbes qui portent un chiffre à un niveau: leur "à"/"jusqu'à" n'est pas une borne haute.
REACH_WORDS: list[str] = ["porter", "portant", "hisser", "atteindre", "relever", "augmenter"]
EACH_WORDS: list[str] = ["chacun", "chacune", "chacun d'eux", "tous deux", "toutes deux"]
PRONOUN_WORDS: list[str] = ["sa", "son", "leur", "ses"]
#: Words of a world total: a percent of world output is no country's share.
WORLD_WORDS: list[str] = ["mondial*", "du monde"]
#: Words after a sum that make it a unit price ("$350 per tonne"), not a flow.
PER_WORDS: list[str] = ["la tonne", "le baril", "l'once", "par tonne", "par baril", "par m3", "les 1000", "le millier",
                         "le kilo"]
#: Words that can open a sentence before its verb without naming a company (subject pronouns,
#: articles, adjectives of a total): a capitalized first word that is none of these and no
#: other known word is a name.
OPENING_WORDS: list[str] = ["il", "elle", "ils", "elles", "on", "nous", "ce", "cela", "celle-ci", "celui-ci", "le", "la", "les", "au", "en", "sa", "son", "leur", "total*", "annuel*", "globale", "nationale"]
