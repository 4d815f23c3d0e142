"""Agreement of annotators on the articles annotated twice: batches n1 and n2 share six, and a
third reader (``second_reader.jsonl``, told to read no other annotation) did the same six; n17
and n18 (the third round, other annotators) share four, n25 and n26 (the fourth) four, n33
and n34 (the fifth) four, and n41 and n42 (the sixth) four.
Mention F1 with the same span and type, with overlapping spans and the same type, and token
Cohen's kappa over BIO-free labels (the type of the mention a token falls in, or O).

    python eval/ner_train/agreement.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from annotation import annotated, content  # noqa: E402
from gold.corpus import read_jsonl  # noqa: E402


def f1(a: list, b: list, same) -> float:
    matched = sum(1 for x in a if any(same(x, y) for y in b))
    back = sum(1 for y in b if any(same(x, y) for x in a))
    p, r = back / len(b) if b else 1.0, matched / len(a) if a else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def token_labels(text: str, spans: list) -> list[str]:
    labels = []
    for start, end in ((m.start(), m.end()) for m in re.finditer(r"\S+", text)):
        span = next((s for s in spans if s[0] < end and start < s[1]), None)
        labels.append(span[2] if span else "O")
    return labels


def kappa(a: list[str], b: list[str]) -> float:
    observed = sum(x == y for x, y in zip(a, b)) / len(a)
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in ca) / len(a) ** 2
    return (observed - expected) / (1 - expected)


def compare(name: str, pairs: list[tuple[dict, dict]]) -> None:
    a_all = [(i, *s) for i, (a, _) in enumerate(pairs) for s in a["entities"]]
    b_all = [(i, *s) for i, (_, b) in enumerate(pairs) for s in b["entities"]]
    ta = [label for a, _ in pairs for label in token_labels(content(a), a["entities"])]
    tb = [label for a, b in pairs for label in token_labels(content(a), b["entities"])]
    same_exact = lambda x, y: x == y  # noqa: E731
    same_overlap = lambda x, y: x[0] == y[0] and x[3] == y[3] and x[1] < y[2] and y[1] < x[2]  # noqa: E731
    print(f"{name}: {len(pairs)} articles, {len(a_all)} and {len(b_all)} mentions; mention F1 same span "
          f"and type {f1(a_all, b_all, same_exact):.3f}, overlapping {f1(a_all, b_all, same_overlap):.3f}; "
          f"token kappa {kappa(ta, tb):.3f}")


def main() -> None:
    shared = set(json.loads((HERE / "batches.json").read_text(encoding="utf-8"))["shared"])
    by_sha = {}
    for batch, row in annotated():
        if row["sha1"] in shared:
            by_sha.setdefault(row["sha1"], {})[batch] = row
    third = {row["sha1"]: row for row in read_jsonl(HERE / "second_reader.jsonl")}
    for first, second in (("n1", "n2"), ("n17", "n18"), ("n25", "n26"), ("n33", "n34"), ("n41", "n42")):
        pairs = [(rows[first], rows[second]) for rows in by_sha.values() if first in rows and second in rows]
        if pairs:
            compare(f"{first} and {second}", pairs)
    compare("n1 and the third reader",
            [(rows["n1"], third[sha]) for sha, rows in by_sha.items() if sha in third])


if __name__ == "__main__":
    main()
