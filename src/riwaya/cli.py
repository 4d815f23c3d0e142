"""The `riwaya` command: thin wrappers over the Python API, bad input as one clear line."""

from __future__ import annotations

import json
import logging
import sys
from datetime import date
from pathlib import Path

import click

from . import __version__
from .analyze import analyze as analyze_article
from .analyze import default_pipeline
from .crosscheck import compare as compare_articles
from .crosscheck import cross_check
from .errors import InputError, RiwayaError
from .ingest import count_articles, dated, read_articles, source_files
from .ingest.build import accepted_text
from .outputs import check_target, open_output, write_output
from .report import FORMATS, SUFFIX_FORMATS, render
from .settings import load_settings

log = logging.getLogger(__name__)


def _parse_published(ctx, param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date in the form YYYY-MM-DD") from None


def _accepted_words(ctx, param, value: str | None) -> str | None:
    """Words typed on the command line as riwaya takes text in (an undecodable byte is U+FFFD)."""
    return accepted_text(value) if value else value


PUBLISHED = click.option(
    "--published", callback=_parse_published, metavar="YYYY-MM-DD",
    help="Publication date for inputs whose metadata has none (plain text files); relative "
         "dates such as «السبت الماضي» are resolved against it.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="riwaya")
@click.option("-v", "--verbose", is_flag=True, help="Log what each step does.")
def cli(verbose: bool) -> None:
    """riwaya (رواية): cross-check how news outlets report the same story."""
    log_to_stderr(verbose)


def log_to_stderr(verbose: bool) -> None:
    """riwaya's own log on stderr; the libraries' (trafilatura's «discarding data») only with
    --verbose, so a refused input stays one line."""
    handler = logging.StreamHandler()
    if verbose:
        handler.setFormatter(logging.Formatter("riwaya: %(name)s: %(message)s"))
    else:
        handler.setFormatter(logging.Formatter("riwaya: %(message)s"))
        handler.addFilter(logging.Filter("riwaya"))
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, handlers=[handler])


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--jsonl", "jsonl", type=click.Path(path_type=Path),
              help='Read articles from lines {"id", "text", "title"?, "outlet"?, "published"?}.')
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here, not stdout.")
@click.option("--skip", multiple=True, metavar="STAGE",
              help="Leave out an analysis stage (quotes, entities, quantities, times), e.g. for speed.")
@PUBLISHED
def analyze(files: tuple[Path, ...], jsonl: Path | None, fmt: str, output: Path | None,
            skip: tuple[str, ...], published: date | None) -> None:
    """Analyse articles one by one: one JSON analysis a line (riwaya.report/1, one article)."""
    if not files and not jsonl:
        raise click.UsageError("give FILE arguments or --jsonl IN.jsonl")
    skipped = frozenset(skip)
    default_pipeline(skipped)  # a bad --skip fails here, before any input is read
    settings = load_settings()
    if output:
        check_target(output)
    items = read_articles([*files, *([jsonl] if jsonl else [])], settings)
    items = dated(items, published) if published else items
    failed = done = 0
    with open_output(output) as write:
        for number, item in enumerate(items, 1):
            if isinstance(item, InputError):
                _report(item)
                failed += 1
                continue
            item.id = item.id or f"a{number}"
            analyze_article(item, skipped)
            write(json.dumps(cross_check([item], settings).to_dict(), ensure_ascii=False) + "\n")
            done += 1
    if jsonl or done + failed > 1:
        click.echo(f"riwaya: analysed {done} articles, skipped {failed} bad inputs", err=True)
    if failed and not jsonl:  # a --jsonl batch reports its bad lines and goes on
        sys.exit(2)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="Report format; by default taken from each -o suffix, else json.")
@click.option("-o", "--output", "outputs", multiple=True, type=click.Path(path_type=Path),
              help="Write the report here (repeatable: -o report.html -o report.json).")
@PUBLISHED
def compare(files: tuple[Path, ...], fmt: str | None, outputs: tuple[Path, ...],
            published: date | None) -> None:
    """Cross-check the given reports of one story."""
    settings = load_settings()
    for output in outputs:
        check_target(output)
    items = read_articles(files, settings)
    articles = list(dated(items, published) if published else items)
    refused = [item for item in articles if isinstance(item, InputError)]
    for error in refused:
        _report(error)
    if refused:
        sys.exit(2)
    report = compare_articles(articles, settings)
    if not outputs:
        click.echo(render(report, fmt or "json"), nl=False)
        return
    for output in outputs:
        output_format = fmt or SUFFIX_FORMATS.get(output.suffix.lower(), "json")
        write_output(output, render(report, output_format))
        click.echo(f"wrote {output_format} report: {output.resolve()}")


@cli.command()
@click.option("--pairs", "pairs_file", required=True, type=click.Path(path_type=Path),
              help='Read statement pairs from lines {"id", "a", "b"}.')
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here, not stdout.")
def relate(pairs_file: Path, output: Path | None) -> None:
    """How statements relate: lines {"id", "relation", "score"}, relation one of agree,
    conflict, related, unrelated."""
    from .relate import load_relation_model
    from .relate.pairs import read_pairs

    pairs = []
    for item in read_pairs(pairs_file):
        if isinstance(item, InputError):
            _report(item)
        else:
            pairs.append(item)
    if not pairs:
        raise InputError(str(pairs_file), "no valid pair to relate", "E108")
    relations = load_relation_model().relate([(pair.a, pair.b) for pair in pairs])
    with open_output(output) as write:
        for pair, (relation, score) in zip(pairs, relations):
            record = {"id": pair.id, "relation": relation, "score": round(score, 4)}
            write(json.dumps(record, ensure_ascii=False) + "\n")


@cli.command()
@click.option("--pairs", "pairs_file", required=True, type=click.Path(path_type=Path),
              help='Read lines {"id", "a": {"text", "title"?}, "b": {"text", "title"?}}.')
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here, not stdout.")
def similarity(pairs_file: Path, output: Path | None) -> None:
    """Score article pairs, one JSON line each: overall, entities, geography, time and
    narrative on the SemEval scale 1 (same) .. 4 (unrelated)."""
    from .compare.similarity import read_pairs, score_pair
    from .embed import load_encoder

    settings = load_settings()
    if output:
        check_target(output)
    encoder = load_encoder()
    failed = done = 0
    with open_output(output) as write:
        for item in read_pairs(pairs_file, settings):
            if isinstance(item, InputError):
                _report(item)
                failed += 1
                continue
            pair_id, a, b = item
            scores = score_pair(analyze_article(a), analyze_article(b), encoder)
            write(json.dumps({"id": pair_id, **scores}, ensure_ascii=False) + "\n")
            done += 1
    click.echo(f"riwaya: scored {done} pairs, skipped {failed} bad lines", err=True)


STORE_ID = click.IntRange(1, 2**31 - 1)
"""An id every store can hold: store.schema.MAX_ID, not imported because the store takes a
second to load."""
DB = click.option("--db", metavar="URL",
                  help="The store: a file path, sqlite:///path or postgresql://user@host/db "
                       "(default: riwaya.db in the user's data folder).")


@cli.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@DB
@PUBLISHED
def ingest(sources: tuple[Path, ...], db: str | None, published: date | None) -> None:
    """Add articles (files, folders, JSONL, RSS/Atom, HTML) to the store, recognise copies
    and group them into stories."""
    from tqdm import tqdm

    from .store import open_store

    settings = load_settings()
    files = list(source_files(sources))
    expected = count_articles(files)
    items = read_articles(files, settings, deferred=True)
    items = dated(items, published) if published else items
    with open_store(db) as store, tqdm(total=expected, unit=" articles", file=sys.stderr,
                                       disable=not sys.stderr.isatty()) as bar:
        summary = store.ingest(items, on_progress=bar.update, expected=expected)
    for error in summary.bad:
        _report(error)
    click.echo(f"riwaya: {summary}", err=True)


@cli.command()
@DB
@click.option("--limit", default=30, show_default=True, type=click.IntRange(0, STORE_ID.max),
              help="How many stories to list.")
@click.option("--search", metavar="WORDS", callback=_accepted_words,
              help="Only stories whose titles contain these words.")
@click.option("--recluster", is_flag=True,
              help="First group every stored article into stories again, oldest first.")
def stories(db: str | None, limit: int, search: str | None, recluster: bool) -> None:
    """List the store's stories, newest first: id, date, size, outlets, title."""
    from .store import open_store

    with open_store(db) as store:
        if recluster:
            click.echo(f"riwaya: {store.recluster()} stories after re-clustering", err=True)
        for story in store.stories(limit=limit, search=search):
            day = story.last_published.isoformat() if story.last_published else "-" * 10
            outlets = "، ".join(story.outlets)
            click.echo(f"{story.id}\t{day}\t{story.size}\t{outlets}\t{story.title}")


@cli.command()
@click.argument("story_id", type=STORE_ID)
@DB
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Report format (default: json).")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here, not stdout.")
def story(story_id: int, db: str | None, fmt: str | None, output: Path | None) -> None:
    """Cross-check the articles of one stored story: the same report as `compare`."""
    from .store import open_store

    settings = load_settings()
    with open_store(db) as store:
        report = compare_articles(store.story_articles(story_id), settings)
    output_format = fmt or (SUFFIX_FORMATS.get(output.suffix.lower(), "json") if output else "json")
    text = render(report, output_format)
    if output:
        write_output(output, text)
        click.echo(f"wrote {output_format} report: {output.resolve()}")
    else:
        click.echo(text, nl=False)


@cli.command()
@DB
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default keeps the server to this machine.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the HTTP API (spec at /openapi.json) and the web UI at http://HOST:PORT/."""
    import uvicorn

    from .store import open_store
    from .web import create_app

    with open_store(db) as store:
        uvicorn.run(create_app(store, load_settings()), host=host, port=port)


@cli.group()
def spark() -> None:
    """Run riwaya's store work on Apache Spark (pip install 'riwaya[spark]')."""


@spark.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--output", required=True, help="Folder (or s3://, hdfs:// ... URL) for the Parquet output.")
@click.option("--master", help="Spark master URL (default: $SPARK_MASTER, else local[2]).")
def spark_ingest(inputs: tuple[str, ...], output: str, master: str | None) -> None:
    """Fingerprint, deduplicate and cluster JSONL or Parquet articles on Spark; write
    articles (with copy group and story), stories and bad records as Parquet."""
    from .spark import ingest as run
    from .spark import spark_session

    session = spark_session(master)
    try:
        click.echo(f"riwaya: {run(session, list(inputs), output)}", err=True)
    finally:
        session.stop()


def _report(error: RiwayaError) -> None:
    click.echo(f"riwaya: {error}", err=True)


def main() -> None:
    """Entry point: domain errors become one line on stderr and exit status 2."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.Abort:
        click.echo("riwaya: aborted", err=True)
        sys.exit(130)
    except RiwayaError as error:
        _report(error)
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)
