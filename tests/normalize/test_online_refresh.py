"""Online refresh against a loopback server that answers like each central bank would.

The bodies below are written for these tests in each bank's published format; no test
reaches the internet (see ``no_internet`` in conftest.py).
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from etl.normalize import RateBook, RateQuote, normalize_fact
from etl.normalize.online import FEEDS, MalformedResponse, fetch_all, parse_cbr, parse_nbk
from etl.normalize.rates import refresh
from etl.store.schema import fx_rates
from tests.loopback import Route

DAY = date(2025, 3, 14)

NBK_XML = """<?xml version="1.0" encoding="utf-8"?>
<rates>
  <generator>test</generator>
  <title>Official exchange rates</title>
  <date>14.03.2025</date>
  <item><fullname>ДОЛЛАР США</fullname><title>USD</title><description>498.75</description>
    <quant>1</quant><index>UP</index><change>1.25</change></item>
  <item><fullname>ЕВРО</fullname><title>EUR</title><description>542.10</description>
    <quant>1</quant><index>UP</index><change>0.80</change></item>
  <item><fullname>УЗБЕКСКИХ СУМОВ</fullname><title>UZS</title><description>3.86</description>
    <quant>100</quant><index>DOWN</index><change>-0.01</change></item>
</rates>""".encode()

CBU_JSON = json.dumps([
    {"id": 69, "Code": "840", "Ccy": "USD", "CcyNm_RU": "Доллар США", "CcyNm_EN": "US Dollar",
     "Nominal": "1", "Rate": "12935.47", "Diff": "-12.30", "Date": "14.03.2025"},
], ensure_ascii=False).encode()

NBKR_XML = """<?xml version="1.0" encoding="windows-1251"?>
<CurrencyRates Name="Daily Exchange Rates" Date="14.03.2025">
  <Currency ISOCode="USD"><Nominal>1</Nominal><Value>87,4500</Value></Currency>
  <Currency ISOCode="EUR"><Nominal>1</Nominal><Value>95,0312</Value></Currency>
  <Currency ISOCode="KZT"><Nominal>1</Nominal><Value>0,1753</Value></Currency>
</CurrencyRates>""".encode("windows-1251")

CBR_XML = """<?xml version="1.0" encoding="windows-1251"?>
<ValCurs Date="14.03.2025" name="Foreign Currency Market">
  <Valute ID="R01235"><NumCode>840</NumCode><CharCode>USD</CharCode><Nominal>1</Nominal>
    <Name>Доллар США</Name><Value>86,6744</Value><VunitRate>86,6744</VunitRate></Valute>
  <Valute ID="R01335"><NumCode>398</NumCode><CharCode>KZT</CharCode><Nominal>100</Nominal>
    <Name>Казахстанских тенге</Name><Value>17,3709</Value><VunitRate>0,173709</VunitRate></Valute>
</ValCurs>""".encode("windows-1251")

ECB_XML = b"""<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01"
                 xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
  <gesmes:subject>Reference rates</gesmes:subject>
  <Cube><Cube time="2025-03-14">
    <Cube currency="USD" rate="1.0879"/>
    <Cube currency="JPY" rate="161.50"/>
    <Cube currency="CNY" rate="7.8741"/>
  </Cube></Cube>
</gesmes:Envelope>"""


def serve_all(routes):
    routes["/rss/get_rates.cfm"] = Route(NBK_XML)
    routes["/ru/arkhiv-kursov-valyut/json/USD/2025-03-14/"] = Route(CBU_JSON, content_type="application/json")
    routes["/XML/daily.xml"] = Route(NBKR_XML)
    routes["/scripts/XML_daily.asp"] = Route(CBR_XML)
    routes["/stats/eurofxref/eurofxref-daily.xml"] = Route(ECB_XML)


def urls(base: str) -> dict[str, str]:
    return {f.name: base for f in FEEDS}


def test_every_bank_format_is_read(loopback):
    base, routes, hits = loopback
    serve_all(routes)
    results = {r.feed: r for r in fetch_all(DAY, base_urls=urls(base), timeout=5)}
    assert {k: r.error for k, r in results.items()} == dict.fromkeys(("nbk", "cbu", "nbkr", "cbr", "ecb-daily"))
    got = {(r.currency, r.base): r.rate for res in results.values() for r in res.rates}
    assert got[("KZT", "USD")] == 498.75
    assert got[("UZS", "USD")] == 12935.47
    assert got[("KGS", "USD")] == 87.45
    assert got[("RUB", "USD")] == 86.6744
    assert got[("USD", "EUR")] == 1.0879 and got[("CNY", "EUR")] == 7.8741
    assert all(r.day == DAY for res in results.values() for r in res.rates)
    # the requested date goes into each bank's own URL format
    assert "/rss/get_rates.cfm?fdate=14.03.2025" in hits
    assert "/scripts/XML_daily.asp?date_req=14/03/2025" in hits


def test_refresh_stores_fixings_that_then_convert_facts(loopback, engine):
    base, routes, _ = loopback
    serve_all(routes)
    report = refresh(engine, online=True, currencies=["KZT"], years=[2023], base_urls=urls(base),
                     on_date=DAY, timeout=5)
    assert report.errors == {}
    assert report.stored["nbk"] == 1 and report.stored["ecb-daily"] == 3
    assert report.stored["nbp"] == 13  # KZT 2023 and its twelve months
    with engine.connect() as conn:
        rows = conn.execute(select(fx_rates).where(fx_rates.c.source == "nbk")).mappings().all()
    assert [(r["currency"], r["base"], r["period"], r["granularity"], r["rate"]) for r in rows] == [
        ("KZT", "USD", "2025-03-14", "day", 498.75)
    ]
    book = RateBook.from_engine(engine)
    out = normalize_fact({"value": 498_750_000, "unit": "KZT", "period": "2025-03-16"}, None, book=book)
    assert out["value_usd"] == pytest.approx(1_000_000)
    assert out["fx"]["source_id"] == "nbk" and out["fx"]["period"] == "2025-03-14"
    assert "previous" in out["fx"]["note"]
    # the euro leg comes from the ECB's stored fixing of the same day
    assert out["value_eur"] == pytest.approx(1_000_000 / 1.0879)
    # a stored yearly average is used as is, with its source
    assert book.quote("KZT", "2023").source == "nbp"


def test_refresh_twice_replaces_rather_than_duplicates(loopback, sqlite_engine):
    base, routes, _ = loopback
    serve_all(routes)
    for _ in range(2):
        refresh(sqlite_engine, online=True, currencies=[], base_urls=urls(base), on_date=DAY, timeout=5)
    with sqlite_engine.connect() as conn:
        assert len(conn.execute(select(fx_rates)).all()) == 1 + 1 + 1 + 1 + 3


def test_a_timeout_is_an_error_and_the_other_banks_still_store(loopback, sqlite_engine):
    base, routes, _ = loopback
    serve_all(routes)
    routes["/XML/daily.xml"] = Route(NBKR_XML, delay=1.5)
    report = refresh(sqlite_engine, online=True, currencies=[], base_urls=urls(base), on_date=DAY, timeout=0.3)
    assert report.errors["nbkr"].startswith("timeout")
    assert "nbkr" not in report.stored and report.stored["nbk"] == 1
    assert "nbkr: error: timeout" in report.summary()
    with sqlite_engine.connect() as conn:
        assert conn.execute(select(fx_rates).where(fx_rates.c.currency == "KGS")).first() is None


@pytest.mark.parametrize(
    ("feed", "path", "body"),
    [
        ("nbk", "/rss/get_rates.cfm", b"<html><body>Service unavailable</body></html>"),
        ("cbu", "/ru/arkhiv-kursov-valyut/json/USD/2025-03-14/", b'[{"Ccy": "USD", "Rate": "n/a", "Date": "14.03.2025"}]'),
        ("nbkr", "/XML/daily.xml", b"<CurrencyRates Date='14.03.2025'><Currency ISOCode='USD'>"),
        ("cbr", "/scripts/XML_daily.asp", b"<ValCurs Date='14.03.2025'><Valute><CharCode>USD</CharCode>"
                                          b"<Nominal>1</Nominal><Value>-86,67</Value></Valute></ValCurs>"),
        ("ecb-daily", "/stats/eurofxref/eurofxref-daily.xml", b"<Cube><Cube time='yesterday'/></Cube>"),
    ],
)
def test_a_malformed_answer_is_an_error_and_stores_nothing(loopback, sqlite_engine, feed, path, body):
    base, routes, _ = loopback
    serve_all(routes)
    routes[path] = Route(body)
    report = refresh(sqlite_engine, online=True, currencies=[], base_urls=urls(base), on_date=DAY, timeout=5)
    assert report.errors.keys() == {feed}
    assert report.errors[feed].startswith("malformed response")
    with sqlite_engine.connect() as conn:
        assert conn.execute(select(fx_rates).where(fx_rates.c.source == feed)).first() is None


def test_an_http_error_is_reported(loopback, sqlite_engine):
    base, routes, _ = loopback
    serve_all(routes)
    routes["/XML/daily.xml"] = Route(b"oops", status=503)
    report = refresh(sqlite_engine, online=True, currencies=[], base_urls=urls(base), on_date=DAY, timeout=5)
    assert report.errors == {"nbkr": "HTTP 503"}


def test_base_urls_come_from_the_environment_too(loopback, monkeypatch):
    base, routes, _ = loopback
    serve_all(routes)
    monkeypatch.setenv("SILKSTAT_FX_URL_CBR", base)
    cbr = [f for f in FEEDS if f.name == "cbr"]
    [result] = fetch_all(DAY, feeds=tuple(cbr), timeout=5)
    assert result.error is None and result.rates[0].rate == 86.6744


def test_parsers_refuse_answers_for_another_currency_or_without_a_date():
    with pytest.raises(MalformedResponse, match="no USD"):
        parse_cbr(b"<ValCurs Date='14.03.2025'><Valute><CharCode>EUR</CharCode><Value>1</Value></Valute></ValCurs>")
    with pytest.raises(MalformedResponse, match="date"):
        parse_nbk(b"<rates><item><title>USD</title><description>498.75</description></item></rates>")


def test_rates_stored_against_eur_cross_into_usd():
    from etl.normalize.fx import TableRow

    rows = [TableRow("USD", "EUR", "2025-03-14", "day", 1.0879, "ecb-daily"),
            TableRow("CNY", "EUR", "2025-03-14", "day", 7.8741, "ecb-daily")]
    book = RateBook(providers=[], rows=rows)
    cny = book.quote("CNY", "2025-03-14")
    assert isinstance(cny, RateQuote) and cny.per_usd == pytest.approx(7.8741 / 1.0879)
    assert book.quote("EUR", "2025-03-14").per_usd == pytest.approx(1 / 1.0879)
