"""Online refresh of daily official rates from the issuing central banks and the ECB.

Why: the offline histories end when their packages were built; the scheduled ETL keeps the
``fx_rates`` table current from the banks that set the rates. Each bank is a ``BankFeed``:
a URL template (its base configurable, so tests point it at a loopback server) and a parser
that turns the bank's own format into ``FetchedRate`` rows or raises ``MalformedResponse``.
A parser checks what it reads (a date, the currency, a positive number) so a changed or
broken page is reported as an error instead of being stored as a wrong rate.

Formats (as the banks publish them):
- NBK (Kazakhstan): RSS-like XML, ``<rates><date>DD.MM.YYYY</date><item><title>USD</title>
  <description>KZT per quant</description><quant>1</quant></item>...``
- CBU (Uzbekistan): JSON list ``[{"Ccy": "USD", "Nominal": "1", "Rate": "12650.5", "Date": "DD.MM.YYYY"}]``
- NBKR (Kyrgyzstan): XML ``<CurrencyRates Date="DD.MM.YYYY"><Currency ISOCode="USD"><Nominal>1</Nominal>
  <Value>87,5000</Value></Currency>...``
- CBR (Russia): XML ``<ValCurs Date="DD.MM.YYYY"><Valute><CharCode>USD</CharCode><Nominal>1</Nominal>
  <Value>80,1234</Value></Valute>...`` (windows-1251)
- ECB: the eurofxref daily XML, ``<Cube time="YYYY-MM-DD"><Cube currency="USD" rate="1.08"/>...``
"""

from __future__ import annotations

import json
import math
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

import httpx


class MalformedResponse(ValueError):
    """A bank answered, but not with a rate we can trust (said in the message)."""


@dataclass(frozen=True)
class FetchedRate:
    """One official fixing: units of ``currency`` per one ``base`` on ``day``."""

    currency: str
    base: str
    day: date
    rate: float


@dataclass(frozen=True)
class BankFeed:
    """One central bank's daily rate page."""

    name: str  # stored as fx_rates.source
    label: str
    default_base: str
    path: str  # appended to the base URL; ``{day:...}`` formats the requested date
    parse: Callable[[bytes], list[FetchedRate]]

    def url(self, day: date, base_url: str | None = None) -> str:
        base = base_url or os.environ.get(f"SILKSTAT_FX_URL_{self.name.upper().replace('-', '_')}") or self.default_base
        return base.rstrip("/") + self.path.format(day=day)


# --------------------------------------------------------------------------- parsers


def _number(text: str | None, what: str) -> float:
    if text is None:
        raise MalformedResponse(f"missing {what}")
    try:
        value = float(text.strip().replace("\u00a0", "").replace(" ", "").replace(",", "."))
    except ValueError as exc:
        raise MalformedResponse(f"{what} is not a number: {text!r}") from exc
    if not math.isfinite(value) or value <= 0:
        raise MalformedResponse(f"{what} is not a positive number: {text!r}")
    return value


def _ddmmyyyy(text: str | None, what: str = "date") -> date:
    try:
        return datetime.strptime((text or "").strip(), "%d.%m.%Y").date()
    except ValueError as exc:
        raise MalformedResponse(f"{what} is not DD.MM.YYYY: {text!r}") from exc


def _xml(body: bytes) -> ET.Element:
    try:
        return ET.fromstring(body)
    except ET.ParseError as exc:
        raise MalformedResponse(f"not XML: {exc}") from exc


def _per_unit(value: str | None, nominal: str | None, what: str, nominal_what: str = "Nominal") -> float:
    """One unit's rate: banks quote some currencies per 10 or 100 units (the nominal), both checked."""
    units = _number(nominal, nominal_what)
    return _number(value, what) / units


def _usd_found(rates: list[FetchedRate], what: str) -> list[FetchedRate]:
    """The rates, or MalformedResponse: a page without USD is a changed format, not a quiet day."""
    if not rates:
        raise MalformedResponse(f"no USD {what}")
    return rates


def parse_nbk(body: bytes) -> list[FetchedRate]:
    """National Bank of Kazakhstan: KZT per ``quant`` units of each currency."""
    root = _xml(body)
    day = _ddmmyyyy(root.findtext("date"))
    return _usd_found([
        FetchedRate("KZT", "USD", day,
                    _per_unit(item.findtext("description"), item.findtext("quant") or "1", "USD rate", "quant"))
        for item in root.iter("item") if (item.findtext("title") or "").strip() == "USD"
    ], "item")


def parse_cbu(body: bytes) -> list[FetchedRate]:
    """Central Bank of Uzbekistan: UZS per ``Nominal`` units (JSON)."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedResponse(f"not JSON: {exc}") from exc
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise MalformedResponse("JSON is not a list of rates")
    return _usd_found([
        FetchedRate("UZS", "USD", _ddmmyyyy(str(entry.get("Date", ""))),
                    _per_unit(str(entry.get("Rate")), str(entry.get("Nominal", "1")), "USD Rate"))
        for entry in data if isinstance(entry, dict) and entry.get("Ccy") == "USD"
    ], "entry")


def parse_nbkr(body: bytes) -> list[FetchedRate]:
    """National Bank of the Kyrgyz Republic: KGS per ``Nominal`` units (comma decimals)."""
    root = _xml(body)
    day = _ddmmyyyy(root.get("Date"))
    return _usd_found([
        FetchedRate("KGS", "USD", day, _per_unit(cur.findtext("Value"), cur.findtext("Nominal") or "1", "USD Value"))
        for cur in root.iter("Currency") if cur.get("ISOCode") == "USD"
    ], "currency")


def parse_cbr(body: bytes) -> list[FetchedRate]:
    """Bank of Russia: RUB per ``Nominal`` units (comma decimals; windows-1251 declared in the XML)."""
    root = _xml(body)
    day = _ddmmyyyy(root.get("Date"))
    return _usd_found([
        FetchedRate("RUB", "USD", day, _per_unit(val.findtext("Value"), val.findtext("Nominal") or "1", "USD Value"))
        for val in root.iter("Valute") if (val.findtext("CharCode") or "").strip() == "USD"
    ], "Valute")


def parse_ecb(body: bytes) -> list[FetchedRate]:
    """ECB euro reference rates: units of each currency per one EUR."""
    root = _xml(body)
    out = []
    for cube in root.iter():
        if cube.tag.endswith("Cube") and cube.get("time"):
            try:
                day = date.fromisoformat(cube.get("time", ""))
            except ValueError as exc:
                raise MalformedResponse(f"time is not YYYY-MM-DD: {cube.get('time')!r}") from exc
            for child in cube:
                code = child.get("currency")
                if code and len(code) == 3:
                    out.append(FetchedRate(code, "EUR", day, _number(child.get("rate"), f"{code} rate")))
    if not any(r.currency == "USD" for r in out):
        raise MalformedResponse("no USD rate")
    return out


FEEDS: tuple[BankFeed, ...] = (
    BankFeed("nbk", "National Bank of Kazakhstan official rate", "https://nationalbank.kz",
             "/rss/get_rates.cfm?fdate={day:%d.%m.%Y}", parse_nbk),
    BankFeed("cbu", "Central Bank of Uzbekistan official rate", "https://cbu.uz",
             "/ru/arkhiv-kursov-valyut/json/USD/{day:%Y-%m-%d}/", parse_cbu),
    BankFeed("nbkr", "National Bank of the Kyrgyz Republic official rate", "https://www.nbkr.kg",
             "/XML/daily.xml", parse_nbkr),
    BankFeed("cbr", "Bank of Russia official rate", "https://www.cbr.ru",
             "/scripts/XML_daily.asp?date_req={day:%d/%m/%Y}", parse_cbr),
    BankFeed("ecb-daily", "ECB euro reference rate (daily feed)", "https://www.ecb.europa.eu",
             "/stats/eurofxref/eurofxref-daily.xml", parse_ecb),
)
BANK_LABELS: dict[str, str] = {f.name: f.label for f in FEEDS}


@dataclass
class FeedResult:
    """What one bank gave: rows, or the error that stopped it."""

    feed: str
    url: str
    rates: list[FetchedRate]
    error: str | None = None


def fetch_feed(feed: BankFeed, day: date, client: httpx.Client, base_url: str | None = None) -> FeedResult:
    """Fetch and parse one bank's page; every failure becomes ``FeedResult.error``, never a raise."""
    url = feed.url(day, base_url)
    try:
        resp = client.get(url)
        resp.raise_for_status()
        rates = feed.parse(resp.content)
    except httpx.TimeoutException as exc:
        return FeedResult(feed.name, url, [], f"timeout: {exc.__class__.__name__}")
    except httpx.HTTPStatusError as exc:
        return FeedResult(feed.name, url, [], f"HTTP {exc.response.status_code}")
    except httpx.HTTPError as exc:
        return FeedResult(feed.name, url, [], f"{exc.__class__.__name__}: {exc}")
    except MalformedResponse as exc:
        return FeedResult(feed.name, url, [], f"malformed response: {exc}")
    return FeedResult(feed.name, url, rates)


def fetch_all(day: date, base_urls: dict[str, str] | None = None, timeout: float = 10.0,
              feeds: tuple[BankFeed, ...] = FEEDS) -> list[FeedResult]:
    """Every bank's rates for ``day`` (banks publish their latest when the day has none)."""
    base_urls = base_urls or {}
    headers = {"User-Agent": "silkstat-rates/0.1"}
    with httpx.Client(timeout=httpx.Timeout(timeout), headers=headers, follow_redirects=True) as client:
        return [fetch_feed(f, day, client, base_urls.get(f.name)) for f in feeds]
