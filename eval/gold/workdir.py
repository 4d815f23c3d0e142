"""Lay out the texts for annotators, outside the repository: each set's two reports as the
.txt files `riwaya compare` reads, and the candidate pairs' titles and leads.

    python eval/gold/workdir.py OUT      # OUT/sets/<set>/{a1,a2}.txt, info.json; OUT/candidates.txt

Annotators work from these files alone (eval/gold/GUIDE.md); riwaya's output is never shown."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from corpus import GOLD, read_jsonl, text_of

LEAD_CHARS = 400


def main() -> None:
    out = Path(sys.argv[1])
    for item in read_jsonl(GOLD / "sets.jsonl"):
        folder = out / "sets" / item["set"]
        folder.mkdir(parents=True, exist_ok=True)
        for name, ref in item["articles"].items():
            (folder / f"{name}.txt").write_text(text_of(ref), encoding="utf-8")
        (folder / "info.json").write_text(json.dumps({"set": item["set"], "published": item["published"]}))
    with (out / "candidates.txt").open("w", encoding="utf-8") as pairs:
        for item in read_jsonl(GOLD / "candidates.jsonl"):
            pairs.write(f"=== {item['pair']} (days apart: {item['days_apart']})\n")
            for side in ("a", "b"):
                pairs.write(f"--- {side}\n{text_of(item[side])[:LEAD_CHARS].strip()}\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
