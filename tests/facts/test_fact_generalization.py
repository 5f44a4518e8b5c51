"""Forms that news uses and the first rules missed, one example each (sentences written for
SilkStat): pronouns across sentences, lists of parties ("each", "respectively"), headlines,
rankings with "after X", company figures, totals, regional sub-shares, verbs that bound a figure.
Each example pins the scored fields; the unscored qualifier is pinned where analysts read it."""

from __future__ import annotations

import pytest

from etl.extract import extract_facts
from tests.facts.helpers_facts import fact, facts_of

PUB = "2024-05-01"

CASES = [
    # a pronoun takes the previous sentence's party
    ("en", "China remained Kyrgyzstan's main trading partner in 2023. Its share of the country's foreign "
           "trade reached 34%.",
     [fact("partner_rank", "CN", "KG", 1, "rank", "2023"), fact("trade_share", "CN", "KG", 34, "%", "2023")]),
    ("ru", "Китай остается главным торговым партнером Кыргызстана. Его доля во внешней торговле "
           "республики составила 34%.",
     [fact("partner_rank", "CN", "KG", 1, "rank"), fact("trade_share", "CN", "KG", 34, "%")]),
    ("fr", "La Chine reste le premier partenaire commercial du Kirghizistan. Sa part dans le commerce "
           "extérieur du pays atteint 34 %.",
     [fact("partner_rank", "CN", "KG", 1, "rank"), fact("trade_share", "CN", "KG", 34, "%")]),
    ("ar", "تعتبر الصين الشريك التجاري الأول لقيرغيزستان. وتبلغ حصتها من التجارة الخارجية للبلاد 34%.",
     [fact("partner_rank", "CN", "KG", 1, "rank"), fact("trade_share", "CN", "KG", 34, "%")]),
    ("ar", "استوردت طاجيكستان من روسيا سلعا بقيمة 900 مليون دولار في النصف الأول من 2024، في حين بلغت "
           "صادراتها إلى السوق الروسية 60 مليون دولار.",
     [fact("imports", "TJ", "RU", 9e8, "USD", "2024-01/2024-06"),
      fact("exports", "TJ", "RU", 6e7, "USD", "2024-01/2024-06")]),
    # one figure for each of two parties, and figures paired with parties "respectively"
    ("en", "Russia and Kazakhstan each supply about 20% of Kyrgyzstan's fuel.",
     [fact("supply_share", "RU", "KG", 20, "%", commodity="oil_products"),
      fact("supply_share", "KZ", "KG", 20, "%", commodity="oil_products")]),
    ("fr", "La Russie et le Kazakhstan fournissent chacun environ 20 % du carburant du Kirghizistan.",
     [fact("supply_share", "RU", "KG", 20, "%", commodity="oil_products"),
      fact("supply_share", "KZ", "KG", 20, "%", commodity="oil_products")]),
    ("ar", "وتزود روسيا كلا من قيرغيزستان وطاجيكستان بنحو 90% من احتياجاتهما من الوقود.",
     [fact("supply_share", "RU", "KG", 90, "%", commodity="oil_products"),
      fact("supply_share", "RU", "TJ", 90, "%", commodity="oil_products")]),
    ("ar", "وتستورد كل من كازاخستان وأوزبكستان نحو 20% من احتياجاتهما من الغاز من روسيا.",
     [fact("supply_share", "RU", "KZ", 20, "%", commodity="gas"),
      fact("supply_share", "RU", "UZ", 20, "%", commodity="gas")]),
    ("en", "Uzbekistan's imports from China and Russia amounted to $11.4 billion and $7.6 billion, respectively.",
     [fact("imports", "UZ", "CN", 11.4e9, "USD"), fact("imports", "UZ", "RU", 7.6e9, "USD")]),
    ("ru", "Экспорт Казахстана в Италию и Нидерланды составил 12 млрд и 5 млрд долларов соответственно.",
     [fact("exports", "KZ", "IT", 12e9, "USD"), fact("exports", "KZ", "NL", 5e9, "USD")]),
    # an importer's share of a commodity from a supplier is the supplier's supply share
    ("en", "Germany imports about 8% of its oil from Kazakhstan.",
     [fact("supply_share", "KZ", "DE", 8, "%", commodity="oil")]),
    ("ru", "Германия импортирует из Казахстана около 8% своей нефти.",
     [fact("supply_share", "KZ", "DE", 8, "%", commodity="oil")]),
    ("fr", "La France importe 40 % de son uranium du Kazakhstan.",
     [fact("supply_share", "KZ", "FR", 40, "%", commodity="uranium")]),
    ("ar", "تستورد ألمانيا 8% من نفطها من كازاخستان.",
     [fact("supply_share", "KZ", "DE", 8, "%", commodity="oil")]),
    # "after X" / "derrière X" / "после X" is a comparison, never a party
    ("en", "Kazakhstan's trade with the European Union reached $39 billion in 2023, the EU being its second "
           "largest trading partner after China.",
     [fact("trade_volume", "KZ", "EU", 39e9, "USD", "2023"), fact("partner_rank", "EU", "KZ", 2, "rank", "2023")]),
    ("fr", "L'Allemagne, troisième investisseur au Kazakhstan derrière les Pays-Bas et les États-Unis, a "
           "investi 4 milliards de dollars.",
     [fact("investor_rank", "DE", "KZ", 3, "rank"), fact("investment", "DE", "KZ", 4e9, "USD")]),
    ("ru", "Турция – второй торговый партнер Туркменистана после Китая, на нее приходится 13% товарооборота "
           "страны.",
     [fact("partner_rank", "TR", "TM", 2, "rank"), fact("trade_share", "TR", "TM", 13, "%")]),
    ("ar", "تحتل كوريا الجنوبية المرتبة الثامنة بين أكبر المستثمرين في كازاخستان.",
     [fact("investor_rank", "KR", "KZ", 8, "rank")]),
    # Russian names of four letters decline too
    ("ru", "Импорт Таджикистана из Ирана в 2023 году составил 150 млн долларов.",
     [fact("imports", "TJ", "IR", 1.5e8, "USD", "2023")]),
    # a headline without a stop is its own sentence: its target is not the body's actual figure
    ("ru", "Казахстан и Узбекистан нацелены на товарооборот в 10 млрд долларов\nТоварооборот Казахстана и "
           "Узбекистана в 2023 году составил 4,4 млрд долларов, сообщило министерство.",
     [fact("trade_volume", "KZ", "UZ", 10e9, "USD", basis="target"),
      fact("trade_volume", "KZ", "UZ", 4.4e9, "USD", "2023")]),
    ("ar", "أوزبكستان وتركيا تتطلعان إلى تبادل تجاري بقيمة 10 مليارات دولار\nبلغ حجم التبادل التجاري بين "
           "أوزبكستان وتركيا 3 مليارات دولار في عام 2023 وفق الأرقام الرسمية.",
     [fact("trade_volume", "UZ", "TR", 10e9, "USD", basis="target"),
      fact("trade_volume", "UZ", "TR", 3e9, "USD", "2023")]),
    ("en", "Uzbekistan and Korea eye $10 billion trade\nTrade between Uzbekistan and South Korea reached "
           "$2.3 billion in 2023, officials said on Monday.",
     [fact("trade_volume", "UZ", "KR", 10e9, "USD", basis="target"),
      fact("trade_volume", "UZ", "KR", 2.3e9, "USD", "2023")]),
    # a total stays a total; its part with a named partner is bilateral
    ("fr", "Le commerce extérieur de l'Ouzbékistan a atteint 62,6 milliards de dollars en 2023, dont 13 "
           "milliards avec la Chine.",
     [fact("trade_volume", "CN", "UZ", 13e9, "USD", "2023")]),
    ("en", "Kazakhstan's foreign trade totaled $139.8 billion in 2023, with China accounting for 22%.",
     [fact("trade_share", "CN", "KZ", 22, "%", "2023")]),
]

NO_FACTS = [
    # a company that leads the production verb keeps its figure
    ("en", "Kazatomprom, Kazakhstan's national uranium company, produced 21,100 tonnes of uranium in 2023."),
    ("fr", "La société Orano a extrait 3 000 tonnes d'uranium au Kazakhstan."),
    ("ru", "АО «Казатомпром» произвело 21,1 тыс. тонн урана в 2023 году."),
    # shares of a regional subtotal
    ("en", "Within Central Asia, Kazakhstan accounts for 60% of Uzbekistan's trade."),
    ("ru", "Доля Казахстана в торговле Узбекистана со странами Центральной Азии составила 60%."),
    ("ar", "وتستحوذ كازاخستان على 60% من تجارة أوزبكستان مع دول آسيا الوسطى."),
    # among the ten largest is no rank
    ("ar", "تعد الصين من بين أكبر عشرة شركاء تجاريين لأوزبكستان."),
    ("ru", "Внешнеторговый оборот Узбекистана в 2023 году составил 62,6 млрд долларов."),
]


def _key(d: dict) -> tuple:
    return d["kind"], d["subject"], d["value"]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_form_yields_its_facts(lang, text, expected):
    assert sorted(facts_of(text, lang, PUB), key=_key) == sorted(expected, key=_key)


@pytest.mark.parametrize(("lang", "text"), NO_FACTS, ids=[c[1][:40] for c in NO_FACTS])
def test_form_yields_no_fact(lang, text):
    assert facts_of(text, lang, PUB) == []


@pytest.mark.parametrize(("lang", "text", "qualifier"), [
    ("ar", "تجاوزت الاستثمارات الصينية في طاجيكستان 3 مليارات دولار.", "over"),
    ("fr", "Les investissements français au Kazakhstan dépassent désormais les 19 milliards de dollars.", "over"),
    ("en", "Chinese investment in Tajikistan has surpassed $3 billion.", "over"),
    ("ru", "Казахстан и Китай намерены довести товарооборот до 40 млрд долларов к 2030 году.", None),
    ("ar", "ارتفع التبادل التجاري بين كازاخستان والصين ليصل إلى 1.5 مليار دولار.", None),
    ("ru", "Экспорт Казахстана в Китай может составить вплоть до 5 млрд долларов.", "up_to"),
])
def test_a_verb_bounds_the_figure_or_only_brings_it_to_a_level(lang, text, qualifier):
    facts = extract_facts(text, lang=lang, published=PUB)
    assert len(facts) == 1, [f.to_dict() for f in facts]
    assert facts[0].qualifier == qualifier


def test_a_share_of_world_output_is_no_country_share_and_a_rank_by_investment_is_an_investor_rank():
    world = [("en", "Kazakhstan was the source of 43% of global uranium output."),
             ("ru", "Казахстан обеспечивает 43% мировой добычи урана."),
             ("fr", "Le Kazakhstan assure 43 % de la production mondiale d'uranium.")]
    for lang, text in world:
        assert facts_of(text, lang, PUB) == [], text
    assert facts_of("Германия заняла третье место по объему инвестиций в Узбекистан.", "ru", PUB) == [
        fact("investor_rank", "DE", "UZ", 3, "rank")]


def test_a_hedge_before_an_elided_article_still_hedges():
    facts = extract_facts("Près d'un quart du gaz importé par la Chine provient du Turkménistan.", lang="fr",
                          published=PUB)
    assert [(f.kind, f.subject, f.counterpart, f.value, f.approx) for f in facts] == [
        ("supply_share", "TM", "CN", 25.0, True)]


def test_a_short_change_word_makes_a_growth_rate_but_made_up_is_a_share():
    assert facts_of("Trade between Kazakhstan and Hungary reached $410 million in 2023, up 12% from a year "
                    "earlier.", "en", PUB) == [fact("trade_volume", "KZ", "HU", 4.1e8, "USD", "2023")]
    assert facts_of("Russian supplies made up 31 percent of Kyrgyzstan's imports.", "en", PUB) == [
        fact("import_share", "RU", "KG", 31, "%")]


def test_a_flow_named_without_a_figure_gives_the_next_sentence_its_measure_not_a_source_name():
    text = ("Sales of American products to Kazakhstan have grown fast. According to the International Trade "
            "Centre, they stood at $510 million in 2020 and rose to $1.16 billion in 2023.")
    assert sorted(facts_of(text, "en", PUB), key=lambda d: d["value"]) == [
        fact("exports", "US", "KZ", 5.1e8, "USD", "2020"), fact("exports", "US", "KZ", 1.16e9, "USD", "2023")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kazakhstan exported goods worth $12 billion to China and $9 billion to Italy in 2023."),
    ("fr", "Le Kazakhstan a exporté pour 12 milliards de dollars de marchandises vers la Chine et 9 milliards "
           "vers l'Italie en 2023."),
    ("ru", "В 2023 году Казахстан экспортировал в Китай товаров на 12 млрд долларов, в Италию — на 9 млрд долларов."),
])
def test_each_figure_of_a_list_keeps_its_own_destination(lang, text):
    assert sorted(facts_of(text, lang, PUB), key=lambda d: d["value"]) == [
        fact("exports", "KZ", "IT", 9e9, "USD", "2023"), fact("exports", "KZ", "CN", 12e9, "USD", "2023")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kazakhstan sold wheat to Afghanistan at $250 per tonne."),
    ("fr", "Le prix du gaz turkmène vendu à la Chine est d'environ 250 dollars les 1 000 m3."),
    ("ru", "Казахстан продавал нефть Китаю по 80 долларов за баррель."),
    ("ar", "وباعت كازاخستان القمح لأفغانستان بسعر 250 دولارا للطن."),
])
def test_a_unit_price_is_no_flow(lang, text):
    assert facts_of(text, lang, PUB) == []


def test_a_yearly_rate_stays_a_flow():
    assert facts_of("Le commerce germano-kazakh pèse 5 milliards d'euros par an.", "fr", PUB) == [
        fact("trade_volume", "DE", "KZ", 5e9, "EUR")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Uzbekistan's gas production is expected to reach 60 bcm this year, according to the ministry of "
           "oil and gas."),
    ("ar", "ومن المتوقع أن يصل إنتاج أوزبكستان من الغاز إلى 60 مليار متر مكعب هذا العام، بحسب وزارة النفط "
           "والغاز."),
])
def test_a_commodity_in_a_trailing_attribution_loses_to_the_nearer_one(lang, text):
    got = facts_of(text, lang, PUB)
    assert [(d["kind"], d["commodity"], d["value"]) for d in got] == [("production", "gas", 60)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Orano produced 2,500 tonnes of uranium in Uzbekistan in 2023."),
    ("fr", "Orano a produit 2 500 tonnes d'uranium en Ouzbékistan en 2023."),
    ("ru", "Orano произвела 2500 тонн урана в Узбекистане в 2023 году."),
])
def test_a_company_named_first_is_not_its_host_country(lang, text):
    assert facts_of(text, lang, PUB) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Annual output reached 2,500 tonnes of uranium in Uzbekistan in 2023."),
    ("fr", "Elle a produit 2 500 tonnes d'uranium en Ouzbékistan en 2023."),
    ("ru", "Годовая добыча урана составила 2500 тонн в Узбекистане в 2023 году."),
])
def test_a_common_opening_word_is_no_company(lang, text):
    assert facts_of(text, lang, PUB) == [fact("production", "UZ", None, 2500, "t", "2023", commodity="uranium")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Among Uzbekistan's trading partners, the first place belongs to China."),
    ("en", "The first place among Uzbekistan's trading partners is held by China."),
    ("fr", "Parmi les partenaires commerciaux de l'Ouzbékistan, la première place revient à la Chine."),
    ("ru", "Первое место среди торговых партнеров Узбекистана принадлежит Китаю."),
    ("ar", "بين الشركاء التجاريين لأوزبكستان، تحتل الصين المرتبة الأولى."),
])
def test_the_first_place_among_partners_goes_to_the_named_country(lang, text):
    assert facts_of(text, lang, PUB) == [fact("partner_rank", "CN", "UZ", 1, "rank")]


def test_a_leading_scope_needs_to_open_the_sentence():
    text = "Италия занимает третье место среди торговых партнеров Узбекистана и является крупнейшим покупателем его хлопка."
    assert facts_of(text, "ru", PUB) == [fact("partner_rank", "IT", "UZ", 3, "rank")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The customs report put Turkey at the top of the list of Tajikistan's trading partners."),
    ("fr", "La Turquie figure en tête de la liste des partenaires commerciaux du Tadjikistan."),
    ("ru", "Турция возглавляет список торговых партнеров Таджикистана."),
    ("ar", "تتصدر تركيا قائمة الشركاء التجاريين لطاجيكستان."),
])
def test_the_top_of_the_list_of_partners_is_rank_one(lang, text):
    assert facts_of(text, lang, PUB) == [fact("partner_rank", "TR", "TJ", 1, "rank")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kyrgyz exports to Kazakhstan in January-June 2023 reached $610 million, a 12 percent increase on "
           "January-June 2022 ($545 million)."),
    ("fr", "Les exportations kirghizes vers le Kazakhstan ont atteint 610 millions de dollars en janvier-juin 2023, "
           "en hausse de 12 % par rapport à janvier-juin 2022 (545 millions de dollars)."),
])
def test_a_baseline_in_parentheses_after_its_period_is_a_level(lang, text):
    assert sorted(facts_of(text, lang, PUB), key=lambda d: d["value"]) == [
        fact("exports", "KG", "KZ", 5.45e8, "USD", "2022-01/2022-06"),
        fact("exports", "KG", "KZ", 6.1e8, "USD", "2023-01/2023-06")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kazakhstan's trade with the EU grew. Imports from EU countries rose by 20 percent in the first "
           "half of 2024, reaching 4.2 billion euros (January-June 2023: 3.5 billion euros)."),
    ("fr", "Le commerce du Kazakhstan avec l'UE a progressé. Les importations en provenance de l'UE ont augmenté "
           "de 20 % au premier semestre 2024, atteignant 4,2 milliards d'euros (janvier-juin 2023 : 3,5 milliards "
           "d'euros)."),
])
def test_a_dated_figure_in_parentheses_keeps_the_parties_and_its_own_period(lang, text):
    assert sorted(facts_of(text, lang, PUB), key=lambda d: d["value"]) == [
        fact("imports", "KZ", "EU", 3.5e9, "EUR", "2023-01/2023-06"),
        fact("imports", "KZ", "EU", 4.2e9, "EUR", "2024-01/2024-06")]
