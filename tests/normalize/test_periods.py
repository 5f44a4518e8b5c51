"""Fact periods as first day, last day and granularity."""

from __future__ import annotations

from datetime import date

import pytest

from etl.normalize.periods import months_between, period_bounds, publication_month


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("2022", (date(2022, 1, 1), date(2022, 12, 31), "year")),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29), "month")),
        ("2023-05-17", (date(2023, 5, 17), date(2023, 5, 17), "day")),
        ("2023-01/2023-04", (date(2023, 1, 1), date(2023, 4, 30), "months")),
        ("2023-01/2023-06", (date(2023, 1, 1), date(2023, 6, 30), "half")),
        ("2023-07/2023-09", (date(2023, 7, 1), date(2023, 9, 30), "quarter")),
        ("2023-01/2023-12", (date(2023, 1, 1), date(2023, 12, 31), "year")),
        ("2022-11/2023-02", (date(2022, 11, 1), date(2023, 2, 28), "months")),
        (None, (None, None, "none")),
    ],
)
def test_period_bounds(period, expected):
    assert period_bounds(period) == expected


@pytest.mark.parametrize("bad", ["2023-13", "2023-02-30", "23", "2023-05/2023-01", "last year"])
def test_malformed_periods_raise(bad):
    with pytest.raises(ValueError):
        period_bounds(bad)


def test_months_between_crosses_years():
    assert months_between(date(2022, 11, 1), date(2023, 2, 28)) == [(2022, 11), (2022, 12), (2023, 1), (2023, 2)]


def test_publication_month():
    assert publication_month("2023-11-01") == "2023-11"
    assert publication_month("2023-11") == "2023-11"
    assert publication_month(None) is None
    assert publication_month("soon") is None
