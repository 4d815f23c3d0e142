"""Draw the SaudiNewsNet articles annotated as named-entity training data (issue 22).

Articles of 600 to 3,000 characters are drawn at random (seed 2222), leaving out every article
of the gold corpus (both splits), of the quotes dev set and of the quotes training batches, and
every second copy of one text. ``SHARED`` articles go to the first two batches, for the
annotators' agreement; a second round (another seed, from what is left) gives n9-n16. Only
references and hashes are written (``batches.json``), no text; the text annotated is the
article's raw ``content`` field (``annotation.content``).

    python eval/ner_train/draw.py            # writes eval/ner_train/batches.json
"""

from __future__ import annotations

import json
import random
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold.corpus import DATASETS, sha1  # noqa: E402
from quotes_train.draw import taken  # noqa: E402

SEED = 2222
BATCHES = 8
PER_BATCH = 30
SHARED = 6
SECOND_SEED = 2223
"""A second round (n9-n16), drawn from what the first left, so n1-n8 stay as drawn."""
MIN_CHARS, MAX_CHARS = 600, 3000


def quote_batches() -> tuple[set, set]:
    """The (file, key) pairs and hashes of the quotes training batches."""
    drawn = json.loads((HERE.parent / "quotes_train" / "batches.json").read_text(encoding="utf-8"))
    refs = [ref for batch in drawn["batches"].values() for ref in batch]
    return {(r["file"], r["key"]) for r in refs}, {r["sha1"] for r in refs}


def candidates() -> list[dict]:
    keys, hashes = taken()
    more_keys, more_hashes = quote_batches()
    keys |= more_keys
    seen = hashes | more_hashes
    found = []
    for day in sorted((DATASETS / "saudinewsnet" / "dataset").glob("*.zip")):
        with zipfile.ZipFile(day) as archive:
            items = json.loads(archive.read(archive.namelist()[0]))
        for key, item in enumerate(items):
            text = item.get("content") or ""
            digest = sha1(text)
            if (day.name, str(key)) in keys or digest in seen:
                continue
            if MIN_CHARS <= len(text) <= MAX_CHARS:
                seen.add(digest)
                found.append({"dataset": "saudinewsnet", "file": day.name, "key": str(key),
                              "field": "content", "sha1": digest, "outlet": item.get("source", "")})
    return found


def main() -> None:
    pool = candidates()
    drawn = random.Random(SEED).sample(pool, BATCHES * PER_BATCH + SHARED)
    shared, rest = drawn[:SHARED], drawn[SHARED:]
    batches = {f"n{n + 1}": rest[n * PER_BATCH : (n + 1) * PER_BATCH] for n in range(BATCHES)}
    batches["n1"] = shared + batches["n1"]
    batches["n2"] = shared + batches["n2"]
    left = [r for r in pool if r not in drawn]
    second = random.Random(SECOND_SEED).sample(left, BATCHES * PER_BATCH)
    batches.update({f"n{BATCHES + n + 1}": second[n * PER_BATCH : (n + 1) * PER_BATCH]
                    for n in range(BATCHES)})
    out = {"seed": SEED, "pool": len(pool), "shared": [r["sha1"] for r in shared], "batches": batches}
    (HERE / "batches.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"pool {len(pool)} articles; {2 * BATCHES} batches of {PER_BATCH} (+{SHARED} shared in n1 and n2)")


if __name__ == "__main__":
    main()
