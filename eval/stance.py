"""Score the relation model on ANS stance dev: macro-F1 over agree / disagree / other.

    python eval/stance.py [--split dev]

The product's relations map onto ANS's labels: conflict -> disagree, related and unrelated ->
other. The majority-class baseline is printed beside the model for scale.
"""

from __future__ import annotations

import argparse
import csv
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from riwaya.relate import RELATIONS, load_relation_model

ROOT = Path(__file__).resolve().parents[1]
STANCE = ROOT.parent / "shared" / "datasets" / "ans" / "stance"
LABELS = ("agree", "disagree", "other")
TO_STANCE = {"agree": "agree", "conflict": "disagree", "related": "other", "unrelated": "other"}


def read_stance(path: Path) -> list[tuple[str, str, str]]:
    """(s1, s2, stance) rows of an ANS stance file."""
    with path.open(encoding="utf-8", newline="") as f:
        return [(row["s1"], row["s2"], row["stance"]) for row in csv.DictReader(f)]


def stances(probabilities: np.ndarray) -> list[str]:
    """ANS labels for rows of relation probabilities (columns as in RELATIONS)."""
    return [TO_STANCE[RELATIONS[i]] for i in probabilities.argmax(axis=1)]


def f1_scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, float]:
    """F1 per ANS label and their unweighted mean (``macro``)."""
    scores = {}
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, predicted))
        fp = sum(p == label != g for g, p in zip(gold, predicted))
        fn = sum(g == label != p for g, p in zip(gold, predicted))
        scores[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    scores["macro"] = sum(scores[label] for label in LABELS) / len(LABELS)
    return scores


def format_scores(name: str, scores: dict[str, float]) -> str:
    labels = "  ".join(f"{label} {scores[label]:.3f}" for label in LABELS)
    return f"{name:<10} macro-F1 {scores['macro']:.3f}  ({labels})"


def score_model(split: str = "dev") -> dict[str, float]:
    """Print and return the shipped model's scores on an ANS stance split."""
    rows = read_stance(STANCE / f"{split}.csv")
    gold = [stance for _, _, stance in rows]
    model = load_relation_model()
    started = time.perf_counter()
    predicted = stances(model.probabilities([(a, b) for a, b, _ in rows]))
    seconds = time.perf_counter() - started
    majority = max(LABELS, key=gold.count)
    print(f"ANS stance {split}: {len(rows)} pairs, {len(rows) / seconds:.0f} pairs/s")
    print(format_scores("majority", f1_scores(gold, [majority] * len(gold))))
    scores = f1_scores(gold, predicted)
    print(format_scores("model", scores))
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", help="dev (train to check fitting)")
    score_model(parser.parse_args().split)


if __name__ == "__main__":
    main()
