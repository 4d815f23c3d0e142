"""Wall time of `riwaya compare`, start-up included, and where it goes.

Runs the installed command in a fresh process on 2 and on 10 SaudiNewsNet articles of about
3 KB each (the first articles of 2.7-3.3 KB, written to plain text files), three times each,
and prints the best and median wall times; then times each step in one process to show what
dominates. Data: ../shared/datasets/saudinewsnet. Machine: printed below. Targets on 2 cores:
two articles < 2 s, ten < 15 s.

    python bench/compare_speed.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from analyze_throughput import cpu_name  # noqa: E402
from saudinewsnet import saudinewsnet_records  # noqa: E402

RUNS = 3
RIWAYA = Path(sys.executable).with_name("riwaya")


def three_kb_articles(count: int) -> list[dict]:
    found = []
    for record in saudinewsnet_records():
        size = len(record["text"].encode("utf-8"))
        if 2700 <= size <= 3300 and record.get("title"):
            found.append(record)
            if len(found) == count:
                return found
    raise SystemExit("not enough ~3 KB articles in SaudiNewsNet")


def write_files(records: list[dict], folder: Path) -> list[Path]:
    paths = []
    for n, record in enumerate(records, 1):
        path = folder / f"{n:02d}.txt"
        path.write_text(f"{record['title']}\n\n{record['text']}\n", encoding="utf-8")
        paths.append(path)
    return paths


def wall_times(paths: list[Path]) -> list[float]:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run([str(RIWAYA), "compare", *map(str, paths), "--published", "2015-08-01",
                        "-o", str(paths[0].parent / "report.json")],
                       check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return times


def step_times(paths: list[Path]) -> dict[str, float]:
    """Each step of one comparison, timed in this process (imports counted separately)."""
    steps = {}
    started = time.perf_counter()
    from datetime import date

    from riwaya import read_article
    from riwaya.analyze import analyze
    from riwaya.compare import claim_view, similarity
    from riwaya.compare.align import align_claims
    from riwaya.compare.copies import copy_groups
    from riwaya.compare.facts import build_facts
    from riwaya.embed import load_encoder
    from riwaya.embed.memo import MemoEncoder
    from riwaya.link import resolve_entities
    from riwaya.relate import load_relation_model
    steps["imports"] = time.perf_counter() - started

    def timed(name, fn, *args):
        began = time.perf_counter()
        result = fn(*args)
        steps[name] = steps.get(name, 0.0) + time.perf_counter() - began
        return result

    articles = [timed("read", read_article, p) for p in paths]
    for n, article in enumerate(articles, 1):
        article.id, article.published = f"a{n}", date(2015, 8, 1)
        timed("analyze (per-article stages)", analyze, article)
    encoder = MemoEncoder(timed("load encoder", load_encoder))
    model = timed("load relation model", load_relation_model, encoder)
    entities = timed("resolve entities", resolve_entities, articles)
    views = timed("claim views", claim_view.claim_views, articles, entities)
    texts = [v.text for vs in views for v in vs]
    vectors = timed("embed claims", encoder.embed_queries, texts)
    bounds = [0]
    for vs in views:
        bounds.append(bounds[-1] + len(vs))
    split = [vectors[a:b] for a, b in zip(bounds, bounds[1:])]
    alignments = timed("align + relate claims", align_claims, views, split, model.probabilities)
    timed("facts", build_facts, articles, alignments, copy_groups(articles))
    claim_vectors = {article.id: found for article, found in zip(articles, split)}
    timed("article similarity", similarity.score_pairs, articles, encoder, claim_vectors, entities)
    return steps


def main() -> None:
    print(f"machine: {os.cpu_count()} cores, {cpu_name()}, load average {os.getloadavg()[0]:.1f}")
    records = three_kb_articles(10)
    with tempfile.TemporaryDirectory() as folder:
        paths = write_files(records, Path(folder))
        for count in (2, 10):
            chosen = paths[:count]
            size = sum(p.stat().st_size for p in chosen) / count / 1024
            times = wall_times(chosen)
            print(f"riwaya compare, {count} articles (~{size:.1f} KB each): best {min(times):.2f} s, "
                  f"median {statistics.median(times):.2f} s over {RUNS} runs")
        steps = step_times(paths[:2])
        total = sum(steps.values())
        print("one comparison of 2 articles, in process:")
        for name, seconds in sorted(steps.items(), key=lambda item: -item[1]):
            print(f"  {name:30s} {seconds:6.2f} s  {100 * seconds / total:4.0f} %")


if __name__ == "__main__":
    main()
