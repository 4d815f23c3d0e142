"""The NER model: a linear-chain CRF (crfsuite) over ``features``; the model file ships in
``riwaya/models`` with its model card."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pycrfsuite

from .features import sentence_features

ENTITY_TYPES = ("PER", "LOC", "ORG", "MISC")
MODEL_FILE = "ner-anercorp.crfsuite"


class NERecognizer:
    """Tags tokens with B-/I-PER, LOC, ORG, MISC or O.

        >>> NERecognizer.pretrained().predict_sentence(["قال", "كيفن", "كوبسي"])
        ['O', 'B-PER', 'I-PER']
    """

    def __init__(self, path: Path):
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    @classmethod
    def pretrained(cls) -> NERecognizer:
        with resources.as_file(resources.files("riwaya.models") / MODEL_FILE) as path:
            return cls(path)

    def predict_sentence(self, tokens: list[str]) -> list[str]:
        return self._tagger.tag(sentence_features(tokens)) if tokens else []

    def predict(self, sentences: list[list[str]]) -> list[list[str]]:
        return [self.predict_sentence(tokens) for tokens in sentences]


def spans_from_tags(tags: list[str]) -> list[tuple[int, int, str]]:
    """BIO tags -> (first token, token after the last, type); an I- after O starts an entity
    (the CoNLL convention)."""
    spans = []
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, this = tag.partition("-")
        if start is not None and (prefix != "I" or this != kind):
            spans.append((start, i, kind))
            start = kind = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, this
    return spans
