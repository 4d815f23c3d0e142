"""How well the store's online clustering tells same-story pairs from different ones, and what
it makes of a real multi-outlet stream.

    python eval/clustering.py [--db STORE] [--sample 10] [--seed 1]

0. The gold corpus's candidate pairs (eval/gold/candidates.jsonl: SaudiNewsNet articles of two
   outlets within a week, labelled same story or not): each split's articles ingested into one
   store in publication order, as eval/crosscheck.py does; P, R and F1 of "same story".
1. SemEval-2022 Task 8 Arabic pairs (../shared/datasets/semeval2022_ar/dev.csv): pairs with
   Overall <= 1.5 report the same story, >= 3 different ones (pairs between are left out).
   For each pair the first article is offered to a story index holding only the second, as
   the store does; "same story" is whether it joins. Prints precision, recall and F1 of
   "same story", and beside it the best threshold in hindsight on this set (an upper bound,
   not a score).
2. SaudiNewsNet (../shared/datasets/saudinewsnet, 31,030 articles of 14 outlets): ingested
   into a fresh store (or the one given with --db), then the number of stories, their size
   distribution and random multi-outlet stories with their titles, for a human look.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from saudinewsnet import ingest_all  # noqa: E402

sys.path.insert(0, str(ROOT / "eval"))
from crosscheck import story_pairs  # noqa: E402

from riwaya.model import Article  # noqa: E402
from riwaya.store import open_store  # noqa: E402
from riwaya.store.clusters import JOIN_SCORE, StoryIndex, StoryState, story_score  # noqa: E402
from riwaya.store.fingerprint import fingerprint  # noqa: E402

SEMEVAL = ROOT.parent / "shared" / "datasets" / "semeval2022_ar" / "dev.csv"
SIZE_BINS = ((1, 1), (2, 2), (3, 5), (6, 10), (11, 50), (51, 10**9))


def semeval_pairs() -> list[tuple[Article, Article, bool]]:
    csv.field_size_limit(10**8)
    pairs = []
    with SEMEVAL.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            overall = float(row["Overall"])
            if 1.5 < overall < 3:
                continue
            first = Article(row["text1"], title=row["title1"] or None, language=row["lang1"])
            second = Article(row["text2"], title=row["title2"] or None, language=row["lang2"])
            pairs.append((first, second, overall <= 1.5))
    return pairs


def joins(first: Article, second: Article) -> tuple[bool, float]:
    """Whether ``first`` joins a story made of ``second`` alone, and its score."""
    index = StoryIndex(embed_titles=None)
    story = StoryState(1, second.title or "", {}, {})
    story.absorb(fingerprint(second), None, second.language)
    index.add(story)
    first_print = fingerprint(first)
    found, _ = index.best(first_print, None, first.language, "")
    return found is not None, story_score(first_print, story)


def prf(decisions: list[bool], gold: list[bool]) -> tuple[float, float, float]:
    true_positive = sum(d and g for d, g in zip(decisions, gold))
    precision = true_positive / max(1, sum(decisions))
    recall = true_positive / max(1, sum(gold))
    return precision, recall, 2 * precision * recall / max(1e-9, precision + recall)


def evaluate_candidates() -> None:
    for split in ("tune", "test"):
        found, together, true = story_pairs(split)
        precision, recall = found / max(1, together), found / max(1, true)
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        print(f"gold candidate pairs, {split}: {true} same story; "
              f"P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")


def evaluate_pairs() -> None:
    pairs = semeval_pairs()
    gold = [same for _, _, same in pairs]
    results = [joins(first, second) for first, second, _ in pairs]
    precision, recall, f1 = prf([joined for joined, _ in results], gold)
    print(f"SemEval-2022 ar dev: {len(pairs)} pairs ({sum(gold)} same story, "
          f"{len(gold) - sum(gold)} different)")
    print(f"same story (join score >= {JOIN_SCORE}):  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    scores = [score for _, score in results]
    best = max((prf([s >= t for s in scores], gold)[2], t) for t in sorted(set(scores)))
    print(f"best threshold in hindsight on this set: {best[1]:.3f} (F1 {best[0]:.3f}; an upper bound)")


def evaluate_stream(db: str | None, sample: int, seed: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        if db is None:
            db, summary = ingest_all(Path(folder))
            print(f"SaudiNewsNet: {summary}")
        with open_store(db) as store:
            describe(store, sample, seed)


def describe(store, sample: int, seed: int) -> None:
    stories = store.stories(limit=10**7)
    sizes = Counter(story.size for story in stories)
    articles = sum(story.size for story in stories)
    print(f"{len(stories)} stories for {articles} articles; sizes:")
    for low, high in SIZE_BINS:
        count = sum(n for size, n in sizes.items() if low <= size <= high)
        label = str(low) if low == high else f"{low}-{high}" if high < 10**9 else f">{low - 1}"
        print(f"  {label:>6}: {count:6d} stories")
    multi = [story for story in stories if len(story.outlets) > 1]
    print(f"{len(multi)} stories reported by more than one outlet; {min(sample, len(multi))} at random:")
    for story in random.Random(seed).sample(multi, min(sample, len(multi))):
        print(f"- story {story.id}: {story.size} articles, {len(story.outlets)} outlets "
              f"({', '.join(story.outlets)}), {story.first_published} .. {story.last_published}")
        for article in store.story_articles(story.id)[:6]:
            print(f"    [{article.outlet}] {article.title}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="read stories from this store instead of ingesting SaudiNewsNet")
    parser.add_argument("--sample", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    evaluate_candidates()
    evaluate_pairs()
    evaluate_stream(args.db, args.sample, args.seed)


if __name__ == "__main__":
    main()
