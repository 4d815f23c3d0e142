"""The NER model: a linear-chain CRF (crfsuite) over ``features``; the model file ships in
``riwaya/models`` with its model card."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pycrfsuite

from .clusters import word_clusters
from .document import propagate_names
from .features import sentence_features

ENTITY_TYPES = ("PER", "LOC", "ORG", "MISC")
MODEL_FILE = "ner.crfsuite"
WINDOW_TOKENS = 500
"""The most tokens tagged at once: the CRF's memory grows with the sentence (800 MB for a 1 MB
line with no full stop, given whole); ANERcorp's longest test sentence has 146 tokens, so real
sentences are tagged whole."""


class NERecognizer:
    """Tags tokens with B-/I-PER, LOC, ORG, MISC or O.

        >>> NERecognizer.pretrained().predict_sentence(["قال", "كيفن", "كوبسي"])
        ['O', 'B-PER', 'I-PER']
    """

    def __init__(self, path: Path):
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        word_clusters()  # read the cluster table now, not inside the first sentence

    @classmethod
    def pretrained(cls) -> NERecognizer:
        with resources.as_file(resources.files("riwaya.models") / MODEL_FILE) as path:
            return cls(path)

    def predict_sentence(self, tokens: list[str]) -> list[str]:
        """The tags of one sentence, a run-on one in windows of ``WINDOW_TOKENS``."""
        return [tag for start in range(0, len(tokens), WINDOW_TOKENS)
                for tag in self._tagger.tag(sentence_features(tokens[start : start + WINDOW_TOKENS]))]

    def predict(self, sentences: list[list[str]]) -> list[list[str]]:
        return [self.predict_sentence(tokens) for tokens in sentences]

    def predict_document(self, sentences: list[list[str]]) -> list[list[str]]:
        """The sentences of one article, tagged one by one, then made consistent: a name
        found in one sentence is tagged where it stands untagged in the others."""
        return propagate_names(sentences, self.predict(sentences))
