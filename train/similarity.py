"""Fit the article-pair similarity model on all SemEval-2022 Task 8 Arabic dev pairs and write
it into the package.

    python train/similarity.py [--output PATH]

Data: ../shared/datasets/semeval2022_ar/dev.csv (130 pairs). Per dimension (overall, entities,
geography, time, narrative) a logistic curve onto the 1..4 scale over a weighted sum of the
standardised pair features, fitted by penalised least squares, the penalty chosen by 5-fold
cross-validation; deterministic. Writes src/riwaya/models/similarity.json; measure it with
eval/similarity.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
from similarity import feature_matrix, fit_model, load_dev_pairs  # noqa: E402

from riwaya.compare.similarity import FEATURES, MODEL_FILE  # noqa: E402

OUTPUT = ROOT / "src" / "riwaya" / "models" / MODEL_FILE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    pairs, gold = load_dev_pairs()
    model = fit_model(feature_matrix(pairs), gold)
    model["trained_on"] = f"semeval2022_ar/dev.csv, {len(pairs)} pairs"
    args.output.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"model: {args.output}")
    fitted = model["dimensions"]
    print(f"{'feature':<22}" + "".join(f"{dimension:>11}" for dimension in fitted))
    for row, feature in enumerate(FEATURES):
        print(f"{feature:<22}" + "".join(f"{curve['coefficients'][row]:>11.3f}" for curve in fitted.values()))
    print(f"{'(penalty)':<22}" + "".join(f"{curve['penalty']:>11.3g}" for curve in fitted.values()))


if __name__ == "__main__":
    main()
