"""Precision of the conflicts riwaya reports in real multi-outlet stories: no gold set of
conflicts exists for Arabic news, and a false conflict is the costliest mistake the
cross-check can make, so a person reads each one and the verdicts are kept.

    python eval/conflicts.py [--db STORE] [--stories 40] [--seed 31] [--verdicts FILE] [--shard K/N]
                             [--sizes 2-6] [--unread]

SaudiNewsNet (../shared/datasets/saudinewsnet, 31,030 articles of 14 outlets) is ingested into
a temporary store (or the one given with --db). Stories of 2-6 articles (``--sizes``) from two
outlets or more are drawn at random (with ``--unread``, none holding an article a verdict
names); each is cross-checked as `riwaya story` does. Every conflict found
is looked up in the verdicts file (eval/conflicts_verdicts.jsonl: the two articles' URLs, the
claims' start offsets, the check and the verdict with a short reason; no article text).
Both tiers are read: ``conflict`` and ``verify`` (a kind of clash earlier reads found mostly
false, shown apart; ``riwaya.compare.tiers``). Prints each tier's precision over its judged
reasons with the Wilson interval, how many the verdicts call right that are no longer found,
and every reason not yet judged, with its tier and both claims, for a person to judge.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sqlite3
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from saudinewsnet import ingest_all  # noqa: E402

from riwaya.crosscheck import compare  # noqa: E402
from riwaya.store import open_store  # noqa: E402

VERDICTS = ROOT / "eval" / "conflicts_verdicts.jsonl"
TIERS = ("conflict", "verify")
"""The two tiers of clashes (``riwaya.compare.tiers``), each read and scored on its own."""


def sampled_conflicts(store, stories: int, seed: int, shard: tuple[int, int] = (0, 1),
                      sizes: tuple[int, int] = (2, 6), skip: frozenset[int] = frozenset()
                      ) -> tuple[list[int], list[dict]]:
    """(the story ids drawn, one dict per conflict reason: its key, story, reason and claims);
    ``shard`` (k, n) keeps every n-th drawn story from the k-th, so that n processes share one
    large draw; ``sizes`` bounds the stories' article counts; the stories of ``skip`` are
    never drawn."""
    smallest, largest = sizes
    candidates = [story for story in store.stories(limit=10**7)
                  if smallest <= story.size <= largest and len(story.outlets) > 1 and story.id not in skip]
    k, n = shard
    drawn = random.Random(seed).sample(candidates, min(stories, len(candidates)))[k::n]
    found = []
    for story in drawn:
        report = compare(store.story_articles(story.id)).to_dict()
        for alignment, first, second, reason, key in clash_reasons(report, TIERS):
            found.append({"story": story.id, "tier": alignment["relation"], "reason": reason,
                          "first": first["text"], "second": second["text"], "key": key})
    return [story.id for story in drawn], found


def clash_reasons(report: dict, relations: tuple[str, ...] | None = None) -> Iterator[tuple]:
    """(alignment, first claim, second claim, reason, verdict key) for every reason of the
    report's alignments (of ``relations`` only, when given)."""
    urls = {article["id"]: article["url"] for article in report["articles"]}
    claims = {claim["id"]: claim for claim in report["claims"]}
    for alignment in report["alignments"]:
        if relations is not None and alignment["relation"] not in relations:
            continue
        first, second = (claims[c] for c in alignment["claims"])
        for reason in alignment["reasons"]:
            yield alignment, first, second, reason, {
                "a": urls[first["article"]], "a_start": first["start"], "b": urls[second["article"]],
                "b_start": second["start"], "check": check_of(reason)}


def wilson(right: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson interval of a share ``right`` of ``n``."""
    if not n:
        return 0.0, 1.0
    p = right / n
    middle = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, middle - half), min(1.0, middle + half)


def check_of(reason: str) -> str:
    """The check a reason comes from: its first two words («الرقم مختلف»)."""
    return " ".join(reason.replace(":", "").split()[:2])


def key_text(key: dict) -> str:
    return json.dumps([key[field] for field in ("a", "a_start", "b", "b_start", "check")], ensure_ascii=False)


def read_verdicts(path: Path) -> dict[str, dict]:
    verdicts = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                verdict = json.loads(line)
                verdicts[key_text(verdict)] = verdict
    return verdicts


def read_stories(db: str, verdicts: dict[str, dict]) -> frozenset[int]:
    """The stories of the store ``db`` that hold an article a verdict names."""
    urls = {v[side] for v in verdicts.values() for side in ("a", "b")}
    rows = sqlite3.connect(db).execute("SELECT url, story_id FROM articles")
    return frozenset(story for url, story in rows if url in urls)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="read stories from this store instead of ingesting SaudiNewsNet")
    parser.add_argument("--stories", type=int, default=40)
    parser.add_argument("--seed", type=int, default=31)
    parser.add_argument("--verdicts", type=Path, default=VERDICTS)
    parser.add_argument("--shard", default="0/1", help="K/N: read every N-th drawn story from the K-th")
    parser.add_argument("--sizes", default="2-6", help="MIN-MAX articles of the stories drawn; reads "
                        "before 2026-12-07 drew 2-6 only, so larger stories are unread")
    parser.add_argument("--unread", action="store_true", help="draw no story holding an article "
                        "any verdict names: a read blind to every story earlier reads judged")
    args = parser.parse_args()
    shard = tuple(int(part) for part in args.shard.split("/"))
    sizes = tuple(int(part) for part in args.sizes.split("-"))
    verdicts = read_verdicts(args.verdicts)
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or ingest_all(Path(folder))[0]
        skip = read_stories(db, verdicts) if args.unread else frozenset()
        with open_store(db) as store:
            drawn, found = sampled_conflicts(store, args.stories, args.seed, shard, sizes, skip)
    unjudged = [f for f in found if key_text(f["key"]) not in verdicts]
    found_keys = {key_text(f["key"]) for f in found}
    print(f"SaudiNewsNet: {len(drawn)} random stories of {args.sizes} articles from 2+ outlets "
          f"(seed {args.seed}, shard {args.shard}); "
          f"{len(found)} conflict reasons in {len({f['story'] for f in found})} stories")
    for check, count in Counter(f["key"]["check"] for f in found).most_common():
        print(f"  {count:4d}  {check}")
    for tier in TIERS:
        verdicts_of = [verdicts[key_text(f["key"])] for f in found
                       if f["tier"] == tier and key_text(f["key"]) in verdicts]
        right = sum(v["right"] for v in verdicts_of)
        if verdicts_of:
            low, high = wilson(right, len(verdicts_of))
            print(f"{tier}: judged {len(verdicts_of)}: {right} right, {len(verdicts_of) - right} false; "
                  f"precision {right / len(verdicts_of):.2f} (Wilson 95 % {low:.2f}-{high:.2f})")
        for verdict in verdicts_of:
            print(f"  {'right' if verdict['right'] else 'false'}: {verdict['check']}: {verdict['why']}")
    lost = [v for key, v in verdicts.items() if v["right"] and v.get("seed") == args.seed
            and key not in found_keys]
    print(f"right conflicts of this sample no longer found: {len(lost)}")
    print(f"not judged yet: {len(unjudged)}")
    for f in unjudged:
        print(f"\nstory {f['story']} ({f['tier']}): {f['reason']}\n    {f['first'][:200]}"
              f"\n    {f['second'][:200]}\n    {json.dumps(f['key'], ensure_ascii=False)}")


if __name__ == "__main__":
    main()
