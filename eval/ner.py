"""Entity-level exact-match precision, recall and F1 per type and overall (CoNLL convention)
on the ANERcorp test split (../shared/datasets/anercorp/test.txt): the model sentence by
sentence, the model with its document pass (names made consistent across an article), then the
product's mentions (the document pass post-edited with the gazetteers, titles trimmed).

ANERcorp keeps no article boundaries: blocks of 20 consecutive sentences (~540 tokens, a news
article's length) stand in for articles.

    python eval/ner.py [MODEL_FILE]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from riwaya.analyze.entities import post_edit, trim_name
from riwaya.model import Token
from riwaya.ner import ENTITY_TYPES, NERecognizer, spans_from_tags
from riwaya.ner.conll import read_conll

TEST = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "anercorp" / "test.txt"
DOCUMENT_SENTENCES = 20
MODES = {"sentence": "the model alone, sentence by sentence",
         "document": "the model with its document pass",
         "product": "mentions as the product makes them"}


def score(gold_tags: list[list[str]],
          predicted_tags: list[list[str]]) -> dict[str, tuple[float, float, float, int]]:
    """Per type and "overall": (precision, recall, F1, gold count)."""
    right, found, gold = Counter(), Counter(), Counter()
    for expected, predicted in zip(gold_tags, predicted_tags):
        expected_spans = set(spans_from_tags(expected))
        predicted_spans = set(spans_from_tags(predicted))
        for spans, counter in ((expected_spans, gold), (predicted_spans, found),
                               (expected_spans & predicted_spans, right)):
            for *_, kind in spans:
                counter[kind] += 1
                counter["overall"] += 1
    results = {}
    for kind in (*ENTITY_TYPES, "overall"):
        p = right[kind] / found[kind] if found[kind] else 0.0
        r = right[kind] / gold[kind] if gold[kind] else 0.0
        results[kind] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, gold[kind])
    return results


def score_model(model: Path | None = None, mode: str = "document") -> dict:
    """Tag the test split in one of ``MODES``, print the scores and return them."""
    sentences = read_conll(TEST)
    recognizer = NERecognizer(model) if model else NERecognizer.pretrained()
    predicted = tag_test(recognizer, [[token for token, _ in s] for s in sentences], mode)
    if mode == "product":
        predicted = [post_edited(s, tags) for s, tags in zip(sentences, predicted)]
    results = score([[tag for _, tag in s] for s in sentences], predicted)
    print(f"ANERcorp test: {len(sentences)} sentences, {sum(len(s) for s in sentences)} tokens; "
          + MODES[mode])
    print(f"{'type':<8}{'precision':>10}{'recall':>8}{'F1':>7}{'gold':>7}")
    for kind, (p, r, f, n) in results.items():
        print(f"{kind:<8}{p:>10.3f}{r:>8.3f}{f:>7.3f}{n:>7}")
    return results


def tag_test(recognizer: NERecognizer, sentences: list[list[str]], mode: str) -> list[list[str]]:
    """Sentence by sentence, or by blocks of ``DOCUMENT_SENTENCES`` taken as articles."""
    if mode == "sentence":
        return recognizer.predict(sentences)
    return [tags for start in range(0, len(sentences), DOCUMENT_SENTENCES)
            for tags in recognizer.predict_document(sentences[start : start + DOCUMENT_SENTENCES])]


def post_edited(sentence: list[tuple[str, str]], tags: list[str]) -> list[str]:
    """The model's tags after the product's gazetteer edits and title trimming."""
    tokens, at = [], 0
    for text, _ in sentence:
        kind = "word" if any(ch.isalpha() for ch in text) else "number" if text.isdigit() else "punct"
        tokens.append(Token(at, at + len(text), text, kind))
        at += len(text) + 1
    out = ["O"] * len(tokens)
    for first, after, kind in post_edit(tokens, spans_from_tags(tags)):
        trimmed = trim_name(tokens, first, after, kind)
        if trimmed:
            _, start, end = trimmed
            out[start:end] = [f"B-{kind}"] + [f"I-{kind}"] * (end - start - 1)
    return out


if __name__ == "__main__":
    model_file = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    for each in MODES:
        score_model(model_file, each)
