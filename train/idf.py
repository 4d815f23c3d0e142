"""Build the document-frequency table the store weighs story terms with
(src/riwaya/models/idf-ar.tsv) from SaudiNewsNet's 31,030 articles.

    python train/idf.py

Only counts are kept (terms seen in at least MIN_DF articles), never text."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from saudinewsnet import saudinewsnet_records  # noqa: E402

from riwaya.compare.copies import words  # noqa: E402
from riwaya.lang.ar.normalize import normalize_ar  # noqa: E402
from riwaya.store.fingerprint import terms  # noqa: E402

MIN_DF = 3
"""Rarer terms get the unseen-term weight anyway; dropping them keeps the file small."""
OUT = ROOT / "src" / "riwaya" / "models" / "idf-ar.tsv"


def main() -> None:
    counts: Counter[str] = Counter()
    documents = 0
    for record in saudinewsnet_records():
        counts.update(set(terms(words(normalize_ar(f"{record['title']} {record['text']}")))))
        documents += 1
    kept = sorted((term, count) for term, count in counts.items() if count >= MIN_DF)
    with OUT.open("w", encoding="utf-8") as out:
        out.write(f"documents\t{documents}\n")
        out.writelines(f"{term}\t{count}\n" for term, count in kept)
    print(f"{documents} articles, {len(counts)} terms, {len(kept)} kept (df >= {MIN_DF}) -> {OUT}")


if __name__ == "__main__":
    main()
