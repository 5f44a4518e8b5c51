"""Hedges, bounds, stated conversions, comparisons in parentheses, null periods, spans and
evidence, once-per-article: written examples of the fact contract's finer fields."""

from __future__ import annotations

from etl.extract import extract_facts


def one(text: str, lang: str, published: str | None = None):
    facts = extract_facts(text, lang=lang, published=published)
    assert len(facts) == 1, [f.to_dict() for f in facts]
    return facts[0]


def test_a_stated_conversion_is_an_equivalent_not_a_second_fact():
    f = one("Kazakhstan and Italy signed contracts worth 2 billion euros ($2.2 billion).", "en", "2024-01-01")
    assert (f.kind, f.value, f.unit) == ("deal_value", 2e9, "EUR")
    assert f.equivalents == [{"value": 2.2e9, "unit": "USD"}]


def test_a_comparison_in_parentheses_is_a_fact_with_its_own_period():
    text = "Trade between Kazakhstan and Georgia reached $300 million in 2023 ($250 million in 2022)."
    got = {(f.value, f.period) for f in extract_facts(text, lang="en", published="2024-02-01")}
    assert got == {(3e8, "2023"), (2.5e8, "2022")}


def test_hedges_and_bounds_come_from_the_number():
    about = one("Trade between Uzbekistan and Latvia was about $90 million in 2022.", "en", "2023-01-01")
    assert about.approx is True and about.qualifier is None
    over = one("Le commerce entre le Tadjikistan et l'Inde a dépassé 400 millions de dollars en 2022.",
               "fr", "2023-01-01")
    assert over.qualifier == "over" and over.approx is False


def test_since_gives_a_null_period_and_last_year_reads_the_publication_date():
    since = one("Korean investment in Uzbekistan has exceeded $7 billion since 1992.", "en", "2024-06-01")
    assert (since.kind, since.subject, since.counterpart, since.period) == ("investment", "KR", "UZ", None)
    last = one("В прошлом году товарооборот Казахстана и Грузии составил 500 млн долларов.", "ru", "2024-03-01")
    assert last.period == "2023"


def test_span_points_at_the_number_and_evidence_is_the_sentence():
    text = "Opening words.\nTrade between Kazakhstan and Egypt reached $180 million in 2022."
    f = one(text, "en", "2023-01-01")
    assert text[f.span[0]:f.span[1]] == "$180 million"
    assert f.evidence == "Trade between Kazakhstan and Egypt reached $180 million in 2022."


def test_a_fact_repeated_in_title_and_body_is_reported_once():
    text = ("Kazakhstan-Egypt trade hits $180 million\n\n"
            "Trade between Kazakhstan and Egypt reached $180 million in 2022, officials said.")
    f = one(text, "en", "2023-01-01")
    assert f.period == "2022"


def test_growth_rates_totals_companies_and_durations_are_no_facts():
    texts = [
        ("Kazakhstan's foreign trade turnover was $130 billion in 2023.", "en"),
        ("Trade between Kazakhstan and China rose by 20 percent in 2023.", "en"),
        ("Kazatomprom produced 21,000 tonnes of uranium in 2023.", "en"),
        ("Le président effectue une visite de deux jours en Ouzbékistan en 2023.", "fr"),
        ("عام 2023 كان عاما مهما لكازاخستان.", "ar"),
    ]
    for text, lang in texts:
        assert extract_facts(text, lang=lang, published="2024-01-01") == [], text
