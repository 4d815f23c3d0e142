"""Fit the conflict tiers (``riwaya.compare.tiers``) from the blind-read verdicts and write them
into the package.

    python train/conflict_tiers.py [--db STORE]

Data: eval/conflicts_verdicts.jsonl, a person's verdict on each conflict reason riwaya reported
in random SaudiNewsNet stories (``eval/conflicts.py``): the two articles' URLs, the claims'
offsets, the check, right or false. Rules were fixed after most reads, so a verdict counts only
where the current code still reports that reason: every story holding a judged pair is
compared again (SaudiNewsNet is ingested into a temporary store, or --db is read), and each
reason it reports that a verdict covers is one example of its kind of clash (number, unit,
denial, date, place). The share right per kind, with its 95 % Wilson interval, is the tier
table: a kind is demoted to a discrepancy to verify when the reads show that fewer than
TRUSTED of its reasons are right (the interval's top lies below it); a kind judged too seldom
to show that stays a conflict.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "bench"))
from conflicts import VERDICTS, check_of, clash_reasons, key_text, read_stories, read_verdicts, wilson  # noqa: E402
from saudinewsnet import ingest_all  # noqa: E402

from riwaya.compare.tiers import MODEL_FILE  # noqa: E402
from riwaya.crosscheck import compare  # noqa: E402
from riwaya.report.wording import CONFLICT_REASONS  # noqa: E402
from riwaya.store import open_store  # noqa: E402

MODEL = ROOT / "src" / "riwaya" / "models" / MODEL_FILE
TRUSTED = 0.5
LARGEST_STORY = 8
"""The reads drew stories of 2-6 articles; one the store has grown past this is not compared."""
KIND_OF_CHECK = {check_of(template): kind for kind, template in CONFLICT_REASONS.items()}


def reported_reasons(db: str, verdicts: dict[str, dict]) -> set[str]:
    """The verdict keys of every conflict reason the current code reports in the stories that
    hold an article a verdict names."""
    found = set()
    with open_store(db) as store:
        for story in sorted(read_stories(db, verdicts)):
            articles = store.story_articles(story)
            if len(articles) > LARGEST_STORY:
                continue
            report = compare(articles).to_dict()
            found.update(key_text(key) for *_, key in clash_reasons(report))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="a store holding all of SaudiNewsNet (else one is ingested)")
    args = parser.parse_args()
    verdicts = read_verdicts(VERDICTS)
    with tempfile.TemporaryDirectory() as folder:
        found = reported_reasons(args.db or ingest_all(Path(folder))[0], verdicts)
    judged, right = Counter(), Counter()
    for key, verdict in verdicts.items():
        kind = KIND_OF_CHECK.get(verdict["check"])
        if key in found and kind is not None:
            judged[kind] += 1
            right[kind] += verdict["right"]
    kinds = {}
    for kind in CONFLICT_REASONS:
        low, high = wilson(right[kind], judged[kind])
        share = right[kind] / judged[kind] if judged[kind] else None
        kinds[kind] = {"judged": judged[kind], "right": right[kind], "share": share and round(share, 3),
                       "wilson_95": [round(low, 3), round(high, 3)],
                       "tier": "verify" if high < TRUSTED else "conflict"}
        print(f"{kind:8s} judged {judged[kind]:3d} right {right[kind]:3d} -> {kinds[kind]['tier']}")
    MODEL.write_text(json.dumps({"format": "riwaya.conflict-tiers/1", "trusted": TRUSTED,
                                 "verdicts": len(verdicts),
                                 "still_reported": sum(judged.values()), "kinds": kinds},
                                ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {MODEL.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
