"""Bring annotators' work into the repository as offsets: every gold.<LETTER>.json under the
work folder becomes a line of eval/gold/annotations.jsonl (phrases replaced by [article, start,
end], the texts' hashes checked), and the candidate labels go to eval/gold/candidate_labels.jsonl.

    python eval/gold/freeze.py WORKDIR      # the folder eval/gold/workdir.py laid out

A file with problems (a phrase not found, an unknown key) is reported and left out."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from annotation import to_offsets, without_arabic
from corpus import GOLD, read_jsonl, sha1, text_of


def main() -> None:
    work = Path(sys.argv[1])
    sets = {item["set"]: item for item in read_jsonl(GOLD / "sets.jsonl")}
    lines, refused = [], 0
    for path in sorted(work.glob("sets/*/gold.*.json")):
        item = sets[path.parent.name]
        texts = {name: text_of(ref) for name, ref in item["articles"].items()}
        for name, text in texts.items():
            if (path.parent / f"{name}.txt").read_text(encoding="utf-8") != text:
                raise SystemExit(f"{path.parent}/{name}.txt differs from the dataset's text")
        gold, problems = to_offsets(json.loads(path.read_text(encoding="utf-8")), texts)
        if problems:  # a test set's problems are counted, not shown: its text is not to be studied
            shown = f", first: {problems[0]}" if item["split"] == "tune" else ""
            print(f"left out {path}: {len(problems)} problems{shown}")
            refused += 1
            continue
        gold.update(
            set=item["set"],
            annotator=path.stem.split(".", 1)[1],
            sha1={name: sha1(text) for name, text in texts.items()},
        )
        gold["notes"] = without_arabic(json.loads(path.read_text(encoding="utf-8")).get("notes"))
        lines.append(gold)
    with (GOLD / "annotations.jsonl").open("w", encoding="utf-8") as out:
        for gold in lines:
            out.write(json.dumps(gold, ensure_ascii=False) + "\n")
    labels = []
    for path in sorted(work.glob("candidates.*.jsonl")):
        annotator = path.stem.split(".", 1)[1]
        for item in read_jsonl(path):
            labels.append(
                {"pair": item["pair"], "annotator": annotator, "same_story": bool(item["same_story"])}
            )
    with (GOLD / "candidate_labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label) + "\n")
    print(f"{len(lines)} set annotations frozen ({refused} left out), {len(labels)} candidate labels")


if __name__ == "__main__":
    main()
