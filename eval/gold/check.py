"""Check an annotator's gold.json against its texts: every phrase found, every key defined, the
reference's sentence rule kept; prints the checks it makes, by kind.

    python eval/gold/check.py SET_FOLDER/gold.json      # a1.txt and a2.txt beside it"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from annotation import count_checks, reference_gold, to_offsets


def main() -> None:
    path = Path(sys.argv[1])
    texts = {name: (path.parent / f"{name}.txt").read_text(encoding="utf-8") for name in ("a1", "a2")}
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise SystemExit(f"{path}: not JSON ({error})") from None
    offsets, problems = to_offsets(gold, texts)
    for problem in problems:
        print("PROBLEM", problem)
    counts = count_checks(reference_gold(offsets, texts))
    print(f"{path}: {sum(counts.values())} checks {counts}; {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
