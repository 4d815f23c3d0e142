"""Reading SaudiNewsNet (../shared/datasets/saudinewsnet): its day zips as riwaya JSONL lines,
and a store holding all of it. Shared by the benchmarks and evaluations; the product never
reads it."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

DATASET = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "saudinewsnet" / "dataset"


def saudinewsnet_records(limit: int | None = None) -> Iterator[dict]:
    """{"id", "text", "title", "outlet", "published", "url"} for each article, day by day."""
    if not DATASET.is_dir():
        raise SystemExit(f"SaudiNewsNet is not at {DATASET}; the benchmark needs ../shared/datasets")
    count = 0
    for day in sorted(DATASET.glob("*.zip")):
        with zipfile.ZipFile(day) as archive:
            for name in archive.namelist():
                for number, item in enumerate(json.loads(archive.read(name))):
                    if limit is not None and count >= limit:
                        return
                    count += 1
                    yield {"id": f"{day.stem}/{number}", "text": item["content"], "title": item["title"],
                           "outlet": item["source"], "published": item["date_extracted"][:10],
                           "url": item["url"]}


def write_jsonl(path: Path, limit: int | None = None) -> tuple[int, int]:
    """Write the records to ``path``; (articles, bytes of article text) written."""
    articles = size = 0
    with path.open("w", encoding="utf-8") as out:
        for record in saudinewsnet_records(limit):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            articles += 1
            size += len(record["text"].encode("utf-8"))
    return articles, size


def ingest_all(folder: Path):
    """All of SaudiNewsNet written as JSONL into ``folder`` and ingested into a new store
    there; (the store's path, the ingest summary)."""
    from riwaya.ingest import read_articles
    from riwaya.store import open_store

    feed, db = folder / "saudinewsnet.jsonl", str(folder / "riwaya.db")
    articles, _ = write_jsonl(feed)
    with open_store(db) as store:
        return db, store.ingest(read_articles([feed], deferred=True), expected=articles)
