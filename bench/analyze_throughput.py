"""How fast `riwaya analyze --jsonl` reads SaudiNewsNet on one core: articles/s, MB/s, peak memory,
for the text layer alone (`--skip quotes --skip entities --skip claims`), without quotes, and the
whole analysis.

Data: SaudiNewsNet (31,030 real articles from 14 Saudi outlets, ../shared/datasets/saudinewsnet),
or with --english the 24 English wire-style articles the team wrote for eval/ner_en, repeated
(--limit articles in all, 2,400 by default), read by the English readers.
Machine: whatever runs it; the figures printed name its CPU and core count. The analysing process is
pinned to one core (taskset) when the machine allows it. Goal for the text layer (sentences, dates,
quantities): >= 500 articles/s.

    python bench/analyze_throughput.py [--limit N] [--english]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from saudinewsnet import write_jsonl  # noqa: E402

GOAL_ARTICLES_PER_SECOND = 500


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


ENGLISH = Path(__file__).resolve().parents[1] / "eval" / "ner_en" / "articles.jsonl"


def write_english(path: Path, limit: int) -> tuple[int, int]:
    """The English articles of eval/ner_en, repeated to ``limit``, as riwaya's JSONL records."""
    rows = [json.loads(line) for line in ENGLISH.read_text(encoding="utf-8").splitlines()]
    size = 0
    with path.open("w", encoding="utf-8") as out:
        for n, row in enumerate(itertools.islice(itertools.cycle(rows), limit)):
            title, _, body = row["text"].partition("\n")
            out.write(json.dumps({"id": f"{row['id']}-{n}", "title": title, "text": body.strip(),
                                  "published": "2024-05-07"}) + "\n")
            size += len(row["text"].encode("utf-8"))
    return limit, size


def measure(jsonl: Path, skip: list[str]) -> tuple[float, float, str]:
    """(seconds, peak MB, riwaya's summary line) for one run of the CLI."""
    command = [sys.executable, "-m", "riwaya", "analyze", "--jsonl", str(jsonl), "-o", os.devnull]
    command += [arg for stage in skip for arg in ("--skip", stage)]
    if shutil.which("taskset"):
        command = ["taskset", "-c", "0", *command]
    script = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
              "done = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
              "print(time.perf_counter() - t, "
              "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024); "
              "print(done.stderr.strip().splitlines()[-1] "
              "if done.returncode == 0 else 'FAILED ' + done.stderr)")
    out = subprocess.run([sys.executable, "-c", script, *command], capture_output=True, text=True).stdout
    timing, summary = out.strip().split("\n", 1)
    if summary.startswith("FAILED"):
        raise SystemExit(f"riwaya analyze failed:\n{summary}")
    seconds, peak = map(float, timing.split())
    return seconds, peak, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="articles to use (default: all 31,030)")
    parser.add_argument("--english", action="store_true", help="the team's English articles instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "articles.jsonl"
        if args.english:
            articles, text_bytes = write_english(jsonl, args.limit or 2400)
            source = "eval/ner_en (24 English articles written by the team, repeated)"
        else:
            articles, text_bytes = write_jsonl(jsonl, args.limit)
            source = "SaudiNewsNet"
        print(f"data: {source}, {articles:,} articles, {text_bytes / 1e6:.1f} MB of article text")
        print(f"machine: {cpu_name()}, {os.cpu_count()} cores, analysing on 1 core; "
              f"Python {platform.python_version()}")
        timings = {}
        text_layer = "text layer (--skip quotes --skip entities --skip claims)"
        for name, skip in ((text_layer, ["quotes", "entities", "claims"]),
                           ("without quotes (--skip quotes)", ["quotes"]), ("full analysis", [])):
            seconds, peak, summary = measure(jsonl, skip)
            timings[name] = seconds
            rate = articles / seconds
            print(f"{name}: {summary.removeprefix('riwaya: ')}")
            print(f"  {seconds:.1f} s wall, start-up included; {rate:,.0f} articles/s, "
                  f"{text_bytes / 1e6 / seconds:.2f} MB/s of text; peak memory {peak:,.0f} MB")
            if name == text_layer:
                print(f"  goal: >= {GOAL_ARTICLES_PER_SECOND} articles/s -> ratio "
                      f"{rate / GOAL_ARTICLES_PER_SECOND:.2f}")
        added = timings["full analysis"] / timings["without quotes (--skip quotes)"] - 1
        print(f"quotes and sources add {100 * added:.0f} % to the time per article (goal: <= 20 %)")


if __name__ == "__main__":
    main()
