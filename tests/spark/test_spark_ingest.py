"""The Spark job and the local store make the same copy groups and stories from one sample."""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
from collections import defaultdict

from store.test_ingest_process import synthetic_article
from store.test_store import BRIDGE_OWN_REPORT, BRIDGE_REPRINT, BRIDGE_WIRE, FOOTBALL  # noqa: I001
from support import EXAMPLE_STORY, need

from riwaya.ingest import read_articles
from riwaya.store import open_store


def sample_records() -> list[dict]:
    """The example story, a wire text with a reprint, an own report and a corrected version,
    an unrelated story, a bad record and made-up articles, in publication order."""
    records = []
    for path in sorted(EXAMPLE_STORY.glob("*.txt")):
        title, body = path.read_text(encoding="utf-8").split("\n", 1)
        records.append({"id": path.stem, "title": title, "text": f"{title}\n{body}",
                        "outlet": path.stem.split("-", 1)[1], "published": "2020-11-17"})
    edited = BRIDGE_WIRE.replace("مئتين وأربعين متراً", "مئتين وخمسين متراً")
    for number, (text, outlet) in enumerate([(BRIDGE_WIRE, "الوكالة"), (BRIDGE_REPRINT, "الجزيرة"),
                                             (BRIDGE_OWN_REPORT, "الإذاعة"), (FOOTBALL, "الرياضية"),
                                             (edited, "الوكالة")]):
        records.append({"id": f"b{number}", "title": text.split("\n\n")[0], "text": text,
                        "outlet": outlet, "published": "2024-03-10",
                        "url": "https://example.org/bridge" if text in (BRIDGE_WIRE, edited) else None})
    records.append({"id": "empty", "text": "   ", "published": "2024-03-11"})
    rng = random.Random(3)
    records += [{**synthetic_article(rng, k), "published": "2024-05-01"} for k in range(40)]
    return records


def groups(pairs) -> set[frozenset[str]]:
    """The partition of article ids that ``pairs`` of (id, group) make."""
    members = defaultdict(set)
    for article_id, group in pairs:
        members[group].add(article_id)
    return {frozenset(ids) for ids in members.values()}


def test_spark_and_the_store_agree(tmp_path):
    need(importlib.util.find_spec("pyspark") is not None, "pyspark is not installed (pip install 'riwaya[spark]')")
    need(shutil.which("java") is not None, "Spark needs Java, and none is installed")
    from riwaya.spark import ingest, spark_session

    feed = tmp_path / "sample.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sample_records()), encoding="utf-8")
    with open_store(str(tmp_path / "local.db"), embed_titles=None) as store:
        local = store.ingest(read_articles([feed]))
        stories = [(a.id, a.copy_group, story.id) for story in store.stories(limit=1000)
                   for a in store.story_articles(story.id)]
    ids = {}  # title -> record id; a page's later version keeps the first one's
    for row in sample_records():
        ids.setdefault(row.get("title"), row["id"])
    with open_store(str(tmp_path / "local.db"), embed_titles=None) as store:
        local_ids = {a.id: ids[a.title] for story in store.stories(limit=1000) for a in store.story_articles(story.id)}

    spark = spark_session("local[2]")
    try:
        summary = ingest(spark, [str(feed)], str(tmp_path / "out"))
        rows = spark.read.parquet(str(tmp_path / "out" / "articles")).collect()
        bad = spark.read.parquet(str(tmp_path / "out" / "bad")).collect()
    finally:
        spark.stop()

    assert (summary.articles, summary.copies, summary.bad) == (local.added, local.copies, len(local.bad)) == (47, 1, 1)
    assert summary.updated == local.updated == 1  # the edited wire text is a new version of its page
    assert "empty" in bad[0].source and "empty" in bad[0].reason
    assert groups((row.id, row.story_id) for row in rows) == groups((local_ids[a], s) for a, _, s in stories)
    assert groups((row.id, row.copy_group) for row in rows) == groups((local_ids[a], g) for a, g, _ in stories)
    example = {row.story_id for row in rows if row.id.startswith(("01-", "02-", "03-"))}
    assert len(example) == 1
