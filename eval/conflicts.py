"""The conflicts riwaya reports in real multi-outlet stories, for a human to judge: no gold set
of conflicts exists for Arabic news, and a false conflict is the costliest mistake the
cross-check can make.

    python eval/conflicts.py [--db STORE] [--stories 30] [--seed 21]

SaudiNewsNet (../shared/datasets/saudinewsnet, 31,030 articles of 14 outlets) is ingested into
a temporary store (or the one given with --db). Stories of 2-6 articles from two outlets or
more are drawn at random; each is cross-checked as `riwaya story` does. Prints how many
conflicts each check found and in how many stories, then every conflict with its reason and
the two claims, so that its precision can be counted by hand.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from saudinewsnet import ingest_all  # noqa: E402

from riwaya.compare import compare  # noqa: E402
from riwaya.store import open_store  # noqa: E402


def sampled_conflicts(store, stories: int, seed: int) -> tuple[int, list[tuple[int, str, str, str]]]:
    """(stories drawn, [(story id, reason, first claim, second claim)])."""
    candidates = [story for story in store.stories(limit=10**7)
                  if 2 <= story.size <= 6 and len(story.outlets) > 1]
    drawn = random.Random(seed).sample(candidates, min(stories, len(candidates)))
    found = []
    for story in drawn:
        report = compare(store.story_articles(story.id)).to_dict()
        claims = {claim["id"]: claim["text"] for claim in report["claims"]}
        found += [(story.id, reason, claims[alignment["claims"][0]], claims[alignment["claims"][1]])
                  for alignment in report["alignments"] if alignment["relation"] == "conflict"
                  for reason in alignment["reasons"]]
    return len(drawn), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="read stories from this store instead of ingesting SaudiNewsNet")
    parser.add_argument("--stories", type=int, default=30)
    parser.add_argument("--seed", type=int, default=21)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or ingest_all(Path(folder))[0]
        with open_store(db) as store:
            drawn, found = sampled_conflicts(store, args.stories, args.seed)
    checks = Counter(" ".join(reason.replace(":", "").split()[:2]) for _, reason, _, _ in found)
    print(f"SaudiNewsNet: {drawn} random stories of 2-6 articles from 2+ outlets (seed {args.seed}); "
          f"{len(found)} conflict reasons in {len({story for story, *_ in found})} stories")
    for check, count in checks.most_common():
        print(f"  {count:4d}  {check}")
    for story, reason, first, second in found:
        print(f"\nstory {story}: {reason}\n    {first[:200]}\n    {second[:200]}")


if __name__ == "__main__":
    main()
