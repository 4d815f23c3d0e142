"""Check the quote and source dev gold (eval/quotes_gold.jsonl) against the real article texts.

The gold holds offsets and labels only; the texts are read from ../shared/datasets (SaudiNewsNet
zips and the SemEval-2022 Task 8 Arabic dev.csv). For every article the script checks the SHA-1 of
the annotated text, that every span is non-empty and inside the text, that cue and speaker spans do
not overlap their quote, that quotes do not overlap each other and that every speaker span is listed
in `sources`; then it prints the counts. Exit status 1 when anything fails.

    python eval/quotes_gold_check.py              # validate and print counts
    python eval/quotes_gold_check.py --show 20    # also print 20 annotated quotes with their text

`--show` prints article text to stdout for human review only; never paste that output into the
repository (the texts are licensed research data, see QUOTES_GOLD.md).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import sys
import zipfile
from collections import Counter
from pathlib import Path

GOLD = Path(__file__).with_name("quotes_gold.jsonl")
DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"
KINDS = ("named", "anonymous", "outlet", "document")
RECORD_KEYS = {"dataset", "file", "key", "field", "sha1", "quotes", "sources"}
QUOTE_KEYS = {"start", "end", "direct", "cue", "speaker", "speaker_kind", "negated"}
SOURCE_KEYS = {"start", "end", "kind"}


class Texts:
    """Reads the annotated strings, caching one zip / the csv at a time."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._zips: dict[str, list[dict]] = {}
        self._semeval: dict[str, dict] | None = None

    def get(self, dataset: str, file: str, key: str, field: str) -> str:
        if dataset == "saudinewsnet":
            if file not in self._zips:
                with zipfile.ZipFile(self.root / "saudinewsnet" / "dataset" / file) as zf:
                    self._zips[file] = json.loads(zf.read(zf.namelist()[0]))
            return self._zips[file][int(key)][field]
        if dataset == "semeval2022_ar":
            if self._semeval is None:
                csv.field_size_limit(sys.maxsize)
                with open(self.root / "semeval2022_ar" / file, encoding="utf-8", newline="") as f:
                    self._semeval = {row["pair_id"]: row for row in csv.DictReader(f)}
            pair_id, _ = key.rsplit(":", 1)
            return self._semeval[pair_id][field]
        raise ValueError(f"unknown dataset {dataset!r}")


def span_ok(span, n: int) -> bool:
    return (isinstance(span, list) and len(span) == 2 and all(type(x) is int for x in span)
            and 0 <= span[0] < span[1] <= n)


def overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def check_record(rec: dict, text: str) -> list[str]:
    errors = []
    if set(rec) != RECORD_KEYS:
        errors.append(f"record keys {sorted(rec)}")
    if rec["dataset"] == "saudinewsnet":
        if rec["field"] != "content" or not rec["key"].isdigit():
            errors.append("saudinewsnet needs field 'content' and a numeric key")
    elif rec["dataset"] == "semeval2022_ar":
        if rec["field"] != "text" + rec["key"].rsplit(":", 1)[-1]:
            errors.append("semeval key suffix and field disagree")
    if hashlib.sha1(text.encode("utf-8")).hexdigest() != rec["sha1"]:
        errors.append("sha1 differs: the source text changed")
        return errors
    n = len(text)
    sources = set()
    for i, s in enumerate(rec["sources"]):
        if set(s) != SOURCE_KEYS or s["kind"] not in KINDS:
            errors.append(f"source {i}: bad keys or kind {s}")
        elif not span_ok([s["start"], s["end"]], n):
            errors.append(f"source {i}: span {s['start']}-{s['end']} empty or outside the text")
        sources.add((s["start"], s["end"]))
    previous = None
    for i, q in enumerate(rec["quotes"]):
        where = f"quote {i} @{q.get('start')}"
        if set(q) != QUOTE_KEYS:
            errors.append(f"{where}: keys {sorted(q)}")
            continue
        if type(q["direct"]) is not bool or type(q["negated"]) is not bool:
            errors.append(f"{where}: direct/negated must be booleans")
        if q["speaker_kind"] not in KINDS:
            errors.append(f"{where}: speaker_kind {q['speaker_kind']!r}")
        span = [q["start"], q["end"]]
        if not span_ok(span, n):
            errors.append(f"{where}: quote span empty or outside the text")
            continue
        if text[span[0]].isspace() or text[span[1] - 1].isspace():
            errors.append(f"{where}: quote span starts or ends with whitespace")
        if not span_ok(q["cue"], n):
            errors.append(f"{where}: cue span empty or outside the text")
        elif overlaps(q["cue"], span):
            errors.append(f"{where}: cue overlaps the quote")
        if q["speaker"] is not None:
            if not span_ok(q["speaker"], n):
                errors.append(f"{where}: speaker span empty or outside the text")
            else:
                if overlaps(q["speaker"], span):
                    errors.append(f"{where}: speaker overlaps the quote")
                if tuple(q["speaker"]) not in sources:
                    errors.append(f"{where}: speaker span missing from sources")
        if previous is not None and span[0] < previous[1]:
            errors.append(f"{where}: overlaps the previous quote")
        previous = span
    return errors


def show(records: list[dict], texts: Texts, count: int, seed: int) -> None:
    items = [(r, q) for r in records for q in r["quotes"]]
    random.Random(seed).shuffle(items)
    for rec, q in items[:count]:
        t = texts.get(rec["dataset"], rec["file"], rec["key"], rec["field"])
        speaker = t[q["speaker"][0]:q["speaker"][1]] if q["speaker"] else None
        print(f"--- {rec['dataset']} {rec['file']} {rec['key']} @{q['start']}-{q['end']}  "
              f"{'direct' if q['direct'] else 'indirect'}{'  NEGATED' if q['negated'] else ''}")
        print(f"  cue:     {t[q['cue'][0]:q['cue'][1]]}")
        print(f"  speaker: {speaker}  [{q['speaker_kind']}]")
        print(f"  quote:   {t[q['start']:q['end']]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="print N annotated quotes with their text (stdout only)")
    parser.add_argument("--seed", type=int, default=0, help="sample seed for --show")
    args = parser.parse_args()

    records = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    texts = Texts(DATASETS)
    failed = 0
    for rec in records:
        try:
            text = texts.get(rec["dataset"], rec["file"], rec["key"], rec["field"])
        except (KeyError, IndexError, OSError, ValueError) as exc:
            print(f"FAIL {rec.get('dataset')} {rec.get('file')} {rec.get('key')}: cannot read text ({exc})")
            failed += 1
            continue
        for err in check_record(rec, text):
            print(f"FAIL {rec['dataset']} {rec['file']} {rec['key']}: {err}")
            failed += 1

    quotes = [q for r in records for q in r["quotes"]]
    per_dataset = Counter(r["dataset"] for r in records)
    quotes_per_dataset = Counter()
    for r in records:
        quotes_per_dataset[r["dataset"]] += len(r["quotes"])
    print(f"gold: {args.gold.name}, {len(records)} articles, {len(quotes)} quotes, "
          f"{sum(len(r['sources']) for r in records)} sources")
    for ds in sorted(per_dataset):
        print(f"  {ds:<16} {per_dataset[ds]:>3} articles {quotes_per_dataset[ds]:>4} quotes")
    snn_days = {r["file"] for r in records if r["dataset"] == "saudinewsnet"}
    print(f"  saudinewsnet days: {len(snn_days)}")
    direct = sum(q["direct"] for q in quotes)
    print(f"quotes: direct {direct}, indirect {len(quotes) - direct}, "
          f"negated {sum(q['negated'] for q in quotes)}, "
          f"without speaker {sum(q['speaker'] is None for q in quotes)}")
    kinds = Counter(q["speaker_kind"] for q in quotes)
    print("speaker kinds: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    skinds = Counter(s["kind"] for r in records for s in r["sources"])
    print("sources per kind: " + ", ".join(f"{k} {skinds[k]}" for k in KINDS))
    if args.show:
        show(records, texts, args.show, args.seed)
    print(f"FAILED: {failed} problem(s)" if failed else "OK: all offsets, spans and hashes check out")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
