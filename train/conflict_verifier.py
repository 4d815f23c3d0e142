"""Fit the conflict verifier (``riwaya.compare.verifier``) on the blind-read verdicts and write
it into the package.

    python train/conflict_verifier.py [--db STORE] [--folds 5]

Data: eval/conflicts_verdicts.jsonl, a person's verdict (right or false) on each conflict
reason riwaya reported in random SaudiNewsNet stories (``eval/conflicts.py``). Rules were fixed
after most reads, so a verdict counts only where the current code still reports that reason:
every story holding a judged pair is compared again (SaudiNewsNet is ingested into a temporary
store, or --db is read), and each clashing pair with a judged reason is one example, right
when a judged reason of it is right, described by ``clash_features``.

A logistic regression is fitted; C is chosen by cross-validation grouped by story. The
out-of-fold probabilities are scored per judged reason, as ``eval/conflicts.py`` scores a
read: the share right among the reasons kept as conflicts, and how many of the right ones are
kept, beside the per-kind tiers (``riwaya.compare.tiers``). The threshold shipped is the lowest
whose out-of-fold precision reaches TARGET_PRECISION; chosen on the same predictions, it is
optimistic, and the next blind read on a new seed is the measure.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "train"))
from conflicts import VERDICTS, clash_reasons, key_text, read_verdicts, wilson  # noqa: E402
from saudinewsnet import ingest_all  # noqa: E402
from speakers import matrix  # noqa: E402

from riwaya.compare.tiers import tier  # noqa: E402
from riwaya.compare.verifier import MODEL_FILE  # noqa: E402
from riwaya.crosscheck import compare  # noqa: E402
from riwaya.store import open_store  # noqa: E402

align = importlib.import_module("riwaya.compare.align")
MODEL = ROOT / "src" / "riwaya" / "models" / MODEL_FILE
LARGEST_STORY = 9
"""The reads drew stories of 2-9 articles; one the store has grown past this is not compared."""
CS = (0.03, 0.1, 0.3, 1.0)
TARGET_PRECISION = 0.8


def examples(db: str, verdicts: dict) -> list[dict]:
    """One dict per clashing pair with a judged reason: its story, features, kinds and the
    verdicts of its judged reasons."""
    urls = {v[side] for v in verdicts.values() for side in ("a", "b")}
    story_of = dict(sqlite3.connect(db).execute("SELECT url, story_id FROM articles"))
    seen, original = {}, align.clash_features

    def spy(a, b, kinds, reasons, probabilities):
        features = original(a, b, kinds, reasons, probabilities)
        seen[(a.article.url, a.claim.start, b.article.url, b.claim.start)] = (features, kinds)
        return features

    align.clash_features = spy
    found = []
    try:
        with open_store(db) as store:
            for story in sorted({story_of[url] for url in urls if url in story_of}):
                articles = store.story_articles(story)
                if len(articles) > LARGEST_STORY:
                    continue
                seen.clear()
                report = compare(articles).to_dict()
                pairs = {}
                for _, _, _, _, key in clash_reasons(report, ("conflict", "verify")):
                    verdict = verdicts.get(key_text(key))
                    if verdict is not None:
                        pairs.setdefault((key["a"], key["a_start"], key["b"], key["b_start"]), []).append(
                            verdict["right"])
                for pair, rights in pairs.items():
                    features, kinds = seen[pair]
                    found.append({"story": story, "features": features, "kinds": kinds, "rights": rights})
    finally:
        align.clash_features = original
    return found


def fit(rows: list[dict], labels: list[bool], names: list[str], c: float):
    x = matrix(rows, names)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=2000).fit((x - mean) / scale, labels)
    return mean, scale, model.coef_[0], float(model.intercept_[0])


def probabilities(rows: list[dict], names: list[str], weights) -> np.ndarray:
    mean, scale, coef, intercept = weights
    return 1.0 / (1.0 + np.exp(-(((matrix(rows, names) - mean) / scale) @ coef + intercept)))


def per_reason(data: list[dict], kept: list[bool]) -> tuple[int, int, int]:
    """(right reasons kept, reasons kept, right reasons in all): the scoring of a read."""
    right = sum(sum(d["rights"]) for d, k in zip(data, kept) if k)
    return right, sum(len(d["rights"]) for d, k in zip(data, kept) if k), sum(sum(d["rights"]) for d in data)


def show(name: str, counts: tuple[int, int, int]) -> None:
    right, kept, total = counts
    low, high = wilson(right, kept)
    print(f"{name:<28} conflict precision {right}/{kept} = {right / max(kept, 1):.2f} "
          f"(Wilson {low:.2f}-{high:.2f}); right ones kept {right}/{total}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="a store holding all of SaudiNewsNet (else one is ingested)")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    verdicts = read_verdicts(VERDICTS)
    with tempfile.TemporaryDirectory() as folder:
        data = examples(args.db or ingest_all(Path(folder))[0], verdicts)
    names = sorted({name for d in data for name in d["features"]})
    rows = [d["features"] for d in data]
    labels = [any(d["rights"]) for d in data]
    groups = [d["story"] for d in data]
    print(f"{len(verdicts)} verdicts; {len(data)} judged pairs still reported in "
          f"{len(set(groups))} stories, {sum(labels)} right")
    show("per-kind tiers", per_reason(data, [tier(d["kinds"]) == "conflict" for d in data]))
    folds = list(GroupKFold(n_splits=args.folds).split(np.zeros(len(data)), groups=groups))
    best = None
    for c in CS:
        out = np.zeros(len(data))
        for train, test in folds:
            weights = fit([rows[i] for i in train], [labels[i] for i in train], names, c)
            out[test] = probabilities([rows[i] for i in test], names, weights)
        loss = -np.mean([np.log(p if y else 1 - p) for p, y in zip(np.clip(out, 1e-6, 1 - 1e-6), labels)])
        print(f"C={c}: out-of-fold log loss {loss:.3f}")
        if best is None or loss < best[1]:
            best = (c, loss, out)
    c, loss, out = best
    threshold = None
    for t in sorted(set(np.round(out, 3)), reverse=True):
        counts = per_reason(data, list(out >= t))
        if counts[1] >= 5 and counts[0] / counts[1] >= TARGET_PRECISION:
            threshold = float(t)
    for t in sorted({0.5, 0.6, 0.7, threshold or 0.5}):
        show(f"verifier, p >= {t:.3f}", per_reason(data, list(out >= t)))
    if threshold is None:
        raise SystemExit(f"no threshold reaches precision {TARGET_PRECISION} out of fold; nothing written")
    mean, scale, coef, intercept = fit(rows, labels, names, c)
    MODEL.write_text(json.dumps({
        "format": "riwaya.conflict-verifier/1", "features": names, "mean": mean.round(6).tolist(),
        "scale": scale.round(6).tolist(), "coef": coef.round(6).tolist(), "intercept": round(intercept, 6),
        "threshold": round(threshold, 3), "C": c, "verdicts": len(verdicts), "pairs": len(data),
        "right": sum(labels), "out_of_fold_log_loss": round(loss, 4),
    }, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {MODEL.relative_to(ROOT)}: C={c}, threshold {threshold:.3f}")
    for name, weight in sorted(zip(names, coef), key=lambda x: -abs(x[1])):
        print(f"  {weight:+.3f}  {name}")


if __name__ == "__main__":
    main()
