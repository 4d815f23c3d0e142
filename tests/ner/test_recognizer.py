"""The tagger over sentences of any length."""

from __future__ import annotations

from riwaya.ner import NERecognizer
from riwaya.ner.recognizer import WINDOW_TOKENS


class CountingTagger:
    """Stands in for crfsuite: tags every token O and keeps the length of each call."""

    def __init__(self):
        self.lengths = []

    def tag(self, features):
        self.lengths.append(len(features))
        return ["O"] * len(features)


def test_a_run_on_sentence_is_tagged_in_bounded_windows():
    recognizer = NERecognizer.pretrained()
    recognizer._tagger = CountingTagger()
    tokens = ["قال", "المتحدث", "إن", "الوفد", "وصل"] * 700  # 3,500 tokens, one sentence
    assert len(recognizer.predict_sentence(tokens)) == len(tokens)
    assert max(recognizer._tagger.lengths) <= WINDOW_TOKENS


def test_windows_keep_the_tags_of_a_short_sentence():
    assert NERecognizer.pretrained().predict_sentence(["قال", "كيفن", "كوبسي"]) == ["O", "B-PER", "I-PER"]
