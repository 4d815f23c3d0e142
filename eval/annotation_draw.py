"""Drawing SaudiNewsNet articles for helpers to annotate, shared by the quotes and the NER
training data (``quotes_train/draw.py``, ``ner_train/draw.py``).

A draw leaves out every article of the gold corpus (both splits, by day and key and by text
hash), of the quotes dev set and of any earlier draw, and every second copy of one text. It
is split into batches; ``shared`` articles open the first two batches, for the annotators'
agreement; a second round (another seed, from what the first left) gives as many batches
again, so the first round stays as drawn; ``another_round`` adds more later, from what every
earlier round left, with shared articles of its own. Only references and hashes are written,
no text."""

from __future__ import annotations

import json
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

from gold.corpus import DATASETS, read_jsonl, sha1

EVAL = Path(__file__).resolve().parent


def taken(*earlier_draws: Path) -> tuple[set, set]:
    """The (file, key) pairs and text hashes of the gold corpus, the quotes dev set and the
    batches of each earlier draw's ``batches.json``."""
    refs = [ref for record in read_jsonl(EVAL / "gold" / "sets.jsonl") for ref in record["articles"].values()]
    refs += read_jsonl(EVAL / "quotes_gold.jsonl")
    for path in earlier_draws:
        drawn = json.loads(path.read_text(encoding="utf-8"))
        refs += [ref for batch in drawn["batches"].values() for ref in batch]
    return {(r["file"], r["key"]) for r in refs}, {r["sha1"] for r in refs}


def candidates(keep: Callable[[str], bool], *earlier_draws: Path) -> list[dict]:
    """References to the SaudiNewsNet articles not taken whose ``content`` passes ``keep``."""
    keys, seen = taken(*earlier_draws)
    found = []
    for day in sorted((DATASETS / "saudinewsnet" / "dataset").glob("*.zip")):
        with zipfile.ZipFile(day) as archive:
            items = json.loads(archive.read(archive.namelist()[0]))
        for key, item in enumerate(items):
            text = item.get("content") or ""
            digest = sha1(text)
            if (day.name, str(key)) in keys or digest in seen:
                continue
            if keep(text):
                seen.add(digest)
                found.append({"dataset": "saudinewsnet", "file": day.name, "key": str(key),
                              "field": "content", "sha1": digest, "outlet": item.get("source", "")})
    return found


def draw(pool: list[dict], prefix: str, seeds: tuple[int, int], batches: int, per_batch: int,
         shared: int, output: Path) -> None:
    """Two rounds of ``batches`` batches named ``prefix``1, 2, …, written to ``output``."""
    drawn = random.Random(seeds[0]).sample(pool, batches * per_batch + shared)
    common, rest = drawn[:shared], drawn[shared:]
    named = {f"{prefix}{n + 1}": rest[n * per_batch : (n + 1) * per_batch] for n in range(batches)}
    for first in (f"{prefix}1", f"{prefix}2"):
        named[first] = common + named[first]
    left = [r for r in pool if r not in drawn]
    second = random.Random(seeds[1]).sample(left, batches * per_batch)
    named.update({f"{prefix}{batches + n + 1}": second[n * per_batch : (n + 1) * per_batch]
                  for n in range(batches)})
    out = {"seed": seeds[0], "pool": len(pool), "shared": [r["sha1"] for r in common], "batches": named}
    output.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"pool {len(pool)} articles; {2 * batches} batches of {per_batch} (+{shared} shared in "
          f"{prefix}1 and {prefix}2)")


def another_round(pool: list[dict], prefix: str, seed: int, batches: int, per_batch: int,
                  shared: int, output: Path) -> None:
    """Add ``batches`` batches to ``output``, numbered after the last, drawn with ``seed`` from
    the articles of ``pool`` no earlier round took; the first two open with ``shared`` articles
    of their own (added to the file's ``shared`` list)."""
    out = json.loads(output.read_text(encoding="utf-8"))
    taken_sha = {r["sha1"] for batch in out["batches"].values() for r in batch}
    left = [r for r in pool if r["sha1"] not in taken_sha]
    drawn = random.Random(seed).sample(left, batches * per_batch + shared)
    common, rest = drawn[:shared], drawn[shared:]
    first = len(out["batches"]) + 1
    names = [f"{prefix}{first + n}" for n in range(batches)]
    for n, name in enumerate(names):
        out["batches"][name] = (common if n < 2 else []) + rest[n * per_batch : (n + 1) * per_batch]
    out["shared"] += [r["sha1"] for r in common]
    output.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(left)} articles left; added {names[0]}-{names[-1]}, {per_batch} each "
          f"(+{shared} shared in {names[0]} and {names[1]})")
