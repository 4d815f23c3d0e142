"""riwaya's date finder against dateparser (BSD, the best-known library that reads Arabic dates)
on sentences the team wrote, each with the dates a reader resolves from its publication date.

A found date counts when its span overlaps the gold one and its value is right (for a month or a
year, the same month or year). Prints precision, recall, F1 and time per sentence for both.

    python eval/dates.py
"""

from __future__ import annotations

import json
import time
from datetime import date, datetime
from pathlib import Path

from riwaya.analyze import find_times

GOLD = Path(__file__).with_name("dates_gold.jsonl")


def riwaya_dates(text: str, published: date) -> list[tuple[int, int, date | None]]:
    return [(t.start, t.end, t.value) for t in find_times(text, published)]


def dateparser_dates(text: str, published: date) -> list[tuple[int, int, date | None]]:
    from dateparser.search import search_dates

    found = search_dates(text, languages=["ar"], settings={
        "RELATIVE_BASE": datetime.combine(published, datetime.min.time()),
        "PREFER_DATES_FROM": "past"}) or []
    spans, cursor = [], 0
    for surface, value in found:
        start = text.find(surface, cursor)
        cursor = start + len(surface)
        spans.append((start, cursor, value.date()))
    return spans


def agrees(gold: dict, value: date | None) -> bool:
    if gold["value"] is None or value is None:
        return gold["value"] is None and value is None
    expected = date.fromisoformat(gold["value"])
    if gold["granularity"] == "year":
        return value.year == expected.year
    if gold["granularity"] == "month":
        return (value.year, value.month) == (expected.year, expected.month)
    if gold["granularity"] == "week":
        return abs((value - expected).days) <= 6
    return value == expected


def score(finder, rows) -> dict:
    found_total = gold_total = right = 0
    started = time.perf_counter()
    for row in rows:
        published = date.fromisoformat(row["published"])
        found = finder(row["text"], published)
        found_total += len(found)
        gold_total += len(row["expected"])
        for gold in row["expected"]:
            start = row["text"].index(gold["text"])
            end = start + len(gold["text"])
            if any(s < end and start < e and agrees(gold, v) for s, e, v in found):
                right += 1
    seconds = time.perf_counter() - started
    precision = right / found_total if found_total else 0.0
    recall = right / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "ms": 1000 * seconds / len(rows)}


def main() -> None:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    dateparser_dates("تمهيد", date(2020, 1, 1))  # load its language data outside the timing
    print(f"gold: {len(rows)} sentences, {sum(len(r['expected']) for r in rows)} date expressions")
    print(f"{'finder':<12}{'precision':>10}{'recall':>8}{'F1':>7}{'ms/sentence':>13}")
    for name, finder in (("riwaya", riwaya_dates), ("dateparser", dateparser_dates)):
        s = score(finder, rows)
        print(f"{name:<12}{s['precision']:>10.3f}{s['recall']:>8.3f}{s['f1']:>7.3f}{s['ms']:>13.3f}")


if __name__ == "__main__":
    main()
