"""The linear relation models: pair features, standardised, through a multinomial logistic
regression fitted by ``train/relation.py``; read with numpy alone."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .features import pair_features

MODEL_FILE = "relation.npz"
LONG_MODEL_FILE = "relation-long.npz"


class LinearRelationModel:
    """Pair features -> softmax over ``relations`` (the order the weights were written in).
    The file names its feature set (``features``); a file without one is ``own-words``."""

    def __init__(self, path: Path, encoder):
        with np.load(path) as saved:
            self.relations = tuple(str(name) for name in saved["relations"])
            self.features = str(saved["features"]) if "features" in saved.files else "own-words"
            self._mean, self._scale = saved["mean"], saved["scale"]
            self._coef, self._intercept = saved["coef"], saved["intercept"]
        self._encoder = encoder

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """[n, len(relations)], rows summing to one."""
        features = pair_features(self._encoder, pairs, self.features)
        return softmax(((features - self._mean) / self._scale) @ self._coef.T + self._intercept)


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)
