"""How two news statements relate: ``agree`` (the same fact, said again), ``conflict`` (the same
event with a different number, party or place, negated, or turned round), ``related`` (the
same topic, neither) or ``unrelated``.

Two linear models share the work by length. The training data (ANS stance) are headlines of at
most 19 words, and the contrast model counts what differs word by word: in a 40-word sentence
carrying several facts those differences mostly belong to other facts (a number of soldiers
against one of vehicles, a denial of something else), which compare's checks judge with a
reason. So pairs whose longer statement has more than ``HEADLINE_WORDS`` words go to the
first-release model (sentence vectors and own words only); each pair runs one model.

    >>> model = load_relation_model()
    >>> model.relate([("ارتفاع أسعار النفط", "انخفاض أسعار النفط")])
    [('conflict', 0.9...)]
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib.resources import files

import numpy as np

from .linear import LONG_MODEL_FILE, MODEL_FILE, LinearRelationModel

__all__ = ["HEADLINE_WORDS", "RELATIONS", "LengthRoutedScorer", "RelationModel",
           "load_relation_model"]

RELATIONS = ("agree", "conflict", "related", "unrelated")
HEADLINE_WORDS = 20
"""The longest statement (in words) the headline model is used for; ANS's longest is 19."""


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


class LengthRoutedScorer:
    """``short`` scores the pairs whose statements both have at most ``max_words`` words,
    ``long`` the others."""

    def __init__(self, short, long, max_words: int = HEADLINE_WORDS):
        if tuple(short.relations) != tuple(long.relations):
            raise ValueError(f"the two relation models' classes differ: {short.relations} and "
                             f"{long.relations}")
        self.relations = tuple(short.relations)
        self._short, self._long, self._max_words = short, long, max_words

    def is_short(self, a: str, b: str) -> bool:
        """Whether a pair is in the short model's range."""
        return max(len(a.split()), len(b.split())) <= self._max_words

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        short = np.array([self.is_short(a, b) for a, b in pairs], bool)
        result = np.zeros((len(pairs), len(self.relations)), np.float32)
        for model, chosen in ((self._short, short), (self._long, ~short)):
            if chosen.any():
                result[chosen] = model.probabilities([p for p, keep in zip(pairs, chosen) if keep])
        return result


def load_relation_model(encoder=None) -> RelationModel:
    """The shipped relation model; ``encoder`` (default: ``load_encoder("onnx")``) embeds."""
    if encoder is None:
        from ..embed import load_encoder

        encoder = load_encoder("onnx")
    models = files("riwaya.models")
    return RelationModel(LengthRoutedScorer(LinearRelationModel(models / MODEL_FILE, encoder),
                                            LinearRelationModel(models / LONG_MODEL_FILE, encoder)))
