"""Which exchange rate converts a fact, and why: the conversion rule as one object, ``RateBook``.

The rule (issue 4): a fact dated by a year converts at that year's average rate; by a month,
at the month's average; by an interval of months, at the average over it; by a day, at that
day's fixing (or the previous business day, said in a note); an undated fact at the average
of its publication month. A rate from another period is used only with a note saying so, and
where there is no rate the answer is a ``RateMiss`` with the reason, never a guess.

Rates come from the ``fx_rates`` table when it was loaded (``RateBook.from_engine``), else
straight from the offline providers. Every answer is cached per (currency, period), so only
the first conversion of a period costs anything.

Averages follow the market's quoting direction, as central banks publish them: the euro,
pound, Australian and New Zealand dollars are averaged as USD per unit (so the euro's 2022
average is the ECB's 1.0530), every other currency as units per USD (the tenge's is KZT per
USD).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from etl.normalize.periods import months_between, period_bounds, publication_month
from etl.normalize.providers import RateProvider, offline_providers

#: Currencies quoted (and so averaged) as US dollars per unit.
USD_QUOTED = frozenset({"EUR", "GBP", "AUD", "NZD"})

#: Source preference for rows of the ``fx_rates`` table: the issuing central bank first.
ISSUER = {"KZT": "nbk", "UZS": "cbu", "KGS": "nbkr", "RUB": "cbr"}
TABLE_SOURCE_ORDER = ("peg", "ecb-daily", "ecb", "nbp", "hmrc")

#: How far back a day's rate may come from (weekend, holiday, weekly fixing), in days.
DAY_LOOKBACK = 7
#: How many months before an undated fact's publication month may date its rate.
PUBLICATION_LOOKBACK = 2


@dataclass(frozen=True)
class RateQuote:
    """A rate that converts a fact: units of ``currency`` per one USD, with its provenance."""

    currency: str
    per_usd: float
    period: str  # the period the rate averages or dates: "2022", "2023-05", "2023-01/2023-04", a day
    granularity: str  # year | half | quarter | month | months | day
    source: str  # provider or table source id
    label: str  # what the source is, for citing
    n: int = 1  # observations averaged
    note: str | None = None  # said whenever the rate's period is not the fact's own
    observation: str = "fixing"  # what one observation is ("fixing", "monthly rate" ...)
    by_month: bool = False  # averaged as a mean of monthly means (uneven sampling)

    @property
    def usd_per_unit(self) -> float:
        return 1.0 / self.per_usd

    def describe(self) -> str:
        """One line that lets an analyst check the rate: source, and how many fixings it averages."""
        if self.n == 1:
            what = self.observation
        elif self.by_month:
            what = f"mean of monthly means of {self.n} {self.observation}s"
        else:
            what = f"mean of {self.n} {self.observation}s"
        return f"{self.label}; {what}"


@dataclass(frozen=True)
class RateMiss:
    """No rate for a currency and period; ``reason`` says so in words ("no KZT rate for 1994")."""

    currency: str
    period: str | None
    reason: str


Answer = RateQuote | RateMiss


@dataclass
class TableRow:
    """One row of ``fx_rates``: units of ``currency`` per one ``base``."""

    currency: str
    base: str
    period: str
    granularity: str
    rate: float
    source: str


@dataclass
class RateBook:
    """Answers "which rate converts this currency for this period", with a cache.

    ``providers`` are asked in order; the first that covers the whole period answers.
    ``rows`` (from the ``fx_rates`` table) take precedence over providers when they hold the
    exact period asked for.
    """

    providers: Sequence[RateProvider] = field(default_factory=offline_providers)
    rows: Iterable[TableRow] = field(default=(), repr=False)
    _table: dict[tuple[str, str], dict[str, float]] = field(init=False, repr=False)
    _cache: dict[tuple[str, str | None, str | None], Answer] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._table = _index_rows(self.rows)
        self._cache = {}

    @classmethod
    def from_engine(cls, engine, providers: Sequence[RateProvider] | None = None) -> RateBook:
        """A book that prefers the rates stored in ``fx_rates`` (read once, here)."""
        from etl.normalize.rates import load_rows

        return cls(providers=providers if providers is not None else offline_providers(), rows=load_rows(engine))

    # ------------------------------------------------------------------ public

    def quote(self, currency: str, period: str | None, published: str | None = None) -> Answer:
        """The rate for a fact in ``currency`` dated ``period`` (or undated, published then)."""
        key = (currency, period, publication_month(published) if period is None else None)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._quote(currency, period, key[2])
            self._cache[key] = hit
        return hit

    # ------------------------------------------------------------------ rule

    def _quote(self, currency: str, period: str | None, pub_month: str | None) -> Answer:
        if currency == "USD":
            return RateQuote("USD", 1.0, period or pub_month or "", "identity", "identity", "US dollar itself")
        if period is None:
            return self._undated(currency, pub_month)
        try:
            start, end, gran = period_bounds(period)
        except ValueError as exc:
            return RateMiss(currency, period, f"no {currency} rate: {exc}")
        assert start is not None and end is not None
        if gran == "day":
            return self._day(currency, start)
        return self._span(currency, period, start, end, gran)

    def _undated(self, currency: str, pub_month: str | None) -> Answer:
        if pub_month is None:
            return RateMiss(currency, None, f"no {currency} rate: the fact has no period and no publication date")
        start, _end, _ = period_bounds(pub_month)
        assert start is not None
        y, m = start.year, start.month
        for back in range(PUBLICATION_LOOKBACK + 1):
            label = f"{y:04d}-{m:02d}"
            ans = self.quote(currency, label)
            if isinstance(ans, RateQuote):
                note = "undated fact: rate of its publication month"
                if back:
                    note = f"undated fact published {pub_month}: no rate for that month, rate of {label} used"
                return _with_note(ans, note)
            y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        return RateMiss(currency, None, f"no {currency} rate for {pub_month} (publication month of an undated fact)")

    def _span(self, currency: str, period: str, start: date, end: date, gran: str) -> Answer:
        stored = self._from_table(currency, period, start, end, gran)
        if stored is not None:
            return stored
        months = months_between(start, end)
        for provider in self.providers:
            if not provider.covers(currency):
                continue
            obs = list(provider.rates(currency, start, end))
            seen = {(d.year, d.month) for d, _ in obs}
            if not obs or any(m not in seen for m in months):
                continue  # this provider leaves part of the period uncovered
            rate, by_month = _span_average(currency, obs)
            return RateQuote(
                currency, rate, period, gran, provider.name, provider.label, n=len(obs),
                observation=getattr(provider, "observation", "fixing"), by_month=by_month,
            )
        return RateMiss(currency, period, f"no {currency} rate for {period}")

    def _day(self, currency: str, day: date) -> Answer:
        """The day's fixing, else the latest one of the days before; stored ones win a tie."""
        iso = day.isoformat()
        best: RateQuote | None = None
        for back in range(DAY_LOOKBACK + 1):
            d = (day - timedelta(days=back)).isoformat()
            stored = self._table_pick(currency, d)
            if stored is not None:
                source, rate = stored
                best = RateQuote(currency, rate, d, "day", source, _table_label(source), note=_day_note(iso, d))
                break
        for provider in self.providers:
            if provider.granularity != "day" or not provider.covers(currency):
                continue
            obs = list(provider.rates(currency, day - timedelta(days=DAY_LOOKBACK), day))
            if obs and (best is None or obs[-1][0].isoformat() > best.period):
                d, rate = obs[-1]
                best = RateQuote(
                    currency, rate, d.isoformat(), "day", provider.name, provider.label,
                    note=_day_note(iso, d.isoformat()), observation=getattr(provider, "observation", "fixing"),
                )
            if obs:
                break  # the first provider with a fixing in the window answers
        if best is None:
            return RateMiss(currency, iso, f"no {currency} rate for {iso} or the {DAY_LOOKBACK} days before")
        return best

    # ------------------------------------------------------------------ table

    def _table_pick(self, currency: str, period: str) -> tuple[str, float] | None:
        by_source = self._table.get((currency, period))
        if not by_source:
            return None
        order = ((ISSUER[currency],) if currency in ISSUER else ()) + TABLE_SOURCE_ORDER
        for source in order:
            if source in by_source:
                return source, by_source[source]
        source = sorted(by_source)[0]
        return source, by_source[source]

    def _from_table(self, currency: str, period: str, start: date, end: date, gran: str) -> RateQuote | None:
        exact = self._table_pick(currency, period)
        if exact is not None:
            source, rate = exact
            return RateQuote(currency, rate, period, gran, source, _table_label(source) + " (stored average)")
        if gran in ("year", "month"):
            return None
        picks = [self._table_pick(currency, f"{y:04d}-{m:02d}") for y, m in months_between(start, end)]
        if not picks or any(p is None for p in picks) or len({p[0] for p in picks if p}) != 1:
            return None
        rates = [p[1] for p in picks if p]
        source = picks[0][0] if picks[0] else ""
        return RateQuote(
            currency, _average(currency, rates), period, gran, source,
            _table_label(source) + " (mean of stored monthly averages)", n=len(rates),
        )


def _average(currency: str, per_usd: list[float]) -> float:
    """Mean in the market's quoting direction, returned as units per USD."""
    if currency in USD_QUOTED:
        return 1.0 / (math.fsum(1.0 / r for r in per_usd) / len(per_usd))
    return math.fsum(per_usd) / len(per_usd)


def _span_average(currency: str, obs: list[tuple[date, float]]) -> tuple[float, bool]:
    """The period's average and whether it is a mean of monthly means.

    A plain mean over all fixings when every month is sampled alike (the ECB's daily or NBP's
    weekly fixings: the published annual averages are computed so). When sampling changes
    within the period (RUB moved from NBP's daily table A to weekly table B in 2022), the
    months with more fixings would weigh more, so each month's mean counts once instead.
    """
    months: dict[tuple[int, int], list[float]] = defaultdict(list)
    for d, r in obs:
        months[(d.year, d.month)].append(r)
    counts = [len(v) for v in months.values()]
    if max(counts) <= 2 * min(counts):
        return _average(currency, [r for _, r in obs]), False
    return _average(currency, [_average(currency, v) for v in months.values()]), True


def _with_note(q: RateQuote, note: str) -> RateQuote:
    return replace(q, note=note)


def _day_note(asked: str, got: str) -> str | None:
    return None if asked == got else f"no fixing on {asked}: rate of the previous fixing day {got}"


def _table_label(source: str) -> str:
    from etl.normalize.online import BANK_LABELS
    from etl.normalize.providers import EcbProvider, HmrcProvider, NbpProvider, PegProvider

    labels = {p.name: p.label for p in (EcbProvider, NbpProvider, HmrcProvider, PegProvider)}
    labels.update(BANK_LABELS)
    return labels.get(source, source)


def _index_rows(rows: Iterable[TableRow]) -> dict[tuple[str, str], dict[str, float]]:
    """(currency, period) -> {source: units per USD}; rows against EUR are crossed via USD/EUR."""
    per_usd: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    per_eur: list[TableRow] = []
    for r in rows:
        if r.rate <= 0:
            continue
        if r.base == "USD":
            per_usd[(r.currency, r.period)][r.source] = r.rate
        elif r.base == "EUR":
            per_eur.append(r)
    usd_per_eur = {(r.period, r.source): r.rate for r in per_eur if r.currency == "USD"}
    for r in per_eur:
        usd = usd_per_eur.get((r.period, r.source))
        if usd is None:
            continue
        if r.currency == "USD":
            per_usd[("EUR", r.period)].setdefault(r.source, 1.0 / usd)
        else:
            per_usd[(r.currency, r.period)].setdefault(r.source, r.rate / usd)
    return dict(per_usd)


_DEFAULT: RateBook | None = None


def default_book() -> RateBook:
    """The process-wide offline book (no database), built on first use."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = RateBook()
    return _DEFAULT


def use_book(book: RateBook | None) -> None:
    """Make ``book`` the process-wide default (e.g. ``RateBook.from_engine(engine)`` in the ETL,
    so conversions prefer the stored central-bank rates); None goes back to offline only."""
    global _DEFAULT
    _DEFAULT = book


def usd_to(amount_usd: float, currency: str, period: str | None, published: str | None = None,
           book: RateBook | None = None) -> tuple[float | None, Answer]:
    """Convert a USD amount into ``currency`` for a period, for the dashboard's on-the-fly view.

    Returns ``(value or None, the quote or the miss)``, so the caller can show the rate used
    or the reason there is none.
    """
    ans = (book or default_book()).quote(currency, period, published)
    if isinstance(ans, RateMiss):
        return None, ans
    return amount_usd * ans.per_usd, ans
