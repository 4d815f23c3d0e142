"""`riwaya spark ingest`: the store's per-article work and story clustering over archives too big
for one machine, on Apache Spark (the optional `riwaya[spark]` extra).

Spark reads JSONL or Parquet and does the expensive part in parallel on the executors: reading
each record as an Article (the same checks as `riwaya ingest`), its content hash, MinHash and
term vectors. The driver then streams the compact fingerprints in publication order through the
same copy-group and story decision as the store (`store/assign.py`): stories form in time
order, so that step is sequential by nature and costs well under a millisecond an article.
Articles with their copy group and story, the stories, and the bad records are written as
Parquet."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import InputError, RiwayaError
from ..ingest.files import article_from_record
from ..model import Article
from ..settings import Settings
from ..store.assign import assign
from ..store.clusters import StoryIndex
from ..store.copies import CopyIndex
from ..store.fingerprint import Fingerprint, fingerprint, minhash_from_bytes, signature_bytes

FIELDS = ("id", "text", "title", "outlet", "published", "url")


@dataclass
class SparkSummary:
    articles: int = 0
    updated: int = 0
    """Newer versions of a page already seen (same URL, another text), as the store counts them."""
    duplicates: int = 0
    copies: int = 0
    stories: int = 0
    bad: int = 0

    def __str__(self) -> str:
        return (f"{self.articles} articles ({self.copies} copies of earlier wire text) in "
                f"{self.stories} stories, {self.updated} updated, {self.duplicates} duplicates, "
                f"{self.bad} bad records")


def spark_session(master: str | None = None):
    """A session on ``master`` (local[2] when none is given or configured). Executors run
    this Python (which has riwaya) unless PYSPARK_PYTHON names another; on a cluster, install
    riwaya on the executors. Local mode stays on loopback."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise RiwayaError("Spark is not installed: pip install 'riwaya[spark]'") from None
    master = master or os.environ.get("SPARK_MASTER") or "local[2]"
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    return (SparkSession.builder.master(master).appName("riwaya ingest")
            .config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC")
            .getOrCreate())


def ingest(spark, inputs: list[str], output: str) -> SparkSummary:
    """Fingerprint the articles of ``inputs`` (JSONL or Parquet files) on Spark, assign copy
    groups and stories in publication order, and write ``output``/articles, stories and bad
    as Parquet."""
    frame = _read(spark, inputs)
    # Kept once computed: the bad records are counted and written, the good ones sorted.
    prepared = frame.rdd.zipWithIndex().mapPartitions(_prepare_partition).cache()
    bad = prepared.filter(lambda row: row[0] == "bad").map(lambda row: row[1])
    good = prepared.filter(lambda row: row[0] == "ok").map(lambda row: row[1])
    ordered = good.sortBy(lambda row: (row["published"] is None, row["published"] or date.min, row["order"]))
    summary = SparkSummary(bad=bad.count())
    articles, stories = _assign_in_order(ordered.toLocalIterator(), summary)
    for name, rows, schema in (("articles", articles, _ARTICLE_SCHEMA), ("stories", stories, _STORY_SCHEMA),
                               ("bad", bad, "source string, reason string")):
        spark.createDataFrame(rows, schema).write.mode("overwrite").parquet(f"{output}/{name}")
    prepared.unpersist()
    return summary


def _read(spark, inputs: list[str]):
    frames = []
    for path in inputs:
        suffix = Path(path).suffix.lower()
        if suffix in (".jsonl", ".ndjson", ".json"):
            frame = spark.read.json(path, primitivesAsString=True)
        elif suffix == ".parquet" or Path(path).is_dir():
            frame = spark.read.parquet(path)
        else:
            raise InputError(path, "Spark reads JSONL (.jsonl) or Parquet (.parquet) inputs", "E111")
        frames.append(frame.select(*[frame[name].cast("string") if name in frame.columns
                                     else _null(name) for name in FIELDS]))
    result = frames[0]
    for frame in frames[1:]:
        result = result.unionByName(frame)
    return result


def _null(name: str):
    from pyspark.sql.functions import lit

    return lit(None).cast("string").alias(name)


def _prepare_partition(rows: Iterable) -> Iterator[tuple[str, dict]]:
    """On an executor: each record read as an Article and fingerprinted."""
    settings = Settings()
    for row, order in rows:
        record = {name: row[name] for name in FIELDS if row[name] is not None}
        source = f"record {record.get('id') or order}"
        article = article_from_record(record, source, settings)
        if isinstance(article, InputError):
            yield "bad", (article.source, article.reason)
            continue
        fp = fingerprint(article)
        yield "ok", {
            "order": order, "id": article.id or str(order), "url": article.url, "title": article.title,
            "first_line": article.text.split("\n", 1)[0][:200], "outlet": article.outlet,
            "published": article.published, "language": article.language,
            "content_hash": fp.content_hash, "minhash": signature_bytes(fp.minhash),
            "shingles": fp.shingles, "head": json.dumps(fp.head), "body": json.dumps(fp.body),
        }


def _assign_in_order(rows: Iterable[dict], summary: SparkSummary) -> tuple[list[tuple], list[tuple]]:
    """On the driver: the store's decision for each article, oldest first. A newer version of
    a page (its URL seen before) replaces the older one's row and keeps its story and copy
    group, as in the store."""
    copies, index = CopyIndex(), StoryIndex(embed_titles=None)
    seen: set[str] = set()
    stories: dict[int, dict] = {}
    articles = []
    row_of_url: dict[str, int] = {}

    def new_story(title: str) -> int:
        stories[len(stories) + 1] = {"title": title, "size": 0, "outlets": Counter(), "dates": []}
        return len(stories)

    for row in rows:
        if row["content_hash"] in seen:
            summary.duplicates += 1
            continue
        seen.add(row["content_hash"])
        if row["url"] in row_of_url:
            number = row_of_url[row["url"]]
            first_id, group, story_id = articles[number][0], articles[number][7], articles[number][8]
            articles[number] = _article_row(row, first_id, group, story_id)
            _add_to_story(stories[story_id], row, new=False)
            summary.updated += 1
            continue
        article = Article(row["first_line"], title=row["title"], outlet=row["outlet"],
                          published=row["published"], language=row["language"])
        fp = Fingerprint(row["content_hash"], minhash_from_bytes(row["minhash"]), row["shingles"],
                         json.loads(row["head"]), json.loads(row["body"]))
        group, story_id = assign(article, fp, copies, index, new_story)
        _add_to_story(stories[story_id], row, new=True)
        if row["url"]:
            row_of_url[row["url"]] = len(articles)
        articles.append(_article_row(row, row["id"], group or row["content_hash"], story_id))
        summary.articles += 1
        summary.copies += group is not None
    summary.stories = len(stories)
    story_rows = [(story_id, story["title"], story["size"], sorted(o for o in story["outlets"] if o),
                   min(story["dates"], default=None), max(story["dates"], default=None))
                  for story_id, story in stories.items()]
    return articles, story_rows


def _article_row(row: dict, article_id: str, group: str, story_id: int) -> tuple:
    return (article_id, row["url"], row["title"], row["outlet"], row["published"], row["language"],
            row["content_hash"], group, story_id)


def _add_to_story(story: dict, row: dict, new: bool) -> None:
    story["size"] += new
    story["outlets"][row["outlet"]] += bool(row["outlet"])
    story["dates"] += [row["published"]] if row["published"] else []


_ARTICLE_SCHEMA = ("id string, url string, title string, outlet string, published date, "
                   "language string, content_hash string, copy_group string, story_id long")
_STORY_SCHEMA = ("id long, title string, size long, outlets array<string>, "
                 "first_published date, last_published date")
