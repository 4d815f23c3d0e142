"""The form the trained linear decisions ship in (the speaker ranker, the conflict verifier):
named features, standardised by the training data's mean and scale, weighed, with an
intercept; read with numpy, fitted by scripts in ``train/``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.resources import files

import numpy as np


@dataclass(frozen=True)
class LinearModel:
    """Weights over feature names, after standardising."""

    names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def scores(self, rows: list[dict[str, float]]) -> np.ndarray:
        """The linear score of each row (a missing feature counts 0)."""
        matrix = np.array([[row.get(name, 0.0) for name in self.names] for row in rows], np.float64)
        return ((matrix - self.mean) / self.scale) @ self.coef + self.intercept

    def probabilities(self, rows: list[dict[str, float]]) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.scores(rows)))


def load_linear(file_name: str) -> tuple[LinearModel, dict] | None:
    """The model saved as ``file_name`` in this package and the whole saved record, or None
    where the file is missing."""
    path = files("riwaya.models") / file_name
    if not path.is_file():
        return None
    saved = json.loads(path.read_text(encoding="utf-8"))
    model = LinearModel(tuple(saved["features"]), np.array(saved["mean"]), np.array(saved["scale"]),
                        np.array(saved["coef"]), float(saved["intercept"]))
    return model, saved
