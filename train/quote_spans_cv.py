"""Issue 21's question for quote spans: does a learned sequence tagger find them better than the
rules? Prints quote-span precision, recall and F1 (overlap, matched one to one as in
eval/quotes.py) under cross-validation grouped by article, for the rules alone and for a CRF
over the tokens, with and without the rules' own spans and cues among its features.

    python train/quote_spans_cv.py [--folds 5]

Data: the same hand-annotated quotes as the speaker ranker (eval/quotes_gold.jsonl and
eval/quotes_train/b*.jsonl), offsets only; the texts are read from ../shared/datasets. Each token
of a sentence is tagged B (the first token of a quote's content), I (inside) or O. The rules need
no training, so their figure is over all the articles at once. Nothing is written: the shipped
quote stage keeps the spans of whichever measures better, and the model card of the speaker
ranker (src/riwaya/models/speakers.md) records the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
import pycrfsuite
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "train"))
from quotes import gold_text, overlap  # noqa: E402
from speakers import GOLD  # noqa: E402

from riwaya.analyze.stages import ENTITIES, QUOTES, SENTENCES  # noqa: E402
from riwaya.analyze.words import word  # noqa: E402
from riwaya.model import Article  # noqa: E402

OPENING, CLOSING = set("«\"“'"), set("»\"”'")


def tags(tokens, spans) -> list[str]:
    """B, I or O for each token against (start, end) spans."""
    out = []
    for token in tokens:
        inside = [s for s in spans if s[0] < token.end and token.start < s[1]]
        out.append("O" if not inside else "B" if token.start <= inside[0][0] or
                   (out and out[-1] == "O") else "I")
    return out


def token_features(tokens, rule_tags, cues, with_rules: bool) -> list[list[str]]:
    """Each token's features: its word, stem, roles and marks, its neighbours' words, and where
    ``with_rules``, the rules' tag and cue for it and its neighbours."""
    analysed = [word(t.text) for t in tokens]
    depth, rows = 0, []
    for i, (token, w) in enumerate(zip(tokens, analysed)):
        depth += token.text in OPENING and token.text not in CLOSING
        row = [f"w={w.norm}", f"stem={w.stem}", f"core={w.core}", f"kind={token.kind}",
               f"depth={min(depth, 2)}", f"pos={min(i, 6)}"] + [f"role={r}" for r in sorted(w.roles)]
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < len(tokens):
                row += [f"{d}:w={analysed[j].norm}", f"{d}:stem={analysed[j].stem}"]
                row += [f"{d}:role={r}" for r in sorted(analysed[j].roles)]
            else:
                row.append(f"{d}:edge")
        if with_rules:
            for d in (-1, 0, 1):
                j = i + d
                if 0 <= j < len(tokens):
                    row += [f"{d}:rule={rule_tags[j]}", f"{d}:cue={j in cues}"]
        depth -= token.text in CLOSING and token.text not in OPENING
        rows.append(row)
    return rows


def article_data(item: dict):
    """The article's sentences as (tokens, gold tags, rule tags, rule cue indexes), with the
    gold and the rules' quote spans."""
    article = Article(gold_text(item))
    for stage in (SENTENCES, ENTITIES, QUOTES):
        stage.run(article)
    gold = [(q["start"], q["end"]) for q in item["quotes"]]
    rules = [(q.start, q.end) for q in article.quotes]
    cue_spans = [(q.cue.start, q.cue.end) for q in article.quotes if q.cue]
    sentences = []
    for tokens in article.tokens:
        if tokens:
            cues = {i for i, t in enumerate(tokens) if any(overlap((t.start, t.end), c) for c in cue_spans)}
            sentences.append((tokens, tags(tokens, gold), tags(tokens, rules), cues))
    return sentences, gold, rules


def spans_of(tokens, labels) -> list[tuple[int, int]]:
    out = []
    for token, label in zip(tokens, labels):
        if label == "B" or (label == "I" and not out):
            out.append([token.start, token.end])
        elif label == "I":
            out[-1][1] = token.end
    return [tuple(s) for s in out]


def counts(predicted, gold) -> tuple[int, int, int]:
    """(matched, predicted, gold): each predicted span takes the gold span it overlaps most."""
    taken, matched = set(), 0
    for p in predicted:
        best = max(((overlap(p, g), n) for n, g in enumerate(gold) if n not in taken), default=(0, None))
        if best[0] > 0:
            taken.add(best[1])
            matched += 1
    return matched, len(predicted), len(gold)


def prf(total) -> str:
    m, p, g = total
    precision, recall = m / max(p, 1), m / max(g, 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}"


def crf_counts(data, train, test, with_rules: bool) -> dict[int, np.ndarray]:
    trainer = pycrfsuite.Trainer(verbose=False)
    for n in train:
        for tokens, gold_tags, rule_tags, cues in data[n][0]:
            trainer.append(token_features(tokens, rule_tags, cues, with_rules), gold_tags)
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True})
    found = {}
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "spans.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        for n in test:
            predicted = []
            for tokens, _, rule_tags, cues in data[n][0]:
                predicted += spans_of(tokens, tagger.tag(token_features(tokens, rule_tags, cues, with_rules)))
            found[n] = np.array(counts(predicted, data[n][1]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    items = [json.loads(line) for path in GOLD for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    unique = list({item["sha1"]: item for item in items}.values())
    data = [article_data(item) for item in unique]
    # the dev set's articles are the ones the rules were written from
    dev = {json.loads(line)["sha1"] for line in GOLD[0].read_text(encoding="utf-8").splitlines() if line}
    unseen = [n for n, item in enumerate(unique) if item["sha1"] not in dev]
    print(f"{len(data)} articles, {sum(len(d[1]) for d in data)} quotes; {len(unseen)} articles the rules "
          "were not written from")
    print(f"{'':<38}{'all articles':<32}not written from")
    rules = {n: np.array(counts(d[2], d[1])) for n, d in enumerate(data)}
    folds = list(GroupKFold(n_splits=args.folds).split(np.zeros(len(data)), groups=range(len(data))))
    for name, found in [("rules alone", rules)] + [
        (name, {n: c for train, test in folds for n, c in crf_counts(data, train, test, with_rules).items()})
        for with_rules, name in ((False, "CRF, words only"), (True, "CRF, words + the rules' tags and cues"))
    ]:
        every = sum(found.values())
        print(f"{name:<38}{prf(every):<32}{prf(sum(found[n] for n in unseen))}")

if __name__ == "__main__":
    main()
