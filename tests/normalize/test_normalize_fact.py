"""What ``silkstat extract`` adds to a fact, and the columns the pipeline stores."""

from __future__ import annotations

import pytest

from etl.normalize import RateBook, RateMiss, normalize_fact, normalized_columns, usd_to


@pytest.fixture(scope="module")
def book() -> RateBook:
    return RateBook()


def test_a_stated_conversion_far_from_the_official_rate_is_flagged(book):
    # "2.3 trillion tenge (about 6 billion dollars)" in 2023: the official rate gives 5.04 bn
    fact = {"value": 2.3e12, "unit": "KZT", "period": "2023", "equivalents": [{"value": 6e9, "unit": "USD"}]}
    out = normalize_fact(fact, None, book=book)
    assert out["equivalents_deviation"] == pytest.approx(6e9 / (2.3e12 / 456.511) - 1, rel=1e-4)
    assert out["equivalents_deviation"] > 0.05
    assert out["equivalents_flag"] is True


def test_a_stated_unit_conversion_is_checked_too(book):
    fact = {"value": 21, "unit": "kt", "commodity": "uranium", "equivalents": [{"value": 21_000, "unit": "tU"}]}
    out = normalize_fact(fact, None, book=book)
    assert out["value_canonical"] == 21_000 and out["unit_canonical"] == "tU"
    assert out["equivalents_deviation"] == 0


def test_quantities_get_canonical_units_and_money_fields_stay_away(book):
    out = normalize_fact({"value": 10, "unit": "bcm", "commodity": "gas", "period": "2023"}, None, book=book)
    assert out == {"value_canonical": 10.0, "unit_canonical": "bcm"}


def test_an_impossible_unit_is_kept_with_a_reason(book):
    out = normalize_fact({"value": 5, "unit": "bcm", "commodity": "uranium"}, None, book=book)
    assert out["value_canonical"] is None and "uranium" in out["unit_error"]


@pytest.mark.parametrize("unit", ["%", "rank"])
def test_shares_and_ranks_get_nothing(book, unit):
    assert normalize_fact({"value": 40, "unit": unit, "commodity": "uranium"}, None, book=book) == {}


def test_normalized_columns_for_the_pipeline(book):
    seed = {"value": 5.3e9, "unit": "EUR", "period": "2022", "equivalents": [{"value": 5.6e9, "unit": "USD"}]}
    cols = normalized_columns(seed, "2023-11-01", book=book)
    assert cols["fx_rate"] == pytest.approx(1.0530, abs=5e-5)
    assert cols["fx_rate_eur"] == 1.0
    assert cols["fx_period"] == "2022" and "ECB" in cols["fx_source"]
    assert cols["fx_error"] is None
    assert (cols["period_start"], cols["period_end"], cols["period_granularity"]) == ("2022-01-01", "2022-12-31", "year")
    assert cols["value_canonical"] is None and cols["equivalents_deviation"] == pytest.approx(0.0034, abs=2e-4)


def test_normalized_columns_carry_the_reason_when_there_is_no_rate(book):
    cols = normalized_columns({"value": 1e9, "unit": "KZT", "period": "1994"}, None, book=book)
    assert cols["value_usd"] is None and cols["fx_rate"] is None
    assert cols["fx_error"] == "no KZT rate for 1994"


def test_a_rate_from_another_day_is_said_in_the_stored_source(book):
    cols = normalized_columns({"value": 1e6, "unit": "EUR", "period": "2023-05-14"}, None, book=book)
    assert cols["fx_period"] == "2023-05-12"
    assert "previous fixing day 2023-05-12" in cols["fx_source"]


def test_dashboard_converts_usd_into_any_currency_for_a_period(book):
    value, quote = usd_to(1_000_000, "KZT", "2023", book=book)
    assert value == pytest.approx(456_511_000, rel=1e-5)
    assert quote.source == "nbp"
    none, miss = usd_to(1_000_000, "KZT", "1994", book=book)
    assert none is None and isinstance(miss, RateMiss) and miss.reason == "no KZT rate for 1994"


def test_rates_are_cached_per_currency_and_period(book):
    assert book.quote("UZS", "2016") is book.quote("UZS", "2016")


def test_a_target_for_a_future_year_converts_at_the_publication_rate_and_says_so(book):
    fact = {"value": 10e9, "unit": "EUR", "period": "2035", "basis": "target"}
    out = normalize_fact(fact, "2023-11-01", book=book)
    assert out["fx"]["period"] == "2023-11"
    assert "target for 2035" in out["fx"]["note"]
    assert out["value_eur"] == 10e9
    # an actual figure for a year without rates gets none
    actual = normalize_fact({**fact, "basis": "actual"}, "2023-11-01", book=book)
    assert actual["value_usd"] is None and actual["fx"]["error"] == "no EUR rate for 2035"
