"""Named-entity training data from SaudiNewsNet (issue 22): the annotators' working files, the
alignment of their mentions to offsets, and the CoNLL sentences the tagger is trained on.

Annotators list every mention of every name in an article, in reading order, as
``[surface, TYPE]``; ``align`` finds each in the text (after the one before it), so what is
committed is offsets and types only, never text.

    python eval/ner_train/annotation.py workdir n1 /tmp/ner_work/n1   # the texts, to annotate
    python eval/ner_train/annotation.py align n1 /tmp/ner_work/n1     # check out.jsonl
    python eval/ner_train/annotation.py align n1 /tmp/ner_work/n1 --write   # -> n1.jsonl
    python eval/ner_train/annotation.py stats                           # tokens and mentions
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(ROOT / "src"))

from gold.corpus import read_jsonl, saudinewsnet_day, sha1  # noqa: E402

TYPES = ("PER", "ORG", "LOC", "MISC")


def batches() -> dict[str, list[dict]]:
    return json.loads((HERE / "batches.json").read_text(encoding="utf-8"))["batches"]


def content(ref: dict) -> str:
    """The article's raw ``content`` field; SystemExit when the dataset changed."""
    text = saudinewsnet_day(ref["file"])[int(ref["key"])]["content"]
    if sha1(text) != ref["sha1"]:
        raise SystemExit(f"saudinewsnet {ref['file']} {ref['key']}: the source text changed (sha1 differs)")
    return text


def workdir(batch: str, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n, ref in enumerate(batches()[batch], 1):
        (folder / f"{n:02d}.txt").write_text(content(ref), encoding="utf-8")
    print(f"{batch}: {len(batches()[batch])} texts in {folder}")


def _pattern(surface: str) -> re.Pattern:
    """The surface with any run of spaces between its words, not inside a longer word (proclitics
    on the left are allowed: «بالرياض» holds «الرياض»). After «ل» the
    article loses its alif («للأمم المتحدة» holds «الأمم المتحدة» as «لأمم المتحدة»)."""
    words = [re.escape(w) for w in surface.split()]
    if surface.startswith("ال"):
        words[0] = "(?:" + words[0] + "|(?<=ل)" + re.escape(surface.split()[0][1:]) + ")"
    return re.compile(_WORD_START + r"\s+".join(words) + r"(?![\w\u064B-\u065F\u0670\u0640])")


_WORD_START = r"(?:(?<![\w\u064B-\u065F\u0670\u0640])|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بلك]))"
"""Where a name may start: a word's start, or after one or two proclitics («وبالرياض»), never
inside a word («سورية» is not in «السورية»)."""


def align(text: str, mentions: list) -> tuple[list[list], list[str]]:
    """Offsets [start, end, TYPE] of the mentions, each searched after the one before it (or
    anywhere not yet used, when listed out of order); the mentions not found."""
    spans, missing, used, cursor = [], [], set(), 0
    for surface, kind in mentions:
        if kind not in TYPES:
            missing.append(f"{surface!r}: type {kind!r} is not one of {TYPES}")
            continue
        pattern = _pattern(surface.strip())
        found = pattern.search(text, cursor)
        if found is None or found.start() in used:
            found = next((m for m in pattern.finditer(text) if m.start() not in used), None)
        if found is None:
            missing.append(f"{surface!r} not found (after offset {cursor})")
            continue
        used.add(found.start())
        spans.append([found.start(), found.end(), kind])
        cursor = found.end()
    return sorted(spans), missing


def align_batch(batch: str, folder: Path, write: bool) -> None:
    refs = batches()[batch]
    rows = {row["n"]: row for row in read_jsonl(folder / "out.jsonl")}
    out, problems, count = [], 0, 0
    for n, ref in enumerate(refs, 1):
        if n not in rows:
            print(f"{n:02d}: not annotated")
            problems += 1
            continue
        spans, missing = align(content(ref), rows[n]["mentions"])
        for line in missing:
            print(f"{n:02d}: {line}")
        problems += len(missing)
        count += len(spans)
        out.append({"file": ref["file"], "key": ref["key"], "sha1": ref["sha1"], "entities": spans})
    print(f"{batch}: {len(out)} articles, {count} mentions aligned, {problems} problems")
    if write:
        with (HERE / f"{batch}.jsonl").open("w", encoding="utf-8") as f:
            for row in out:
                f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")


def annotated() -> list[tuple[str, dict]]:
    """(batch, row) of every committed annotation."""
    return [(path.stem, row) for path in sorted(HERE.glob("n*.jsonl")) for row in read_jsonl(path)]


def articles() -> list[tuple[str, dict]]:
    """(batch, row) for each annotated article once (the shared ones are in two batches; the
    first is kept)."""
    seen, rows = set(), []
    for batch, row in annotated():
        if row["sha1"] not in seen:
            seen.add(row["sha1"])
            rows.append((batch, row))
    return rows


def conll_sentences(rows: list[dict]) -> list[list[tuple[str, str]]]:
    """The annotated articles as the tagger's training sentences: riwaya's sentences and tokens,
    a token tagged with the type of the mention it overlaps (the whole token, clitics and all,
    as ANERcorp tags «بالرياض»)."""
    from riwaya.analyze.sentences import split_sentences
    from riwaya.lang.ar.tokenize import tokenize

    sentences = []
    for row in rows:
        text = content(row)
        for sentence in split_sentences(text):
            tokens = tokenize(text, sentence.start, sentence.end)
            tags, previous = [], None
            for token in tokens:
                span = next((s for s in row["entities"] if s[0] < token.end and token.start < s[1]), None)
                if span is None:
                    tags.append("O")
                else:
                    tags.append(("I-" if span is previous else "B-") + span[2])
                previous = span
            if tokens:
                sentences.append([(t.text, tag) for t, tag in zip(tokens, tags)])
    return sentences


def stats() -> None:
    rows = [row for _, row in articles()]
    sentences = conll_sentences(rows)
    tokens = sum(len(s) for s in sentences)
    by_type = {}
    for row in rows:
        for _, _, kind in row["entities"]:
            by_type[kind] = by_type.get(kind, 0) + 1
    print(f"{len(rows)} articles, {len(sentences)} sentences, {tokens} tokens; mentions {by_type}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("workdir")
    w.add_argument("batch")
    w.add_argument("folder", type=Path)
    a = sub.add_parser("align")
    a.add_argument("batch")
    a.add_argument("folder", type=Path)
    a.add_argument("--write", action="store_true")
    sub.add_parser("stats")
    args = parser.parse_args()
    if args.command == "workdir":
        workdir(args.batch, args.folder)
    elif args.command == "align":
        align_batch(args.batch, args.folder, args.write)
    else:
        stats()


if __name__ == "__main__":
    main()
