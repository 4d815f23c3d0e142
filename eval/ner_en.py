"""English entity recognition measured on English news written and annotated by the team
(eval/ner_en/articles.jsonl, guide eval/ner_en/GUIDE.md), through the product: each article is
read as `riwaya analyze` reads a file, and its entity mentions are scored against the gold.

    python eval/ner_en.py [--split dev|test|both] [--errors]

Exact mentions (same span and type) give P/R/F1, overall and per type; "span" scores the spans
alone. The dev split is the one rules may be written from; report test. With
eval/ner_en/second_annotator.jsonl present, the two annotators' agreement on the articles both
annotated is printed too (mention F1, exact and span only).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "eval" / "ner_en"
TYPES = ("PER", "ORG", "LOC", "MISC")


def predicted(text: str) -> set[tuple[int, int, str]]:
    from riwaya.analyze import analyze
    from riwaya.ingest import read_articles
    from riwaya.settings import Settings

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_text(text, encoding="utf-8")
        article = analyze(next(iter(read_articles([path], Settings()))))
    shift = text.find(article.text[:40]) if article.text else 0
    return {(m.start + shift, m.end + shift, m.type) for m in article.entities}


def f1(right: int, found: int, gold: int) -> tuple[float, float, float]:
    p = right / found if found else 1.0
    r = right / gold if gold else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def score(rows: list[dict], errors: bool) -> dict[str, tuple[int, int, int]]:
    counts: Counter = Counter()
    for row in rows:
        gold = {tuple(e) for e in row["entities"]}
        found = predicted(row["text"])
        for kind in (*TYPES, "all"):
            g = {e for e in gold if kind in ("all", e[2])}
            f = {e for e in found if kind in ("all", e[2])}
            counts[kind, "right"] += len(g & f)
            counts[kind, "found"] += len(f)
            counts[kind, "gold"] += len(g)
        spans_gold, spans_found = {e[:2] for e in gold}, {e[:2] for e in found}
        counts["span", "right"] += len(spans_gold & spans_found)
        counts["span", "found"] += len(spans_found)
        counts["span", "gold"] += len(spans_gold)
        if errors:
            text = row["text"]
            for s, e, t in sorted(gold - found):
                print(f"  {row['id']} MISS {t} {text[s:e]!r}")
            for s, e, t in sorted(found - gold):
                print(f"  {row['id']} FALSE {t} {text[s:e]!r}")
    return {kind: (counts[kind, "right"], counts[kind, "found"], counts[kind, "gold"])
            for kind in ("all", *TYPES, "span")}


def agreement(rows: list[dict]) -> None:
    second = DATA / "second_annotator.jsonl"
    if not second.exists():
        return
    other = {row["id"]: row for row in map(json.loads, second.read_text(encoding="utf-8").splitlines())}
    exact, spans = [0, 0, 0], [0, 0, 0]
    for row in rows:
        if row["id"] not in other:
            continue
        a = {tuple(e) for e in row["entities"]}
        b = {tuple(e) for e in other[row["id"]]["entities"]}
        for tally, x, y in ((exact, a, b), (spans, {e[:2] for e in a}, {e[:2] for e in b})):
            tally[0] += len(x & y)
            tally[1] += len(y)
            tally[2] += len(x)
    print(f"agreement of two annotators on {sum(r['id'] in other for r in rows)} articles: "
          f"exact F1 {f1(*exact)[2]:.3f}, span F1 {f1(*spans)[2]:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "both"], default="both")
    parser.add_argument("--errors", action="store_true", help="list misses and false mentions (dev only)")
    args = parser.parse_args()
    rows = [json.loads(line) for line in (DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    for split in ("dev", "test") if args.split == "both" else (args.split,):
        chosen = [row for row in rows if row["split"] == split]
        figures = score(chosen, args.errors and split == "dev")
        print(f"{split}: {len(chosen)} articles")
        for kind, (right, found, gold) in figures.items():
            p, r, f = f1(right, found, gold)
            print(f"  {kind:<5} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {gold})")
    agreement(rows)


if __name__ == "__main__":
    main()
