"""How two news statements relate: ``agree`` (the same fact, said again), ``conflict`` (the same
event with a different number, party or place, negated, or turned round), ``related`` (the
same topic, neither) or ``unrelated``.

    >>> model = load_relation_model()
    >>> model.relate([("ارتفاع أسعار النفط", "انخفاض أسعار النفط")])
    [('conflict', 0.9...)]
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib.resources import files

import numpy as np

from .linear import MODEL_FILE, LinearRelationModel

__all__ = ["RELATIONS", "RelationModel", "load_relation_model"]

RELATIONS = ("agree", "conflict", "related", "unrelated")


class RelationModel:
    """``probabilities`` in the order of ``RELATIONS``; ``relate`` the best of them."""

    def __init__(self, scorer):
        if tuple(scorer.relations) != RELATIONS:
            raise ValueError(f"the relation model's classes {scorer.relations} are not {RELATIONS}")
        self._scorer = scorer

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """[len(pairs), 4] probabilities, columns as in ``RELATIONS``."""
        if isinstance(pairs, tuple) and len(pairs) == 2 and isinstance(pairs[0], str):
            raise TypeError("pass a list of (a, b) pairs, not one pair")
        if not pairs:
            return np.zeros((0, len(RELATIONS)), np.float32)
        return self._scorer.probabilities(list(pairs))

    def relate(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[str, float]]:
        """The most probable relation of each pair and its probability."""
        probabilities = self.probabilities(pairs)
        best = probabilities.argmax(axis=1)
        return [(RELATIONS[i], float(row[i])) for i, row in zip(best, probabilities)]


def load_relation_model(encoder=None) -> RelationModel:
    """The shipped relation model; ``encoder`` (default: ``load_encoder("onnx")``) embeds."""
    if encoder is None:
        from ..embed import load_encoder

        encoder = load_encoder("onnx")
    path = files("riwaya.models") / MODEL_FILE
    return RelationModel(LinearRelationModel(path, encoder))
