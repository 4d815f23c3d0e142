"""Entity-level exact-match precision, recall and F1 per type and overall (CoNLL convention)
of the NER model on the ANERcorp test split (../shared/datasets/anercorp/test.txt).

    python eval/ner.py [MODEL_FILE]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from riwaya.ner import ENTITY_TYPES, NERecognizer, spans_from_tags
from riwaya.ner.conll import read_conll

TEST = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "anercorp" / "test.txt"


def score(gold_tags: list[list[str]], predicted_tags: list[list[str]]) -> dict[str, tuple[float, float, float, int]]:
    """Per type and "overall": (precision, recall, F1, gold count)."""
    right, found, gold = Counter(), Counter(), Counter()
    for expected, predicted in zip(gold_tags, predicted_tags):
        expected_spans = set(spans_from_tags(expected))
        predicted_spans = set(spans_from_tags(predicted))
        for spans, counter in ((expected_spans, gold), (predicted_spans, found),
                               (expected_spans & predicted_spans, right)):
            for *_, kind in spans:
                counter[kind] += 1
                counter["overall"] += 1
    results = {}
    for kind in (*ENTITY_TYPES, "overall"):
        p = right[kind] / found[kind] if found[kind] else 0.0
        r = right[kind] / gold[kind] if gold[kind] else 0.0
        results[kind] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, gold[kind])
    return results


def score_model(model: Path | None = None) -> dict:
    sentences = read_conll(TEST)
    recognizer = NERecognizer(model) if model else NERecognizer.pretrained()
    predicted = recognizer.predict([[token for token, _ in s] for s in sentences])
    results = score([[tag for _, tag in s] for s in sentences], predicted)
    print(f"ANERcorp test: {len(sentences)} sentences, {sum(len(s) for s in sentences)} tokens")
    print(f"{'type':<8}{'precision':>10}{'recall':>8}{'F1':>7}{'gold':>7}")
    for kind, (p, r, f, n) in results.items():
        print(f"{kind:<8}{p:>10.3f}{r:>8.3f}{f:>7.3f}{n:>7}")
    return results


if __name__ == "__main__":
    score_model(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
