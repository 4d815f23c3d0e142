"""Train the source-kind classifier (``riwaya.analyze.source_kinds``) from hand-annotated
sources and write it into the package.

    python train/source_kinds.py [--folds 5]

Data: the articles the speaker ranker learns from (eval/quotes_gold.jsonl and
eval/quotes_train/b*.jsonl, offsets only; texts from ../shared/datasets). Each article is
analysed up to its entities and the quote finder runs; every holder phrase it reads (a
speaker candidate of any rule, a headline's speaker, a relayed source) that overlaps an
annotated source or speaker is one example, labelled with that annotation's kind. A
multinomial logistic regression over ``holder_features`` is fitted; C and the least count a
first word needs to be a feature of its own are chosen by cross-validation grouped by article,
by the anonymous kind's F1 (the kind a reader is warned by; then accuracy), beside the rules'.
Train this before ``train/speakers.py``: the ranker reads a candidate's kind.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "train"))
from quotes import gold_text, overlap  # noqa: E402
from speakers import annotated_articles  # noqa: E402

from riwaya.analyze.source_kinds import KINDS, MODEL_FILE, holder_features  # noqa: E402
from riwaya.analyze.stages import ENTITIES, SENTENCES  # noqa: E402
from riwaya.model import Article  # noqa: E402
from riwaya.models.linear import saved_form  # noqa: E402

quotes = importlib.import_module("riwaya.analyze.quotes")
MODEL = ROOT / "src" / "riwaya" / "models" / MODEL_FILE
CS = (0.1, 0.3, 1.0, 3.0)
LEAST_COUNTS = (3, 5, 10, 10**9)
"""A first word is a feature of its own when training met it this often (10**9: never)."""


def examples(item: dict) -> list[tuple[dict[str, float], str, str]]:
    """(features, the rules' kind, the annotated kind) of each holder phrase the quote finder
    reads in the article that overlaps an annotated source or speaker."""
    article = Article(gold_text(item))
    for stage in (SENTENCES, ENTITIES):
        stage.run(article)
    seen = {}
    original, decide = quotes.holder_of, quotes.learned_kind

    def spy(folded, span, mentions):
        holder = original(folded, span, mentions)
        seen[span.start, span.end] = holder
        return holder

    quotes.holder_of, quotes.learned_kind = spy, lambda holder: holder.rule
    try:
        quotes.find_quotes(article.text, article.sentences, article.entities, article.tokens)
    finally:
        quotes.holder_of, quotes.learned_kind = original, decide
    gold = [(s["start"], s["end"], s["kind"]) for s in item["sources"]]
    gold += [(*q["speaker"], q["speaker_kind"]) for q in item["quotes"] if q["speaker"]]
    found = []
    for span, holder in seen.items():
        best = max(gold, key=lambda g: overlap(span, g[:2]), default=None)
        if best is not None and overlap(span, best[:2]) > 0:
            found.append((holder_features(holder), holder.rule, best[2]))
    return found


def vocabulary(rows: list[dict[str, float]], least: int) -> list[str]:
    """The feature names: every general one, and the first words met ``least`` times."""
    counts = Counter(name for row in rows for name in row)
    return sorted(name for name, n in counts.items() if not name.startswith("word=") or n >= least)


def fit(rows, labels, least: int, c: float):
    names = vocabulary(rows, least)
    x = np.array([[row.get(name, 0.0) for name in names] for row in rows])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=3000).fit((x - mean) / scale, labels)
    return names, mean, scale, model


def predict(weights, rows) -> list[str]:
    names, mean, scale, model = weights
    x = np.array([[row.get(name, 0.0) for name in names] for row in rows])
    return list(model.predict((x - mean) / scale))


def figures(predicted: list[str], gold: list[str]) -> tuple[float, float, float, float]:
    """Accuracy, and the anonymous kind's precision, recall and F1."""
    right = sum(p == g for p, g in zip(predicted, gold))
    both = sum(p == g == "anonymous" for p, g in zip(predicted, gold))
    precision = both / max(1, predicted.count("anonymous"))
    recall = both / max(1, gold.count("anonymous"))
    return right / len(gold), precision, recall, 2 * precision * recall / max(1e-9, precision + recall)


def shown(scores: tuple[float, float, float, float]) -> str:
    return "accuracy {:.3f}, anonymous P {:.3f} R {:.3f} F1 {:.3f}".format(*scores)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    unique = annotated_articles()
    rows, rules, labels, groups = [], [], [], []
    for n, item in enumerate(unique):
        for row, rule, label in examples(item):
            rows.append(row)
            rules.append(rule)
            labels.append(label)
            groups.append(n)
    print(f"{len(unique)} articles, {len(rows)} holder phrases: {dict(Counter(labels))}")
    rule_figures = figures(rules, labels)
    print("the rules:", shown(rule_figures))
    folds = list(GroupKFold(n_splits=args.folds).split(rows, groups=groups))
    best = None
    for least in LEAST_COUNTS:
        for c in CS:
            predicted = [""] * len(rows)
            for train, test in folds:
                weights = fit([rows[i] for i in train], [labels[i] for i in train], least, c)
                for i, kind in zip(test, predict(weights, [rows[i] for i in test])):
                    predicted[i] = kind
            scores = figures(predicted, labels)
            print(f"words met {least}+, C={c}:", shown(scores))
            if best is None or (scores[3], scores[0]) > (best[2][3], best[2][0]):
                best = (least, c, scores)
    least, c, scores = best
    names, mean, scale, model = fit(rows, labels, least, c)
    order = [list(model.classes_).index(kind) for kind in KINDS]
    MODEL.write_text(json.dumps(saved_form(
        names, mean, scale, model.coef_[order], model.intercept_[order], format="riwaya.source-kinds/1",
        classes=list(KINDS), C=c, least_word_count=least, articles=len(unique), examples=len(rows),
        cv_accuracy=round(scores[0], 4), cv_anonymous_f1=round(scores[3], 4),
        cv_rules=round(rule_figures[0], 4), cv_rules_anonymous_f1=round(rule_figures[3], 4)),
        indent=1) + "\n", encoding="utf-8")
    print(f"wrote {MODEL.relative_to(ROOT)}: words met {least}+, C={c}, cross-validated accuracy "
          f"{scores[0]:.3f} against the rules' {rule_figures[0]:.3f}")


if __name__ == "__main__":
    main()
