"""Draw the SaudiNewsNet articles annotated as quote-attribution training data (issue 21).

Articles are drawn at random (seed 2112) among those of 800 to 4,000 characters that carry at
least four attribution cues, leaving out every article of the gold corpus (both splits, by
outlet and key and by text hash) and of ``quotes_gold.jsonl``, and every second copy of one
text. The draw is split into batches for annotators; ``SHARED`` articles go to two annotators,
for their agreement; a second round (another seed, from what is left) gives four more
batches. Only references and hashes are written (``batches.json``), no text.

    python eval/quotes_train/draw.py            # writes eval/quotes_train/batches.json
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold.corpus import DATASETS, read_jsonl, sha1  # noqa: E402

SEED = 2112
BATCHES = 4
PER_BATCH = 30
SECOND_SEED = 2113
"""A second round of batches (b5-b8), drawn from what the first left, so b1-b4 stay as drawn."""
SHARED = 6
MIN_CHARS, MAX_CHARS = 800, 4000
MIN_CUES = 4
# Reporting verbs and attribution phrases, as a coarse filter (the annotators read every quote).
CUES = re.compile(r"(?:^|\s)[وف]?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|أشار|أشارت|ذكر|ذكرت|"
                  r"أعلن|أعلنت|بحسب|حسب|وفقا|وفقاً|نقلا|نقلاً|صرح|صرحت|لفت|لفتت|نفى|نفت|بين|بينت)(?=\s)")


def taken() -> tuple[set, set]:
    """The (file, key) pairs and text hashes already in the gold corpus or the quotes dev set."""
    keys, hashes = set(), set()
    for record in read_jsonl(HERE.parent / "gold" / "sets.jsonl"):
        for ref in record["articles"].values():
            keys.add((ref["file"], ref["key"]))
            hashes.add(ref["sha1"])
    for record in read_jsonl(HERE.parent / "quotes_gold.jsonl"):
        keys.add((record["file"], record["key"]))
        hashes.add(record["sha1"])
    return keys, hashes


def candidates() -> list[dict]:
    import zipfile

    keys, hashes = taken()
    found, seen = [], set(hashes)
    for day in sorted((DATASETS / "saudinewsnet" / "dataset").glob("*.zip")):
        with zipfile.ZipFile(day) as archive:
            items = json.loads(archive.read(archive.namelist()[0]))
        for key, item in enumerate(items):
            text = item.get("content") or ""
            digest = sha1(text)
            if (day.name, str(key)) in keys or digest in seen:
                continue
            if MIN_CHARS <= len(text) <= MAX_CHARS and len(CUES.findall(text)) >= MIN_CUES:
                seen.add(digest)
                found.append({"dataset": "saudinewsnet", "file": day.name, "key": str(key),
                              "field": "content", "sha1": digest, "outlet": item.get("source", "")})
    return found


def main() -> None:
    pool = candidates()
    drawn = random.Random(SEED).sample(pool, BATCHES * PER_BATCH + SHARED)
    shared, rest = drawn[:SHARED], drawn[SHARED:]
    batches = {f"b{n + 1}": rest[n * PER_BATCH : (n + 1) * PER_BATCH] for n in range(BATCHES)}
    batches["b1"] = shared + batches["b1"]
    batches["b2"] = shared + batches["b2"]
    left = [r for r in pool if r not in drawn]
    second = random.Random(SECOND_SEED).sample(left, BATCHES * PER_BATCH)
    batches.update({f"b{BATCHES + n + 1}": second[n * PER_BATCH : (n + 1) * PER_BATCH]
                    for n in range(BATCHES)})
    out = {"seed": SEED, "pool": len(pool), "shared": [r["sha1"] for r in shared], "batches": batches}
    (HERE / "batches.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"pool {len(pool)} articles; {2 * BATCHES} batches of {PER_BATCH} (+{SHARED} shared in b1 "
          f"and b2)")


if __name__ == "__main__":
    main()
