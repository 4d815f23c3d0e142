"""Quote and source extraction against the team's dev gold set (eval/quotes_gold.jsonl: offsets
and labels only; the texts are read from ../shared/datasets at run time, see QUOTES_GOLD.md).

Prints quote span precision, recall and F1 with exact and with overlap matching (a predicted
quote matches at most one gold quote, the one it overlaps most), then, over the quotes matched
by overlap, speaker accuracy (the predicted speaker span overlaps the gold one, or one's words
hold the other's, or both name the same resolved entity, or both are missing: «ظريف» and «وزير
الخارجية الإيراني، محمد جواد ظريف» are one speaker) and source-kind accuracy (named / anonymous /
outlet / document).

    python eval/quotes.py [--errors]

With ``--errors`` it also lists, per article, the gold quotes missed, the predicted quotes that
match none, and the matched quotes whose speaker or kind is wrong (article text: review only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "gold"))

from corpus import DATASETS, saudinewsnet_day, semeval_rows  # noqa: E402

from riwaya.analyze.stages import ENTITIES, QUOTES, SENTENCES
from riwaya.lang.ar.gazetteers import fold_phrase
from riwaya.link import resolve_entities
from riwaya.model import Article

GOLD = Path(__file__).with_name("quotes_gold.jsonl")


def gold_text(item: dict) -> str:
    if item["dataset"] == "saudinewsnet":
        text = saudinewsnet_day(item["file"])[int(item["key"])][item["field"]]
    else:
        text = semeval_rows()[item["key"].rsplit(":", 1)[0]][item["field"]]
    if hashlib.sha1(text.encode("utf-8")).hexdigest() != item["sha1"]:
        raise SystemExit(f"{item['dataset']} {item['key']}: the source text changed (sha1 differs)")
    return text


def predict(text: str) -> Article:
    article = Article(text)
    for stage in (SENTENCES, ENTITIES, QUOTES):
        stage.run(article)
    return article


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def entity_of(span: tuple[int, int] | None, entities) -> int | None:
    """The resolved person (else organisation) named inside a speaker span."""
    if span is None:
        return None
    found = [(entity.type != "PER", n) for n, entity in enumerate(entities)
             for _, mention in entity.mentions if overlap(span, (mention.start, mention.end))]
    return min(found)[1] if found else None


def same_speaker(predicted, gold, entities, text: str) -> bool:
    if predicted is None or gold is None:
        return predicted is None and gold is None
    if overlap(predicted, gold):
        return True
    ours, theirs = (fold_phrase(text[a:b]) for a, b in (predicted, gold))
    if ours in theirs or theirs in ours:  # «ظريف» named again inside «وزير الخارجية ... ظريف»
        return True
    entity = entity_of(predicted, entities)
    return entity is not None and entity == entity_of(gold, entities)


def _show(text: str, span, width: int = 90) -> str:
    """A gold [start, end] or a predicted Span as one line of text."""
    if span is None:
        return "-"
    start, end = (span.start, span.end) if hasattr(span, "start") else span
    return " ".join(text[start:end].split())[:width]


def print_errors(item: dict, text: str, gold: list[dict], pairs: list, predicted) -> None:
    """One line per error, tagged MISS / EXTRA / SPEAKER / KIND, for reading the failures."""
    where = f"{item['file']}:{item['key']}"
    matched = {n for _, n, _ in pairs}
    for n, g in enumerate(gold):
        if n not in matched:
            cue = _show(text, g["cue"], 20)
            print(f"MISS    {where} [{cue}] {_show(text, (g['start'], g['end']))}"
                  f"  <- {_show(text, g['speaker'], 40)} ({g['speaker_kind']})")
    taken = {id(q) for q, _, _ in pairs}
    for quote in predicted:
        if id(quote) not in taken:
            print(f"EXTRA   {where} [{_show(text, quote.cue, 20)}] {_show(text, quote)}")
    for quote, n, speaker_ok in pairs:
        g = gold[n]
        ours = quote.speaker
        kind = ours.kind if ours else None
        if not speaker_ok:
            print(f"SPEAKER {where} [{_show(text, quote.cue, 20)}] {_show(text, quote, 50)}"
                  f"  gold {_show(text, g['speaker'], 40)} | ours {_show(text, ours, 40)}")
        if kind != g["speaker_kind"]:
            print(f"KIND    {where} gold {g['speaker_kind']} {_show(text, g['speaker'], 40)}"
                  f" | ours {kind} {_show(text, ours, 40)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every error (prints article text)")
    parser.add_argument("--gold", type=Path, nargs="+", default=[GOLD],
                        help="annotation files to score against (default: the dev gold; "
                             "eval/quotes_train/b*.jsonl are quotes no rule was written from)")
    args = parser.parse_args()
    if not DATASETS.is_dir():
        raise SystemExit(f"the shared datasets are not at {DATASETS}")
    items = [json.loads(line) for path in args.gold
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold_total = predicted_total = exact = matched = speaker_right = kind_right = 0
    for item in items:
        text = gold_text(item)
        article = predict(text)
        entities = resolve_entities([article])
        gold = item["quotes"]
        predicted = article.quotes
        gold_total += len(gold)
        predicted_total += len(predicted)
        gold_spans = {(g["start"], g["end"]) for g in gold}
        exact += sum((q.start, q.end) in gold_spans for q in predicted)
        taken: set[int] = set()
        pairs = []
        for quote in predicted:
            best = max(((overlap((quote.start, quote.end), (g["start"], g["end"])), n)
                        for n, g in enumerate(gold) if n not in taken), default=(0, None))
            if best[0] == 0:
                continue
            taken.add(best[1])
            matched += 1
            g = gold[best[1]]
            speaker = (quote.speaker.start, quote.speaker.end) if quote.speaker else None
            speaker_ok = same_speaker(speaker, tuple(g["speaker"]) if g["speaker"] else None, entities, text)
            speaker_right += speaker_ok
            if quote.speaker and quote.speaker.kind == g["speaker_kind"]:
                kind_right += 1
            pairs.append((quote, best[1], speaker_ok))
        if args.errors:
            print_errors(item, text, gold, pairs, predicted)
    print(f"gold: {len(items)} articles, {gold_total} quotes; riwaya found {predicted_total}")
    for name, right in (("exact", exact), ("overlap", matched)):
        p = right / predicted_total if predicted_total else 0
        r = right / gold_total if gold_total else 0
        f = 2 * p * r / (p + r) if p + r else 0
        print(f"quote spans, {name:<8} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"speaker accuracy (matched quotes)     {speaker_right / max(matched, 1):.3f}  (target 0.85)")
    print(f"source-kind accuracy (matched quotes) {kind_right / max(matched, 1):.3f}  (target 0.90)")


if __name__ == "__main__":
    sys.exit(main())
