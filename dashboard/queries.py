"""Every read the dashboard makes from the store, as plain functions of an engine.

Why plain functions: the tests call them on SQLite and PostgreSQL without Streamlit, and
``dashboard.data`` wraps them in ``st.cache_data`` keyed on the latest finished run. Counts
and coverage are aggregated in SQL (GROUP BY), so a large store never travels to the app; the
chart queries filter in SQL and return one row per fact, because each fact is one marker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd
from sqlalchemy import Engine, and_, func, inspect, literal, or_, select, union_all

from dashboard.periods import add_period_columns
from etl.store.queries import ARTICLE_COLUMNS, FACTS_WITH_ARTICLES, SOURCE_NAME, fact_rows_query
from etl.store.schema import articles, facts, fx_rates, runs, sources

#: The columns of a fact row the charts and downloads use (facts joined with their article).
FACT_ROW_COLUMNS: tuple[str, ...] = (
    "fact_id", "kind", "subject", "counterpart", "commodity", "period", "basis", "value",
    "value_high", "unit", "approx", "qualifier", "detail", "evidence", "span_start", "span_end",
    "period_start", "period_end", "period_granularity", "value_usd", "value_eur", "fx_rate",
    "fx_rate_eur", "fx_period", "fx_source", "fx_error", "value_canonical", "unit_canonical",
    "article_id", "article_title", "article_url", "article_lang", "article_published", "source_name",
)


@dataclass(frozen=True)
class StoreStatus:
    """What the store holds, enough to decide between the pages and the "what next" notice."""

    reachable: bool
    has_schema: bool
    n_articles: int = 0
    n_facts: int = 0
    error: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.reachable and self.has_schema and self.n_facts > 0)


def store_status(engine: Engine) -> StoreStatus:
    """Whether the database answers, is migrated, and holds articles and facts."""
    try:
        names = set(inspect(engine).get_table_names())
    except Exception as exc:  # wrong URL, server down, unreadable file
        return StoreStatus(False, False, error=f"{exc.__class__.__name__}: {exc}".splitlines()[0])
    if not {"facts", "articles", "runs"} <= names:
        return StoreStatus(True, False)
    with engine.connect() as conn:
        n_articles = conn.execute(select(func.count()).select_from(articles)).scalar_one()
        n_facts = conn.execute(select(func.count()).select_from(facts)).scalar_one()
    return StoreStatus(True, True, int(n_articles), int(n_facts))


def refresh_token(engine: Engine) -> tuple[Any, ...]:
    """The id and end of the latest finished run: caches keyed on it refresh after a refresh.

    A run in progress does not change it, so a page never shows a half-loaded refresh from
    the cache's point of view. A store that has never recorded a finished run (written by
    hand, or by an import without runs) is keyed on its fact count and newest fact instead.
    """
    with engine.connect() as conn:
        row = conn.execute(
            select(runs.c.id, runs.c.finished_at)
            .where(runs.c.finished_at.is_not(None))
            .order_by(runs.c.id.desc())
            .limit(1)
        ).first()
        if row is not None:
            return ("run", row[0], str(row[1]))
        n, newest = conn.execute(select(func.count(), func.max(facts.c.id)).select_from(facts)).first()
    return ("facts", int(n), newest)


def _fact_query():
    return fact_rows_query(FACT_ROW_COLUMNS[1:28])


def _frame(engine: Engine, query, columns: tuple[str, ...] | list[str]) -> pd.DataFrame:
    with engine.connect() as conn:
        result = conn.execute(query)
        keys = list(result.keys())
        rows = result.fetchall()
    frame = pd.DataFrame.from_records(rows, columns=keys)  # tuples: much faster than mappings
    return frame.reindex(columns=list(columns))


def _fact_frame(engine: Engine, query) -> pd.DataFrame:
    frame = _frame(engine, query.order_by(facts.c.id), FACT_ROW_COLUMNS)
    return add_period_columns(frame)


def fact_rows(
    engine: Engine,
    kinds: list[str] | tuple[str, ...],
    country: str | None = None,
    role: str = "either",
    commodity: str | None = None,
    bases: list[str] | tuple[str, ...] | None = None,
) -> pd.DataFrame:
    """One row per fact of ``kinds`` (filtered in SQL), with article provenance and period columns.

    ``country`` with ``role`` selects where it must stand: ``subject``, ``counterpart`` or
    ``either`` (for unordered pairs such as trade volume).
    """
    query = _fact_query().where(facts.c.kind.in_(list(kinds)))
    if country:
        if role == "subject":
            query = query.where(facts.c.subject == country)
        elif role == "counterpart":
            query = query.where(facts.c.counterpart == country)
        else:
            query = query.where(or_(facts.c.subject == country, facts.c.counterpart == country))
    if commodity:
        query = query.where(facts.c.commodity == commodity)
    if bases:
        query = query.where(facts.c.basis.in_(list(bases)))
    return _fact_frame(engine, query)


def explorer_rows(
    engine: Engine,
    kinds: list[str] | None = None,
    countries: list[str] | None = None,
    commodities: list[str] | None = None,
    langs: list[str] | None = None,
    source_names: list[str] | None = None,
    bases: list[str] | None = None,
    approx: bool | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
    limit: int | None = None,
) -> pd.DataFrame:
    """The fact explorer's table: every filter is a WHERE clause; an empty list means "all".

    Years filter on the period's first and last day; facts without a period are kept only
    when no year bound is set (they have no period to compare). ``limit`` keeps the first
    rows only (the screen); the count and the downloads use all of them.
    """
    query = _explorer_query(_fact_query(), kinds, countries, commodities, langs, source_names, bases, approx,
                            year_from, year_to)
    if limit:
        query = query.order_by(facts.c.id).limit(limit)
    return _fact_frame(engine, query)


def explorer_count(engine: Engine, **filters: Any) -> int:
    """How many facts the explorer's filters match (COUNT in SQL)."""
    base = select(func.count()).select_from(FACTS_WITH_ARTICLES)
    names = ("kinds", "countries", "commodities", "langs", "source_names", "bases", "approx", "year_from", "year_to")
    query = _explorer_query(base, *[filters.get(n) for n in names])
    with engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def _explorer_query(query, kinds, countries, commodities, langs, source_names, bases, approx, year_from, year_to):
    """Add the explorer's filters to ``query`` as WHERE clauses."""
    conds = []
    if kinds:
        conds.append(facts.c.kind.in_(kinds))
    if countries:
        conds.append(or_(facts.c.subject.in_(countries), facts.c.counterpart.in_(countries)))
    if commodities:
        conds.append(facts.c.commodity.in_(commodities))
    if langs:
        conds.append(articles.c.lang.in_(langs))
    if source_names:
        conds.append(sources.c.name.in_(source_names))
    if bases:
        conds.append(facts.c.basis.in_(bases))
    if approx is not None:
        conds.append(facts.c.approx == approx)
    if year_from is not None:
        conds.append(facts.c.period_end >= f"{year_from:04d}-01-01")
    if year_to is not None:
        conds.append(facts.c.period_start <= f"{year_to:04d}-12-31")
    if conds:
        query = query.where(and_(*conds))
    return query


def fact_detail(engine: Engine, fact_id: int) -> dict[str, Any] | None:
    """One fact with everything the evidence panel shows, including the article's text."""
    query = (
        select(facts, *ARTICLE_COLUMNS, articles.c.text.label("article_text"), SOURCE_NAME)
        .select_from(FACTS_WITH_ARTICLES)
        .where(facts.c.id == int(fact_id))
    )
    with engine.connect() as conn:
        row = conn.execute(query).mappings().first()
    return dict(row) if row else None


def overview_counts(engine: Engine) -> dict[str, int]:
    """Articles, facts, countries and languages covered, each one COUNT in SQL."""
    countries = union_all(
        select(facts.c.subject.label("code")),
        select(facts.c.counterpart.label("code")).where(facts.c.counterpart.is_not(None)),
    ).subquery()
    with engine.connect() as conn:
        return {
            "articles": int(conn.execute(
                select(func.count()).select_from(articles).where(articles.c.status == "ok")).scalar_one()),
            "failed": int(conn.execute(
                select(func.count()).select_from(articles).where(articles.c.status != "ok")).scalar_one()),
            "facts": int(conn.execute(select(func.count()).select_from(facts)).scalar_one()),
            "countries": int(conn.execute(select(func.count(func.distinct(countries.c.code)))).scalar_one()),
            "languages": int(conn.execute(
                select(func.count(func.distinct(articles.c.lang))).where(articles.c.lang.is_not(None))
            ).scalar_one()),
        }


def pair_counts(engine: Engine) -> pd.DataFrame:
    """Number of facts per (subject, counterpart), grouped in SQL; the coverage matrix folds it."""
    query = (
        select(facts.c.subject, facts.c.counterpart, func.count().label("n"))
        .group_by(facts.c.subject, facts.c.counterpart)
        .order_by(facts.c.subject, facts.c.counterpart)
    )
    return _frame(engine, query, ["subject", "counterpart", "n"])


def latest_facts(engine: Engine, limit: int = 10) -> pd.DataFrame:
    """The most recently stored facts."""
    frame = _frame(engine, _fact_query().order_by(facts.c.id.desc()).limit(limit), FACT_ROW_COLUMNS)
    return add_period_columns(frame)


def filter_options(engine: Engine) -> dict[str, list[Any]]:
    """The values each explorer filter can take, each a DISTINCT query, plus the year range."""
    def distinct(col, base=None) -> list[Any]:
        q = select(col).distinct().where(col.is_not(None)).order_by(col)
        if base is not None:
            q = q.select_from(base)
        with engine.connect() as conn:
            return [r[0] for r in conn.execute(q)]

    with engine.connect() as conn:
        lo, hi = conn.execute(select(func.min(facts.c.period_start), func.max(facts.c.period_end))).first()
    countries = sorted(set(distinct(facts.c.subject)) | set(distinct(facts.c.counterpart)))
    return {
        "kinds": distinct(facts.c.kind),
        "countries": countries,
        "commodities": distinct(facts.c.commodity),
        "langs": distinct(articles.c.lang, FACTS_WITH_ARTICLES),
        "sources": distinct(sources.c.name, FACTS_WITH_ARTICLES),
        "bases": distinct(facts.c.basis),
        "years": [int(lo[:4]), int(hi[:4])] if lo and hi else [],
    }


def articles_by_source(engine: Engine) -> pd.DataFrame:
    """Articles per source, language and status (GROUP BY in SQL)."""
    name = func.coalesce(sources.c.name, literal("(no source)"))
    lang = func.coalesce(articles.c.lang, literal("?"))
    query = (
        select(name.label("source"), lang.label("lang"), articles.c.status,
               func.count().label("articles"), func.sum(articles.c.n_facts).label("facts"))
        .select_from(articles.outerjoin(sources, articles.c.source_id == sources.c.id))
        .group_by(name, lang, articles.c.status)
        .order_by(name, lang, articles.c.status)
    )
    return _frame(engine, query, ["source", "lang", "status", "articles", "facts"])


def failed_articles(engine: Engine, limit: int = 200) -> pd.DataFrame:
    """Articles that could not be read, with their reasons, newest first."""
    query = (
        select(articles.c.id, articles.c.key, articles.c.url, articles.c.title, articles.c.error,
               articles.c.last_seen)
        .where(articles.c.status != "ok")
        .order_by(articles.c.last_seen.desc())
        .limit(limit)
    )
    return _frame(engine, query, ["id", "key", "url", "title", "error", "last_seen"])


RUN_COLUMNS = [
    "id", "command", "started_at", "finished_at", "status", "articles_seen", "articles_new",
    "articles_changed", "articles_unchanged", "articles_failed", "facts_added", "facts_removed",
    "failures", "error", "extractor_version",
]


def run_history(engine: Engine, limit: int = 50) -> pd.DataFrame:
    """The refreshes, newest first."""
    query = select(*[runs.c[c] for c in RUN_COLUMNS]).order_by(runs.c.id.desc()).limit(limit)
    return _frame(engine, query, RUN_COLUMNS)


def latest_run(engine: Engine) -> dict[str, Any] | None:
    """The newest run, finished or not."""
    with engine.connect() as conn:
        row = conn.execute(select(runs).order_by(runs.c.id.desc()).limit(1)).mappings().first()
    return dict(row) if row else None


def freshness(engine: Engine) -> dict[str, Any]:
    """When data last arrived: the last successful run and the newest article seen and published."""
    with engine.connect() as conn:
        last_ok = conn.execute(
            select(func.max(runs.c.finished_at)).where(runs.c.status.in_(["ok", "partial"]))
        ).scalar()
        last_seen = conn.execute(select(func.max(articles.c.last_seen))).scalar()
        newest_pub = conn.execute(select(func.max(articles.c.published))).scalar()
    return {"last_successful_run": last_ok, "last_article_seen": last_seen, "newest_published": newest_pub}


def rate_sources(engine: Engine) -> pd.DataFrame:
    """Which exchange-rate sources the store holds, per currency, with their span (GROUP BY)."""
    query = (
        select(fx_rates.c.source, fx_rates.c.currency, fx_rates.c.base, func.count().label("rates"),
               func.min(fx_rates.c.period).label("first"), func.max(fx_rates.c.period).label("last"))
        .group_by(fx_rates.c.source, fx_rates.c.currency, fx_rates.c.base)
        .order_by(fx_rates.c.source, fx_rates.c.currency)
    )
    return _frame(engine, query, ["source", "currency", "base", "rates", "first", "last"])


def used_rate_sources(engine: Engine) -> pd.DataFrame:
    """The rate sources the stored facts were actually converted with, and how many each."""
    query = (
        select(facts.c.fx_source, func.count().label("facts"))
        .where(facts.c.fx_source.is_not(None))
        .group_by(facts.c.fx_source)
        .order_by(func.count().desc())
    )
    return _frame(engine, query, ["fx_source", "facts"])


def all_facts(engine: Engine) -> pd.DataFrame:
    """The whole fact table with its provenance, for the "download everything" button."""
    return _fact_frame(engine, _fact_query())
