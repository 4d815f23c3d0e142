"""The gate on the cross-check gold corpus's frozen test split: no kind may drop more than two
points below the figures recorded in eval/gold/baselines.json (python eval/crosscheck.py --json
eval/gold/baselines.json records them). The texts are rebuilt from ../shared/datasets."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from support import need

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ROOT.parent / "shared" / "datasets"
TOLERANCE = 0.02


def load_scorer():
    spec = importlib.util.spec_from_file_location("crosscheck", ROOT / "eval" / "crosscheck.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def test_no_kind_drops_more_than_two_points_on_the_test_split():
    need((DATASETS / "saudinewsnet").is_dir() and (DATASETS / "semeval2022_ar").is_dir(),
         f"the shared datasets are not at {DATASETS}")
    recorded = json.loads((ROOT / "eval" / "gold" / "baselines.json").read_text(encoding="utf-8"))["test"]
    figures = load_scorer().score("test")
    assert figures["sets"]["n"] == recorded["sets"]["n"], "the test split's annotations changed"
    drops = [f"{kind} {metric}: {figures[kind][metric]:.3f} < {value:.3f} - {TOLERANCE}"
             for kind, metrics in recorded.items() for metric, value in metrics.items()
             if metric != "n" and figures[kind][metric] < value - TOLERANCE]
    assert not drops, "; ".join(drops)
