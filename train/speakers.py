"""Train the speaker ranker (``riwaya.analyze.speaker_ranker``) from hand-annotated quotes and
write it into the package.

    python train/speakers.py [--folds 5]

Data: eval/quotes_gold.jsonl (the quotes dev set) and eval/quotes_train/b*.jsonl (SaudiNewsNet
articles outside the gold corpus, annotated for this), offsets only; the texts are read from
../shared/datasets. Each article is analysed up to its entities, then the quote finder runs with
the rules alone, and every verb cue it meets is one decision: its candidates (each rule's
proposal, the person named in the clause, the last speaker), of which the right ones overlap
the speaker an annotator marked for the quote with that cue. A logistic regression over the
candidates' features is fitted; C is chosen by cross-validation grouped by article, scoring how
often the best-scored candidate is a right one, beside how often the first rule's is.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
from quotes import gold_text, overlap  # noqa: E402

from riwaya.analyze.stages import ENTITIES, SENTENCES  # noqa: E402
from riwaya.model import Article  # noqa: E402

quotes = importlib.import_module("riwaya.analyze.quotes")
MODEL = ROOT / "src" / "riwaya" / "models" / "speakers.json"
GOLD = [ROOT / "eval" / "quotes_gold.jsonl", *sorted((ROOT / "eval" / "quotes_train").glob("b*.jsonl"))]
CS = (0.01, 0.03, 0.1, 0.3, 1.0)


def decisions(item: dict) -> list[tuple[list[dict], list[bool], int]]:
    """(feature rows, which candidates are right, the first rule's candidate index or -1) for
    each verb cue of the article that an annotated quote has as its cue."""
    article = Article(gold_text(item))
    for stage in (SENTENCES, ENTITIES):
        stage.run(article)
    seen = []
    original = quotes._holder

    def spy(cue):
        candidates = quotes.speaker_candidates(cue)
        first, _ = quotes._first_found(cue)
        token = cue.tokens[cue.i]
        seen.append(((token.start, token.end), candidates, quotes.candidate_rows(cue, candidates), first))
        return original(cue)

    quotes._holder, quotes.load_ranker = spy, lambda: None
    try:
        quotes.find_quotes(article.text, article.sentences, article.entities, article.tokens)
    finally:
        quotes._holder = original
    found = []
    for cue, candidates, rows, first in seen:
        gold = next((g for g in item["quotes"] if g["cue"] and overlap(cue, tuple(g["cue"])) > 0), None)
        if gold is None or gold["speaker"] is None or not candidates:
            continue
        right = [overlap((c.source.start, c.source.end), tuple(gold["speaker"])) > 0 for c in candidates]
        chosen = next((n for n, c in enumerate(candidates) if first is not None
                       and (c.source.start, c.source.end) == (first.start, first.end)), -1)
        found.append((rows, right, chosen))
    return found


def matrix(rows: list[dict], names: list[str]) -> np.ndarray:
    return np.array([[row.get(name, 0.0) for name in names] for row in rows], np.float64)


def fit(data, names, c: float):
    rows = [row for decision in data for row in decision[0]]
    labels = [label for decision in data for label in decision[1]]
    x = matrix(rows, names)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=2000).fit((x - mean) / scale, labels)
    return mean, scale, model.coef_[0], float(model.intercept_[0])


def accuracy(data, names, weights) -> float:
    mean, scale, coef, intercept = weights
    right = 0
    for rows, labels, _ in data:
        scores = ((matrix(rows, names) - mean) / scale) @ coef + intercept
        right += labels[int(np.argmax(scores))]
    return right / max(1, len(data))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    items = [json.loads(line) for path in GOLD for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    unique = list({item["sha1"]: item for item in items}.values())  # the shared articles once
    data, groups = [], []
    for n, item in enumerate(unique):
        found = decisions(item)
        data += found
        groups += [n] * len(found)
    names = sorted({name for rows, _, _ in data for row in rows for name in row})
    first_rule = sum(labels[chosen] for _, labels, chosen in data if chosen >= 0) / len(data)
    reachable = sum(any(labels) for _, labels, _ in data) / len(data)
    print(f"{len(unique)} articles, {len(data)} cue decisions; first rule right {first_rule:.3f}, "
          f"a right candidate exists {reachable:.3f}")
    folds = list(GroupKFold(n_splits=args.folds).split(np.zeros(len(data)), groups=groups))
    best = None
    for c in CS:
        scores = [accuracy([data[i] for i in test], names, fit([data[i] for i in train], names, c))
                  for train, test in folds]
        first = [sum(data[i][1][data[i][2]] for i in test if data[i][2] >= 0) / len(test)
                 for _, test in folds]
        print(f"C={c}: ranker {np.mean(scores):.3f} (folds {min(scores):.3f}-{max(scores):.3f}), "
              f"first rule {np.mean(first):.3f}")
        if best is None or np.mean(scores) > best[1]:
            best = (c, float(np.mean(scores)), float(np.mean(first)))
    mean, scale, coef, intercept = fit(data, names, best[0])
    MODEL.write_text(json.dumps({
        "format": "riwaya.speakers/1", "features": names, "mean": mean.round(6).tolist(),
        "scale": scale.round(6).tolist(), "coef": coef.round(6).tolist(), "intercept": round(intercept, 6),
        "C": best[0], "articles": len(unique), "decisions": len(data),
        "cv_ranker": round(best[1], 4), "cv_first_rule": round(best[2], 4),
    }, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {MODEL.relative_to(ROOT)}: C={best[0]}, cross-validated {best[1]:.3f} against the first "
          f"rule's {best[2]:.3f}")


if __name__ == "__main__":
    main()
