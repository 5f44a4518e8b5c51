"""A small, realistic store written directly with SQLAlchemy Core (no extractor, no pipeline).

The sentences are our own, written for these tests. They cover what the dashboard must get
right: the seed fact (trade between France and Kazakhstan, EUR 5.3 bn in 2022, from an Arabic
article), a second article reporting a different value for the same pair and year (the
spread), a sub-annual period, exports and imports, shares and ranks, energy supply shares,
production, investment and deals, an article whose title is an HTML script and whose link
is not http(s), and a failed article.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert

from etl.store.schema import articles, facts, runs, sources

#: USD per one unit, by (currency, year): fixed numbers for the fixture, not real rates.
USD_PER = {
    ("EUR", "2021"): 1.183, ("EUR", "2022"): 1.053, ("EUR", "2023"): 1.081,
    ("KZT", "2022"): 1 / 460.48, ("KZT", "2023"): 1 / 456.31,
}

SEED_URL = "https://example.org/ar/france-kazakhstan-2023"
SEED_SENTENCE = "وبلغ حجم التبادل التجاري بين فرنسا وكازاخستان 5.3 مليار يورو في عام 2022."
SCRIPT_TITLE = "<script>alert(1)</script>"

# Each article: metadata, and its facts as (kind, subject, counterpart, commodity, period, value,
# unit, number as written in the sentence, the sentence, extra columns).
ARTICLES: list[dict[str, Any]] = [
    {
        "key": SEED_URL, "url": SEED_URL, "lang": "ar", "published": "2023-11-01", "source": "bundled samples",
        "title": "فرنسا وكازاخستان: شراكة تتسع في آسيا الوسطى",
        "facts": [
            ("trade_volume", "FR", "KZ", None, "2022", 5.3e9, "EUR", "5.3 مليار", SEED_SENTENCE,
             {"equivalents": [{"value": 5.6e9, "unit": "USD"}]}),
            ("investor_rank", "FR", "KZ", None, None, 5, "rank", "الخامس",
             "وتعد فرنسا المستثمر الأجنبي الخامس في كازاخستان.", {}),
            ("supply_share", "KZ", "FR", "uranium", None, 40, "%", "40",
             "وتوفر كازاخستان نحو 40 في المئة من احتياجات فرنسا من اليورانيوم.", {"approx": True}),
        ],
    },
    {
        "key": "https://example.com/en/kazakh-trade-review", "url": "https://example.com/en/kazakh-trade-review",
        "lang": "en", "published": "2023-03-15", "source": "Example wire (en)",
        "title": "Kazakhstan's trade with Europe and Asia grew last year",
        "facts": [
            ("trade_volume", "KZ", "FR", None, "2022", 5.9e9, "USD", "$5.9 billion",
             "Trade between Kazakhstan and France came to $5.9 billion in 2022.", {}),
            ("trade_volume", "KZ", "FR", None, "2021", 3.9e9, "USD", "$3.9 billion",
             "A year earlier it had been $3.9 billion.", {}),
            ("trade_volume", "KZ", "CN", None, "2022", 31.5e9, "USD", "$31.5 billion",
             "Trade with China reached $31.5 billion in 2022.", {}),
            ("trade_volume", "KZ", "RU", None, "2022", 26.1e9, "USD", "$26.1 billion",
             "Turnover with Russia was $26.1 billion.", {}),
            ("trade_volume", "KZ", "CN", None, "2023-01/2023-06", 19.0e9, "USD", "$19 billion",
             "In the first half of 2023 trade with China was $19 billion.", {}),
            ("exports", "KZ", "CN", None, "2022", 13.2e9, "USD", "$13.2 billion",
             "Kazakhstan exported goods worth $13.2 billion to China.", {}),
            ("imports", "KZ", "CN", None, "2022", 18.3e9, "USD", "$18.3 billion",
             "It imported $18.3 billion of goods from China.", {}),
            ("trade_share", "CN", "KZ", None, "2022", 23.5, "%", "23.5%",
             "China accounted for 23.5% of Kazakhstan's foreign trade.", {}),
            ("partner_rank", "CN", "KZ", None, "2022", 1, "rank", "largest",
             "China was Kazakhstan's largest trade partner.", {}),
            ("partner_rank", "RU", "KZ", None, "2022", 2, "rank", "second",
             "Russia was its second largest trade partner.", {}),
            ("production", "KZ", None, "uranium", "2022", 21227, "t", "21,227 tonnes",
             "Kazakhstan produced 21,227 tonnes of uranium in 2022.", {"value_canonical": 21227.0, "unit_canonical": "t"}),
        ],
    },
    {
        "key": "https://example.ru/ru/energy-central-asia", "url": "https://example.ru/ru/energy-central-asia",
        "lang": "ru", "published": "2023-06-20", "source": "Example feed (ru)",
        "title": "Энергетика Центральной Азии: кто кому поставляет",
        "facts": [
            ("supply_share", "RU", "KG", "gas", "2022", 90, "%", "90%",
             "Россия обеспечивает около 90% потребностей Киргизии в газе.", {"approx": True}),
            ("supply_share", "KZ", "CN", "uranium", "2022", 55, "%", "55%",
             "На Казахстан приходится 55% поставок урана в Китай.", {}),
            ("investment", "CN", "KZ", None, "2023", 2.1e12, "KZT", "2,1 трлн тенге",
             "Инвестиции Китая в Казахстан в 2023 году составили 2,1 трлн тенге.", {"detail": "flow"}),
            ("investor_rank", "CN", "KZ", None, "2023", 4, "rank", "четвёртым",
             "Китай стал четвёртым крупнейшим инвестором в Казахстане.", {}),
            ("deal_value", "KZ", "FR", None, "2023", 1.0e9, "EUR", "1 млрд евро",
             "Стороны подписали контракты на 1 млрд евро в 2023 году.", {"detail": "contracts"}),
            ("trade_volume", "UZ", "KZ", None, "2022", 4.6e9, "USD", "4,6 млрд долларов",
             "Товарооборот Узбекистана и Казахстана составил 4,6 млрд долларов.", {}),
        ],
    },
    {
        "key": "https://example.fr/fr/ouzbekistan", "url": "javascript:alert(1)", "lang": "fr",
        "published": "2023-09-02", "source": "Example feed (fr)", "title": SCRIPT_TITLE,
        "facts": [
            ("trade_volume", "UZ", "FR", None, "2022", 1.1e9, "EUR", "1,1 milliard d'euros",
             "Les échanges entre l'Ouzbékistan et la France ont atteint 1,1 milliard d'euros en 2022.", {}),
        ],
    },
]


def _normalized(unit: str, value: float, period: str | None, published: str) -> dict[str, Any]:
    """USD and EUR values at the fixture's fixed rates, as the normalizer would store them."""
    year = (period or published)[:4]
    if len(unit) != 3 or unit.isdigit() or unit in ("%",):
        return {}
    usd_per = 1.0 if unit == "USD" else USD_PER.get((unit, year))
    eur_usd = USD_PER[("EUR", year)]
    if usd_per is None:
        return {"fx_error": f"no {unit} rate for {year}"}
    return {
        "value_usd": value * usd_per, "value_eur": value * usd_per / eur_usd,
        "fx_rate": None if unit == "USD" else usd_per, "fx_rate_eur": usd_per / eur_usd,
        "fx_period": year, "fx_source": "fixture rates (annual average)",
    }


def _period_columns(period: str | None) -> dict[str, Any]:
    if period is None:
        return {"period_start": None, "period_end": None, "period_granularity": "none"}
    if "/" in period:
        a, b = period.split("/")
        return {"period_start": f"{a}-01", "period_end": f"{b}-30", "period_granularity": "half"}
    return {"period_start": f"{period}-01-01", "period_end": f"{period}-12-31", "period_granularity": "year"}


def fill_store(engine: Engine, with_run: bool = True) -> dict[str, int]:
    """Insert the fixture's sources, articles, facts, a failed article and a finished run.

    Returns ``{"seed_fact": id, "script_fact": id}`` for tests that open one fact.
    """
    now = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    ids: dict[str, int] = {}
    with engine.begin() as conn:
        source_ids: dict[str, int] = {}
        for art in ARTICLES:
            if art["source"] not in source_ids:
                source_ids[art["source"]] = conn.execute(insert(sources).values(
                    name=art["source"], type="feed", location=f"https://example.org/{len(source_ids)}.xml",
                    lang=art["lang"], created_at=now)).inserted_primary_key[0]
            text = art["title"] + "\n\n" + " ".join(f[8] for f in art["facts"])
            art_id = conn.execute(insert(articles).values(
                source_id=source_ids[art["source"]], key=art["key"], url=art["url"], title=art["title"],
                lang=art["lang"], published=art["published"], text=text, status="ok",
                n_facts=len(art["facts"]), first_seen=now, last_seen=now, meta={},
            )).inserted_primary_key[0]
            for kind, sub, cp, com, period, value, unit, written, sentence, extra in art["facts"]:
                start = text.index(sentence) + sentence.index(written)
                row = {
                    "article_id": art_id, "kind": kind, "subject": sub, "counterpart": cp, "commodity": com,
                    "period": period, "value": value, "unit": unit, "evidence": sentence,
                    "span_start": start, "span_end": start + len(written), "extractor_version": "fixture",
                    "created_at": now, **_period_columns(period),
                    **_normalized(unit, value, period, art["published"]), **extra,
                }
                fact_id = conn.execute(insert(facts).values(**row)).inserted_primary_key[0]
                if sentence == SEED_SENTENCE:
                    ids["seed_fact"] = fact_id
                if art["title"] == SCRIPT_TITLE:
                    ids["script_fact"] = fact_id
        conn.execute(insert(articles).values(
            source_id=source_ids["Example feed (fr)"], key="https://example.fr/fr/missing", url="https://example.fr/fr/missing",
            status="failed", error="HTTP 404 Not Found", first_seen=now, last_seen=now, n_facts=0,
        ))
        if with_run:
            conn.execute(insert(runs).values(
                command="ingest", started_at=now - timedelta(minutes=2), finished_at=now, status="partial",
                articles_seen=5, articles_new=5, articles_failed=1, facts_added=21,
                failures=[{"location": "https://example.fr/fr/missing", "reason": "HTTP 404 Not Found"}],
                extractor_version="fixture",
            ))
    return ids


#: The seed fact's USD value at the fixture's 2022 rate (about 5.58e9).
SEED_USD = 5.3e9 * USD_PER[("EUR", "2022")]
