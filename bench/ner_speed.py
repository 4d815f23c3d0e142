"""NER tagging speed on one core: tokens/s of the shipped model over the ANERcorp test split
(../shared/datasets/anercorp/test.txt, 25k tokens, tagged three times), features and the
document pass included (blocks of 20 sentences as articles, as eval/ner.py does).
Machine: printed below. Target: >= 20,000 tokens/s.

    python bench/ner_speed.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1] / "eval"))
from analyze_throughput import cpu_name  # noqa: E402
from ner import DOCUMENT_SENTENCES  # noqa: E402

from riwaya.ner import NERecognizer  # noqa: E402
from riwaya.ner.conll import read_conll  # noqa: E402
from riwaya.ner.features import word_features  # noqa: E402

TEST = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "anercorp" / "test.txt"
GOAL = 20_000
ROUNDS = 3


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    sentences = [[token for token, _ in s] for s in read_conll(TEST)]
    tokens = sum(map(len, sentences))
    started = time.perf_counter()
    recognizer = NERecognizer.pretrained()
    loaded = time.perf_counter() - started
    timings = []
    for _ in range(ROUNDS):
        word_features.cache_clear()  # every round pays for its features, as on unseen text
        started = time.perf_counter()
        for start in range(0, len(sentences), DOCUMENT_SENTENCES):
            recognizer.predict_document(sentences[start : start + DOCUMENT_SENTENCES])
        timings.append(time.perf_counter() - started)
    best = min(timings)
    print(f"data: ANERcorp test split, {len(sentences)} sentences, {tokens:,} tokens; {ROUNDS} rounds")
    print(f"machine: {cpu_name()}, {os.cpu_count()} cores, tagging on 1 core")
    print(f"model load: {loaded:.2f} s")
    print(f"speed: {tokens / best:,.0f} tokens/s (best round), {tokens / max(timings):,.0f} (worst)")
    print(f"goal: >= {GOAL:,} tokens/s -> ratio {tokens / best / GOAL:.2f}")


if __name__ == "__main__":
    main()
