"""Training the NER model's CRF (crfsuite over ``riwaya/ner/features.py``), shared by
train/ner.py and the held-out experiments (train/ner_neural.py)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pycrfsuite

from riwaya.ner.features import sentence_features, word_features


def train_crf(sentences: list[list[tuple[str, str]]], output: Path, c1: float = 0.05,
              c2: float = 0.01, iterations: int = 200, forget_below: int = 1) -> None:
    """L-BFGS with L1 ``c1`` and L2 ``c2``; words seen ``forget_below`` times or fewer are
    trained without their identity, so the model learns to tag unseen names from the rest."""
    counts = Counter(word_features(token)[1] for sentence in sentences for token, _ in sentence)
    forget = frozenset(word for word, count in counts.items() if count <= forget_below)
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences:
        tokens, tags = zip(*sentence)
        trainer.append(sentence_features(list(tokens), forget), list(tags))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(output))
