"""Does the news annotated under the gold guide (eval/ner_train) help the NER model, and does
more of it help more? Grouped 5-fold cross-validation over its articles: each fold's models
are trained on the ANERcorp train split plus the other folds' articles (all of them, or only
those of the first rounds), and scored, with the document pass, on the held-out articles,
beside a model trained on ANERcorp alone. Entity-level exact match, CoNLL convention
(eval/ner.score).

    python train/ner_news_cv.py [--folds 5] [--jobs 2] [--compare alone,first,two,three,all]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "eval" / "ner_train"))

from annotation import articles, conll_sentences  # noqa: E402
from ner import score  # noqa: E402
from ner_crf import train_crf  # noqa: E402

from riwaya.ner import NERecognizer  # noqa: E402
from riwaya.ner.conll import read_conll  # noqa: E402

DATASETS = ROOT.parent / "shared" / "datasets"
SEED = 7
ROUND_ENDS = (8, 16, 24, 32, 40, 48)
"""The last batch of each annotation round (eval/ner_train/draw.py)."""


def rounds(count: int) -> set[str]:
    """The batches of the first ``count`` rounds."""
    return {f"n{n}" for n in range(1, ROUND_ENDS[count - 1] + 1)}


TRAININGS = {"alone": ("ANERcorp alone", set()), "first": ("+ news, round 1", rounds(1)),
             "two": ("+ news, rounds 1-2", rounds(2)), "three": ("+ news, rounds 1-3", rounds(3)),
             "four": ("+ news, rounds 1-4", rounds(4)), "five": ("+ news, rounds 1-5", rounds(5)),
             "all": ("+ news, all", None)}
"""What each compared model adds to ANERcorp: its name and the batches it may learn from
(None: all)."""


def folds(rows: list, k: int) -> list[list]:
    order = sorted(rows, key=lambda r: r[1]["sha1"])
    random.Random(SEED).shuffle(order)
    return [order[i::k] for i in range(k)]


def tag_articles(recognizer: NERecognizer, rows: list[dict]) -> tuple[list, list]:
    gold, predicted = [], []
    for row in rows:
        sentences = conll_sentences([row])
        predicted += recognizer.predict_document([[t for t, _ in s] for s in sentences])
        gold += [[tag for _, tag in s] for s in sentences]
    return gold, predicted


def run_fold(args: tuple[int, int, str]) -> tuple[str, dict]:
    """The F1 of one training on one fold's held-out articles."""
    fold, k, training = args
    parts = folds(articles(), k)
    allowed = TRAININGS[training][1]
    news = [row for i, part in enumerate(parts) if i != fold for batch, row in part
            if allowed is None or batch in allowed]
    sentences = read_conll(DATASETS / "anercorp" / "train.txt") + conll_sentences(news)
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "fold.crfsuite"
        train_crf(sentences, model)
        return training, score(*tag_articles(NERecognizer(model), [row for _, row in parts[fold]]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--compare", default="alone,first,all",
                        help=f"the trainings compared, of {','.join(TRAININGS)}")
    args = parser.parse_args()
    compared = args.compare.split(",")
    tasks = [(i, args.folds, training) for training in compared for i in range(args.folds)]
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(run_fold, tasks))
    rows = articles()
    per_round = ", ".join(f"{sum(b in rounds(n) for b, _ in rows)}" for n in range(1, len(ROUND_ENDS)))
    print(f"news articles: {len(rows)} (in the first 1, 2, ... rounds: {per_round}), {args.folds} folds; "
          "mean F1 over the folds")
    print(f"{'type':<8}" + "".join(f"{TRAININGS[name][0]:>22}" for name in compared))
    for kind in results[0][1]:
        means = [sum(r[kind][2] for t, r in results if t == name) / args.folds for name in compared]
        print(f"{kind:<8}" + "".join(f"{m:>22.3f}" for m in means))


if __name__ == "__main__":
    main()
