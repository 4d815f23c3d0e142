"""Linear models shipped as JSON: standardised features, then weights; read with numpy.

The speaker ranker (one score per candidate) and the source-kind classifier (one score per
kind) are both fitted by scikit-learn in ``train/`` and saved this way, so that the product
needs neither scikit-learn nor pickles.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import numpy as np


@dataclass(frozen=True)
class LinearModel:
    """Weights over feature names, after standardising. ``coef`` is one row of weights for a
    ranker, one row per class for a classifier (``classes`` then names them)."""

    names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray
    classes: tuple[str, ...] = ()

    def scores(self, rows: list[dict[str, float]]) -> np.ndarray:
        """One score per row (a ranker), or rows × classes (a classifier)."""
        matrix = np.array([[row.get(name, 0.0) for name in self.names] for row in rows], np.float64)
        return ((matrix - self.mean) / self.scale) @ self.coef.T + self.intercept

    def best_class(self, row: dict[str, float]) -> str:
        return self.classes[int(np.argmax(self.scores([row])[0]))]


def saved_form(names: list[str], mean, scale, coef, intercept, **about) -> dict:
    """What ``load_linear`` reads back, rounded, with ``about`` (format, C, scores) kept."""
    def rounded(values):
        return np.round(np.asarray(values, np.float64), 6).tolist()
    return {**about, "features": names, "mean": rounded(mean), "scale": rounded(scale),
            "coef": rounded(coef), "intercept": rounded(intercept)}


@cache
def load_linear(name: str) -> LinearModel | None:
    """The shipped model file ``name``, or None where it is missing (the rules then decide)."""
    path = files("riwaya.models") / name
    if not path.is_file():
        return None
    saved = json.loads(path.read_text(encoding="utf-8"))
    return LinearModel(tuple(saved["features"]), np.array(saved["mean"]), np.array(saved["scale"]),
                       np.array(saved["coef"]), np.array(saved["intercept"]),
                       tuple(saved.get("classes", ())))
