"""How fast `riwaya analyze --jsonl` reads SaudiNewsNet on one core: articles/s, MB/s, peak memory.

Data: SaudiNewsNet (31,030 real articles from 14 Saudi outlets, ../shared/datasets/saudinewsnet).
Machine: whatever runs it; the figures printed name its CPU and core count. The analysing process is
pinned to one core (taskset) when the machine allows it. Goal for this layer: >= 500 articles/s.

    python bench/analyze_throughput.py [--limit N]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="articles to use (default: all 31,030)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "saudinewsnet.jsonl"
        articles, text_bytes = write_jsonl(jsonl, args.limit)
        command = [sys.executable, "-m", "riwaya", "analyze", "--jsonl", str(jsonl), "-o", os.devnull]
        if shutil.which("taskset"):
            command = ["taskset", "-c", "0", *command]
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"riwaya analyze failed:\n{done.stderr}")
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rate = articles / seconds
    print(f"data: SaudiNewsNet, {articles:,} articles, {text_bytes / 1e6:.1f} MB of article text")
    print(f"machine: {cpu_name()}, {os.cpu_count()} cores, analysing on 1 core; Python {platform.python_version()}")
    print(f"riwaya: {done.stderr.strip()}")
    print(f"time: {seconds:.1f} s wall, start-up included")
    print(f"throughput: {rate:,.0f} articles/s, {text_bytes / 1e6 / seconds:.2f} MB/s of text")
    print(f"peak memory: {peak_mb:,.0f} MB (resident, the analysing process)")
    print(f"goal: >= {GOAL_ARTICLES_PER_SECOND} articles/s -> ratio {rate / GOAL_ARTICLES_PER_SECOND:.2f}")


if __name__ == "__main__":
    main()
