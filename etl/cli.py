"""The ``silkstat`` command: parses arguments, calls the layers, reports. Nothing imports it."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="SilkStat: numeric facts about Central Asia's economic partnerships, from the news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="The store's schema.", no_args_is_help=True)
rates_app = typer.Typer(help="Exchange rates used to normalize money.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(rates_app, name="rates")


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"
    xlsx = "xlsx"
    json = "json"


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line reason on stderr and return the exit to raise."""
    typer.echo(f"silkstat: {message}", err=True)
    return typer.Exit(code)


def _engine():
    from etl.store import connect

    try:
        return connect()
    except Exception as exc:  # a wrong URL or a server that does not answer
        raise fail(f"cannot open the database: {exc.__class__.__name__}: {exc}".splitlines()[0]) from exc


# --------------------------------------------------------------------------- extraction


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Article files (.txt with optional .meta.json, .md, .html).")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.jsonl,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD (default: sidecar or text).")] = None,
    lang: Annotated[str | None, typer.Option(help="Language: ar, en, fr or ru (default: sidecar or detected).")] = None,
    normalize: Annotated[bool, typer.Option(help="Add normalized values (USD, EUR, canonical units).")] = True,
) -> None:
    """Print the facts of each article (stateless: reads files, writes stdout, stores nothing)."""
    from etl.extract import extract_facts
    from etl.sources.files import read_file

    rows: list[dict] = []
    failed = 0
    for path in files:
        for art in read_file(path):
            if art.error:
                failed += 1
                typer.echo(f"silkstat: {path}: {art.error}", err=True)
                continue
            pub = published or art.published
            facts = extract_facts(art.text, lang=lang or art.lang, published=pub)
            for fact in facts:
                row = fact.to_dict()
                if normalize:
                    from etl.normalize import normalize_fact

                    row.update(normalize_fact(row, published=pub))
                row["source"] = str(path)
                rows.append(row)
    _print_rows(rows, format)
    if failed and failed == len(files):
        raise typer.Exit(1)


def _print_rows(rows: list[dict], fmt: OutputFormat) -> None:
    if fmt is OutputFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    import pandas as pd

    frame = pd.DataFrame(rows)
    if fmt is OutputFormat.csv:
        frame.to_csv(sys.stdout, index=False)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    cols = ["kind", "subject", "counterpart", "commodity", "period", "basis", "value", "unit", "approx", "source"]
    for col in cols:
        table.add_column(col)
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in cols))
    Console().print(table)


@app.command("eval")
def eval_(
    corpus: Annotated[Path, typer.Argument(help="A folder laid out as <lang>/<name>.txt with <name>.gold.jsonl.")],
    errors: Annotated[bool, typer.Option("--errors", help="Show each miss and each false fact with its sentence.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Score the extractor against gold facts: precision, recall and F1 per kind and language."""
    from etl.extract.evaluate import evaluate_corpus, render_report

    if not corpus.is_dir():
        raise fail(f"{corpus} is not a folder")
    report = evaluate_corpus(corpus)
    if report.n_articles == 0:
        raise fail(f"no articles under {corpus}/<lang>/*.txt")
    typer.echo(json.dumps(report.summary) if as_json else render_report(report, errors=errors))


# --------------------------------------------------------------------------- ETL


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles (.txt, .md, .html, .jsonl).")],
    lang: Annotated[str | None, typer.Option(help="Language hint for files without metadata.")] = None,
) -> None:
    """Store articles from files and folders, extract and normalize their facts."""
    from etl.pipeline import RefreshLocked, ingest_paths

    try:  # waits for a running refresh; only a stop request while waiting ends up here
        result = ingest_paths(_engine(), paths, lang=lang)
    except RefreshLocked as exc:
        raise fail(str(exc), code=3) from exc
    typer.echo(result.summary_line())
    if result.status == "failed":
        raise typer.Exit(1)


@app.command()
def refresh(
    sources: Annotated[Path | None, typer.Option(help="Sources file (TOML); default: sources.toml in the data directory.")] = None,
    reprocess: Annotated[bool, typer.Option(help="Re-extract every article (after an extractor upgrade).")] = False,
    wait: Annotated[bool, typer.Option(help="Wait for a running refresh instead of exiting.")] = False,
) -> None:
    """Fetch the configured sources, extract what is new or changed, load it. Idempotent."""
    from etl.pipeline import RefreshLocked
    from etl.pipeline import refresh as run_refresh

    try:
        result = run_refresh(_engine(), sources_file=sources, reprocess=reprocess, wait=wait)
    except RefreshLocked as exc:
        raise fail(str(exc), code=3) from exc
    except FileNotFoundError as exc:
        raise fail(str(exc)) from exc
    typer.echo(result.summary_line())
    if result.status == "failed":
        raise typer.Exit(1)


@app.command()
def runs(limit: Annotated[int, typer.Option(help="How many runs to list, newest first.")] = 20) -> None:
    """List the refresh runs: start, end, status, counts and failures with reasons."""
    from etl.pipeline import print_runs

    print_runs(_engine(), limit=limit)


@app.command()
def schedule(
    every: Annotated[str, typer.Option(help="Interval: 30s, 15m, 6h, 1d.")] = "6h",
    sources: Annotated[Path | None, typer.Option(help="Sources file (TOML).")] = None,
) -> None:
    """Run refreshes every interval until stopped (SIGTERM or Ctrl-C ends it cleanly)."""
    from etl.pipeline import parse_interval, run_schedule

    try:
        seconds = parse_interval(every)
    except ValueError as exc:
        raise fail(str(exc)) from exc
    raise typer.Exit(run_schedule(_engine, seconds, sources_file=sources))


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="File format.")] = ExportFormat.csv,
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the file.")] = Path("silkstat-facts.csv"),
) -> None:
    """Write the whole fact table with its provenance (article, URL, sentence, rate)."""
    from etl.exports import export_facts

    n = export_facts(_engine(), format.value, output)
    typer.echo(f"wrote {n} facts to {output}")


# --------------------------------------------------------------------------- dashboard


@app.command()
def dashboard(
    port: Annotated[int, typer.Option(help="Port to serve on.")] = 8501,
    address: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
) -> None:
    """Serve the Streamlit dashboard."""
    from etl.serve import serve_dashboard

    _engine()  # migrate before the read-only dashboard opens it
    raise typer.Exit(serve_dashboard(address=address, port=port))


@app.command()
def demo(
    port: Annotated[int, typer.Option(help="Port to serve on.")] = 8501,
    address: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    serve: Annotated[bool, typer.Option(help="Serve the dashboard after loading.")] = True,
) -> None:
    """Load the bundled articles into a fresh database and serve the dashboard."""
    from etl.config import BUNDLED_ARTICLES
    from etl.pipeline import demo_db_url, ingest_paths
    from etl.serve import serve_dashboard
    from etl.store import connect

    url = demo_db_url()  # a fresh <SILKSTAT_HOME>/demo.db, never the user's store
    try:
        engine = connect(url)
    except Exception as exc:
        raise fail(f"cannot open the database: {exc.__class__.__name__}: {exc}".splitlines()[0]) from exc
    result = ingest_paths(engine, [BUNDLED_ARTICLES], command="demo")
    engine.dispose()
    typer.echo(result.summary_line())
    if result.status == "failed":
        raise typer.Exit(1)
    if serve:
        raise typer.Exit(serve_dashboard(address=address, port=port, db_url=url))


# --------------------------------------------------------------------------- db and rates


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Bring the database schema to the newest migration."""
    from etl import config

    _engine()
    typer.echo(f"database at head: {config.db_url().split('@')[-1]}")


@rates_app.command("show")
def rates_show(
    currency: Annotated[str, typer.Argument(help="ISO 4217 code, e.g. KZT.")],
    year: Annotated[int | None, typer.Option(help="Only this year.")] = None,
) -> None:
    """Show the rates known for a currency (units per USD), with period and source."""
    from etl.normalize.rates import show_rates

    try:
        show_rates(_engine(), currency.upper(), year=year)
    except LookupError as exc:
        raise fail(str(exc)) from exc


@rates_app.command("refresh")
def rates_refresh(
    offline: Annotated[bool, typer.Option(help="Only load the bundled offline histories.")] = False,
) -> None:
    """Load offline rate histories and fetch recent rates from the central banks.

    Exits 1 when a bank could not be read (what the others answered is stored all the same),
    so that a scheduled job tells someone.
    """
    from etl.normalize.rates import refresh

    report = refresh(_engine(), online=not offline)
    typer.echo(report.summary())
    if report.errors:
        raise fail(f"{len(report.errors)} rate source(s) failed: {', '.join(sorted(report.errors))}")


if __name__ == "__main__":  # pragma: no cover
    app()
