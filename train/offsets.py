"""Decision offsets for the relation model, learned on out-of-fold predictions.

Balanced class weights make the 63 ANS ``other`` pairs (``related``) and the random
``unrelated`` pairs count as much as the 903 agreements, so the fitted model calls ``related``
or ``unrelated`` more often than the data warrant. An offset per class added to the log
probabilities (the same for ``related`` and ``unrelated``, which both map to ANS ``other``,
and none for ``conflict``) corrects that; it is chosen on held-out predictions and folded into
the model's intercept, so the product reads the model as before.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from stance import f1_scores, stances

AGREE_GRID = np.round(np.arange(-0.6, 0.61, 0.1), 2)
OTHER_GRID = np.round(np.arange(-2.0, 1.01, 0.25), 2)
OFFSETS = sorted(([a, 0.0, o, o] for a in AGREE_GRID for o in OTHER_GRID),
                 key=lambda offsets: abs(offsets[0]) + abs(offsets[2]))
"""Candidate offsets in the order of RELATIONS, smallest first so that ties keep the model."""


def offset_stances(probabilities: np.ndarray, offsets: Sequence[float]) -> list[str]:
    """ANS labels after adding ``offsets`` to the log probabilities."""
    return stances(np.log(np.maximum(probabilities, 1e-12)) + np.asarray(offsets))


def fit_offsets(probabilities: np.ndarray, gold: Sequence[str]) -> np.ndarray:
    """The candidate offsets with the best macro-F1 of ``probabilities`` against ANS ``gold``."""
    return np.array(max(OFFSETS, key=lambda offsets: f1_scores(
        gold, offset_stances(probabilities, offsets))["macro"]))


def nested_scores(probabilities: np.ndarray, gold: Sequence[str],
                  folds: Sequence[np.ndarray]) -> dict[str, float]:
    """Macro-F1 when each fold's offsets are fitted on the other folds' rows: the estimate
    of what the offsets are worth on unseen pairs."""
    gold = np.asarray(gold)
    predicted = np.empty(len(gold), dtype=object)
    for held_out in folds:
        rest = np.setdiff1d(np.arange(len(gold)), held_out)
        offsets = fit_offsets(probabilities[rest], list(gold[rest]))
        predicted[held_out] = offset_stances(probabilities[held_out], offsets)
    return f1_scores(list(gold), list(predicted))

