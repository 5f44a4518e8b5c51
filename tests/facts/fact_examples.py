"""Example sentences that pin what the fact rules recognize, per language (written for SilkStat,
not taken from any article). Each example: (language, text, publication date, expected facts).

An expected fact lists the scored fields (kind, subject, counterpart, commodity, period, basis,
value, unit); extras such as hedges and conversions are pinned in the test modules.
"""

from __future__ import annotations

from tests.facts.helpers_facts import fact

EN = [
    ("Trade between Kazakhstan and Belgium reached $2.4 billion in 2021.", "2022-03-01",
     [fact("trade_volume", "KZ", "BE", 2.4e9, "USD", "2021")]),
    ("Uzbek exports to Latvia came to $61.5 million in January-May 2024.", "2024-06-20",
     [fact("exports", "UZ", "LV", 61.5e6, "USD", "2024-01/2024-05")]),
    ("Japan is the seventh largest investor in Turkmenistan.", "2023-01-10",
     [fact("investor_rank", "JP", "TM", 7, "rank")]),
    ("Kyrgyzstan produced 18.1 tonnes of gold last year.", "2023-02-01",
     [fact("production", "KG", None, 18.1, "t", "2022", commodity="gold")]),
    ("Tajikistan and Iran aim to raise bilateral trade to $500 million.", "2023-04-04",
     [fact("trade_volume", "TJ", "IR", 5e8, "USD", basis="target")]),
    ("Germany accounted for 4.5 percent of Kazakhstan's imports in 2022.", "2023-05-05",
     [fact("import_share", "DE", "KZ", 4.5, "%", "2022")]),
    ("Kazakhstan exported 1.2 million tonnes of wheat to Uzbekistan in 2022, while Uzbekistan supplied "
     "300 million cubic meters of gas to Kyrgyzstan.", "2023-01-01",
     [fact("exports", "KZ", "UZ", 1.2, "Mt", "2022", commodity="wheat"),
      fact("exports", "UZ", "KG", 300, "mcm", "2022", commodity="gas")]),
    ("Russia remains Kazakhstan's main trading partner, with trade of $26 billion last year.", "2023-05-01",
     [fact("partner_rank", "RU", "KZ", 1, "rank", "2022"), fact("trade_volume", "RU", "KZ", 2.6e10, "USD", "2022")]),
    ("The company plans to invest $500 million in a new plant in Almaty by 2026.", "2023-01-01", []),
    ("Exports of the country grew by 12 percent in 2023.", "2024-01-01", []),
    ("Kazakhstan plans to produce 100 million tonnes of oil by 2030.", "2024-06-01",
     [fact("production", "KZ", None, 100, "Mt", "2030", basis="target", commodity="oil")]),
    ("Kazakhstan's GDP grew 5% to $260 billion in 2023.", "2024-06-01", []),
    ("Kazakhstan's exports rose to $78 billion in 2023.", "2024-06-01", []),
    ("The Kazakh tenge traded at 450 per dollar.", "2024-06-01", []),
]
FR = [
    ("Les échanges entre le Kazakhstan et l'Espagne ont atteint 1,3 milliard de dollars en 2022.",
     "2023-01-15", [fact("trade_volume", "KZ", "ES", 1.3e9, "USD", "2022")]),
    ("La Turquie est le quatrième partenaire commercial de l'Ouzbékistan.", "2023-03-03",
     [fact("partner_rank", "TR", "UZ", 4, "rank")]),
    ("Le Kazakhstan a exporté 2,1 millions de tonnes de blé vers l'Afghanistan en 2021.", "2022-02-02",
     [fact("exports", "KZ", "AF", 2.1, "Mt", "2021", commodity="wheat")]),
    ("Des accords d'une valeur de 700 millions d'euros ont été signés entre la France et le Tadjikistan.",
     "2023-06-06", [fact("deal_value", "FR", "TJ", 7e8, "EUR")]),
    ("Le Turkménistan couvre près de 30 % des besoins en gaz de la Chine.", "2022-09-09",
     [fact("supply_share", "TM", "CN", 30, "%", commodity="gas")]),
    ("L'Ouzbékistan a importé pour 3,4 milliards de dollars de marchandises de Chine au premier trimestre 2024.",
     "2024-05-01", [fact("imports", "UZ", "CN", 3.4e9, "USD", "2024-01/2024-03")]),
    ("Le chiffre d'affaires de la société a progressé de 8 % en 2023.", "2024-02-02", []),
    ("Le PIB du Tadjikistan a progressé de 8 % pour atteindre 12 milliards de dollars.", "2024-06-01", []),
]
RU = [
    ("Товарооборот Казахстана и Польши в 2022 году составил 1,1 млрд долларов.", "2023-02-10",
     [fact("trade_volume", "KZ", "PL", 1.1e9, "USD", "2022")]),
    ("Турция занимает пятое место среди инвесторов в экономику Кыргызстана.", "2023-04-12",
     [fact("investor_rank", "TR", "KG", 5, "rank")]),
    ("В прошлом году Узбекистан добыл 110 тонн золота.", "2024-03-01",
     [fact("production", "UZ", None, 110, "t", "2023", commodity="gold")]),
    ("Ожидается, что товарооборот Таджикистана и Китая превысит 3 млрд долларов в 2025 году.",
     "2025-02-02", [fact("trade_volume", "TJ", "CN", 3e9, "USD", "2025", basis="forecast")]),
    ("На Россию приходится 30% импорта Казахстана.", "2023-07-07",
     [fact("import_share", "RU", "KZ", 30, "%")]),
    ("Экспорт казахстанской пшеницы в Афганистан составил 2,5 млн тонн в 2023 году.", "2024-01-01",
     [fact("exports", "KZ", "AF", 2.5, "Mt", "2023", commodity="wheat")]),
    ("В 2023 году на форуме выступили 15 министров.", "2024-01-01", []),
    ("Инфляция в Казахстане составила 8,5% в 2023 году.", "2024-06-01", []),
]
AR = [
    ("بلغ حجم التبادل التجاري بين كازاخستان والهند 2.1 مليار دولار في عام 2023.", "2024-02-02",
     [fact("trade_volume", "KZ", "IN", 2.1e9, "USD", "2023")]),
    ("تعد الصين أكبر شريك تجاري لقيرغيزستان.", "2023-05-05",
     [fact("partner_rank", "CN", "KG", 1, "rank")]),
    ("استوردت أوزبكستان من روسيا سلعا بقيمة 3.5 مليار دولار في النصف الأول من عام 2024.", "2024-08-08",
     [fact("imports", "UZ", "RU", 3.5e9, "USD", "2024-01/2024-06")]),
    ("تعتزم تركمانستان والصين رفع التبادل التجاري إلى 20 مليار دولار بحلول عام 2030.", "2024-01-01",
     [fact("trade_volume", "TM", "CN", 2e10, "USD", "2030", basis="target")]),
    ("بلغت الاستثمارات التركية في أوزبكستان 1.5 مليار دولار في عام 2023.", "2024-01-01",
     [fact("investment", "TR", "UZ", 1.5e9, "USD", "2023")]),
    ("صدرت كازاخستان 500 ألف طن من القمح إلى أفغانستان العام الماضي.", "2024-01-01",
     [fact("exports", "KZ", "AF", 500, "kt", "2023", commodity="wheat")]),
    ("ارتفع عدد السياح بنسبة 20 في المئة خلال يومين.", "2023-01-01", []),
    ("بلغت صادرات كازاخستان الإجمالية 78 مليار دولار في 2023.", "2024-06-01", []),
]
EXAMPLES = {"en": EN, "fr": FR, "ru": RU, "ar": AR}
