"""Train the NER model from ../shared/datasets and write it into the package.

    python train/ner.py [--keep-clusters] [--news-copies 1] [--aqmar] [--c1 0.05] [--c2 0.01]

First the word clusters from unlabeled news (train/ner_clusters.py, SaudiNewsNet plus the words
of the ANERcorp train split; ``--keep-clusters`` reuses the shipped table), then the CRF on the
ANERcorp train split (CAMeL Lab split, 125k tokens; train/ner_crf.py) and the SaudiNewsNet
articles annotated under the gold guide (eval/ner_train, 372k tokens; ``--news-copies 0`` leaves
them out), optionally with AQMAR (Wikipedia). Writes src/riwaya/models/ner-clusters.tsv and
ner.crfsuite, then scores the model on the ANERcorp test split.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "eval" / "ner_train"))
from annotation import articles, conll_sentences  # noqa: E402
from ner import score_model  # noqa: E402
from ner_clusters import build_clusters  # noqa: E402
from ner_crf import train_crf  # noqa: E402

from riwaya.ner.conll import read_conll  # noqa: E402
from riwaya.ner.recognizer import MODEL_FILE  # noqa: E402

DATASETS = ROOT.parent / "shared" / "datasets"
OUTPUT = ROOT / "src" / "riwaya" / "models" / MODEL_FILE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep-clusters", action="store_true",
                        help="reuse the shipped cluster table instead of rebuilding it")
    parser.add_argument("--news-copies", type=int, default=1,
                        help="how many times the annotated SaudiNewsNet articles are added")
    parser.add_argument("--aqmar", action="store_true", help="add AQMAR Wikipedia articles")
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--forget-below", type=int, default=1,
                        help="train without the identity of words seen this many times or fewer")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    started = time.perf_counter()
    if not args.keep_clusters:
        build_clusters()
    sentences = read_conll(DATASETS / "anercorp" / "train.txt")
    if args.news_copies:
        sentences += conll_sentences([row for _, row in articles()]) * args.news_copies
    if args.aqmar:
        for path in sorted((DATASETS / "aqmar" / "corpus").glob("*.txt")):
            sentences += read_conll(path)
    train_crf(sentences, args.output, args.c1, args.c2, args.iterations, args.forget_below)
    print(f"trained on {len(sentences)} sentences, {time.perf_counter() - started:.0f} s in all "
          f"(c1={args.c1}, c2={args.c2}, {args.iterations} iterations, news copies {args.news_copies}, "
          f"aqmar={args.aqmar}, "
          f"forget-below={args.forget_below})")
    print(f"model: {args.output} ({args.output.stat().st_size / 1e6:.1f} MB)")
    score_model(args.output, "sentence")
    score_model(args.output)


if __name__ == "__main__":
    main()
