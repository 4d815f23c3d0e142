"""How far two annotators who worked apart agree, on the sets both annotated
(eval/gold/annotations.jsonl, annotators A and B) and the candidate pairs both labelled.

    python eval/gold/agreement.py

- entity merge F1: over the mentions both marked (overlapping spans), whether each pair of them
  names one entity, B's pairs scored against A's;
- quote F1 (content spans overlap) and speaker agreement over the quotes both found (the same
  entity, matched through overlapping mentions, or both without a named speaker);
- quantity and time F1: overlapping spans with the same value;
- alignment kappa: Cohen's kappa over every pair of sentences (one from each report) labelled
  agree, conflict or nothing;
- same-story kappa over the candidate pairs both labelled."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from annotation import SENTENCE_END, sentence_index
from corpus import GOLD, read_jsonl, text_of


def overlap(x: list | None, y: list | None) -> bool:
    return bool(x and y and x[0] == y[0] and x[1] < y[2] and y[1] < x[2])


def f1(matched_a: int, total_a: int, matched_b: int, total_b: int) -> float:
    recall, precision = matched_a / total_a if total_a else 1.0, matched_b / total_b if total_b else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def kappa(pairs: list[tuple]) -> float:
    """Cohen's kappa of (label A, label B) pairs."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    count_a, count_b = defaultdict(int), defaultdict(int)
    for a, b in pairs:
        count_a[a] += 1
        count_b[b] += 1
    expected = sum(count_a[k] * count_b[k] for k in count_a) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def mentions(gold: dict) -> list[tuple[str, list]]:
    return [(key, m) for key, refs in gold["entities"].items() for m in refs if m]


def entity_merge(a: dict, b: dict) -> tuple[int, int, int]:
    """(pairs both call one entity, pairs A does, pairs B does) over mentions both marked."""
    mb = mentions(b)
    shared = []
    for key_a, m in mentions(a):
        keys_b = [key for key, other in mb if overlap(m, other)]
        if keys_b:
            shared.append((key_a, keys_b[0]))
    both = in_a = in_b = 0
    for (ka1, kb1), (ka2, kb2) in combinations(shared, 2):
        in_a += ka1 == ka2
        in_b += kb1 == kb2
        both += ka1 == ka2 and kb1 == kb2
    return both, in_a, in_b


def key_map(a: dict, b: dict) -> dict[str, str]:
    """B's entity keys to A's, through overlapping mentions."""
    mapping = {}
    for key_b, m in mentions(b):
        for key_a, other in mentions(a):
            if overlap(m, other):
                mapping.setdefault(key_b, key_a)
    return mapping


def matched(xs: list, ys: list, same=lambda x, y: True) -> int:
    return sum(any(overlap(x["ref"], y["ref"]) and same(x, y) for y in ys) for x in xs)


def sentence_pairs(gold: dict, texts: dict[str, str]) -> dict[tuple, str]:
    def sentence(ref):
        return sentence_index(texts[ref[0]], ref[1])

    labels = {}
    for kind in ("agree", "conflict"):
        for item in gold[kind]:
            for b in item["b"]:
                if item["a"] and b:
                    labels[sentence(item["a"]), sentence(b)] = kind
    return labels


def main() -> None:
    golds = defaultdict(dict)
    for gold in read_jsonl(GOLD / "annotations.jsonl"):
        golds[gold["set"]][gold["annotator"]] = gold
    sets = {item["set"]: item for item in read_jsonl(GOLD / "sets.jsonl")}
    double = sorted(s for s, by in golds.items() if {"A", "B"} <= set(by))
    merge, quotes, speakers, values, alignment = [0, 0, 0], [0, 0, 0, 0], [0, 0], [0, 0, 0, 0], []
    for set_id in double:
        a, b = golds[set_id]["A"], golds[set_id]["B"]
        texts = {name: text_of(ref) for name, ref in sets[set_id]["articles"].items()}
        for i, value in enumerate(entity_merge(a, b)):
            merge[i] += value
        qa = [{"ref": q["content"], **q} for q in a["quotes"]]
        qb = [{"ref": q["content"], **q} for q in b["quotes"]]
        quotes = [
            quotes[0] + matched(qa, qb),
            quotes[1] + len(qa),
            quotes[2] + matched(qb, qa),
            quotes[3] + len(qb),
        ]
        keys = key_map(a, b)
        for x in qa:
            partners = [y for y in qb if overlap(x["ref"], y["ref"])]
            if partners:
                speakers[1] += 1
                speakers[0] += keys.get(partners[0]["speaker_key"]) == x["speaker_key"]
        ta = [{"ref": t[:3], "value": t[3]} for t in a["times"] if t[0]]
        tb = [{"ref": t[:3], "value": t[3]} for t in b["times"] if t[0]]
        same_value = lambda x, y: x["value"] == y["value"]  # noqa: E731
        for xs, ys in ((a["quantities"], b["quantities"]), (ta, tb)):
            values = [
                values[0] + matched(xs, ys, same_value),
                values[1] + len(xs),
                values[2] + matched(ys, xs, same_value),
                values[3] + len(ys),
            ]
        la, lb = sentence_pairs(a, texts), sentence_pairs(b, texts)
        count = [len(SENTENCE_END.findall(texts[name])) + 1 for name in ("a1", "a2")]
        alignment += [
            (la.get((i, j), "none"), lb.get((i, j), "none")) for i in range(count[0]) for j in range(count[1])
        ]
    print(f"{len(double)} sets annotated twice: {', '.join(double)}")
    if double:
        both, in_a, in_b = merge
        print(
            f"entity merge F1 {f1(both, in_a, both, in_b):.3f} "
            f"({in_a} pairs by A, {in_b} by B, {both} by both)"
        )
        print(f"quote F1 {f1(*quotes):.3f} ({quotes[1]} by A, {quotes[3]} by B)")
        print(
            f"speaker agreement {speakers[0] / max(1, speakers[1]):.3f} over {speakers[1]} quotes both found"
        )
        print(f"quantity and time F1 {f1(*values):.3f}")
        print(f"alignment kappa {kappa(alignment):.3f} over {len(alignment)} sentence pairs")
    labels = defaultdict(dict)
    for label in read_jsonl(GOLD / "candidate_labels.jsonl"):
        labels[label["pair"]][label["annotator"]] = label["same_story"]
    twice = [(by["A"], by["B"]) for by in labels.values() if {"A", "B"} <= set(by)]
    if twice:
        print(
            f"same-story kappa {kappa(twice):.3f} over {len(twice)} candidate pairs labelled twice "
            f"({sum(a == b for a, b in twice)} agree)"
        )


if __name__ == "__main__":
    main()
