"""Ingest throughput of the store on SaudiNewsNet (../shared/datasets/saudinewsnet: 31,030 real
articles of 14 outlets over three weeks, ~3 KB each), on this machine (the project's: 2 cores).

    python bench/ingest_store.py [--limit N] [--analyzed-sample 1000]

Prints, for a fresh SQLite store: articles/s of `riwaya ingest` (read + dedup + wire copies +
story clustering + writes), its peak memory, the store's size, and the time to ingest the same
set again (all duplicates); then articles/s when every article is also fully analysed before
it is stored (sentences, entities, quotes, quantities, dates, claims), on a sample.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from saudinewsnet import write_jsonl  # noqa: E402

from riwaya.analyze import analyze  # noqa: E402
from riwaya.errors import InputError  # noqa: E402
from riwaya.ingest import read_articles  # noqa: E402
from riwaya.store import open_store  # noqa: E402


def peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest worker, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, child


def store_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6


def cpu_seconds() -> float:
    """CPU time of this process and of its ended workers, user and system."""
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed_ingest(db: Path, feed: Path, articles: int) -> tuple[float, float, object]:
    """Wall and CPU seconds of one ingest, and its summary."""
    with open_store(str(db)) as store:
        start, cpu = time.perf_counter(), cpu_seconds()
        summary = store.ingest(read_articles([feed], deferred=True), expected=articles)
        return time.perf_counter() - start, cpu_seconds() - cpu, summary


def analysed(article):
    return article if isinstance(article, InputError) else analyze(article)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--analyzed-sample", type=int, default=1000)
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores; data: SaudiNewsNet, SQLite store in a temp folder")
    with tempfile.TemporaryDirectory() as folder:
        feed, db = Path(folder) / "saudinewsnet.jsonl", Path(folder) / "riwaya.db"
        articles, size = write_jsonl(feed, args.limit)
        print(f"input: {articles} articles, {size / 1e6:.1f} MB of text")
        seconds, cpu, summary = timed_ingest(db, feed, articles)
        own, child = peak_mb()
        print(f"first ingest: {seconds:.1f} s, {articles / seconds:.0f} articles/s (goal >= 1,000) "
              f"- {summary}")
        # the VM's speed drifts by 15-25% from one minute to the next; CPU time a little less
        print(f"CPU: {cpu * 1000 / articles:.2f} ms an article over all processes "
              f"({cpu / seconds:.2f} of {os.cpu_count()} cores busy)")
        print(f"peak memory: {own:.0f} MB main process, {child:.0f} MB largest worker (goal < 2 GB)")
        print(f"store size: {store_mb(db):.1f} MB ({store_mb(db) * 1e6 / articles / 1024:.1f} KB an article)")
        seconds_again, _, summary = timed_ingest(db, feed, articles)
        print(f"second ingest of the same set: {seconds_again:.1f} s, "
              f"{articles / seconds_again:.0f} articles/s - {summary}")

        sample_feed, sample_db = Path(folder) / "sample.jsonl", Path(folder) / "analysed.db"
        sample, _ = write_jsonl(sample_feed, args.analyzed_sample)
        start = time.perf_counter()
        with ProcessPoolExecutor(2) as pool, open_store(str(sample_db)) as store:
            store.ingest(pool.map(analysed, read_articles([sample_feed]), chunksize=20),
                         expected=sample)
        seconds_full = time.perf_counter() - start
        print(f"with full analysis before storing ({sample} articles, analysis in 2 processes): "
              f"{seconds_full:.1f} s, {sample / seconds_full:.0f} articles/s")


if __name__ == "__main__":
    main()
