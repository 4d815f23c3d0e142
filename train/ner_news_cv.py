"""Does the news annotated under the gold guide (eval/ner_train) help the NER model? Grouped
5-fold cross-validation over its articles: each fold's model is trained on the ANERcorp train
split plus the other folds' articles (``--copies`` times each), and scored, with its document
pass, on the held-out articles; the shipped model (ANERcorp alone) is scored on the same
articles. Entity-level exact match, CoNLL convention (eval/ner.score).

    python train/ner_news_cv.py [--copies 1] [--folds 5] [--jobs 2]
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


def folds(rows: list[dict], k: int) -> list[list[dict]]:
    order = sorted(rows, key=lambda r: r["sha1"])
    random.Random(SEED).shuffle(order)
    return [order[i::k] for i in range(k)]


def tag_articles(recognizer: NERecognizer, rows: list[dict]) -> tuple[list, list]:
    gold, predicted = [], []
    for row in rows:
        sentences = conll_sentences([row])
        predicted += recognizer.predict_document([[t for t, _ in s] for s in sentences])
        gold += [[tag for _, tag in s] for s in sentences]
    return gold, predicted


def run_fold(args: tuple[int, int, int]) -> tuple[dict, dict]:
    fold, k, copies = args
    parts = folds(articles(), k)
    held = parts[fold]
    train_rows = [r for i, part in enumerate(parts) if i != fold for r in part]
    sentences = read_conll(DATASETS / "anercorp" / "train.txt") + conll_sentences(train_rows) * copies
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "fold.crfsuite"
        train_crf(sentences, model)
        new = score(*tag_articles(NERecognizer(model), held))
    shipped = score(*tag_articles(NERecognizer.pretrained(), held))
    return shipped, new


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(run_fold, [(i, args.folds, args.copies) for i in range(args.folds)]))
    print(f"news articles: {len(articles())}, {args.folds} folds, news copies {args.copies}")
    print(f"{'type':<8}{'ANERcorp alone F1':>19}{'with news F1':>14}   (mean over folds)")
    for kind in results[0][0]:
        old = sum(r[0][kind][2] for r in results) / len(results)
        new = sum(r[1][kind][2] for r in results) / len(results)
        print(f"{kind:<8}{old:>19.3f}{new:>14.3f}")


if __name__ == "__main__":
    main()
