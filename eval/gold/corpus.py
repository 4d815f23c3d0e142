"""The gold corpus's texts, rebuilt from ../shared/datasets: the repository keeps only where
each article comes from and the hash of the text riwaya is given, never the text itself.

An article reference is {"dataset", "file", "key", "sha1"}: a SaudiNewsNet day zip and index,
or a SemEval-2022 dev pair id and side ("1234_5678:1"). The text is what `riwaya compare`
reads from a .txt file: the title on the first line, then the body (SemEval texts open with
their title already)."""

from __future__ import annotations

import csv
import hashlib
import json
import zipfile
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ROOT.parent / "shared" / "datasets"
GOLD = Path(__file__).resolve().parent


@cache
def saudinewsnet_day(name: str) -> list[dict]:
    with zipfile.ZipFile(DATASETS / "saudinewsnet" / "dataset" / name) as archive:
        return json.loads(archive.read(archive.namelist()[0]))


@cache
def semeval_rows() -> dict[str, dict]:
    csv.field_size_limit(1 << 30)
    with (DATASETS / "semeval2022_ar" / "dev.csv").open(encoding="utf-8") as f:
        return {row["pair_id"]: row for row in csv.DictReader(f)}


def saudinewsnet_text(item: dict) -> str:
    return f"{item['title'].strip()}\n{item['content'].strip()}\n"


def semeval_text(row: dict, side: str) -> str:
    return row[f"text{side}"].strip() + "\n"


def text_of(ref: dict) -> str:
    """The article's text as riwaya reads it; SystemExit when the dataset changed."""
    if ref["dataset"] == "saudinewsnet":
        text = saudinewsnet_text(saudinewsnet_day(ref["file"])[int(ref["key"])])
    else:
        pair, side = ref["key"].rsplit(":", 1)
        text = semeval_text(semeval_rows()[pair], side)
    if sha1(text) != ref["sha1"]:
        raise SystemExit(f"{ref['dataset']} {ref['key']}: the source text changed (sha1 differs)")
    return text


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]
