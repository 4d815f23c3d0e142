"""Train a relation model from ANS stance and write it into the package.

    python train/relation.py [--features contrast|own-words] [--unrelated 600] [--folds 5]

``contrast`` (default) is the headline model, written to relation.npz; ``own-words`` the
first-release model kept for statements longer than headlines, written to relation-long.npz
(see ``riwaya.relate``).

Data: ../shared/datasets/ans/stance/train.csv (agree -> agree, disagree -> conflict,
other -> related) plus ``--unrelated`` pairs of headlines drawn from different rows (fixed seed)
as unrelated. The regularisation is chosen by cross-validation on train, folds grouped by the
first headline so that no headline is in both halves, scoring each C with decision offsets
(``offsets.py``) fitted on the other folds; the offsets fitted on all out-of-fold predictions are
added to the written intercept. Dev is scored once, at the end, with the shipped pair of models
(eval/stance.py).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
from offsets import fit_offsets, nested_scores  # noqa: E402
from stance import STANCE, f1_scores, format_scores, read_stance, score_model, stances  # noqa: E402

from riwaya.embed import load_encoder  # noqa: E402
from riwaya.relate import RELATIONS  # noqa: E402
from riwaya.relate.features import FEATURE_SETS, pair_features  # noqa: E402
from riwaya.relate.linear import LONG_MODEL_FILE, MODEL_FILE  # noqa: E402

MODELS = ROOT / "src" / "riwaya" / "models"
OUTPUTS = {"contrast": MODELS / MODEL_FILE, "own-words": MODELS / LONG_MODEL_FILE}
TO_RELATION = {"agree": "agree", "disagree": "conflict", "other": "related"}
C_GRID = (0.001, 0.003, 0.01)
SEED = 13


def training_pairs(unrelated: int) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """Pairs, relation labels and CV groups (the first headline) for ANS train plus random pairs."""
    rows = read_stance(STANCE / "train.csv")
    pairs = [(a, b) for a, b, _ in rows]
    labels = [TO_RELATION[stance] for _, _, stance in rows]
    groups = [a for a, _, _ in rows]
    rng = np.random.default_rng(SEED)
    while sum(label == "unrelated" for label in labels) < unrelated:
        i, j = rng.integers(len(rows), size=2)
        if rows[i][0] == rows[j][0]:
            continue
        pairs.append((rows[i][rng.integers(2)], rows[j][rng.integers(2)]))
        labels.append("unrelated")
        groups.append(rows[i][0])
    return pairs, labels, groups


def fit(features: np.ndarray, labels: list[str], c: float) -> tuple[StandardScaler, LogisticRegression]:
    scaler = StandardScaler().fit(features)
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    return scaler, model.fit(scaler.transform(features), labels)


def probabilities(scaler, model, features: np.ndarray) -> np.ndarray:
    """Columns reordered as RELATIONS."""
    order = [list(model.classes_).index(name) for name in RELATIONS]
    return model.predict_proba(scaler.transform(features))[:, order]


def out_of_fold(features, labels, groups, c: float, folds: int):
    """Probabilities of the ANS rows from the models that did not see their fold, the rows'
    ANS labels and, per fold, the positions of its rows in those arrays."""
    gold_stance = {"agree": "agree", "conflict": "disagree", "related": "other", "unrelated": "other"}
    held_out, gold, fold_rows = [], [], []
    for train, test in GroupKFold(folds).split(features, labels, groups):
        scaler, model = fit(features[train], [labels[i] for i in train], c)
        ans = [i for i in test if labels[i] != "unrelated"]
        fold_rows.append(np.arange(len(gold), len(gold) + len(ans)))
        held_out.append(probabilities(scaler, model, features[ans]))
        gold += [gold_stance[labels[i]] for i in ans]
    return np.vstack(held_out), gold, fold_rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unrelated", type=int, default=600, help="random pairs added as unrelated")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--features", choices=sorted(FEATURE_SETS), default="contrast")
    parser.add_argument("--output", type=Path, help="default: the package's file for --features")
    args = parser.parse_args()
    output = args.output or OUTPUTS[args.features]
    pairs, labels, groups = training_pairs(args.unrelated)
    started = time.perf_counter()
    features = pair_features(load_encoder("onnx"), pairs, args.features)
    print(f"features for {len(pairs)} pairs in {time.perf_counter() - started:.0f} s")
    results, held_out = {}, {}
    for c in C_GRID:
        held_out[c] = out_of_fold(features, labels, groups, c, args.folds)
        found, gold, fold_rows = held_out[c]
        print(format_scores(f"cv C={c}", f1_scores(gold, stances(found))))
        results[c] = nested_scores(found, gold, fold_rows)
        print(format_scores("  +offsets", results[c]))
    best = max(C_GRID, key=lambda c: results[c]["macro"])
    offsets = fit_offsets(*held_out[best][:2])
    scaler, model = fit(features, labels, best)
    order = [list(model.classes_).index(name) for name in RELATIONS]
    np.savez(output, relations=np.array(RELATIONS), features=np.array(args.features),
             mean=scaler.mean_.astype(np.float32), scale=scaler.scale_.astype(np.float32),
             coef=model.coef_[order].astype(np.float32),
             intercept=(model.intercept_[order] + offsets).astype(np.float32))
    print(f"C={best}, offsets {dict(zip(RELATIONS, offsets.tolist()))}; "
          f"model: {output} ({output.stat().st_size / 1e3:.0f} kB)")
    score_model("dev")


if __name__ == "__main__":
    main()
