"""Facts with their provenance: the one join that the exports and the dashboard both read.

Why here: both show each fact beside the article (and source) it came from and must agree on
the join and on the column names; the dashboard may import etl.store but not etl.exports, so
the shared query lives with the schema.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Select, select

from etl.store.schema import articles, facts, sources

#: Every fact with its article (inner join: a fact always has one) and that article's source
#: (outer join: an article read from a file has none); still one row per fact.
FACTS_WITH_ARTICLES = facts.join(articles, facts.c.article_id == articles.c.id).outerjoin(
    sources, articles.c.source_id == sources.c.id
)

#: The article's provenance columns, named as the exports and the dashboard show them.
ARTICLE_COLUMNS = (
    articles.c.title.label("article_title"),
    articles.c.url.label("article_url"),
    articles.c.lang.label("article_lang"),
    articles.c.published.label("article_published"),
)
SOURCE_NAME = sources.c.name.label("source_name")


def fact_rows_query(fact_columns: Sequence[str]) -> Select:
    """One row per fact: ``fact_id``, the named ``facts`` columns, ``article_id``, the article's
    provenance and ``source_name``; unordered and unfiltered, for the caller to narrow."""
    return select(
        facts.c.id.label("fact_id"),
        *[facts.c[name] for name in fact_columns],
        facts.c.article_id,
        *ARTICLE_COLUMNS,
        SOURCE_NAME,
    ).select_from(FACTS_WITH_ARTICLES)
