"""Score `riwaya compare` on Arabic–English pairs written by the team (eval/crosslingual/cases/):
an Arabic report beside an English report of the same invented event, with gold in the team's
reference scorer's format (../shared/eval/README.md).

    python eval/crosslingual.py [--cases DIR] [--examples] [--verify]

Each case folder holds a1.txt (Arabic), a2.txt (English), gold.json and info.json (the day both
were published, and the split: x01-x03, x07-x10 and x17-x22 are `dev`, the ones rules may be
written from; x04-x06 and x11-x16 are `test`, scored in aggregate only). The two reports are
compared as `riwaya compare a1.txt a2.txt --published DATE` compares them and checked with the
same definitions as eval/crosscheck.py, kind by kind; --examples lists the failed checks of dev
cases, --verify runs the reference scorer on each case too.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from crosscheck import Case, compare_set, verify

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "eval" / "crosslingual" / "cases"


def score(cases: Path, split: str, examples: bool, check_reference: bool) -> dict[str, tuple[int, int]]:
    """Per kind: (passed, total) over the split's cases."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for folder in sorted(p for p in cases.iterdir() if (p / "gold.json").exists()):
        info = json.loads((folder / "info.json").read_text(encoding="utf-8"))
        if info.get("split", "test") != split:
            continue
        texts = {name: (folder / f"{name}.txt").read_text(encoding="utf-8") for name in ("a1", "a2")}
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        report = compare_set(texts, gold.get("published") or info["published"])
        checks = Case(report, gold, texts).checks()
        passed = sum(ok for *_, ok in checks)
        print(f"{folder.name}: {passed}/{len(checks)} checks")
        for kind, what, ok in checks:
            for k in (kind, "all checks"):
                tally[k][0] += ok
                tally[k][1] += 1
            if examples and split == "dev" and not ok:
                print(f"  MISS {kind}: {what}")
        if check_reference:
            verify(report, gold, texts, passed, len(checks))
    return {kind: (ok, n) for kind, (ok, n) in tally.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--split", choices=["dev", "test", "both"], default="both")
    parser.add_argument("--examples", action="store_true", help="list every failed check")
    parser.add_argument("--verify", action="store_true", help="check each case against the reference scorer")
    args = parser.parse_args()
    for split in ("dev", "test") if args.split == "both" else (args.split,):
        figures = score(args.cases, split, args.examples, args.verify)
        print(f"{split}\n{'kind':<22}{'passed':>8}{'n':>6}{'share':>8}")
        for kind, (ok, n) in sorted(figures.items(), key=lambda item: item[0] != "all checks"):
            print(f"{kind:<22}{ok:>8}{n:>6}{ok / n:>8.3f}")
        print()


if __name__ == "__main__":
    main()
