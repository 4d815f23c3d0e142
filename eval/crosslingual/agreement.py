"""Agreement of two annotators' gold on the same Arabic–English cases: the first gold
(cases/xNN/gold.json) against a second one made from the texts alone (second/xNN.json).

    python eval/crosslingual/agreement.py

Per kind, an item of one gold matches an item of the other when their spans overlap (and the
value is the same for quantities and dates; both sides overlap for agreements and conflicts;
entities match when they share an overlapping mention). F1 of the two lists is printed per kind
and over all items.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent


def spans(texts: dict[str, str], ref: list) -> tuple[str, int, int]:
    article, phrase, nth = ref[:3]
    i = -1
    for _ in range(nth + 1):
        i = texts[article].find(phrase, i + 1)
    return article, i, i + len(phrase)


def overlap(a, b) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def items(gold: dict, texts: dict[str, str]) -> dict[str, list]:
    """Each kind's items as comparable tuples of spans (and values)."""
    s = lambda ref: spans(texts, ref)  # noqa: E731
    return {
        "entity": [tuple(s(m) for m in mentions) for mentions in gold["same_entity"].values()],
        "type": [(s(t), t[3]) for t in gold.get("entity_types", [])],
        "quote": [(s(q),) for q in gold.get("quotes", [])],
        "anonymous source": [(s(r),) for r in gold.get("anonymous_sources", [])],
        "quantity": [(s(q), float(q[3])) for q in gold.get("quantities", [])],
        "time": [(s(t), t[3]) for t in gold.get("times", [])],
        "agree": [(s(g["a"]), tuple(s(b) for b in g["b"])) for g in gold.get("agree", [])],
        "conflict": [(s(g["a"]), tuple(s(b) for b in g["b"])) for g in gold.get("conflict", [])],
        "single source": [(s(r),) for r in gold.get("single_source", [])],
    }


def same(kind: str, x, y) -> bool:
    if kind == "entity":
        return any(overlap(a, b) for a in x for b in y)
    if kind in ("agree", "conflict"):
        return overlap(x[0], y[0]) and any(overlap(a, b) for a in x[1] for b in y[1])
    return overlap(x[0], y[0]) and x[1:] == y[1:]


def main() -> None:
    tally: Counter = Counter()
    for second in sorted((HERE / "second").glob("*.json")):
        case = HERE / "cases" / second.stem
        texts = {name: (case / f"{name}.txt").read_text(encoding="utf-8") for name in ("a1", "a2")}
        first = items(json.loads((case / "gold.json").read_text(encoding="utf-8")), texts)
        other = items(json.loads(second.read_text(encoding="utf-8")), texts)
        for kind in first:
            tally[kind, "a"] += len(first[kind])
            tally[kind, "b"] += len(other[kind])
            found = [any(same(kind, x, y) for y in other[kind]) for x in first[kind]]
            tally[kind, "a found by b"] += sum(found)
            back = [any(same(kind, y, x) for x in first[kind]) for y in other[kind]]
            tally[kind, "b found by a"] += sum(back)
    print(f"{'kind':<18}{'first':>6}{'second':>7}{'F1':>7}")
    totals = Counter()
    for kind in dict.fromkeys(k for k, _ in tally):
        a, b = tally[kind, "a"], tally[kind, "b"]
        r, p = tally[kind, "a found by b"], tally[kind, "b found by a"]
        for key, value in (("a", a), ("b", b), ("r", r), ("p", p)):
            totals[key] += value
        f1 = (r + p) / (a + b) if a + b else 1.0
        print(f"{kind:<18}{a:>6}{b:>7}{f1:>7.2f}")
    overall = (totals["r"] + totals["p"]) / (totals["a"] + totals["b"])
    print(f"{'all items':<18}{totals['a']:>6}{totals['b']:>7}{overall:>7.2f}")


if __name__ == "__main__":
    main()
