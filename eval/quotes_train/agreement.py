"""Agreement of two annotators on the articles both annotated (the ``shared`` ones of
``batches.json``, in b1 and b2): quote spans matched by overlap (F1), and on matched quotes the
speaker (spans overlap), the kind and direct/indirect. Offsets and labels only.

    python eval/quotes_train/agreement.py [--first b1] [--second b2]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def records(name: str) -> dict[str, dict]:
    lines = (HERE / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["sha1"]: r for r in map(json.loads, filter(None, lines))}


def overlap(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def matched(first: list[dict], second: list[dict]) -> list[tuple[dict, dict]]:
    """Each quote of ``first`` with the quote of ``second`` it overlaps most, one to one."""
    pairs, used = [], set()
    for q in first:
        best = max(((overlap((q["start"], q["end"]), (r["start"], r["end"])), n)
                    for n, r in enumerate(second) if n not in used), default=(0, None))
        if best[0] > 0:
            used.add(best[1])
            pairs.append((q, second[best[1]]))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--first", default="b1")
    parser.add_argument("--second", default="b2")
    args = parser.parse_args()
    shared = json.loads((HERE / "batches.json").read_text(encoding="utf-8"))["shared"]
    first, second = records(args.first), records(args.second)
    n_first = n_second = n_pairs = speaker = kind = direct = 0
    for digest in shared:
        a, b = first[digest]["quotes"], second[digest]["quotes"]
        pairs = matched(a, b)
        n_first, n_second, n_pairs = n_first + len(a), n_second + len(b), n_pairs + len(pairs)
        for x, y in pairs:
            speaker += bool(x["speaker"] and y["speaker"] and overlap(x["speaker"], y["speaker"]))
            kind += x["speaker_kind"] == y["speaker_kind"]
            direct += x["direct"] == y["direct"]
    precision, recall = n_pairs / max(n_first, 1), n_pairs / max(n_second, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    print(f"{len(shared)} articles: {args.first} {n_first} quotes, {args.second} {n_second}, "
          f"matched {n_pairs} (F1 {f1:.3f})")
    print(f"on matched quotes: speaker {speaker / max(n_pairs, 1):.3f}, kind {kind / max(n_pairs, 1):.3f}, "
          f"direct {direct / max(n_pairs, 1):.3f}")


if __name__ == "__main__":
    main()
