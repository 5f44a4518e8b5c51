"""The ``fx_rates`` table: filling it (``refresh_rates``), reading it (``load_rows``), showing it.

Why a table: a stored rate is citable (source, period, granularity, when fetched) and the
same for every later run, and the online fixings of the central banks have no other home.
Offline, the table holds the yearly and monthly averages the offline providers give, computed
by the same ``RateBook`` that converts facts, so a stored and a computed rate never disagree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Engine, and_, delete, insert, select

from etl.normalize.fx import RateBook, RateQuote, TableRow
from etl.normalize.online import FEEDS, BankFeed, FetchedRate, fetch_all
from etl.store.schema import fx_rates

#: Currencies whose averages the offline refresh stores: Central Asia, its partners, the majors.
OFFLINE_CURRENCIES: tuple[str, ...] = (
    "EUR", "KZT", "UZS", "KGS", "TJS", "TMT", "RUB", "CNY", "TRY", "GBP", "JPY", "KRW", "CHF", "INR",
)
FIRST_YEAR = 1999


def load_rows(engine: Engine) -> list[TableRow]:
    """Every stored rate (small: a few thousand rows), for ``RateBook``."""
    with engine.connect() as conn:
        result = conn.execute(
            select(fx_rates.c.currency, fx_rates.c.base, fx_rates.c.period, fx_rates.c.granularity,
                   fx_rates.c.rate, fx_rates.c.source)
        )
        return [TableRow(*row) for row in result]


@dataclass
class RefreshReport:
    """What a refresh stored, per source, and what failed (with the reason)."""

    stored: dict[str, int] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    def summary(self) -> str:
        parts = [f"{src}: {n} rates" for src, n in sorted(self.stored.items())]
        parts += [f"{src}: error: {why}" for src, why in sorted(self.errors.items())]
        total = sum(self.stored.values())
        return f"stored {total} rates" + ("; " + "; ".join(parts) if parts else "")


def _replace(engine: Engine, rows: Sequence[dict]) -> None:
    """Insert rows, replacing any with the same (currency, base, period, source) key."""
    if not rows:
        return
    groups: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for r in rows:
        groups[(r["currency"], r["base"], r["source"])].append(r["period"])
    with engine.begin() as conn:  # one transaction: readers see the old rows or the new ones
        for (currency, base, source), periods in groups.items():
            conn.execute(
                delete(fx_rates).where(and_(
                    fx_rates.c.currency == currency, fx_rates.c.base == base,
                    fx_rates.c.source == source, fx_rates.c.period.in_(periods),
                ))
            )
        conn.execute(insert(fx_rates), list(rows))


def offline_rows(currencies: Iterable[str] = OFFLINE_CURRENCIES, years: Iterable[int] | None = None,
                 book: RateBook | None = None, monthly: bool = True) -> list[dict]:
    """Yearly and monthly averages, per USD, from the offline providers (nothing stored)."""
    book = book or RateBook()  # providers only: never read back what the table holds
    now = datetime.now(UTC)
    years = list(years) if years is not None else list(range(FIRST_YEAR, date.today().year + 1))
    rows: list[dict] = []
    for cur in currencies:
        for y in years:
            months = [f"{y:04d}-{m:02d}" for m in range(1, 13)] if monthly else []
            for period in [str(y), *months]:
                q = book.quote(cur, period)
                if isinstance(q, RateQuote):
                    rows.append({
                        "currency": cur, "base": "USD", "period": period, "granularity": q.granularity,
                        "rate": q.per_usd, "source": q.source, "fetched_at": now,
                    })
    return rows


def _online_rows(fetched: Iterable[FetchedRate], source: str) -> list[dict]:
    now = datetime.now(UTC)
    return [
        {"currency": r.currency, "base": r.base, "period": r.day.isoformat(), "granularity": "day",
         "rate": r.rate, "source": source, "fetched_at": now}
        for r in fetched
    ]


def refresh_rates(engine: Engine, online: bool = True, *, currencies: Iterable[str] = OFFLINE_CURRENCIES,
                  years: Iterable[int] | None = None, base_urls: dict[str, str] | None = None,
                  on_date: date | None = None, timeout: float = 10.0,
                  feeds: tuple[BankFeed, ...] = FEEDS) -> str:
    """Store the offline averages and, when ``online``, today's fixings of each bank.

    A bank that times out or answers something unreadable is reported in the summary and
    stores nothing; the others are stored all the same.
    """
    report = refresh(engine, online, currencies=currencies, years=years, base_urls=base_urls,
                     on_date=on_date, timeout=timeout, feeds=feeds)
    return report.summary()


def refresh(engine: Engine, online: bool = True, *, currencies: Iterable[str] = OFFLINE_CURRENCIES,
            years: Iterable[int] | None = None, base_urls: dict[str, str] | None = None,
            on_date: date | None = None, timeout: float = 10.0,
            feeds: tuple[BankFeed, ...] = FEEDS) -> RefreshReport:
    """``refresh_rates`` with the per-source report as data."""
    report = RefreshReport()
    rows = offline_rows(currencies, years)
    _replace(engine, rows)
    for r in rows:
        report.stored[r["source"]] = report.stored.get(r["source"], 0) + 1
    if online:
        for result in fetch_all(on_date or date.today(), base_urls=base_urls, timeout=timeout, feeds=feeds):
            if result.error:
                report.errors[result.feed] = result.error
                continue
            fetched = _online_rows(result.rates, result.feed)
            _replace(engine, fetched)
            report.stored[result.feed] = report.stored.get(result.feed, 0) + len(fetched)
    return report


def show_rates(engine: Engine, currency: str, year: int | None = None) -> None:
    """Print the rates of a currency (units per USD) with period, granularity and source.

    Stored rows are shown when the table has any; otherwise the offline averages, marked as
    computed. Raises ``LookupError`` when there is no rate at all.
    """
    from rich.console import Console
    from rich.table import Table

    rows = [r for r in load_rows(engine) if r.currency == currency and r.base == "USD"]
    if year is not None:
        rows = [r for r in rows if r.period.startswith(str(year))]
    else:  # the overview: yearly averages and the ten latest daily fixings
        days = sorted((r for r in rows if r.granularity == "day"), key=lambda r: r.period)[-10:]
        rows = [r for r in rows if r.granularity == "year"] + days
    origin = "stored in fx_rates"
    if not rows:
        years = [year] if year is not None else list(range(FIRST_YEAR, date.today().year + 1))
        computed = offline_rows([currency], years, monthly=year is not None)
        rows = [TableRow(r["currency"], r["base"], r["period"], r["granularity"], r["rate"], r["source"])
                for r in computed]
        origin = "computed from the offline histories (not stored; run `silkstat rates refresh`)"
    if not rows:
        raise LookupError(f"no {currency} rate" + (f" for {year}" if year is not None else ""))
    table = Table(title=f"{currency} rates, {origin}")
    for col in ("period", "granularity", f"{currency} per USD", f"USD per {currency}", "source"):
        table.add_column(col)
    for r in sorted(rows, key=lambda r: (r.period, r.source)):
        table.add_row(r.period, r.granularity, f"{r.rate:.6g}", f"{1 / r.rate:.6g}", r.source)
    Console().print(table)
